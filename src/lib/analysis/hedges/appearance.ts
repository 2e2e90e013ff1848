// How things look, not that they are so: "the fire seems to have started", "it appears that", "apparently
// unharmed", "the apparent suicide". Not hedges: "appeared in court", "appeared on television" (to appear
// is to be seen there); "it became apparent" and "is apparent" (it is plain to see).
import { APPEAR_COMPLEMENTS, APPEARANCE, BE, DETERMINERS, FUNCTION_WORDS } from '../lexicons/hedges';
import { at, found, isWord, type HedgeRule } from './sentence';

const LOOKS = ' says how things look, not that they are so.';

export const appearance: HedgeRule = {
	triggers: [...APPEARANCE],
	read(s, i) {
		const word = at(s, i);
		const next = at(s, i + 1);
		if (word.startsWith('seem') && word !== 'seemingly') {
			return found(s, i, next === 'to' ? i + 1 : i, 'modal', 'appearance', next === 'to' ? `${word}-to` : word, LOOKS);
		}
		if (word.startsWith('appear') && word !== 'apparent') {
			if (word === 'apparently') return found(s, i, i, 'modal', 'appearance', word, ' says this is how it looks or what is said, not that it has been checked.');
			// "appeared to the court" is a place; "appeared to be", "appears to show" are seeming.
			if (next === 'to' && !DETERMINERS.has(at(s, i + 2))) return found(s, i, i + 1, 'modal', 'appearance', `${word}-to`, LOOKS);
			// "it appears that", "it would appear, …"; "it appeared in magazines" is being seen.
			const itAppears = at(s, i - 1) === 'it' || at(s, i - 2) === 'it';
			if (next === 'that' || APPEAR_COMPLEMENTS.has(next) || (itAppears && (next === ',' || next === 'as' || !isWord(s, i + 1)))) return found(s, i, i, 'modal', 'appearance', word, LOOKS);
			return null;
		}
		if (word === 'apparent') {
			const prev = at(s, i - 1);
			if (BE.has(prev) || prev.startsWith('becam') || prev.startsWith('becom') || prev === 'heir' || prev === 'more' || prev === 'most') return null;
			if (!isWord(s, i + 1) || FUNCTION_WORDS.has(next)) return null;
			return found(s, i, i, 'modal', 'appearance', word, ' says this is how it looks, not that it is established.');
		}
		return found(s, i, i, 'modal', 'appearance', word, LOOKS);
	},
};
