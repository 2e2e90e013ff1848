// Finds a hyphenated compound that labels people by a hostility or craze pinned on them: "the Trump-hating
// media", "a union-bashing boss", "their fear-mongering", "power-crazed officials". Any first half will do
// (a name, a cause, a thing), so the compound is read by its second half, not listed whole.
import { HOSTILE_COMPOUND_ENDS } from '../lexicons/loaded';
import type { Token } from '../tokens';
import type { Entry } from './lexicon';

/** The compound at this token as a label entry ("-hating"), or null. */
export function compoundLabel(t: Token | undefined): Entry | null {
	const dash = t ? t.lower.lastIndexOf('-') : -1;
	// A first half of at least two letters: "x-hating" is no word, and "-hating" alone is a fragment.
	if (!t || dash < 2 || !/\p{L}/u.test(t.lower.slice(0, dash))) return null;
	const end = t.lower.slice(dash + 1);
	return HOSTILE_COMPOUND_ENDS.has(end) ? { text: `-${end}`, words: [t.lower], category: 'label' } : null;
}
