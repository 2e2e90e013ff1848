// Checks a pasted report before it is analysed, with a message for the teacher next to the field. The text
// itself is never changed or thrown away here: a failed check only says what to fix.
import { looksEnglish } from './language';

export const MIN_WORDS = 80;
export const MAX_WORDS = 20_000;

export const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Control characters other than tab and new lines, or the replacement character: a binary file, not text. */
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

export const NOT_ENGLISH =
	'This report does not look like English. Double Take reads English reports for now: paste an English-language report of the event.';

/** A problem with one report's text, or null when it can be analysed. */
export function reportProblem(text: string): string | null {
	const trimmed = text.trim();
	if (!trimmed) return 'Paste the report’s text here.';
	const odd = (trimmed.match(BINARY) ?? []).length;
	if (odd > 0 && odd > trimmed.length / 200) return 'This does not look like text (it may be a file’s raw contents). Copy the words of the article instead.';
	// Before the length: Chinese has no spaces between words, so its length in words would mislead.
	if (!looksEnglish(trimmed)) return NOT_ENGLISH;
	const words = countWords(trimmed);
	if (words < MIN_WORDS) return `This is only ${words} word${words === 1 ? '' : 's'}. A report needs at least ${MIN_WORDS} words for a fair quiz: paste the whole article.`;
	if (words > MAX_WORDS) return `This is ${words.toLocaleString('en')} words, more than the ${MAX_WORDS.toLocaleString('en')} a quiz can use. Paste just the article, not the whole page or several articles.`;
	return null;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A problem with the pair as a whole, or null. */
export function pairProblem(a: string, b: string): string | null {
	if (a.trim() && normal(a) === normal(b)) return 'Both reports have the same text. Paste a second, different report of the same event.';
	return null;
}
