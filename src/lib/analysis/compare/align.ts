// Aligns the sentences of two reports by content, not wording: each sentence becomes a weighted bag of
// content-word stems (rare words weigh more, so the story's shared topic words do not make every pair look
// alike), and a sentence is matched against single sentences and adjacent pairs of the other report.
// A passage is called unique to one report only when nothing in the other comes close: a wrong "only in A"
// would become a wrong quiz answer, so the rule leans towards "both".
import type { ReportAnalysis, SentencePair, Span } from '../types';
import type { Word } from './words';

/** Below this best score a sentence has no counterpart. */
export const UNIQUE_BELOW = 0.22;
/** From this score up two sentences are taken to carry the same content. */
export const ALIGNED_FROM = 0.3;

interface Bag {
	weights: Map<string, number>;
	norm: number;
}

function bags(sentences: readonly Word[][], df: Map<string, number>): Map<string, number>[] {
	return sentences.map((words) => {
		const counts = new Map<string, number>();
		for (const w of words) counts.set(w.stem, (counts.get(w.stem) ?? 0) + 1);
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

function dot(a: Bag, b: Bag): number {
	let sum = 0;
	const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
	for (const [k, w] of small.weights) sum += w * (large.weights.get(k) ?? 0);
	return sum;
}

/**
 * Norm of each sentence joined with the next one (the bag of both): |x + y| from |x|, |y| and x·y, so a
 * joined bag never has to be built. NaN-free: 0 for the last sentence.
 */
function joinedNorms(bags: readonly Bag[]): number[] {
	return bags.map((x, i) => {
		const y = bags[i + 1];
		return y ? Math.sqrt(x.norm * x.norm + y.norm * y.norm + 2 * dot(x, y)) : 0;
	});
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

/** `words` holds the content words of each sentence of a and of b (see sentenceWords). */
export function alignSentences(a: ReportAnalysis, b: ReportAnalysis, words: readonly [Word[][], Word[][]]): Alignment {
	const df = new Map<string, number>();
	const countsA = bags(words[0], df);
	const countsB = bags(words[1], df);
	const n = countsA.length + countsB.length;
	const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
	const bagA = countsA.map((c) => weigh(c, idf));
	const bagB = countsB.map((c) => weigh(c, idf));

	// Candidate pairs share at least one word: an index from stem to sentences keeps this near-linear.
	const index = wordIndex(bagB);
	const joinedB = joinedNorms(bagB);
	const bestA = bagA.map(() => 0);
	const bestB = bagB.map(() => 0);
	const aligned: SentencePair[] = [];
	bagA.forEach((bag, i) => {
		if (!bag.norm) return;
		// Dot products with every sentence of B that shares a word; the rest are 0.
		const dots = new Map<number, number>();
		for (const k of bag.weights.keys()) for (const j of index.get(k) ?? []) if (!dots.has(j)) dots.set(j, dot(bag, bagB[j] ?? bag));
		let bestPair: SentencePair | null = null;
		for (const [j, d] of dots) {
			const score = d / (bag.norm * (bagB[j]?.norm || 1));
			// A sentence may be told across two in the other report.
			const joined = joinedB[j] ? (d + (dots.get(j + 1) ?? 0)) / (bag.norm * (joinedB[j] ?? 1)) : 0;
			const s = Math.max(score, joined);
			bestA[i] = Math.max(bestA[i] ?? 0, s);
			bestB[j] = Math.max(bestB[j] ?? 0, score);
			if (joined > score) bestB[j + 1] = Math.max(bestB[j + 1] ?? 0, joined);
			if (score >= ALIGNED_FROM && (!bestPair || score > bestPair.score)) bestPair = { a: i, b: j, score };
		}
		if (bestPair) aligned.push(bestPair);
	});
	// The reverse direction: a sentence of B told across two of A (only sentences sharing a word).
	const indexA = wordIndex(bagA);
	const joinedA = joinedNorms(bagA);
	bagB.forEach((bag, j) => {
		if ((bestB[j] ?? 0) >= UNIQUE_BELOW || !bag.norm) return;
		const dots = new Map<number, number>();
		for (const k of bag.weights.keys()) for (const i of indexA.get(k) ?? []) if (!dots.has(i)) dots.set(i, dot(bag, bagA[i] ?? bag));
		for (const i of dots.keys()) {
			for (const x of [i - 1, i]) {
				const norm = joinedA[x];
				if (x >= 0 && norm) bestB[j] = Math.max(bestB[j] ?? 0, ((dots.get(x) ?? 0) + (dots.get(x + 1) ?? 0)) / (bag.norm * norm));
			}
		}
	});
	const unique = (r: ReportAnalysis, best: number[]) =>
		r.sentences.filter((s, k) => !s.headline && (best[k] ?? 0) < UNIQUE_BELOW && /\p{L}{3}/u.test(r.text.slice(s.start, s.end))).map((s) => ({ start: s.start, end: s.end }));
	return { aligned, onlyIn: [unique(a, bestA), unique(b, bestB)], best: [bestA, bestB] };
}
