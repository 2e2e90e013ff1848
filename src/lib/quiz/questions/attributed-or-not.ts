// Asks whether a sentence is told as a source's claim or in the reporter's own voice. A sentence is only
// offered as "the reporter's own" when nothing in it or just before it in its paragraph hands it to a source,
// and nothing in it hedges (a hedged sentence is not stated as fact). An attributed sentence is keyed only
// for a speaker the quiz can vouch for, and its explanation says what its verb does: "said" passes a claim
// on without vouching for it; "claimed" keeps a distance; a verb that presents a fact ("showed", "found",
// "admitted") makes no question, because "passed on, not vouched for" would be false of it.
import { ev, makeChoice } from '../make';
import type { Attribution, Span } from '../../analysis/types';
import { REPORTING_VERBS } from '../../analysis/lexicons/reporting-verbs';
import { type Pair, type Side, type Unit, askedWords, nameIn, trustedSpeaker } from '../pair';
import { afterCut, contains, halfQuoted, holdsReportingVerb, leansOnContext, reportName, overlaps, possessive, quote, textOf, unfitAlone, wordCount } from '../text';
import type { Question, ReportKey } from '../types';

const ATTRIBUTED = 'Attributed: the report passes it on from a source';
const OWN_VOICE = 'The reporter’s own voice: the report states it as fact';
const PER_REPORT = 3;
const PROMPT = (key: ReportKey, q: string) => `Is this sentence from ${reportName(key)} passed on from a source, or told in the reporter’s own voice? ${q}`;

// The reporting verbs' forms that are never nouns ("saying", "noted", "wrote"), from the one list of them.
const VERB_FORMS = [...REPORTING_VERBS.keys()].filter((f) => /(?:ing|ed)$/.test(f) || ['said', 'told', 'wrote', 'written'].includes(f));

// A last guard for honesty: words that hand a sentence to a source even if no rule caught them
// ("Reid broke with Obama, saying the center should be built elsewhere", "One ranking puts him tenth").
const SOURCING_WORDS = new RegExp(
	String.raw`\b(?:${VERB_FORMS.join('|')}|says?|tells?|according|claim\w*|stat(?:ed|es|ing)|wr[io]te|writes|writing|added|announc\w*|insist\w*|argu\w*|report\w*|alleg\w*|believ\w*|understood|thought|expected|describ\w*|quot\w*|cit(?:ed|es|ing)|confirm\w*|den(?:ied|ies|y)|warn\w*|detail(?:ed|s)|explain\w*|comment\w*|posted|tweet\w*|urg(?:ed|es|ing)|accus\w*|prais\w*|critici[sz]\w*|condemn\w*|welcom\w*|reveal\w*|admit\w*|acknowledg\w*|suggest\w*|noted|point(?:s|ed|ing)?\s+out|respond\w*|repl(?:ied|ies|y)|express\w*|question(?:ed|ing)|emails?|letter|project(?:s|ed|ing|ions?)?|forecast\w*|predict\w*|poll(?:s|ed|ing)?|surveys?|(?:one|another|an?)\s+(?:ranking|estimate|study|analysis|tally)|(?:concerns?|fears?|doubts?|questions?|worries|objections?)\s+(?:were|was|have been|has been|had been)\s+(?:raised|expressed|voiced))\b|["“”:]`,
	'i',
);

/**
 * Whether reported speech in a paragraph may run on past it, read from its words alone (the engine may
 * have missed the cue): its last sourcing word is in an earlier sentence than the last, or sits at the
 * end of the last sentence ("…, he wrote.").
 */
function speechRunsOn(side: Side, block: Span): boolean {
	const { text, sentences } = side.analysis;
	const inside = sentences.filter((x) => x.start >= block.start && x.end <= block.end);
	const last = inside[inside.length - 1];
	const lastSourced = [...inside].reverse().find((x) => SOURCING_WORDS.test(text.slice(x.start, x.end)));
	if (!last || !lastSourced) return false;
	if (lastSourced !== last) return true;
	const tail = text.slice(last.start, last.end).split(/\s+/).slice(-4).join(' ');
	return SOURCING_WORDS.test(tail.replace(/["“”]/g, ''));
}

// Neutral verbs that still present what follows as established, or not as a claim at all: the report vouches
// for a finding or a ruling, an announcement makes itself true, a question claims nothing, an estimate is
// already marked as one.
const NOT_PASSING_ON = new Set(['find', 'rule', 'announce', 'ask', 'estimate', 'predict']);
// What a document or a set of figures "suggests" or "tells us" is the report's own reading of it ("The results
// suggest that she still faces a difficult road"): no one said it.
const READ_FROM_EVIDENCE = new Set(['suggest', 'indicate', 'imply', 'signal', 'tell', 'show', 'reveal']);

/** What the cue does to the claim, in a sentence that is true of this cue; null when the cue vouches for it. */
function cueWording(text: string, att: Attribution, name: string): string | null {
	const cue = textOf(text, att.cue);
	const lemma = REPORTING_VERBS.get(att.verb)?.lemma ?? att.verb;
	if (att.verbColour === 'endorsing' || att.verbColour === 'emotive' || NOT_PASSING_ON.has(lemma)) return null;
	if (att.sourceKind === 'document' && READ_FROM_EVIDENCE.has(lemma)) return null;
	if (att.verbColour === 'distancing')
		return `The words “${cue}” hand this to ${name}. “${att.verb}” keeps the writer at a distance: the report passes the claim on without standing behind it.`;
	return `The words “${cue}” hand this to ${name}: it is ${possessive(name)} claim, passed on by the report. The report tells you that it was said, not that it is true.`;
}

/** Words in the first person: "We kept our efforts non-partisan" ("US" in capitals is the country). */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b/;

/** A paragraph opening on a bullet: a hyphen, a dash, a bullet sign, an asterisk or a tilde. */
const LIST_ITEM = /^\s*[-–—•*~·]/u;

function ownVoice(side: Side, s: Unit): boolean {
	const { analysis } = side;
	if (s.headline) return false;
	// A hedge means the sentence is not simply stated as fact; "about 1,200" still states a count, roughly.
	if (analysis.hedges.some((h) => overlaps(h, s) && h.category !== 'approximator')) return false;
	const paragraphStart = analysis.blocks[s.block]?.start ?? s.start;
	// Any attribution earlier in the paragraph may carry on into this sentence.
	const before = { start: paragraphStart, end: s.end };
	if (analysis.attributions.some((a) => overlaps(a, before) || overlaps(a.cue, before) || overlaps(a.content, s))) return false;
	if (analysis.quotes.some((q) => overlaps(q, s)) || analysis.verdicts.some((v) => overlaps(v, s))) return false;
	if (analysis.hedges.some((h) => overlaps(h, s) && (h.category === 'impersonal' || h.category === 'vague-source'))) return false;
	// A sentence about what a named person did ("Smith detailed his discomfort") is too close to a report of speech.
	if (analysis.sources.some((src) => src.kind === 'person' && src.mentions.some((m) => overlaps(m, s)))) return false;
	const text = textOf(analysis.text, s);
	const words = wordCount(text);
	if (words < 8 || words > 40 || leansOnContext(text)) return false;
	// "We kept our efforts non-partisan.": in a report, words in the first person outside quotation marks are
	// most often a source's whose marks were lost (an email, a tweet); in an opinion piece they are the writer's.
	// Either way the key would be a guess.
	if (FIRST_PERSON.test(text)) return false;
	// Sourcing words anywhere from the paragraph's start: "..., he wrote. More than half ..." carries on.
	if (SOURCING_WORDS.test(analysis.text.slice(paragraphStart, s.end))) return false;
	// A statement, not a headline-like label or a question.
	if (!/[.]["”’]?$/.test(text)) return false;
	const previous = analysis.blocks[s.block - 1];
	// A quotation that runs over a paragraph break leaves an odd number of marks in each paragraph: the
	// sentence may be inside it ("“Wal-Mart may be big. ¶ But … If you do wrong, you should be held accountable.”").
	const paragraph = analysis.blocks[s.block];
	if ([paragraph, previous].some((b) => b && halfQuoted(analysis.text.slice(b.start, b.end)))) return false;
	if (previous && /:\s*$/.test(analysis.text.slice(previous.start, previous.end))) return false;
	// "-Dick has been a constant champion of veterans.": an item of a list, whose voice is whoever's list it is
	// (often "points circulated by" someone, a colon and several paragraphs before).
	if (paragraph && LIST_ITEM.test(analysis.text.slice(paragraph.start, paragraph.end))) return false;
	if (previous && speechRunsOn(side, previous)) return false;
	// Speech can run on into the next paragraph: "…, he wrote. More than half …" then a new paragraph of
	// the same list. A previous paragraph whose reported speech ends on a cue after its words, or that
	// carries on after its last cue, may still be speaking here.
	if (previous) {
		const cues = analysis.attributions.filter((a) => a.cue.start >= previous.start && a.cue.end <= previous.end);
		const lastCue = cues[cues.length - 1];
		if (lastCue) {
			const cueSentence = analysis.sentences.find((x) => x.start <= lastCue.cue.start && lastCue.cue.start < x.end);
			const runsOn = cueSentence !== undefined && cueSentence.end < previous.end - 1;
			if (runsOn || lastCue.cue.start > lastCue.content.start || lastCue.direct) return false;
		}
	}
	return true;
}

// "Any optimism is a step forward from Friday, when Mr. Boehner told reporters that …": a clause of the
// reporter's own, then the speech in a clause hung on it. Neither answer is clean. So with a relative clause:
// "His tone was a jarring contrast to the introduction by his daughter, who portrayed him as …". So with a
// condition: "Winning them back will be vital if she hopes to carry the country": the hope is the reporter's
// supposition, the claim the reporter's own.
const SUBORDINATE_TO_CUE = /\s(?:when|after|as|because|while|since|before|until|where|whereas|who|which|if|unless)\s+[^,;:]*$/i;
/** A sentence opening on two names joined by "and" ("Wilcox and Beruff, a Sarasota Republican, argued"). */
const JOINT_SUBJECT = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}and\s+\p{Lu}/u;
/** A refusal to speak: "declined to say", "refused to comment". */
const REFUSAL = /^(?:declin|refus)/i;

/** Words of a main clause before the subordinator: three make a clause of the reporter's own ("…, when"). */
const MAIN_CLAUSE_WORDS = 3;

/** Whether a cue before its words sits in a clause hung on one the reporter states ("…, when X said that …"). */
function speechInSubordinate(text: string, att: Attribution, s: Span): boolean {
	if (att.cue.start >= att.content.start) return false;
	const lead = text.slice(s.start, att.cue.start);
	const m = SUBORDINATE_TO_CUE.exec(lead);
	if (!m) return false;
	// The words just before it, back to the last comma, semicolon or colon (a comma right before it is its own).
	const main = lead.slice(0, m.index).replace(/,\s*$/, '');
	const clause = main.slice(Math.max(main.lastIndexOf(','), main.lastIndexOf(';'), main.lastIndexOf(':')) + 1);
	// "The ad was denounced by the group, which said …": a main clause that itself reports speech keeps the
	// whole sentence the source's.
	if (/^\s*(?:who|which)\b/i.test(m[0]) && holdsReportingVerb(main)) return false;
	return wordCount(clause) >= MAIN_CLAUSE_WORDS;
}

/** Whether the attributed words make up at least half of the sentence's words. */
function carriesSentence(text: string, content: Span, s: Span): boolean {
	const inside = { start: Math.max(content.start, s.start), end: Math.min(content.end, s.end) };
	return inside.end > inside.start && wordCount(textOf(text, inside)) * 2 >= wordCount(textOf(text, s));
}

export function attributedOrNot(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text, attributions } = side.analysis;
		let attributed = 0;
		let own = 0;
		const speakers = new Set<string>();
		for (const s of side.units) {
			// A sentence not fit to quote alone (text.ts, unfitAlone) makes neither kind of question.
			if (s.headline || s.words > 40 || unfitAlone(textOf(text, s)) || afterCut(text, s.start)) continue;
			// Any attribution at all, however unsure, rules out "the reporter's own voice".
			const any = attributions.find((a) => overlaps(a.cue, s) && overlaps(a.content, s));
			// The outermost speaker: in "He wrote: Ministers claim …" the sentence is his, not the ministers'.
			const outer = attributions.find((a) => overlaps(a.cue, s) && overlaps(a.content, s) && !attributions.some((o) => o !== a && contains(o.content, a.cue)));
			const att = outer && trustedSpeaker(pair, side, outer) ? outer : undefined;
			// Keyed "attributed" only when the source's words carry most of the sentence: in "X resigned,
			// citing concerns …" the resignation is the reporter's own fact, so neither answer is clean. A
			// post's sharer ("was posted on X by") passes the words on; the claim is not theirs.
			// A refusal ("declined to say whether …") passes on no claim, though it is no fact of the reporter's either;
			// nor does a stance told in other words ("Sestak rejected the overture", "has talked about the doctrine"):
			// the report states the act itself.
			// A quotation carried on past its cue's sentence (“A,” she said. “B.”) is weighed by its first part: the tag
			// sentence between ("Trump went on, as if he had not heard.") is the reporter's.
			const stated = att !== undefined && att.category === 'stance' && !att.direct;
			// "He told his audience, to rowdy applause:": a cue that opens onto a colon at the sentence's end hands on
			// words that come after it, in another sentence; this one passes nothing on.
			// "Wilcox and Beruff argued that …": two speakers, and the explanation could name only one of them.
			const jointSubject = att !== undefined && att.cue.start < att.content.start && JOINT_SUBJECT.test(text.slice(s.start, Math.max(s.start, att.cue.start)));
			const opensOntoColon = att !== undefined && att.cue.start < att.content.start && /:\s*$/.test(textOf(text, s));
			const carries = att !== undefined && !opensOntoColon && !jointSubject && !stated && att.category !== 'social-media' && !REFUSAL.test(textOf(text, att.cue)) && carriesSentence(text, askedWords(side, att), s) && !speechInSubordinate(text, att, s);
			const member = att ? trustedSpeaker(pair, side, att) : undefined;
			const wording = att && member ? cueWording(text, att, nameIn(member, side)) : null;
			if (att && carries && member && wording && attributed < PER_REPORT && !speakers.has(member.name)) {
				const q = makeChoice(pair, {
					type: 'attributed-or-not',
					difficulty: 1,
					prompt: PROMPT(side.key, quote(text, s, 40)),
					right: [ATTRIBUTED],
					wrong: [OWN_VOICE],
					order: [ATTRIBUTED, OWN_VOICE],
					explanation: wording,
					evidence: [ev(side.key, s), ev(side.key, att.cue)],
				});
				if (q) {
					out.push(q);
					attributed++;
					speakers.add(member.name);
				}
			} else if (!any && own < PER_REPORT && ownVoice(side, s)) {
				const q = makeChoice(pair, {
					type: 'attributed-or-not',
					difficulty: 2,
					prompt: PROMPT(side.key, quote(text, s, 40)),
					right: [OWN_VOICE],
					wrong: [ATTRIBUTED],
					order: [ATTRIBUTED, OWN_VOICE],
					explanation:
						'Nothing in the sentence says who it comes from: no “said”, no quotation marks, no “according to”. The report states it as fact in its own voice, so the report itself stands behind it.',
					evidence: [ev(side.key, s)],
				});
				if (q) {
					out.push(q);
					own++;
				}
			}
		}
	}
	return out;
}
