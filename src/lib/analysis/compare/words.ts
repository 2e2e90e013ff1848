// Content words of a passage, reduced to rough stems, for comparing two reports by what they say rather
// than how they word it: "resigning", "resigned" and "resign" meet; "sadly" and "sadness" meet.
import { memoByWord } from '../memo';
import { wordSet } from '../lexicons/word-set';
import { scanWordBounds } from '../scan';
import { perWord, tokenize } from '../tokens';
import { paraphraseKey } from './paraphrase';
import type { Span } from '../types';

// Function words and reporting words: they say nothing about the event itself.
const STOP = wordSet(
	'a an the and or but if of to in on at by for with from as into onto over under about after before than then ' +
		'that this these those it its he him his she her hers they them their we us our i me my you your who whom whose ' +
		'which what when where why how is are was were be been being am has have had do does did will would can could ' +
		'may might must shall should not no nor so too very just also only even still yet there here all any some such ' +
		'more most other another each both few many much one own same said says say told tell according added wrote ' +
		'mr mrs ms dr however while although though because since until upon out up down off again further once ' +
		's t don’t it’s ' +
		// Days: two reports of one event are often written on different days, so "Monday" and "Tuesday" differ
		// where the content does not.
		'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight',
);

/** A word that says something about the event (not a function or reporting word). */
export const isContent = (word: string): boolean => !STOP.has(word.toLowerCase()) && word.length > 1;

export interface Word extends Span {
	stem: string;
}

// Longest first: "readingly" loses "ingly", not "ly". "-dom" makes a noun of a state ("freedom", "free").
const SUFFIXES = ['ingly', 'ness', 'ment', 'edly', 'ing', 'doms', 'dom', 'ed', 'ly', 'es', 's'];

/**
 * The word's rough stem, carried to what it shares with its nominalisation or a common synonym
 * (paraphrase.ts: "selection" and "select", "cut" and "reduction" meet); kept per distinct word (the quiz and
 * the comparison ask it of the same words often).
 */
export const stem = memoByWord((word) => paraphraseKey(stemOf(word), stemOf));

function stemOf(word: string): string {
	let w = word.toLowerCase();
	if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
	if (w.includes("'") || w.includes('’')) w = w.replace(/[’']/g, '');
	if (w.length > 4) {
		// A word of six letters in "-dom" is no such noun: "random", "seldom", "wisdom".
		const suffix = SUFFIXES.find((x) => w.endsWith(x) && (!x.startsWith('dom') || w.length > 6));
		if (suffix) w = w.slice(0, -suffix.length);
	} else if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
	return w.endsWith('e') ? w.slice(0, -1) : w;
}

// Per distinct word as written, what it becomes: its stem, or null for a function word, and its lower-cased
// form with whether it is written with a capital (contentWords, readSentences); its lower-cased form with one
// apostrophe (allWords). Asked of a token's text too (readSentences), a string the tokens share, so the lookup
// needs no new string: `word` says whether that text is one word as it stands, not a mark, a token of several
// words or with an @ ("U.S", "e.g", "@FCDO", "snake_case"), or "Dr." with its stop.
interface Form {
	stem: string | null;
	lower: string;
	capital: boolean;
	word: boolean;
}
const formOf = memoByWord((written): Form => {
	// "R.N.C." and "RNC", "G.O.P." and "GOP": one paper's style spells out with full stops what another does not.
	const word = DOTTED_ACRONYM.test(written) ? written.replaceAll('.', '') : written;
	const lower = word.toLowerCase();
	const first = word[0] ?? '';
	return { stem: STOP.has(lower) || lower.length < 2 ? null : stem(lower), lower, capital: first !== first.toLowerCase(), word: !/^[^\p{L}\p{N}]|[._@]/u.test(word) };
});
/**
 * Three or more capitals joined by full stops, as tokens keep them (the last stop apart): "R.N.C", "N.A.A.C.P".
 * Two ("U.S.", "A.G.", "D.C.") abbreviate common words as often as they name a body, and stay as they are.
 */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}\p{Lu}$/u;
const tokenForm = perWord((w) => formOf(w.text));
const plainForm = memoByWord((word) => word.toLowerCase().replace(/[’']/g, "'"));

// Reused by every call (each finishes with it before returning).
const bounds: number[] = [];

/** Calls `read` with the bounds of each word of text[start, end) (see scan.ts), in order. */
function eachWord(text: string, start: number, end: number, read: (start: number, end: number) => void): void {
	const n = 2 * scanWordBounds(text, start, end, bounds);
	for (let k = 0; k < n; k += 2) {
		// "R.N.C.": single capitals joined by full stops are one word, as the tokens have them (DOTTED_ACRONYM).
		let j = k;
		while (j + 2 < n && capitalThenStop(text, bounds[j] ?? 0, bounds[j + 1] ?? 0) && bounds[j + 2] === (bounds[j + 1] ?? 0) + 1 && bounds[j + 3] === (bounds[j + 2] ?? 0) + 1 && isCapitalCode(text.charCodeAt(bounds[j + 2] ?? 0))) j += 2;
		if (j - k < 4) j = k;
		read(bounds[k] ?? 0, bounds[j + 1] ?? 0);
		k = j;
	}
}
const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;
/** The word [start, end) is one capital letter, and a full stop follows it. */
const capitalThenStop = (text: string, start: number, end: number): boolean => end === start + 1 && isCapitalCode(text.charCodeAt(start)) && text[end] === '.';

/** Content words of text[span], with their stems and offsets. */
export function contentWords(text: string, span: Span): Word[] {
	const out: Word[] = [];
	eachWord(text, span.start, span.end, (start, end) => {
		const s = formOf(text.slice(start, end)).stem;
		if (s !== null) out.push({ stem: s, start, end });
	});
	return out;
}

export interface SentenceReading {
	/** The content words of each sentence (see contentWords). */
	words: Word[][];
	/** The words each sentence writes with a capital, lower-cased. */
	capitals: Set<string>[];
}

/** What the comparison reads of each sentence of a report, in one pass over its words, once per comparison. */
export function readSentences(r: { text: string; sentences: readonly Span[] }): SentenceReading {
	const { text } = r;
	const words: Word[][] = [];
	const capitals: Set<string>[] = [];
	// The sentence being read (one reader for all of them: a function made per sentence cost more than its work).
	let content: Word[] = [];
	let caps = new Set<string>();
	const read = (start: number, end: number, form = formOf(text.slice(start, end))) => {
		if (form.stem !== null) content.push({ stem: form.stem, start, end });
		if (form.capital) caps.add(form.lower);
	};
	for (const s of r.sentences) {
		content = [];
		caps = new Set<string>();
		// The analysis has tokenized every sentence (tokenize kept the tokens): they are the words, read without
		// scanning again. A token runs from its first to its last letter or digit over ’'_.- (or is one mark); a
		// word runs over ’'- only, and keeps those after its last letter ("Sanders’"), which the token leaves out.
		// So a token that is one word as it stands (Form.word) and is followed by none of ’'- is read whole; any
		// other is scanned, with the ’'- after it.
		for (const t of tokenize(text, s)) {
			let end = t.end;
			while (end < s.end && inWordTail(text.charCodeAt(end))) end++;
			const form = tokenForm(t);
			if (end === t.end && form.word) read(t.start, end, form);
			else eachWord(text, t.start, end, read);
		}
		words.push(content);
		capitals.push(caps);
	}
	return { words, capitals };
}
/** ’ ' - */
const inWordTail = (c: number): boolean => c === 0x2019 || c === 0x27 || c === 0x2d;

/** Every word of text[span] (function words too), for wording-level comparison of quotes. */
export function allWords(text: string, span: Span): Word[] {
	const out: Word[] = [];
	eachWord(text, span.start, span.end, (start, end) => out.push({ stem: plainForm(text.slice(start, end)), start, end }));
	return out;
}

/** The content words of a span, taken from its sentences' words (see readSentences) rather than read again. */
export function stemsIn(r: { sentences: readonly Span[] }, words: readonly Word[][], span: Span): string[] {
	const out: string[] = [];
	// The first sentence that ends after the span starts (sentences are in text order), then on while they overlap it.
	const lo = r.sentences.findIndex((s) => s.end > span.start);
	for (let k = lo; k < r.sentences.length && (r.sentences[k]?.start ?? 0) < span.end; k++) {
		for (const w of words[k] ?? []) if (w.start >= span.start && w.end <= span.end) out.push(w.stem);
	}
	return out;
}
