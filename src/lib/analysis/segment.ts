// Splits a report into blocks (non-empty lines) and sentences. Sentences are found one block at a time:
// on Node 20 Intl.Segmenter is quadratic on long input, and no sentence crosses a paragraph anyway.
import type { Block, Sentence, Span } from './types';

// Patterns used in loops, compiled once (a literal in a loop is a new RegExp object each time round).
const SPACE = /\s/;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function splitBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	const line = /[^\r\n]+/g;
	for (let m = line.exec(text); m; m = line.exec(text)) {
		let start = m.index;
		let end = start + m[0].length;
		while (start < end && SPACE.test(text[start] ?? '')) start++;
		while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
		if (end > start) blocks.push({ start, end, index: blocks.length });
	}
	return blocks;
}

// Words after which a full stop does not end a sentence: titles, common abbreviations, "No. 10".
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof sen rep gen col lt sgt capt cpl st mt jr sr rev hon gov pres supt insp det no nos vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec'.split(
		' ',
	),
);

let segmenter: Intl.Segmenter | undefined;
function sentenceSegmenter(): Intl.Segmenter {
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	return segmenter;
}

const LAST_WORD_AND_STOP = /(?:^|[\s(“"‘'])([\p{L}.]+)\.\s*$/u;
const CAPITAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const STARTS_LOWER = /^\s*[\p{Ll}\d]/u;

/** True when the sentence piece `prev` stops on an abbreviation, an initial or a dotted acronym. */
function endsOnAbbreviation(text: string, prev: Span, next: Span): boolean {
	const m = LAST_WORD_AND_STOP.exec(text.slice(prev.start, prev.end));
	if (!m) return false;
	const word = m[1] ?? '';
	if (ABBREVIATIONS.has(word.toLowerCase())) return true;
	// A single capital ("J. K. Rowling") is an initial.
	if (CAPITAL.test(word)) return true;
	// A dotted acronym ("U.K.") ends a sentence only when the next piece starts like one.
	if (DOTTED_ACRONYM.test(word)) return STARTS_LOWER.test(text.slice(next.start, next.end));
	return false;
}

/** Sentences of one span of the text, with offsets into the whole text. */
export function sentencesOf(text: string, span: Span): Span[] {
	const slice = text.slice(span.start, span.end);
	const segments = sentenceSegmenter().segment(slice);
	const joined: Span[] = [];
	// containing() from each segment's end walks the same segments as for…of, at half the cost.
	for (let at = 0; at < slice.length; ) {
		const seg = segments.containing(at);
		if (!seg) break;
		const p = { start: span.start + seg.index, end: span.start + seg.index + seg.segment.length };
		at = seg.index + seg.segment.length;
		// Re-join pieces that the segmenter split after "Dr." or an initial.
		const prev = joined[joined.length - 1];
		if (prev && endsOnAbbreviation(text, prev, p)) prev.end = p.end;
		else joined.push(p);
	}
	return joined
		.map((s) => trimSpan(text, s))
		.filter((s) => s.end > s.start);
}

export function trimSpan(text: string, s: Span): Span {
	let { start, end } = s;
	while (start < end && SPACE.test(text[start] ?? '')) start++;
	while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
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
	const out: Sentence[] = [];
	const first = blocks.find((b) => subtractSpans(b, noise).some((p) => LETTER.test(text.slice(p.start, p.end))));
	for (const block of blocks) {
		for (const part of subtractSpans(block, noise)) {
			const t = trimSpan(text, part);
			if (!LETTER_OR_DIGIT.test(text.slice(t.start, t.end))) continue;
			for (const s of sentencesOf(text, t)) {
				out.push({ start: s.start, end: s.end, index: out.length, block: block.index, headline: block === first });
			}
		}
	}
	return out;
}
