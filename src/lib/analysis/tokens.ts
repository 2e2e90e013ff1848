// Splits a span of text into word and punctuation tokens with their offsets: the unit the attribution rules
// walk over. Words keep inner apostrophes, hyphens and dots ("Smith’s", "counter-terrorism", "U.K").
import type { Span } from './types';

export interface Token extends Span {
	text: string;
	lower: string;
	/** The word without a possessive ’s ("Smith’s" → "Smith"). */
	base: string;
	/** Starts with a capital letter. */
	cap: boolean;
}

const TOKEN = /@?[\p{L}\p{N}][\p{L}\p{N}’'_.-]*[\p{L}\p{N}]|@?[\p{L}\p{N}]|[,;:()“”"‘’—–?!.]/gu;
// Titles keep their full stop ("Dr.", "Mr."), so a name after them stays one phrase.
const TITLE_ABBREVIATIONS = new Set('Mr Mrs Ms Dr Prof St Gen Col Lt Sgt Capt Rev Sen Rep Gov Jr Sr Supt Insp Det'.split(' '));

export function tokenize(text: string, span: Span): Token[] {
	const out: Token[] = [];
	const slice = text.slice(span.start, span.end);
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
		let t = m[0];
		if (TITLE_ABBREVIATIONS.has(t) && slice[m.index + t.length] === '.') {
			t += '.';
			TOKEN.lastIndex++;
		}
		const base = t.endsWith('s') && (t.endsWith('’s') || t.endsWith("'s")) ? t.slice(0, -2) : t;
		const first = t[0] === '@' ? (t[1] ?? '') : (t[0] ?? '');
		out.push({
			text: t,
			lower: t.toLowerCase(),
			base,
			start: span.start + m.index,
			end: span.start + m.index + t.length,
			cap: first !== first.toLowerCase(),
		});
	}
	return out;
}

export const isCapitalized = (t: Token): boolean => t.cap;
export const isAcronym = (t: Token): boolean => /^\p{Lu}[\p{Lu}.&]{1,7}$/u.test(t.base) && t.base.length >= 2;
export const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);
export const isPossessive = (t: Token): boolean => t.base !== t.text;
