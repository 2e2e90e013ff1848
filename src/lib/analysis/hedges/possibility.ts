// Words of possibility besides the modal verbs: "a possible link", "perhaps the best known", "potential
// breaches", "the possibility that", "has not ruled out standing". The claim may be so; the report does
// not say it is. Not hedges: "as soon as possible", "made possible", "possible to" (what can be done), and
// "potential" as a noun ("the potential for growth", "her full potential").
import { ADVERBS, BE, FUNCTION_WORDS, NOT_POSSIBLE_BEFORE, NUMBER_WORDS, POSSIBILITY } from '../lexicons/hedges';
import { at, found, isNegation, isWord, type HedgeRule } from './sentence';

const SAYS = ' says this may be so, not that it is.';

export const possibility: HedgeRule = {
	triggers: [...POSSIBILITY, 'rule', 'rules', 'ruled', 'ruling'],
	read(s, i) {
		const word = at(s, i);
		switch (word) {
			case 'possible':
			case 'conceivable': {
				// "it is possible that", or before a noun: "a possible link". Not "possible to" (what can be done),
				// "formats are possible" (allowed), "three possible chambers" (the ones there can be).
				const prev = at(s, i - 1);
				if (NOT_POSSIBLE_BEFORE.has(prev) || /^\d/.test(prev) || NUMBER_WORDS.has(prev) || /est$/.test(prev)) return null;
				const next = at(s, i + 1);
				if (next === 'that') return found(s, i, i, 'modal', 'possibility', word, SAYS);
				// After "is", "what's", "entirely", it says what can be ("that is not possible unless"): a hedge only with "that".
				const predicate = BE.has(prev) || /['’]s$/.test(prev) || ADVERBS.has(prev) || prev.startsWith('becam') || prev.startsWith('becom');
				if (predicate || !isWord(s, i + 1) || FUNCTION_WORDS.has(next) || BE.has(next)) return null;
				return found(s, i, i, 'modal', 'possibility', word, SAYS);
			}
			case 'potential': {
				// The adjective stands before the noun it qualifies; the noun is followed by "for", "to", a verb or a mark.
				const next = at(s, i + 1);
				if (!isWord(s, i + 1) || FUNCTION_WORDS.has(next) || BE.has(next)) return null;
				return found(s, i, i, 'modal', 'possibility', word, ' means it could be or become so, not that it is.');
			}
			case 'possibility': {
				const next = at(s, i + 1);
				if (next !== 'that' && next !== 'of') return null;
				return found(s, i, i, 'modal', 'possibility', word, ' names something that may be so or may happen, not something that is.');
			}
			case 'rule':
			case 'rules':
			case 'ruled':
			case 'ruling': {
				// "has not ruled out", "would not rule out", "refused to rule out": a possibility left open.
				if (at(s, i + 1) !== 'out') return null;
				const before = [at(s, i - 1), at(s, i - 2), at(s, i - 3)];
				const negated = before.some(isNegation) || before.includes('refused') || before.includes('declined');
				if (!negated) return null;
				const first = isNegation(at(s, i - 1)) ? i - 1 : isNegation(at(s, i - 2)) ? i - 2 : i;
				return found(s, first, i + 1, 'modal', 'possibility', 'not-ruled-out', ' leaves the possibility open: it may happen, but nothing is decided.');
			}
			default:
				return found(s, i, i, 'modal', 'possibility', word, SAYS);
		}
	},
};
