// The adverb and the noun of an adjective by the regular English endings: "nasty" → "nastily", "nastiness";
// "terrible" → "terribly"; "absurd" → "absurdly", "absurdness". The general loaded-word list
// (lexicons/loaded-general.ts) names such forms by their adjective instead of spelling each out, and the
// script that writes the list (scripts/build-loaded-lexicon.ts) derives them by this same rule.
//
// The short form: entries separated by "|"; "word/ln" is the word with its -ly and -ness forms ("l", "n":
// either or both), "word~ln" the forms alone (the word itself is listed elsewhere, in the hand lists).

export function lyForm(adjective: string): string {
	if (adjective.endsWith('le')) return `${adjective.slice(0, -1)}y`;
	return `${adjective.endsWith('y') ? `${adjective.slice(0, -1)}i` : adjective}ly`;
}

export function nessForm(adjective: string): string {
	return `${adjective.endsWith('y') ? `${adjective.slice(0, -1)}i` : adjective}ness`;
}

/** The entries of a list written in the short form. */
export function expandForms(list: string): string[] {
	const out: string[] = [];
	for (const item of list.split('|')) {
		const mark = item.search(/[/~]/);
		if (mark < 0) {
			out.push(item);
			continue;
		}
		const word = item.slice(0, mark);
		const forms = item.slice(mark + 1);
		if (item[mark] === '/') out.push(word);
		if (forms.includes('l')) out.push(lyForm(word));
		if (forms.includes('n')) out.push(nessForm(word));
	}
	return out;
}

/**
 * `words` in the short form, sorted: each -ly or -ness form of one of `words` or of `elsewhere` (words
 * listed in another list) is written with its adjective. expandForms gives `words` back (as a set).
 */
export function compactForms(words: readonly string[], elsewhere: readonly string[]): string {
	const listed = new Set(words);
	const formsOf = new Map<string, string>();
	const derived = new Set<string>();
	for (const base of new Set([...words, ...elsewhere])) {
		let forms = '';
		for (const [form, mark] of [
			[lyForm(base), 'l'],
			[nessForm(base), 'n'],
		] as const) {
			if (form !== base && listed.has(form)) {
				forms += mark;
				derived.add(form);
			}
		}
		if (forms) formsOf.set(base, forms);
	}
	const items: string[] = [];
	for (const word of [...new Set([...words, ...formsOf.keys()])].sort()) {
		const forms = formsOf.get(word);
		// A form that is itself written with its adjective is not listed again.
		const own = listed.has(word) && !derived.has(word);
		if (forms) items.push(`${word}${own ? '/' : '~'}${forms}`);
		else if (own) items.push(word);
	}
	return items.join('|');
}
