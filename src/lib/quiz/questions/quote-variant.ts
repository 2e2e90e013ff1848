// Asks about the same remark of a source passed on two ways: which wording is whose, and what that tells a
// reader. Only when the quiz can check it in both texts: the quiz's checks of the speaker (speakers.ts) find
// the same speaker in both reports, and the two wordings share most of their words (one remark reworded, not
// two remarks). Variants the comparison finds in the same pair of sentences become one question, so a
// student compares whole phrases, not three-word scraps. What the explanation says about quotation marks is
// read from the text.
import type { Span } from '../../analysis/types';
import { allWords, contentWords } from '../../analysis/compare/words';
import { ev, makeChoice } from '../make';
import { type CastMember, type Pair, type Side, inQuote, memberOf, nameIn, quoteMarking, unitAt } from '../pair';
import { fnv1a } from '../rng';
import { checkedSpeaker } from '../speakers';
import { ReportName, nestQuotes, normName, overlaps, possessive, reportName, textOf, tidySpan, wordCount } from '../text';
import type { Question } from '../types';

const CONCLUDE_RIGHT = 'At least one report has not kept to the exact words, so check the original if the wording matters';
const CONCLUDE_CUT = 'One report left some of the words out, so check what was cut if it matters';
const CONCLUDE_PART = 'One report quotes only part of the remark, so read the fuller quotation before judging what was meant';
// For a quotation given whole in one report and in part in the other, where both kept to the speaker's words.
const CONCLUDE_PART_WRONG = ['Both reports quote the whole remark', 'Neither report says who used these words', 'The shorter quotation changes the speaker’s words'];
const CONCLUDE_WRONG = [
	'Both reports quote exactly the same words',
	'Neither report says who used these words',
	'A report’s quotations are always word for word, so nothing changed',
];

/** Two wordings of one remark share at least this share of the shorter one's words. */
const SHARED_WORDS = 0.5;
/** The longest wording a prompt shows side by side with the other, in words. */
const MAX_WORDS = 25;

/**
 * The speaker the quiz's checks find for every attribution holding a span, if they all agree. A source quoted
 * inside the speaker's words ("He wrote: Ministers claim …") does not change whose wording it is.
 */
function speakerOfSpan(pair: Pair, side: Side, span: Span): CastMember | undefined {
	const found = side.analysis.attributions
		.filter((a) => !a.nested && overlaps(a.content, span))
		.map((a) => checkedSpeaker(side, a, 0, (x) => memberOf(pair, side, x)));
	const [first] = found;
	return first && found.every((m) => m === first) ? first : undefined;
}

function sharedShare(pair: Pair, a: Span, b: Span): number {
	const wa = new Set(allWords(pair.sides[0].analysis.text, a).map((w) => w.stem));
	const wb = new Set(allWords(pair.sides[1].analysis.text, b).map((w) => w.stem));
	const shared = [...wa].filter((w) => wb.has(w)).length;
	return shared / Math.max(1, Math.min(wa.size, wb.size));
}

/** Words inside the quotation before a change that must agree for two quotations to be one remark. */
const QUOTED_LEAD = 2;

/** The last QUOTED_LEAD words inside the quotation that holds `span`, before it (fewer where the quotation opens). */
function quotedLead(side: Side, span: Span): string {
	const q = side.analysis.quotes.find((x) => x.inner.start <= span.start && span.end <= x.inner.end);
	return q ? allWords(side.analysis.text, { start: q.inner.start, end: span.start }).slice(-QUOTED_LEAD).map((w) => w.stem).join(' ') : '';
}

// Numbers spelled out or in figures are a paper's style, not the speaker's words: "two-in-three" is "2 in 3".
const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** A wording as it would be spoken: numbers as figures, no marks, one space between words. */
const spoken = (t: string): string =>
	t
		.toLowerCase()
		.replace(NUMBER_WORD, (w) => String(NUMBER_WORDS.indexOf(w.toLowerCase())))
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

// Whom a speaker told, or on what programme: "told a CBS affiliate in Denver", "in an interview with Fox News".
const AUDIENCE = /\b(?:told|interview with|said on|appearing on|speaking (?:to|on|with))\s+((?:\S+\s+){0,4}\S+)/giu;

/** The capitalised words naming whom the speaker told, in a sentence. */
function audienceOf(sentence: string): Set<string> {
	const out = new Set<string>();
	for (const m of sentence.matchAll(AUDIENCE)) for (const w of (m[1] ?? '').match(/\p{Lu}[\p{L}.’'-]+/gu) ?? []) out.add(w.replace(/[.’']+$/u, ''));
	return out;
}

/**
 * Whether the two sentences tell of two occasions: each names whom the speaker told, and each names someone the
 * other does not ("told a CBS affiliate in Denver" / "told Denver Fox affiliate KDVR"). A speaker who says the
 * same thing twice, to two outlets, words it twice: no report changed the words.
 */
function twoOccasions(a: string, b: string): boolean {
	const [x, y] = [audienceOf(a), audienceOf(b)];
	return [...x].some((w) => !y.has(w)) && [...y].some((w) => !x.has(w));
}

/** The sentence holding a span and the one before it, which often says whom a quotation running on was told to. */
function around(side: Side, span: Span): string {
	const k = side.units.findIndex((u) => u.start <= span.start && span.start < u.end);
	const first = side.units[Math.max(0, k - 1)];
	const unit = side.units[k];
	return first && unit ? side.analysis.text.slice(first.start, unit.end) : '';
}

interface Variant {
	a: Span;
	b: Span;
	member: CastMember;
}

/** The comparison's variants, checked, one per pair of sentences, each covering every change found there. */
function variants(pair: Pair): Variant[] {
	const [a, b] = pair.sides;
	const groups = new Map<string, Variant>();
	for (const v of pair.comparison.quoteVariants) {
		const spanA = tidySpan(a.analysis.text, v.byReport[0]);
		const spanB = tidySpan(b.analysis.text, v.byReport[1]);
		if (spanA.end <= spanA.start || spanB.end <= spanB.start) continue;
		const member = speakerOfSpan(pair, a, spanA);
		if (!member || speakerOfSpan(pair, b, spanB) !== member) continue;
		const ua = unitAt(a, spanA.start);
		const ub = unitAt(b, spanB.start);
		if (!ua || !ub) continue;
		const key = `${ua.start}:${ub.start}`;
		const seen = groups.get(key);
		if (!seen) {
			groups.set(key, { a: spanA, b: spanB, member });
			continue;
		}
		const merged = { a: { start: Math.min(seen.a.start, spanA.start), end: Math.max(seen.a.end, spanA.end) }, b: { start: Math.min(seen.b.start, spanB.start), end: Math.max(seen.b.end, spanB.end) }, member };
		// Keep the merged wording only while it stays short enough to read side by side.
		if (wordCount(textOf(a.analysis.text, merged.a)) <= MAX_WORDS && wordCount(textOf(b.analysis.text, merged.b)) <= MAX_WORDS && seen.member === member) groups.set(key, merged);
	}
	return [...groups.values()].filter((v) => {
		const wa = textOf(a.analysis.text, v.a);
		const wb = textOf(b.analysis.text, v.b);
		// A scrap of retold speech ("company and a") is no wording to compare: retold words need three that carry
		// meaning. Quoted words are the speaker's own, so even one counts ("painful" against "painful but
		// necessary").
		const enough = (side: Side, span: Span) => contentWords(side.analysis.text, span).length >= (inQuote(side, span) ? 1 : 3);
		// Both quoted: the words just before the change agree inside both quotations, or they are two remarks (“has
		// beaten and can beat” against “the only campaign that has demonstrated that they can beat”).
		// A cut marked with "…" is read apart (markedCut).
		// A quotation that is a stretch of the other (partOf) has no change to lead up to.
		if (inQuote(a, v.a) && inQuote(b, v.b) && !markedCut(wa, wb) && !partOf(pair, v, wa, wb) && quotedLead(a, v.a) !== quotedLead(b, v.b)) return false;
		// Words partly in quotation marks and partly the report's own (asked if he “fully supported the agenda”)
		// are neither the source's words nor a retelling: no explanation would be true of them, and the quoted
		// scrap is often someone else's question put to the source.
		if (quoteMarking(a, v.a) === 'some' || quoteMarking(b, v.b) === 'some') return false;
		if (spoken(wa) === spoken(wb)) return false;
		if (twoOccasions(around(a, v.a), around(b, v.b))) return false;
		return (
			normName(wa) !== normName(wb) &&
			wordCount(wa) <= MAX_WORDS &&
			wordCount(wb) <= MAX_WORDS &&
			enough(a, v.a) &&
			enough(b, v.b) &&
			sharedShare(pair, v.a, v.b) >= SHARED_WORDS
		);
	});
}

const ELLIPSIS = /…|\.\s?\.\s?\./;

/**
 * Whether one wording is the other with words left out and the cut marked ("would be remiss … if we"): every
 * word of the shorter stands in the longer, in order.
 */
function markedCut(wa: string, wb: string): 'a' | 'b' | null {
	const words = (w: string) => w.toLowerCase().replace(ELLIPSIS, ' ').match(/[\p{L}\p{N}'’]+/gu) ?? [];
	const inOrder = (short: string[], long: string[]) => {
		let i = 0;
		for (const w of long) if (w === short[i]) i++;
		return i === short.length;
	};
	if (ELLIPSIS.test(wb) && !ELLIPSIS.test(wa) && inOrder(words(wb), words(wa))) return 'b';
	if (ELLIPSIS.test(wa) && !ELLIPSIS.test(wb) && inOrder(words(wa), words(wb))) return 'a';
	return null;
}

/**
 * Which report quotes only a stretch of what the other quotes, word for word ("dishonest and hypocritical" /
 * "the ad is dishonest and hypocritical"): both in quotation marks, neither changed, one quoted at more length.
 */
function partOf(pair: Pair, v: Variant, wa: string, wb: string): 'a' | 'b' | null {
	const [x, y] = [` ${spoken(wa)} `, ` ${spoken(wb)} `];
	if (x === y || !inQuote(pair.sides[0], v.a) || !inQuote(pair.sides[1], v.b)) return null;
	return y.includes(x) ? 'a' : x.includes(y) ? 'b' : null;
}

/**
 * Whether a quotation stands inside the report's own sentence, after its words ("described the ad as “…”"), not
 * opening it or after a cue ("he said: “…”").
 */
function inProse(side: Side, span: Span): boolean {
	const unit = unitAt(side, span.start);
	return !!unit && /\p{L}[\s“"‘']*$/u.test(side.analysis.text.slice(unit.start, span.start));
}

/** What each report does with the words, as a sentence true of this text. */
function howGiven(pair: Pair, v: Variant, who: string, wa: string, wb: string): string {
	const cut = markedCut(wa, wb);
	if (cut) return `${ReportName(cut)} leaves words out of ${possessive(who)} quotation and marks the cut with “…”; ${reportName(cut === 'a' ? 'b' : 'a')} gives them in full.`;
	const part = partOf(pair, v, wa, wb);
	if (part) {
		const [short, long] = part === 'a' ? [wa, wb] : [wb, wa];
		const more = `${reportName(part === 'a' ? 'b' : 'a')} quotes more of it: “${long}”.`;
		return inProse(pair.sides[part === 'a' ? 0 : 1], part === 'a' ? v.a : v.b)
			? `${ReportName(part)} quotes only “${short}” of ${possessive(who)} remark and puts its own words around it; ${more}`
			: `${ReportName(part)} quotes “${short}”, only part of ${possessive(who)} remark, and does not mark what it leaves out; ${more}`;
	}
	const quotedA = inQuote(pair.sides[0], v.a);
	const quotedB = inQuote(pair.sides[1], v.b);
	if (quotedA && quotedB) return `Both reports give these as ${who}’s own words, yet report A has “${wa}” and report B “${wb}”, so at least one report changed them.`;
	if (quotedA || quotedB) {
		const [own, other, words, retold] = quotedA ? ['a', 'b', wa, wb] : ['b', 'a', wb, wa];
		return `${ReportName(own === 'a' ? 'a' : 'b')} gives “${words}” as ${who}’s own words; ${reportName(other === 'a' ? 'a' : 'b')} retells the point in its own words, as “${retold}”.`;
	}
	return `Neither report gives these as ${who}’s exact words: each retells the point, report A as “${wa}” and report B as “${wb}”.`;
}

export function quoteVariant(pair: Pair): Question[] {
	const out: Question[] = [];
	const [a, b] = pair.sides;
	for (const v of variants(pair)) {
		const wa = nestQuotes(textOf(a.analysis.text, v.a));
		const wb = nestQuotes(textOf(b.analysis.text, v.b));
		// The name as it reads mid-sentence: "the Foreign, Commonwealth and Development Office", "Mark Smith".
		const who = nameIn(v.member, a);
		const evidence = [ev('a', v.a), ev('b', v.b)];
		const given = howGiven(pair, v, who, wa, wb);
		// Ask for one report's wording, chosen by the words themselves so it is the same on every rebuild.
		const askB = fnv1a(wa + wb) % 2 === 1;
		const cut = markedCut(wa, wb) !== null;
		const part = partOf(pair, v, wa, wb) !== null;
		const which = makeChoice(pair, {
			type: 'quote-variant',
			difficulty: 2,
			prompt: `Both reports pass on the same remark by ${who}, ${part ? 'quoted at different lengths' : 'worded differently'}: one has “${wa}”, the other “${wb}”. Which is report ${askB ? 'B' : 'A'}’s wording?`,
			right: [`“${askB ? wb : wa}”`],
			wrong: [`“${askB ? wa : wb}”`],
			explanation: `${given} ${cut ? 'A cut can change what a quotation seems to say.' : part ? 'A part of a remark can read differently from the whole of it.' : 'A changed word can make a source sound stronger or softer.'}`,
			evidence,
		});
		if (which) out.push(which);
		const conclude = makeChoice(pair, {
			type: 'quote-variant',
			variant: 'conclude',
			difficulty: 2,
			prompt: `Report A gives ${who} as saying “${wa}”; report B ${part ? 'quotes' : 'gives the same point as'} “${wb}”. What should a careful reader take from this?`,
			right: [cut ? CONCLUDE_CUT : part ? CONCLUDE_PART : CONCLUDE_RIGHT],
			wrong: part ? CONCLUDE_PART_WRONG : CONCLUDE_WRONG,
			explanation: `${given} ${cut ? 'What was cut may matter, so the full words are worth finding.' : part ? 'What the shorter quotation leaves out may change how it reads.' : 'Small changes can make a source sound stronger or softer, so the original words are worth finding.'}`,
			evidence,
		});
		if (conclude) out.push(conclude);
	}
	return out;
}
