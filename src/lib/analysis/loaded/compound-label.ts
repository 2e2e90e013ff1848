// Finds a hyphenated compound that labels people by a hostility or craze pinned on them: "the Trump-hating
// media", "a union-bashing boss", "their fear-mongering", "power-crazed officials". Any first half will do
// (a name, a cause, a thing), so the compound is read by its second half, not listed whole.
import { HOSTILE_COMPOUND_ENDS } from '../lexicons/loaded';
import { perWord, type Token } from '../tokens';
import type { Entry } from './lexicon';

// Asked of every token: worked out once per word, one entry shared by its tokens (entries are only read).
const compoundOf = perWord(({ lower }): Entry | null => {
	const dash = lower.lastIndexOf('-');
	// A first half of at least two letters: "x-hating" is no word, and "-hating" alone is a fragment.
	if (dash < 2 || !/\p{L}/u.test(lower.slice(0, dash))) return null;
	const end = lower.slice(dash + 1);
	return HOSTILE_COMPOUND_ENDS.has(end) ? { text: `-${end}`, words: [lower], category: 'label' } : null;
});

/** The compound at this token as a label entry ("-hating"), or null. */
export const compoundLabel = (t: Token | undefined): Entry | null => (t ? compoundOf(t) : null);
