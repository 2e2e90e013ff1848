// Splits a sentence into clauses, so that one part of a sentence can be told apart from another when only
// one of them has a counterpart in the other report: "Trustees warned the fund will be exhausted in 2036 |
// and under current law, seniors would then face a 23 percent cut". A clause starts after a semicolon, a
// colon or a spaced dash, at a comma followed by a word that opens a clause (a conjunction, a relative
// pronoun, a participle: ", disavowing racially charged signs"), before "but", and after the comma that
// closes a fronted subordinate clause ("After the mayors of Chicago and Boston heaped scorn upon the company, |
// the mayor of Washington suggested …") or a clause set off by commas (", who …, | said"). A piece with too few content words to be judged on its own joins
// its neighbour.
import { memoByWord } from '../memo';
import type { Span } from '../types';
import type { Word } from './words';
import { RELATIVES } from '../lexicons/function-words';
import { wordSet } from '../lexicons/word-set';

/** A clause needs this many content words to be judged alone; a shorter piece joins its neighbour. */
export const MIN_CLAUSE_WORDS = 3;

// Words that open a clause after a comma: coordinating conjunctions, subordinators, relative pronouns and
// the participles that introduce reported speech (English grammar, not any one report). Not "or": after a
// comma it mostly joins the last item of a list ("his Twitter account, or a related photo-sharing site").
const OPENERS = wordSet(
	'and but yet so though although while whereas because since as after before when whenever where if unless until ' +
		'who whom whose which saying adding noting according including',
);
// Subordinators that can start a sentence with a clause ended by a comma.
const FRONTED = wordSet('after although though while when whenever as because since if unless until before once despite');
// Auxiliary and modal verbs (a closed class): after "and" they start a second predicate.
const AUXILIARY_WORDS = 'is are was were has have had will would can could may might must should shall did does';
const AUXILIARIES = wordSet(AUXILIARY_WORDS);
/**
 * "that", an auxiliary and a participle open a relative clause: "a bizarre episode | that is overshadowing his
 * role …", "a video | that was circulated by Democrats".
 */
const RELATIVE_THAT = new RegExp(`that (?:${AUXILIARY_WORDS.replaceAll(' ', '|')}) \\p{Ll}+(?:ing|ed)\\b`, 'uy');

/** Far enough into a sentence to read its first word. */
const FRONTED_REACH = 40;
/** A present participle after a comma opens a clause (", trying to …"); short words in -ing ("king", "thing") do not. */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

const NOT_OPENER = 0;
const OPENS = 1;
/** Opens a clause that the next comma closes: a relative pronoun or a participle. */
const OPENS_PARENTHETICAL = 2;
/** What a word after a comma does, worked out once per distinct word. */
const openerOf = memoByWord((word): number => {
	if (PARTICIPLE.test(word) || RELATIVES.has(word)) return OPENS_PARENTHETICAL;
	return OPENERS.has(word) ? OPENS : NOT_OPENER;
});
// Character tests without regular expressions: this loop visits every character of both reports.
const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
const isSpaceAt = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && c.toLowerCase() !== c.toUpperCase());
const isLower = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c > '\u007f' && isLetter(c) && c === c.toLowerCase()));
const inWord = (c: string | undefined): boolean => c !== undefined && (isLetter(c) || c === '’' || c === "'" || c === '-');

/** The first offset from i on that is no space, or `end`. */
function skipSpace(text: string, i: number, end: number): number {
	let k = i;
	while (k < end && isSpaceAt(text, k)) k++;
	return k;
}

/** Where the relative clauses opened by "that" in a sentence start (see RELATIVE_THAT). */
export function relativeStarts(text: string, sentence: Span): number[] {
	const out: number[] = [];
	// Looked for in the sentence only (a slice is a view, not a copy): searched in the whole text, the last
	// look ran on to the next "that " of the report, or to its end. A "that " that runs past the sentence's
	// end is no clause of it (the pattern must end inside the sentence).
	const line = text.slice(sentence.start, sentence.end);
	for (let k = line.indexOf('that ', 1); k >= 0; k = line.indexOf('that ', k + 1)) {
		const i = sentence.start + k;
		RELATIVE_THAT.lastIndex = i;
		if (isSpaceAt(text, i - 1) && RELATIVE_THAT.test(text) && RELATIVE_THAT.lastIndex <= sentence.end) out.push(i);
	}
	return out;
}

/**
 * Offsets into the text where a clause of `sentence` starts (the sentence's own start excluded). One pass
 * over the characters (a regular expression with Unicode classes was most of the comparison's time): after
 * "; " or ": ", after a spaced dash, after a quotation closed by ",” " (or ?/!), before "but", and at the
 * word after ", " when it opens a clause.
 */
function cuts(text: string, sentence: Span, relatives: boolean): number[] {
	const out: number[] = [];
	const end = sentence.end;
	// Inside a clause opened by a relative pronoun or a participle after a comma, the next comma closes it:
	// "Weiner, | trying to put to rest a bizarre episode …, | emphatically denied …".
	let parenthetical = false;
	for (let i = sentence.start; i < end; i++) {
		const code = text.charCodeAt(i);
		// Only these characters can start a cut: skip the rest without making strings. "a" and "b" (of "and",
		// "but") only at the start of a word.
		if (code === 97 || code === 98) {
			if (i === sentence.start || !isSpaceCode(text.charCodeAt(i - 1))) continue;
		} else if (code !== 59 && code !== 58 && code !== 44 && code !== 63 && code !== 33 && code !== 45 && code !== 0x2014 && code !== 0x2013) continue;
		const c = text[i];
		const next = text[i + 1];
		if ((c === ';' || c === ':') && isSpaceAt(text, i + 1)) {
			out.push(skipSpace(text, i + 1, end));
			parenthetical = false;
		} else if ((c === '—' && (isSpaceAt(text, i - 1) || isSpaceAt(text, i + 1))) || ((c === '–' || (c === '-' && next === '-')) && isSpaceAt(text, i - 1))) {
			// A spaced dash: " — ", " – ", " -- " (an em dash needs a space on one side only).
			const after = c === '-' ? i + 2 : i + 1;
			out.push(skipSpace(text, after, end));
			parenthetical = false;
			i = after - 1;
		} else if ((c === ',' || c === '?' || c === '!') && (next === '”' || next === '"') && isSpaceAt(text, i + 2)) {
			out.push(skipSpace(text, i + 2, end));
			parenthetical = false;
			i += 1;
		} else if (c === ',' && isSpaceAt(text, i + 1)) {
			const w = skipSpace(text, i + 1, end);
			if (!isLower(text[w])) continue;
			let e = w + 1;
			while (e < end && inWord(text[e])) e++;
			const opener = openerOf(text.slice(w, e));
			if (opener === NOT_OPENER && !parenthetical) continue;
			parenthetical = opener === OPENS_PARENTHETICAL;
			out.push(w);
		} else if (c === 'b' && isSpaceAt(text, i - 1) && text.startsWith('but', i) && isSpaceAt(text, i + 3) && i > sentence.start) {
			out.push(i);
			parenthetical = false;
		} else if (c === 'a' && isSpaceAt(text, i - 1) && text.startsWith('and ', i) && i > sentence.start) {
			// "… an act of self-defense | and is doing its best …": "and" before an auxiliary joins a second predicate.
			let e = i + 4;
			while (e < end && isLetter(text[e] ?? '')) e++;
			if (AUXILIARIES.has(text.slice(i + 4, e))) out.push(i);
		}
	}
	if (relatives) out.push(...relativeStarts(text, sentence));
	const first = FIRST_WORD.exec(text.slice(sentence.start, Math.min(end, sentence.start + FRONTED_REACH)))?.[1]?.toLowerCase();
	if (first && FRONTED.has(first)) {
		const comma = text.indexOf(', ', sentence.start);
		if (comma > 0 && comma < end) out.push(comma + 2);
	}
	return out.sort((x, y) => x - y);
}

/** A clause as a span of its sentence and the run of the sentence's content words it holds: words[from..to). */
export interface ClauseRange {
	span: Span;
	from: number;
	to: number;
}

/**
 * The clauses of a sentence (`words`: the sentence's content words, in text order), each with the run of
 * words it holds. Every word of the sentence is in exactly one clause. With `relatives`, a relative clause
 * opened by "that" is a clause of its own too (relativeStarts).
 */
export function clauseRanges(text: string, sentence: Span, words: readonly Word[], relatives = false): ClauseRange[] {
	const pieces: ClauseRange[] = [];
	let from = sentence.start;
	for (const at of [...cuts(text, sentence, relatives), sentence.end]) {
		if (at <= from) continue;
		pieces.push({ span: { start: from, end: at }, from: 0, to: 0 });
		from = at;
	}
	// Words are in text order, so each piece holds a run of them.
	let k = 0;
	let w = 0;
	for (const piece of pieces) {
		piece.from = w;
		const next = pieces[k + 1]?.span.start ?? Infinity;
		while (w < words.length && (k + 1 >= pieces.length || (words[w]?.start ?? 0) < next)) w++;
		piece.to = w;
		k++;
	}
	const out: ClauseRange[] = [];
	for (const p of pieces) {
		const prev = out[out.length - 1];
		if (prev && (p.to - p.from < MIN_CLAUSE_WORDS || prev.to - prev.from < MIN_CLAUSE_WORDS)) {
			prev.span.end = p.span.end;
			prev.to = p.to;
		} else out.push(p);
	}
	return out;
}

/** The clauses of a sentence, each with its content words (see clauseRanges). */
export function clausesOf(text: string, sentence: Span, words: readonly Word[], relatives = false): { span: Span; words: Word[] }[] {
	return clauseRanges(text, sentence, words, relatives).map((c) => ({ span: c.span, words: words.slice(c.from, c.to) }));
}
