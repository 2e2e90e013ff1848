// Aligns the sentences of two reports by content, not wording: each sentence becomes a weighted bag of
// content-word stems (rare words weigh more, so the story's shared topic words do not make every pair look
// alike), and a sentence is matched against single sentences and adjacent pairs of the other report.
// A passage is called unique to one report only when nothing in the other comes close: a wrong "only in A"
// would become a wrong quiz answer, so the rule leans towards "both".
import type { ReportAnalysis, SentencePair, Span } from '../types';
import { contentWords } from './words';

/** Below this best score a sentence has no counterpart. */
export const UNIQUE_BELOW = 0.22;
/** From this score up two sentences are taken to carry the same content. */
export const ALIGNED_FROM = 0.3;

interface Bag {
	weights: Map<string, number>;
	norm: number;
}

function bags(r: ReportAnalysis, df: Map<string, number>): Map<string, number>[] {
	return r.sentences.map((s) => {
		const counts = new Map<string, number>();
		for (const w of contentWords(r.text, s)) counts.set(w.stem, (counts.get(w.stem) ?? 0) + 1);
		for (const k of counts.keys()) df.set(k, (df.get(k) ?? 0) + 1);
		return counts;
	});
}

function weigh(counts: Map<string, number>, idf: (k: string) => number): Bag {
	const weights = new Map<string, number>();
	let sum = 0;
	for (const [k, n] of counts) {
		const w = (1 + Math.log(n)) * idf(k);
		weights.set(k, w);
		sum += w * w;
	}
	return { weights, norm: Math.sqrt(sum) };
}

function cosine(a: Bag, b: Bag): number {
	if (!a.norm || !b.norm) return 0;
	let dot = 0;
	const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
	for (const [k, w] of small.weights) dot += w * (large.weights.get(k) ?? 0);
	return dot / (a.norm * b.norm);
}

function merge(a: Bag, b: Bag): Bag {
	const weights = new Map(a.weights);
	for (const [k, w] of b.weights) weights.set(k, (weights.get(k) ?? 0) + w);
	let sum = 0;
	for (const w of weights.values()) sum += w * w;
	return { weights, norm: Math.sqrt(sum) };
}

/** Stem → the sentences that hold it. */
function wordIndex(bags: readonly Bag[]): Map<string, number[]> {
	const index = new Map<string, number[]>();
	bags.forEach((bag, i) => {
		for (const k of bag.weights.keys()) {
			const list = index.get(k);
			if (list) list.push(i);
			else index.set(k, [i]);
		}
	});
	return index;
}

export interface Alignment {
	aligned: SentencePair[];
	onlyIn: [Span[], Span[]];
	/** Best score of each sentence against the other report (index by sentence). */
	best: [number[], number[]];
}

export function alignSentences(a: ReportAnalysis, b: ReportAnalysis): Alignment {
	const df = new Map<string, number>();
	const countsA = bags(a, df);
	const countsB = bags(b, df);
	const n = countsA.length + countsB.length;
	const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
	const bagA = countsA.map((c) => weigh(c, idf));
	const bagB = countsB.map((c) => weigh(c, idf));

	// Candidate pairs share at least one word: an index from stem to sentences keeps this near-linear.
	const index = wordIndex(bagB);
	const bestA = bagA.map(() => 0);
	const bestB = bagB.map(() => 0);
	const aligned: SentencePair[] = [];
	bagA.forEach((bag, i) => {
		const candidates = new Set<number>();
		for (const k of bag.weights.keys()) for (const j of index.get(k) ?? []) candidates.add(j);
		let bestPair: SentencePair | null = null;
		for (const j of candidates) {
			const bj = bagB[j];
			if (!bj) continue;
			const score = cosine(bag, bj);
			// A sentence may be told across two in the other report.
			const next = bagB[j + 1];
			const joined = next ? cosine(bag, merge(bj, next)) : 0;
			const s = Math.max(score, joined);
			bestA[i] = Math.max(bestA[i] ?? 0, s);
			bestB[j] = Math.max(bestB[j] ?? 0, score);
			if (joined > score && next) bestB[j + 1] = Math.max(bestB[j + 1] ?? 0, joined);
			if (score >= ALIGNED_FROM && (!bestPair || score > bestPair.score)) bestPair = { a: i, b: j, score };
		}
		if (bestPair) aligned.push(bestPair);
	});
	// The reverse direction: a sentence of B told across two of A (only sentences sharing a word).
	const indexA = wordIndex(bagA);
	bagB.forEach((bag, j) => {
		if ((bestB[j] ?? 0) >= UNIQUE_BELOW) return;
		const candidates = new Set<number>();
		for (const k of bag.weights.keys()) for (const i of indexA.get(k) ?? []) candidates.add(i);
		for (const i of candidates) {
			for (const [x, y] of [[i - 1, i], [i, i + 1]] as const) {
				const ax = bagA[x];
				const ay = bagA[y];
				if (ax && ay) bestB[j] = Math.max(bestB[j] ?? 0, cosine(bag, merge(ax, ay)));
			}
		}
	});
	const unique = (r: ReportAnalysis, best: number[]) =>
		r.sentences.filter((s, k) => !s.headline && (best[k] ?? 0) < UNIQUE_BELOW && /\p{L}{3}/u.test(r.text.slice(s.start, s.end))).map((s) => ({ start: s.start, end: s.end }));
	return { aligned, onlyIn: [unique(a, bestA), unique(b, bestB)], best: [bestA, bestB] };
}
