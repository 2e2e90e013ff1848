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

/**
 * A sentence's content words as a bag. Stems are numbered once per comparison, so a bag is two arrays in
 * first-seen order: every sum over a bag runs in that order, which keeps the floating-point results exact.
 */
interface Bag {
	ids: number[];
	weights: number[];
	norm: number;
}

/**
 * Each sentence's stems (first-seen order) with their counts. `ids` numbers the stems as they come;
 * `df` counts the sentences holding each stem and needs a slot per stem (one per word is enough).
 */
function bags(sentences: readonly Word[][], ids: Map<string, number>, df: Int32Array): { ids: number[]; counts: number[] }[] {
	const count = new Int32Array(df.length);
	return sentences.map((words) => {
		const order: number[] = [];
		for (const w of words) {
			let id = ids.get(w.stem);
			if (id === undefined) ids.set(w.stem, (id = ids.size));
			const seen = count[id] ?? 0;
			count[id] = seen + 1;
			if (seen === 0) order.push(id);
		}
		const counts = order.map((id) => count[id] ?? 0);
		for (const id of order) {
			df[id] = (df[id] ?? 0) + 1;
			count[id] = 0;
		}
		return { ids: order, counts };
	});
}

function weigh(bag: { ids: number[]; counts: number[] }, idf: (id: number) => number): Bag {
	const weights: number[] = [];
	let sum = 0;
	bag.ids.forEach((id, k) => {
		const w = (1 + Math.log(bag.counts[k] ?? 1)) * idf(id);
		weights.push(w);
		sum += w * w;
	});
	return { ids: bag.ids, weights, norm: Math.sqrt(sum) };
}

/**
 * a·b, summed over the smaller bag's stems in its order (a stem missing from the other adds w·0). The
 * larger bag is spread into `scratch` (all zeros, one slot per stem) for the lookups, then cleared.
 */
function dot(a: Bag, b: Bag, scratch: Float64Array): number {
	const aSmall = a.ids.length < b.ids.length;
	const small = aSmall ? a : b;
	const large = aSmall ? b : a;
	large.ids.forEach((id, k) => (scratch[id] = large.weights[k] ?? 0));
	let sum = 0;
	for (let k = 0; k < small.ids.length; k++) sum += (small.weights[k] ?? 0) * (scratch[small.ids[k] ?? 0] ?? 0);
	for (const id of large.ids) scratch[id] = 0;
	return sum;
}

/**
 * Norm of each sentence joined with the next one (the bag of both): |x + y| from |x|, |y| and x·y, so a
 * joined bag never has to be built. NaN-free: 0 for the last sentence.
 */
function joinedNorms(bags: readonly Bag[], scratch: Float64Array): number[] {
	return bags.map((x, i) => {
		const y = bags[i + 1];
		return y ? Math.sqrt(x.norm * x.norm + y.norm * y.norm + 2 * dot(x, y, scratch)) : 0;
	});
}

/** Stem → the sentences that hold it, in sentence order. */
function wordIndex(bags: readonly Bag[]): (number[] | undefined)[] {
	const index: (number[] | undefined)[] = [];
	bags.forEach((bag, i) => {
		for (const id of bag.ids) (index[id] ??= []).push(i);
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
	const ids = new Map<string, number>();
	const df = new Int32Array(words.reduce((n, side) => side.reduce((m, ws) => m + ws.length, n), 0));
	const countsA = bags(words[0], ids, df);
	const countsB = bags(words[1], ids, df);
	const n = countsA.length + countsB.length;
	const idf = (id: number) => Math.log(1 + n / (df[id] || 1));
	const bagA = countsA.map((c) => weigh(c, idf));
	const bagB = countsB.map((c) => weigh(c, idf));
	const scratch = new Float64Array(ids.size);
	const none: number[] = [];

	// Candidate pairs share at least one word: an index from stem to sentences keeps this near-linear.
	const index = wordIndex(bagB);
	const joinedB = joinedNorms(bagB, scratch);
	const bestA = bagA.map(() => 0);
	const bestB = bagB.map(() => 0);
	const aligned: SentencePair[] = [];
	bagA.forEach((bag, i) => {
		if (!bag.norm) return;
		// Dot products with every sentence of B that shares a word; the rest are 0.
		const dots = new Map<number, number>();
		for (const k of bag.ids) for (const j of index[k] ?? none) if (!dots.has(j)) dots.set(j, dot(bag, bagB[j] ?? bag, scratch));
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
	const joinedA = joinedNorms(bagA, scratch);
	bagB.forEach((bag, j) => {
		if ((bestB[j] ?? 0) >= UNIQUE_BELOW || !bag.norm) return;
		const dots = new Map<number, number>();
		for (const k of bag.ids) for (const i of indexA[k] ?? none) if (!dots.has(i)) dots.set(i, dot(bag, bagA[i] ?? bag, scratch));
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
