// The loaded-word lexicon as one lookup: the hand lists (lexicons/loaded.ts) and the general list
// (lexicons/loaded-general.ts) merged, less the words news uses plainly, keyed by their first word so a
// sentence is read token by token with one map look-up each.
import { LOADED_LISTS, type WordCategory } from '../lexicons/loaded';
import { GENERAL_LISTS, PLAIN_IN_NEWS } from '../lexicons/loaded-general';
import { expandForms } from './forms';

export interface Entry {
	/** The entry as listed, lower case, words separated by one space: also the last part of its rule id. */
	text: string;
	/** Its words, to match token by token. */
	words: string[];
	category: WordCategory;
}

function build(): Map<string, Entry[]> {
	const plain = new Set(PLAIN_IN_NEWS.split('|'));
	const byFirst = new Map<string, Entry[]>();
	const add = (category: WordCategory, list: readonly string[]) => {
		for (const text of list) {
			// A sense-checked word is on the plain list only when the uses its check leaves loaded are plain.
			if (plain.has(text)) continue;
			const words = text.split(' ');
			const first = words[0] ?? '';
			const entries = byFirst.get(first) ?? [];
			// The hand lists come first and keep their category when the general list repeats a word.
			if (entries.some((e) => e.text === text)) continue;
			entries.push({ text, words, category });
			byFirst.set(first, entries);
		}
	};
	for (const [category, list] of Object.entries(LOADED_LISTS)) add(category as WordCategory, list.split('|'));
	// The general list names a word's -ly and -ness forms with it (loaded/forms.ts).
	for (const [category, list] of Object.entries(GENERAL_LISTS)) add(category as WordCategory, expandForms(list));
	// Longest phrase first, so "lashed out" wins over a shorter entry with the same first word.
	for (const entries of byFirst.values()) entries.sort((a, b) => b.words.length - a.words.length);
	return byFirst;
}

/** Entries by their first word (lower case, straight apostrophe). */
export const ENTRIES_BY_FIRST_WORD: ReadonlyMap<string, readonly Entry[]> = build();
