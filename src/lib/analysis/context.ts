// What the rules share about one report: its text, structure and noise, built once by analyzeReport.
import type { Block, NoiseFinding, Quote, Sentence, Span } from './types';

export interface ReadingContext {
	text: string;
	blocks: Block[];
	noise: NoiseFinding[];
	/** Sentences outside noise; the headline sentences are flagged. */
	sentences: Sentence[];
	quotes: Quote[];
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const inNoise = (ctx: { noise: readonly Span[] }, s: Span): boolean => ctx.noise.some((n) => overlaps(n, s));
/** The sentence holding offset `at`, if any. */
export function sentenceAt(ctx: { sentences: readonly Sentence[] }, at: number): Sentence | undefined {
	return ctx.sentences.find((s) => s.start <= at && at < s.end);
}
