// Whether a pasted report is English, the one language the engine reads: its rules, word lists and question
// wording are English, so another language would give wrong questions (or, for Chinese, which has no
// spaces between words, a misleading "only 48 words"). Two plain signals: the writing system of its letters,
// and how many of its words are frequent English function words.
import { ENGLISH_FUNCTION_WORDS } from './english-words';

/**
 * Below this share of Latin letters, the text is written in another script (Chinese, Japanese, Korean,
 * Cyrillic, Arabic, Greek…). An English report quoting a name in another script stays far above it.
 */
export const LATIN_SHARE_MIN = 0.5;
/** Too few letters to judge a script by (a table of numbers); the other checks deal with such text. */
const SCRIPT_MIN_LETTERS = 20;
/**
 * Below this share of frequent English function words among the words, the text is not English. Measured:
 * 0.17 to 0.45 (median 0.31) over the 491 English news articles of the development corpus, 0.12 for a
 * football results report written full of names and numbers; 0.00 to 0.01 for Spanish, French and German
 * news paragraphs. The threshold sits well away from both.
 */
export const ENGLISH_SHARE_MIN = 0.05;
/** Fewer words than this say too little about their language; the length check speaks for them. */
const SHARE_MIN_WORDS = 20;

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** True unless the text is clearly in another language than English. */
export function looksEnglish(text: string): boolean {
	const letters = (text.match(LETTER) ?? []).length;
	if (letters >= SCRIPT_MIN_LETTERS && (text.match(LATIN) ?? []).length / letters < LATIN_SHARE_MIN) return false;
	const words = text.match(WORD) ?? [];
	if (words.length < SHARE_MIN_WORDS) return true;
	const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length;
	return common / words.length >= ENGLISH_SHARE_MIN;
}
