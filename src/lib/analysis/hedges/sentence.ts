// What every hedge rule reads: one sentence as tokens (words and punctuation marks) with their offsets and
// lower-cased text, and what a rule hands back. A rule is asked only at the words it names (its triggers),
// so the sentence is scanned once for all of them and a rule's sense checks run only where its cue is.
import { memoByWord } from '../memo';
import { tokenize } from '../tokens';
import type { HedgeCategory, HedgeSense, Span } from '../types';

export interface Tokens {
	text: string;
	/** Token bounds into `text`: [start0, end0, start1, end1, …]. */
	bounds: number[];
	/** Lower-cased text of each token. */
	lower: (string | undefined)[];
	/** How many tokens. */
	n: number;
}

/** A hedge a rule found: its words as a run of tokens, what kind it is and what it does here. */
export interface Found {
	first: number;
	last: number;
	category: HedgeCategory;
	sense: HedgeSense;
	/** The cue's name, the last part of the rule id: "may", "considered", "at-least". */
	cue: string;
	/** A family within the category, between it and the cue in the rule id: "report" in "hedge/impersonal/report/said-to". */
	family?: string;
	explanation: string;
}

export interface HedgeRule {
	/** Lower-case words at which the rule reads the sentence. */
	readonly triggers: readonly string[];
	/** The hedge whose key word is token `i`, or null where the word is not used as a hedge. */
	read(s: Tokens, i: number): Found | null;
}

const lowerOf = memoByWord((w) => w.toLowerCase());

/**
 * Fills `into` with the tokens of text.slice(span.start, span.end); the same object is reused sentence after
 * sentence, its arrays written over (emptied, they would give back their room, and make it again for every
 * sentence): only the first `n` tokens are this sentence's.
 */
export function readTokens(text: string, span: Span, into: Tokens): Tokens {
	into.text = text;
	const { bounds, lower } = into;
	let n = 0;
	const add = (start: number, end: number, word: string): void => {
		bounds[2 * n] = start;
		bounds[2 * n + 1] = end;
		lower[n++] = word;
	};
	// The sentence's tokens as the other rules read them (tokenize keeps them), less one thing: a title keeps
	// its full stop there ("Dr."), here the stop is a mark of its own, as the scanner finds it.
	for (const t of tokenize(text, span)) {
		if (t.end - t.start > 1 && text.charCodeAt(t.end - 1) === FULL_STOP) {
			add(t.start, t.end - 1, lowerOf(text.slice(t.start, t.end - 1)));
			add(t.end - 1, t.end, '.');
		} else add(t.start, t.end, t.lower);
	}
	into.n = n;
	return into;
}

const FULL_STOP = 0x2e;

export const emptyTokens = (): Tokens => ({ text: '', bounds: [], lower: [], n: 0 });

/** The lower-cased token at i, or '' before the first and after the last. */
export function at(s: Tokens, i: number): string {
	if (i < 0 || i >= s.n) return '';
	const known = s.lower[i];
	if (known !== undefined) return known;
	const t = lowerOf(s.text.slice(s.bounds[2 * i] ?? 0, s.bounds[2 * i + 1] ?? 0));
	s.lower[i] = t;
	return t;
}
// Past the sentence's `n` tokens the arrays hold an earlier sentence's: 0 there, as before the first.
export const startOf = (s: Tokens, i: number): number => (i >= 0 && i < s.n ? (s.bounds[2 * i] ?? 0) : 0);
export const endOf = (s: Tokens, i: number): number => (i >= 0 && i < s.n ? (s.bounds[2 * i + 1] ?? 0) : 0);
/** The text of tokens first..last as written. */
export const wordsOf = (s: Tokens, first: number, last: number): string => s.text.slice(startOf(s, first), endOf(s, last));
/** The token at i as written. */
export const raw = (s: Tokens, i: number): string => (i >= 0 && i < s.n ? s.text.slice(startOf(s, i), endOf(s, i)) : '');

/** True for a word (letters or digits), false for a mark or outside the sentence. */
export function isWord(s: Tokens, i: number): boolean {
	const t = at(s, i);
	return t !== '' && /[\p{L}\p{N}]/u.test(t[0] === '@' ? (t[1] ?? '') : (t[0] ?? ''));
}

/** True when the token starts with a capital letter. */
export function isCapital(s: Tokens, i: number): boolean {
	const t = raw(s, i);
	return t !== '' && t !== t.toLowerCase() && t[0] !== t[0]?.toLowerCase();
}

/** Negated: "not", "never" or a "n't" form ("isn't", "couldn’t"). */
export const isNegation = (t: string): boolean => t === 'not' || t === 'never' || t.endsWith("n't") || t.endsWith('n’t') || t === 'cannot';

/** The index of the first token after i (i itself excluded) that is not in `skip`, looking at most `max` tokens on. */
export function nextPast(s: Tokens, i: number, skip: ReadonlySet<string>, max = 3): number {
	let j = i + 1;
	while (j < s.n && j <= i + max && skip.has(at(s, j))) j++;
	return j;
}

/** The index of the first token before i that is not in `skip`, looking at most `max` tokens back. */
export function prevPast(s: Tokens, i: number, skip: ReadonlySet<string>, max = 3): number {
	let j = i - 1;
	while (j >= 0 && j >= i - max && skip.has(at(s, j))) j--;
	return j;
}

/** The first token from i to i + max (inclusive) that is in `words`, stopping at a mark; -1 if none. */
export function findAhead(s: Tokens, i: number, words: ReadonlySet<string>, max: number): number {
	for (let j = i; j < s.n && j <= i + max; j++) {
		if (words.has(at(s, j))) return j;
		if (!isWord(s, j)) return -1;
	}
	return -1;
}

/**
 * A hedge found at tokens first..last. Its explanation opens with the words quoted as the sentence has them,
 * then `explanation`, written to follow them: ' says this is not known.'
 */
export function found(
	s: Tokens,
	first: number,
	last: number,
	category: HedgeCategory,
	sense: HedgeSense,
	cue: string,
	explanation: string,
	family?: string,
): Found {
	return { first, last, category, sense, cue, explanation: `“${wordsOf(s, first, last)}”${explanation}`, ...(family ? { family } : {}) };
}
