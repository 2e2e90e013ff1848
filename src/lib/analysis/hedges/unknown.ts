// The report says something is not known: "it is unclear whether", "the cause remains unknown", "it was
// not immediately clear", "it remains to be seen", "the claims could not be independently verified", "it is
// too early to say", "we don't know whether". Only the words that say so are marked ("unclear", not "It
// was"). Not hedges: "in no uncertain terms", "not known for his patience", "made it clear", "a relatively
// unknown candidate" (little known, not unknown), "was not confirmed by the Senate" (a vote, not a check).
import { ADVERBS, BE, CHECK_VERBS, HARD_WORDS, KNOWN_WORDS, TELL_VERBS, UNKNOWN_WORDS } from '../lexicons/hedges';
import { at, found, isNegation, prevPast, type HedgeRule, type Tokens } from './sentence';

const NOT_KNOWN = ' says this is not known.';

/** Words between a negation and "known", "clear", "verified": "not yet clear", "not independently verified". */
const BETWEEN: ReadonlySet<string> = new Set([...ADVERBS, 'independently', 'officially', 'completely', 'really', 'publicly', 'entirely', 'precisely']);
const WH: ReadonlySet<string> = new Set('whether if how what when why where who which'.split(' '));
const AUX_BEFORE_NOT: ReadonlySet<string> = new Set('could can has have had would will may might'.split(' '));

/** How many words may stand between a negation and what it denies: "not immediately or fully clear" is three. */
const NEGATION_REACH = 3;

/** The negation that governs token i ("not yet clear", "not immediately clear"), or -1. */
function negationBefore(s: Tokens, i: number): number {
	for (let j = i - 1; j >= 0 && j >= i - 1 - NEGATION_REACH; j--) {
		if (isNegation(at(s, j))) return j;
		if (!BETWEEN.has(at(s, j))) return -1;
	}
	return -1;
}

export const unknown: HedgeRule = {
	triggers: [...UNKNOWN_WORDS, ...KNOWN_WORDS, ...CHECK_VERBS, ...TELL_VERBS, 'seen', 'knows'],
	read(s, i) {
		const word = at(s, i);
		const prev = at(s, i - 1);
		if (UNKNOWN_WORDS.has(word)) {
			if (word === 'uncertain' && prev === 'no') return null;
			if (word === 'unknown') {
				const before = at(s, prevPast(s, i, BETWEEN));
				const predicate = BE.has(before) || before.startsWith('remain');
				const quantity = ['number', 'quantity', 'amount', 'extent'].includes(at(s, i + 1));
				if (!predicate && !quantity) return null;
			}
			return found(s, i, i, 'modal', 'unknown', word, NOT_KNOWN);
		}
		// "remains to be seen"
		if (word === 'seen') {
			if (prev !== 'be' || at(s, i - 2) !== 'to' || !at(s, i - 3).startsWith('remain')) return null;
			return found(s, i - 3, i, 'modal', 'unknown', 'remains-to-be-seen', ' says no one knows yet how this will turn out.');
		}
		// "too early to say", "hard to tell", "impossible to verify independently"
		if (TELL_VERBS.has(word) && prev === 'to' && HARD_WORDS.has(at(s, i - 2))) {
			const first = at(s, i - 3) === 'too' ? i - 3 : i - 2;
			return found(s, first, i, 'modal', 'unknown', 'hard-to-tell', ' says this cannot be known, or not yet.');
		}
		// "we don't know whether", "no one knows how": the speaker admits it is not known. Not "he doesn't know
		// what sacrifice means" (a charge against someone) nor "I didn't know" (then, not now).
		if (word === 'know' || word === 'knows') {
			if (!WH.has(at(s, i + 1))) return null;
			if (prev === 'nobody' || (prev === 'one' && at(s, i - 2) === 'no')) return found(s, prev === 'nobody' ? i - 1 : i - 2, i, 'modal', 'unknown', 'nobody-knows', NOT_KNOWN);
			const neg = /^(?:don|do not)/.test(prev) || (prev === 'not' && at(s, i - 2) === 'do') ? (prev === 'not' ? i - 2 : i - 1) : -1;
			const speaker = at(s, neg - 1);
			if (neg < 0 || (speaker !== 'i' && speaker !== 'we')) return null;
			return found(s, neg - 1, i, 'modal', 'unknown', 'dont-know', ' admits this is not known.');
		}
		// "could not be verified", "has not been independently confirmed": nobody has been able to check it.
		if (CHECK_VERBS.has(word)) {
			const be = prevPast(s, i, BETWEEN);
			if (at(s, be) !== 'be' && at(s, be) !== 'been') return null;
			const neg = be - 1;
			if (!isNegation(at(s, neg))) return null;
			// "could not be", "has not been"; "couldn't be", "cannot be" carry their own verb.
			const spelledOut = at(s, neg) === 'not' || at(s, neg) === 'never';
			if (spelledOut ? !AUX_BEFORE_NOT.has(at(s, neg - 1)) : /^(?:was|were|is|are|do|does|did)n/.test(at(s, neg))) return null;
			const aux = spelledOut ? neg - 1 : neg;
			return found(s, aux, i, 'modal', 'unknown', 'not-verified', ' says no one has been able to check this.');
		}
		// "not known", "not yet clear", "far from certain", "little is known"
		if (KNOWN_WORDS.has(word)) {
			if (word === 'known' && (at(s, i + 1) === 'for' || at(s, i + 1) === 'as') && at(s, i + 2) !== 'certain') return null;
			// "it is not widely known that …" says few know a fact, not that it is unknown.
			if (word === 'known' && (at(s, i + 1) === 'that' || at(s, i - 1) === 'widely')) return null;
			if (at(s, i - 2) === 'far' && prev === 'from') return found(s, i - 2, i, 'modal', 'unknown', `far-from-${word}`, NOT_KNOWN);
			if (word === 'known' && BE.has(prev) && (at(s, i - 2) === 'little' || at(s, i - 2) === 'nothing')) return found(s, i - 2, i, 'modal', 'unknown', 'little-is-known', NOT_KNOWN);
			// "it is not known", "isn't clear", "remains not fully understood"; not "has he not understood" (a verb).
			const neg = negationBefore(s, i);
			if (neg < 0) return null;
			const stated = BE.has(at(s, neg)) || BE.has(at(s, neg - 1)) || at(s, neg - 1).startsWith('remain') || /^(?:is|was|are|were)n/.test(at(s, neg));
			if (!stated) return null;
			return found(s, neg, i, 'modal', 'unknown', `not-${word}`, NOT_KNOWN);
		}
		return null;
	},
};
