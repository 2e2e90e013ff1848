// Asks which report includes a passage: A only, B only, or both. "Only" is keyed only when the comparison
// pairs the sentence with nothing, the quiz's own measure (same-claim.ts) finds nothing like it in the other
// report, not even a shared figure or a rare phrase, and the passage holds something the other report plainly
// lacks (a name or a figure it never gives). "Both" only for an aligned pair where report B's passage carries most of
// what report A's says, with its figures, the same negation and the same speaker, and more than names in
// common, both shown as evidence.
// Anything in between makes no question: a student who says "both" for a point the other report makes in
// other words must not be marked wrong.
import { ev, makeChoice } from '../make';
import { type Pair, type Side, type Unit, alignedSentences, askedWords, nameIn, namedAnywhere, quoteMask, trustedSpeaker, unitAt } from '../pair';
import { namedWithin } from '../speakers';
import { bestCover, coverOf, figuresAndNegationAgree, sameScene, sharedFigures, sharesPlainWord, sharesRarePhrase, unsharedAnchor } from '../same-claim';
import { afterCut, contains, garbled, leansOnContext, overlaps, pointsBack, quote, reportName, textOf, wordCount } from '../text';
import type { Span } from '../../analysis/types';
import type { Question } from '../types';

const A_ONLY = 'Report A only';
const B_ONLY = 'Report B only';
const BOTH = 'Both reports';
const OPTIONS = [A_ONLY, B_ONLY, BOTH];
const ONLY_PER_REPORT = 4;
const BOTH_PER_PAIR = 2;
/** Aligned pairs below this overlap are too loose to call "the same point". */
const MIN_ALIGN = 0.3;
/**
 * "Only in one report" needs the other to hold less than this share of the passage's content (rare words
 * weighing more) in any sentence or two: a passage made of the story's common words and one new detail stays
 * under it; one the other report retells in its own words does not.
 */
const ONLY_BELOW = 0.25;
/**
 * "Both" needs report B's passage to hold at least this share of the content of report A's (the one the
 * prompt shows), rare words weighing more: most of what A's passage says, B's says too.
 */
const BOTH_FROM = 0.6;

const PROMPT = (t: string) => `Which report includes this point, in these words or others? ${t}`;

// "he", "she" or "they" doing something before anyone is named: quoted alone, the passage hides who.
const SUBJECT_PRONOUN = /\b(?:he|she|they)\b/i;

function standsAlone(side: Side, s: Unit): boolean {
	const t = textOf(side.analysis.text, s);
	const n = s.words;
	if (s.headline || n < 8 || n > 35 || leansOnContext(t) || garbled(t) || afterCut(side.analysis.text, s.start)) return false;
	// Outside quotation marks, a subject pronoun must come after a name that it can stand for.
	const mask = quoteMask(side);
	const slice = side.analysis.text.slice(s.start, s.end);
	let narration = '';
	for (let i = 0; i < slice.length; i++) narration += mask[s.start + i] ? ' ' : slice[i];
	// "The committee also sent that statement around": which statement, the passage alone does not say.
	if (pointsBack(narration)) return false;
	const pronoun = SUBJECT_PRONOUN.exec(narration);
	if (!pronoun) return true;
	// A speaker reached through a pronoun ("…, he said") is hidden when the passage is quoted alone.
	if (side.analysis.attributions.some((a) => a.resolvedBy === 'pronoun' && a.cue.start >= s.start && a.cue.end <= s.end)) return false;
	return /\p{Lu}\p{L}+/u.test(narration.slice(1, pronoun.index).replace(/^\S+/, ''));
}

/** The speaker the quiz can vouch for in a passage, null for the report's own voice, undefined if unsure. */
function voiceOf(pair: Pair, side: Side, u: Unit) {
	const atts = side.analysis.attributions.filter((a) => overlaps(a.content, u) || (a.cue.start >= u.start && a.cue.end <= u.end));
	if (atts.length === 0) return null;
	const members = new Set(atts.map((a) => trustedSpeaker(pair, side, a)));
	const [only] = members;
	return members.size === 1 && only ? only : undefined;
}

/**
 * A voice the other report never names, named in the passage and saying what the other report has next to no
 * words of: then no one there makes the point either. A voice heard only here is no anchor by itself
 * (unsharedAnchor), since the other report may make the same point through someone else; it is when the
 * passage shares almost nothing.
 */
const UNHEARD_BELOW = 0.1;
/** The words that voice says in the passage run to at least this many: a point, not a remark. */
const UNHEARD_MIN_WORDS = 8;
/**
 * "We assume those savings", "I don’t see how that’s possible", "My kids go there": words that point back to
 * what came before (not the "there" of "there is").
 */
const POINTS_BACK = /\b(?:this|these|those|that(?=[’']s\b|\s+(?:is|was|would|will)\b)|there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?)\b|[’']s\b))\b/i;

function unheardVoice(pair: Pair, side: Side, s: Unit): boolean {
	const other = pair.sides[1 - side.index];
	const voice = voiceOf(pair, side, s);
	if (!voice || !other || namedAnywhere(other, voice) || !namedWithin(side, voice, s)) return false;
	// A remark of a few words ("We have a little bit of time") is too vague to say the other report lacks it.
	// A quotation carried on past its cue's sentence counts by its first part (askedWords): the tag sentence
	// between ("Trump asked reporters.") says nothing of its own.
	const said = side.analysis.attributions
		.filter((a) => overlaps(a.content, s) && trustedSpeaker(pair, side, a) === voice)
		.map((a) => askedWords(side, a))
		.filter((words) => overlaps(words, s));
	if (!said.some((words) => wordCount(textOf(side.analysis.text, words)) >= UNHEARD_MIN_WORDS)) return false;
	return !POINTS_BACK.test(textOf(side.analysis.text, s)) && bestCover(pair, side, s) < UNHEARD_BELOW;
}

export function whichReport(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text, attributions } = side.analysis;
		const only = pair.comparison.onlyIn[side.index];
		const candidates = side.units
			// A sentence the comparison calls unique as a whole; none that it calls unique only in part (one clause
			// with no counterpart, the rest shared), since the question quotes the whole sentence.
			.filter((s) => {
				const sentences = side.analysis.sentences.slice(s.first, s.last + 1);
				const whole = (x: Span) => only.some((o) => contains(o, x));
				const part = (x: Span) => !whole(x) && only.some((o) => o.start < x.end && x.start < o.end);
				return sentences.some(whole) && !sentences.some(part);
			})
			.filter((s) => standsAlone(side, s) && alignedSentences(pair, side, s).length === 0)
			// Sentences that bring in a source or a number are the details worth noticing.
			.map((s) => ({
				s,
				weight: (attributions.some((a) => trustedSpeaker(pair, side, a) && a.cue.start >= s.start && a.cue.end <= s.end) ? 2 : 0) + (/\d/.test(textOf(text, s)) ? 1 : 0),
			}))
			.sort((x, y) => y.weight - x.weight || x.s.start - y.s.start)
			// The costlier checks last, and only until enough pass.
			.filter(
				(() => {
					let kept = 0;
					return ({ s }: { s: Unit }) =>
						kept < ONLY_PER_REPORT &&
						sharedFigures(pair, side, s).length === 0 &&
						bestCover(pair, side, s) < ONLY_BELOW &&
						(unsharedAnchor(pair, side, s) || unheardVoice(pair, side, s)) &&
						!sameScene(pair, side, s) &&
						!sharesRarePhrase(pair, side, s) &&
						++kept > 0;
				})(),
			);
		for (const { s } of candidates) {
			// Who the passage comes from, when the quiz can vouch for it, and the quoted words do not name them.
			const voice = voiceOf(pair, side, s);
			const from = voice && !textOf(text, s).toLowerCase().includes(nameIn(voice, side).replace(/^the /, '').toLowerCase()) ? `, from ${nameIn(voice, side)}` : '';
			const q = makeChoice(pair, {
				type: 'which-report',
				difficulty: 2,
				prompt: PROMPT(quote(text, s, 35)),
				right: [side.key === 'a' ? A_ONLY : B_ONLY],
				wrong: OPTIONS.filter((o) => o !== (side.key === 'a' ? A_ONLY : B_ONLY)),
				order: OPTIONS,
				explanation: `Only ${reportName(side.key)} includes ${quote(text, s, 12, true)}${from}; ${reportName(side.key === 'a' ? 'b' : 'a')} has nothing like it. What a report leaves out changes what its readers get to know.`,
				evidence: [ev(side.key, s)],
			});
			if (q) out.push(q);
		}
	}
	const [a, b] = pair.sides;
	const both = [...pair.comparison.aligned]
		.filter((p) => p.score >= MIN_ALIGN)
		.sort((x, y) => y.score - x.score || x.a - y.a)
		.flatMap((p) => {
			const sa = a.analysis.sentences[p.a];
			const sb = b.analysis.sentences[p.b];
			const ua = sa ? unitAt(a, sa.start) : undefined;
			const ub = sb ? unitAt(b, sb.start) : undefined;
			if (!ua || !ub || !standsAlone(a, ua) || ub.headline) return [];
			if (coverOf(pair, ua, ub) < BOTH_FROM || !figuresAndNegationAgree(pair, ua, ub) || !sharesPlainWord(pair, ua, ub)) return [];
			// The same actor speaking in both, or the report's own voice in both.
			const va = voiceOf(pair, a, ua);
			const vb = voiceOf(pair, b, ub);
			if (va === undefined || vb === undefined || (va === null) !== (vb === null) || (va && vb && va !== vb)) return [];
			return [{ sa: ua, sb: ub }];
		})
		.slice(0, BOTH_PER_PAIR);
	for (const { sa, sb } of both) {
		const q = makeChoice(pair, {
			type: 'which-report',
			difficulty: 1,
			prompt: PROMPT(quote(a.analysis.text, sa, 35)),
			right: [BOTH],
			wrong: [A_ONLY, B_ONLY],
			order: OPTIONS,
			explanation: `Report A says ${quote(a.analysis.text, sa, 25, true)}, and report B says ${quote(b.analysis.text, sb, 25, true)}. The two make the same point.`,
			evidence: [ev('a', sa), ev('b', sb)],
		});
		if (q) out.push(q);
	}
	return out;
}
