// Opinions given as what something is: "he is widely considered the favourite", "the law was seen as
// unconstitutional", "generally regarded as one of the best", "which they regard as an abomination". The
// label is a view; in the passive nobody is named as holding it. Not hedges: "the bill was considered by
// the committee", "is being considered", "considered running" (thought about); "was seen at the scene"
// (no "as"); "as soon as", "as many as".
import { ADVERBS, BE, DELIBERATION_AFTER, DETERMINERS, NOT_OPINION_AS, OPINION_VERBS, SUBJECT_PRONOUNS } from '../lexicons/hedges';
import { at, found, isCapital, isWord, nextPast, prevPast, type Found, type HedgeRule, type Tokens } from './sentence';
import { wordSet } from '../lexicons/word-set';

const PARTICIPLES: ReadonlySet<string> = wordSet('considered regarded seen viewed perceived');
/** Quantifiers that float after their subject's verb: "they are both considered", "were all seen as". */
const FLOATING: ReadonlySet<string> = wordSet('both all each');
/** How far "as" or "to be" may follow: "regarded by other members of the Union as" is six words. */
const AS_REACH = 6;

/**
 * The "as" that introduces the view held ("seen as a threat", "regarded by many as", "see the plan as"),
 * within reach and in the same clause; -1 if none. Not "as" opening a clause ("as they left"), nor a
 * comparison ("as easy to view as it is", "as democratic as possible").
 */
function opinionAs(s: Tokens, i: number): number {
	for (let j = i + 1; j < s.n && j <= i + AS_REACH; j++) {
		if (!isWord(s, j)) return -1;
		if (at(s, j) !== 'as') continue;
		const after = at(s, j + 1);
		if (NOT_OPINION_AS.has(after) || (SUBJECT_PRONOUNS.has(after) && after !== 'one') || at(s, j + 2) === 'as' || at(s, i - 1) === 'as' || at(s, i - 2) === 'as') return -1;
		return j;
	}
	return -1;
}

function toBe(s: Tokens, i: number): boolean {
	for (let j = i + 1; j < s.n && j <= i + AS_REACH; j++) {
		if (!isWord(s, j)) return false;
		if (at(s, j) === 'to' && at(s, j + 1) === 'be') return true;
	}
	return false;
}

/** Before a participle phrase: "…, considered the best", "and regarded as". */
const PARTICIPLE_OPENERS: ReadonlySet<string> = wordSet(', ( — – and or');
/** Before "widely considered": "have long considered" is active; "a candidate widely seen as" is not. */
const PERFECT_OR_SUBJECT: ReadonlySet<string> = wordSet('have has had i you he she we they who');

/** Between a participle and its "as": "regarded more as", "seen largely as". */
const DEGREE: ReadonlySet<string> = new Set([...ADVERBS, 'more', 'less', 'mostly', 'mainly', 'primarily', 'chiefly']);

const UNNAMED = ' gives a view without saying who holds it.';
const HELD = ' gives this as someone’s opinion, not as a fact.';

/** Words that count a group the next word may name: "many Democrats", "some Republicans". */
const COUNTING: ReadonlySet<string> = wordSet('some many most several');

/** After "considered by", words that make it a body deliberating ("considered by the committee"). */
const DELIBERATING_BY: ReadonlySet<string> = wordSet('the a an this that its their his her');

function passive(s: Tokens, i: number, word: string, lemma: string): Found | null {
	if (at(s, i - 1) === 'being') return null;
	const next = at(s, i + 1);
	const by = next === 'by' ? i + 2 : -1;
	// In the passive the view follows at once ("seen as"), or after who holds it ("regarded by many as").
	const after = opinionAs(s, i);
	const as = after === nextPast(s, i, DEGREE) || by >= 0 ? after : -1;
	if (as < 0) {
		// Only "considered" takes its view without "as": "is considered the favourite", "considered by many to be".
		if (word !== 'considered' || !isWord(s, i + 1) || next.endsWith('ing')) return null;
		if (by >= 0 ? DELIBERATING_BY.has(at(s, by)) : DELIBERATION_AFTER.has(next)) return null;
	}
	const last = as === i + 1 ? as : i;
	// "regarded by Smith as", "seen by many Democrats as": the holders are named, if not one by one;
	// "considered by many", "seen by critics as": they are not.
	const named = by >= 0 && ((isCapital(s, by) && !DETERMINERS.has(at(s, by))) || (COUNTING.has(at(s, by)) && isCapital(s, by + 1)));
	if (named) return found(s, i, last, 'modal', 'belief', lemma, HELD);
	return found(s, i, last, 'impersonal', 'unnamed-source', word, UNNAMED, 'view');
}

export const opinion: HedgeRule = {
	triggers: [...OPINION_VERBS.keys()],
	read(s, i) {
		const word = at(s, i);
		const lemma = OPINION_VERBS.get(word) ?? word;
		// "are both considered", "were all seen as": a quantifier floated after "be" is part of the passive.
		const near = prevPast(s, i, ADVERBS);
		const before = FLOATING.has(at(s, near)) && BE.has(at(s, prevPast(s, near, ADVERBS))) ? prevPast(s, near, ADVERBS) : near;
		const prevWord = at(s, before);
		// Passive ("is considered", "widely regarded as") or a participle phrase after a comma ("…, considered the best").
		const isPassive =
			PARTICIPLES.has(word) &&
			(BE.has(prevWord) || before < 0 || PARTICIPLE_OPENERS.has(prevWord) || (before < i - 1 && !PERFECT_OR_SUBJECT.has(prevWord)));
		if (isPassive) return passive(s, i, word, lemma);
		// Active: "which they regard as an abomination", "critics see the plan as", "consider him to be".
		if (word === 'seen') return null;
		const next = at(s, i + 1);
		if (lemma === 'consider' && (next.endsWith('ing') || next === 'whether' || next === 'how' || next === 'what')) return null;
		if (opinionAs(s, i) < 0 && !(lemma === 'consider' && toBe(s, i))) return null;
		return found(s, i, i, 'modal', 'belief', lemma, HELD);
	},
};
