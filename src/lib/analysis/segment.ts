// Splits a report into blocks (non-empty lines) and sentences. Sentences are found one block at a time:
// on Node 20 Intl.Segmenter is quadratic on long input, and no sentence crosses a paragraph anyway.
import type { Block, Sentence, Span } from './types';

export function splitBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	const line = /[^\r\n]+/g;
	for (let m = line.exec(text); m; m = line.exec(text)) {
		let start = m.index;
		let end = start + m[0].length;
		while (start < end && /\s/.test(text[start] ?? '')) start++;
		while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
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

/** True when the sentence piece ending here stops on an abbreviation, an initial or a dotted acronym. */
function endsOnAbbreviation(piece: string, next: string): boolean {
	const m = /(?:^|[\s(“"‘'])([\p{L}.]+)\.\s*$/u.exec(piece);
	if (!m) return false;
	const word = m[1] ?? '';
	if (ABBREVIATIONS.has(word.toLowerCase())) return true;
	// A single capital ("J. K. Rowling") is an initial.
	if (/^\p{Lu}$/u.test(word)) return true;
	// A dotted acronym ("U.K.") ends a sentence only when the next piece starts like one.
	if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return /^\s*[\p{Ll}\d]/u.test(next);
	return false;
}

/** Sentences of one span of the text, with offsets into the whole text. */
export function sentencesOf(text: string, span: Span): Span[] {
	const slice = text.slice(span.start, span.end);
	const pieces: Span[] = [];
	for (const seg of sentenceSegmenter().segment(slice)) {
		pieces.push({ start: span.start + seg.index, end: span.start + seg.index + seg.segment.length });
	}
	// Re-join pieces that the segmenter split after "Dr." or an initial.
	const joined: Span[] = [];
	for (const p of pieces) {
		const prev = joined[joined.length - 1];
		if (prev && endsOnAbbreviation(text.slice(prev.start, prev.end), text.slice(p.start, p.end))) prev.end = p.end;
		else joined.push({ ...p });
	}
	return joined
		.map((s) => trimSpan(text, s))
		.filter((s) => s.end > s.start);
}

export function trimSpan(text: string, s: Span): Span {
	let { start, end } = s;
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	return { start, end };
}

/** Removes the parts of a span covered by any of the (sorted or unsorted) holes. */
export function subtractSpans(span: Span, holes: readonly Span[]): Span[] {
	let parts: Span[] = [{ ...span }];
	for (const h of holes) {
		if (h.end <= span.start || h.start >= span.end) continue;
		parts = parts.flatMap((p) => {
			if (h.end <= p.start || h.start >= p.end) return [p];
			const out: Span[] = [];
			if (h.start > p.start) out.push({ start: p.start, end: h.start });
			if (h.end < p.end) out.push({ start: h.end, end: p.end });
			return out;
		});
	}
	return parts;
}

/**
 * Sentences of the report outside the noise. The first block's sentences are marked as the headline
 * (headlines often hold two sentences: "Shocking resignation: ... – What's behind this decision?").
 */
export function segmentSentences(text: string, blocks: readonly Block[], noise: readonly Span[]): Sentence[] {
	const out: Sentence[] = [];
	const first = blocks.find((b) => subtractSpans(b, noise).some((p) => /\p{L}/u.test(text.slice(p.start, p.end))));
	for (const block of blocks) {
		for (const part of subtractSpans(block, noise)) {
			const t = trimSpan(text, part);
			if (!/[\p{L}\p{N}]/u.test(text.slice(t.start, t.end))) continue;
			for (const s of sentencesOf(text, t)) {
				out.push({ ...s, index: out.length, block: block.index, headline: block === first });
			}
		}
	}
	return out;
}
