// Splits a report into blocks (non-empty lines) and sentences. Sentences are found paragraph by paragraph
// (segmentParts): on Node 20 Intl.Segmenter is quadratic on long input, and no sentence crosses a paragraph
// anyway.
import { COORDINATORS, DETERMINERS, INTRO_WORDS, SUBJECT_PRONOUNS } from './lexicons/function-words';
import { isSpaceUnit } from './scan';
import type { Block, Sentence, Span } from './types';

// Patterns used in loops, compiled once (a literal in a loop is a new RegExp object each time round).
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function splitBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	const line = /[^\r\n]+/g;
	for (let m = line.exec(text); m; m = line.exec(text)) {
		const { start, end } = trimSpan(text, { start: m.index, end: m.index + m[0].length });
		if (end > start) blocks.push({ start, end, index: blocks.length });
	}
	return blocks;
}

// Words after which a full stop does not end a sentence: titles, common abbreviations, "No. 10".
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof sen sens rep reps cong gen col lt sgt capt cpl st mt jr sr rev fr msgr mgr hon gov pres supt insp det atty no nos vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec'.split(
		' ',
	),
);

let segmenter: Intl.Segmenter | undefined;
function sentenceSegmenter(): Intl.Segmenter {
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	return segmenter;
}

// After a hyphen too: "then-Sen. Barack Obama", "ex-Gov. Jo Hart".
const LAST_WORD_AND_STOP = /(?:^|[\s(“"‘'-])([\p{L}.]+)\.\s*$/u;
const CAPITAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
/** Words that open a sentence after "U.S.": before any other capital a dotted acronym is part of a name. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, ...INTRO_WORDS, ...COORDINATORS, ...SUBJECT_PRONOUNS]);
const FIRST_CAPITAL_WORD = /^\s*[“"‘']?(\p{Lu}\p{L}*)/u;

/** The last word of a piece is read from this many characters at its end (all of it when the word is longer). */
const TAIL = 64;

// The marks that may open the last word: ( “ " ‘ '.
const OPENERS = new Set([0x28, 0x201c, 0x22, 0x2018, 0x27]);

/**
 * Where LAST_WORD_AND_STOP can start to match in text.slice(from, to): at the last space or opening mark before
 * the trailing spaces (its word holds neither, and it is anchored at the end), or at `from` when there is none.
 * The regex run from there finds what it finds in the whole slice, without trying every start on the way.
 */
function lastWordMark(text: string, from: number, to: number): number {
	let e = to;
	while (e > from && isSpaceUnit(text.charCodeAt(e - 1))) e--;
	for (let k = e - 1; k > from; k--) {
		const c = text.charCodeAt(k);
		if (isSpaceUnit(c) || OPENERS.has(c)) return k;
	}
	return from;
}

/** LAST_WORD_AND_STOP on text.slice(from, to), and where its match starts in the text. */
function lastWordAndStop(text: string, from: number, to: number): { word: string; at: number } | null {
	const mark = lastWordMark(text, from, to);
	const m = LAST_WORD_AND_STOP.exec(text.slice(mark, to));
	return m ? { word: m[1] ?? '', at: mark + m.index } : null;
}

/** True when the sentence piece `prev` stops on an abbreviation, an initial or a dotted acronym. */
function endsOnAbbreviation(text: string, prev: Span, next: Span): boolean {
	const from = Math.max(prev.start, prev.end - TAIL);
	let m = lastWordAndStop(text, from, prev.end);
	// A word that starts the tail may start further back.
	if (m && m.at === from && from > prev.start) m = lastWordAndStop(text, prev.start, prev.end);
	if (!m) return false;
	const { word } = m;
	if (ABBREVIATIONS.has(word.toLowerCase())) return true;
	// A single capital ("J. K. Rowling") is an initial.
	if (CAPITAL.test(word)) return true;
	// A dotted acronym ends a sentence only when the next piece starts like one: before any other capital it
	// is part of a name ("the U.S. Army", "said J.M. Berger").
	if (DOTTED_ACRONYM.test(word)) return !SENTENCE_OPENERS.has(FIRST_CAPITAL_WORD.exec(text.slice(next.start, next.end))?.[1]?.toLowerCase() ?? '');
	return false;
}

/**
 * A part the segmenter would give whole, as one sentence: nothing in it can end a sentence but the stops (and
 * closing marks) it ends with. Unicode's sentence rules end one only after a full stop, a question or
 * exclamation mark of any script, or a line or paragraph separator: below U+0589 only LF, CR, "!", ".", "?"
 * and NEL are such, and among the spaces, dashes and quotation marks of U+2000–U+2026 only "․" (each unit
 * was checked against the segmenter in every context that could end a sentence). Most paragraphs of news
 * are one sentence, and need no segmenter.
 */
const ONE_SENTENCE = /^[^\n\r!.?\x85\u0589-\u1fff\u2024\u2027-\uffff]*[.?!]*["')\]”’]*$/;

/**
 * The segmenter's pieces of each part (a span with no line break, which always ends a sentence), in order.
 * Each part is given to the segmenter alone: on Node 20 every segment it hands back costs time and garbage
 * in proportion to the length of what it was given (parts joined up to 2,000 characters made a sixth of a
 * report's garbage), and the segments of a part are the same alone as joined to others by line breaks.
 */
function segmentParts(text: string, parts: readonly Span[]): Span[][] {
	return parts.map(({ start, end }) => {
		const part = text.slice(start, end);
		if (ONE_SENTENCE.test(part)) return [{ start, end }];
		const out: Span[] = [];
		const segments = sentenceSegmenter().segment(part);
		// containing() from each segment's end walks the same segments as for…of, at half the cost.
		for (let at = 0; at < part.length; ) {
			const seg = segments.containing(at);
			if (!seg) break;
			at = seg.index + seg.segment.length;
			out.push({ start: start + seg.index, end: start + at });
		}
		return out;
	});
}

/**
 * True when the piece ends on a "?" or "!" with a space before it: a question or an exclamation is written
 * against its last word, so a mark standing apart ("Nelson Warfield ? and John ?McLaughlin") is a character
 * the page lost in copying, not the end of a sentence.
 */
function endsOnStrayMark(text: string, prev: Span): boolean {
	let e = prev.end;
	while (e > prev.start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
	const mark = text.charCodeAt(e - 1);
	return (mark === 0x3f || mark === 0x21) && e - 1 > prev.start && isSpaceUnit(text.charCodeAt(e - 2));
}

/** Re-joins pieces that the segmenter split after "Dr." or an initial, or at a stray mark, and trims each sentence. */
function joinAbbreviations(text: string, pieces: readonly Span[]): Span[] {
	const joined: Span[] = [];
	for (const p of pieces) {
		const prev = joined[joined.length - 1];
		if (prev && (endsOnAbbreviation(text, prev, p) || endsOnStrayMark(text, prev))) prev.end = p.end;
		else joined.push({ start: p.start, end: p.end });
	}
	return joined.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

export function trimSpan(text: string, s: Span): Span {
	let { start, end } = s;
	while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
	while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
	return { start, end };
}

/** Removes the parts of a span covered by any of the (sorted or unsorted) holes. */
export function subtractSpans(span: Span, holes: readonly Span[]): Span[] {
	let parts: Span[] = [{ ...span }];
	for (const h of holes) {
		if (h.end <= span.start || h.start >= span.end) continue;
		parts = cut(parts, h);
	}
	return parts;
}

// Apart from the loop above: a closure over the loop's `h` would allocate a scope for every hole tried.
function cut(parts: readonly Span[], h: Span): Span[] {
	return parts.flatMap((p) => {
		if (h.end <= p.start || h.start >= p.end) return [p];
		const out: Span[] = [];
		if (h.start > p.start) out.push({ start: p.start, end: h.start });
		if (h.end < p.end) out.push({ start: h.end, end: p.end });
		return out;
	});
}

/**
 * Sentences of the report outside the noise. The first block's sentences are marked as the headline
 * (headlines often hold two sentences: "Shocking resignation: ... – What's behind this decision?").
 */
export function segmentSentences(text: string, blocks: readonly Block[], noise: readonly Span[]): Sentence[] {
	const holes = [...noise].sort((x, y) => x.start - y.start);
	// Each block's parts outside the noise; `low` skips the holes that end before the blocks still to come.
	const parts: { span: Span; block: Block }[] = [];
	let first: Block | undefined;
	let low = 0;
	for (const block of blocks) {
		while (low < holes.length && (holes[low]?.end ?? 0) <= block.start) low++;
		const inside: Span[] = [];
		for (let h = low; h < holes.length && (holes[h]?.start ?? 0) < block.end; h++) {
			const hole = holes[h];
			if (hole && hole.end > block.start) inside.push(hole);
		}
		for (const part of subtractSpans(block, inside)) {
			if (!first && LETTER.test(text.slice(part.start, part.end))) first = block;
			const t = trimSpan(text, part);
			if (LETTER_OR_DIGIT.test(text.slice(t.start, t.end))) parts.push({ span: t, block });
		}
	}
	const pieces = segmentParts(
		text,
		parts.map((p) => p.span),
	);
	const out: Sentence[] = [];
	parts.forEach(({ block }, i) => {
		for (const s of joinAbbreviations(text, pieces[i] ?? [])) {
			out.push({ start: s.start, end: s.end, index: out.length, block: block.index, headline: block === first });
		}
	});
	return out;
}

/** Index of the sentence holding offset `at`, by binary search (sentences are in text order); -1 when none does. */
export function sentenceAt(sentences: readonly Span[], at: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = sentences[mid];
		if (!s) break;
		if (at < s.start) hi = mid - 1;
		else if (at >= s.end) lo = mid + 1;
		else return mid;
	}
	return -1;
}
