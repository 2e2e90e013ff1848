// Splits a span of text into word and punctuation tokens with their offsets: the unit the attribution rules
// walk over. Words keep inner apostrophes, hyphens and dots ("Smith’s", "counter-terrorism", "U.K").
import { memoByWord } from './memo';
import { scanTokens } from './scan';
import type { Span } from './types';

export interface Token extends Span {
	text: string;
	lower: string;
	/** The word without a possessive ’s ("Smith’s" → "Smith"). */
	base: string;
	/** Starts with a capital letter. */
	cap: boolean;
	/** What the word's text alone decides, one object shared by every token of that word (see perWord). */
	shape: Shape;
}

// Titles keep their full stop ("Dr.", "Mr."), so a name after them stays one phrase.
const TITLE_ABBREVIATIONS = new Set('Mr Mrs Ms Dr Prof St Gen Col Lt Sgt Capt Rev Fr Msgr Mgr Sen Rep Gov Jr Sr Supt Insp Det'.split(' '));

/** A name written with the Arabic article in lower case ("Sharif el-Gamal", "Bashar al-Assad", "al-Qaeda") is a capital word. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az)-\p{Lu}/u;

export interface Shape extends Pick<Token, 'text' | 'lower' | 'base' | 'cap'> {
	/** A title that takes the full stop after it. */
	title: boolean;
	/** What perWord functions gave for this word, by their slot. */
	known: unknown[];
}
// What a token's text alone decides, worked out once per distinct word: the tokens of a report then share
// these strings instead of each holding copies.
const shapeOf = memoByWord((t): Shape => {
	const base = t.endsWith('s') && (t.endsWith('’s') || t.endsWith("'s")) ? t.slice(0, -2) : t;
	const first = t[0] === '@' ? (t[1] ?? '') : (t[0] ?? '');
	return { text: t, lower: t.toLowerCase(), base, cap: first !== first.toLowerCase() || ARABIC_ARTICLE.test(t), title: TITLE_ABBREVIATIONS.has(t), known: [] };
});

let slots = 0;
/**
 * What a pure function of a word gives, kept on the word's shape: every rule asks its word lists about every
 * token, and an index into the shape the token already holds costs a fraction of a lookup of its text in a
 * map. `compute` sees the shape only, so the answer cannot depend on where the word stands.
 */
export function perWord<T extends NonNullable<unknown> | null>(compute: (w: Shape) => T): (t: Token) => T {
	const slot = slots++;
	return (t) => {
		const known = t.shape.known;
		const hit = known[slot];
		// Only this function writes this slot, and only a T.
		if (hit !== undefined) return hit as T;
		const value = compute(t.shape);
		known[slot] = value;
		return value;
	};
}

// Reused by every call (tokenize finishes with it before returning).
const bounds: number[] = [];

interface Kept {
	text: string;
	start: number;
	end: number;
	tokens: Token[];
}
// The tokens of a span, kept on the span object while it lives: entities, loaded words, verdicts, hedges
// and the comparison all read the same sentences (the same Sentence objects), and each sentence is
// tokenized once. They sit under a symbol, not enumerable, so JSON, spreads and structured clones never
// see them (a WeakMap would do the same, but on short-lived keys it cost more than tokenizing again). A
// span moved since, or met with another text, is tokenized again. What tokenize returns is shared:
// callers read it and never change it.
const KEPT = Symbol('tokens');
type Keeping = Span & { [KEPT]?: Kept };

/** "John A. Boehner": a single letter with a full stop after it is an initial, not the article "a" or "I". */
export const isInitial = (ts: readonly Token[], k: number): boolean => ts[k]?.text.length === 1 && ts[k + 1]?.text === '.';

export function tokenize(text: string, span: Span): Token[] {
	const hit = (span as Keeping)[KEPT];
	if (hit && hit.start === span.start && hit.end === span.end && hit.text === text) return hit.tokens;
	const tokens = read(text, span);
	if (Object.isExtensible(span)) {
		const value: Kept = { text, start: span.start, end: span.end, tokens };
		Object.defineProperty(span, KEPT, { value, writable: true, configurable: true });
	}
	return tokens;
}

function read(text: string, span: Span): Token[] {
	const out: Token[] = [];
	const n = 2 * scanTokens(text, span.start, span.end, bounds);
	for (let k = 0; k < n; k += 2) {
		const start = bounds[k] ?? 0;
		let end = bounds[k + 1] ?? start;
		let shape = shapeOf(text.slice(start, end));
		// "Dr" then "." (the next bound, one mark): one token "Dr.".
		if (shape.title && end < span.end && text[end] === '.') {
			shape = shapeOf(`${shape.text}.`);
			end++;
			k += 2;
		}
		out.push({ text: shape.text, lower: shape.lower, base: shape.base, start, end, cap: shape.cap, shape });
	}
	return out;
}

const ACRONYM = /^\p{Lu}[\p{Lu}.&]{1,7}$/u;

export const isCapitalized = (t: Token): boolean => t.cap;
export const isAcronym = perWord((w): boolean => ACRONYM.test(w.base) && w.base.length >= 2);
/** A word that ends in a possessive ("Smith’s"): its base is the word without it. */
export const isPossessive = (t: Token | undefined): boolean => !!t && t.base !== t.text;
