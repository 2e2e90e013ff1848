// Aligns the sentences of two reports by content, not wording: each sentence becomes a weighted bag of
// content-word stems (rare words weigh more, so the story's shared topic words do not make every pair look
// alike), and each sentence is paired with the sentence of the other report it shares most with.
// A passage is called unique to one report only when the other report has almost none of its words: a wrong
// "only in A" would become a wrong quiz answer, so the rule leans towards "both".
import type { ReportAnalysis, SentencePair, Span } from '../types';
import { trimSpan } from '../segment';
import { clauseRanges, relativeStarts, MIN_CLAUSE_WORDS, type ClauseRange } from './clauses';
import type { Word } from './words';

/**
 * A clause is unique to its report when less than this share of its content (its words weighed by rarity)
 * appears anywhere in the other report.
 */
export const UNIQUE_BELOW = 0.2;
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
 * Each sentence's stems (first-seen order) with their counts, and the number of each of its words' stems
 * (`wordIds`). `ids` numbers the stems as they come; `df` counts the sentences holding each stem and needs a
 * slot per stem (one per word is enough).
 */
function bags(sentences: readonly Word[][], ids: Map<string, number>, df: Int32Array): { ids: number[]; counts: number[]; wordIds: number[] }[] {
	const count = new Int32Array(df.length);
	return sentences.map((words) => {
		const order: number[] = [];
		const wordIds: number[] = [];
		for (const w of words) {
			let id = ids.get(w.stem);
			if (id === undefined) ids.set(w.stem, (id = ids.size));
			wordIds.push(id);
			const seen = count[id] ?? 0;
			count[id] = seen + 1;
			if (seen === 0) order.push(id);
		}
		const counts = order.map((id) => count[id] ?? 0);
		for (const id of order) {
			df[id] = (df[id] ?? 0) + 1;
			count[id] = 0;
		}
		return { ids: order, counts, wordIds };
	});
}

function weigh(bag: { ids: number[]; counts: number[] }, idf: Float64Array): Bag {
	const weights: number[] = [];
	let sum = 0;
	for (let k = 0; k < bag.ids.length; k++) {
		const w = (1 + Math.log(bag.counts[k] ?? 1)) * (idf[bag.ids[k] ?? 0] ?? 0);
		weights.push(w);
		sum += w * w;
	}
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
}

/**
 * The parts of a report with no counterpart in the other: clauses whose content words, weighed by rarity,
 * are mostly missing from the other report. Words the other report uses anywhere count, not only in one
 * sentence: a paraphrase spreads a point over a paragraph ("Republicans have since both criticized his
 * position and pressured other Democrats" / "Republican … candidates challenged Democrats like Mr. Reid").
 * Adjacent unique clauses of one sentence become one span.
 */
function uniqueParts(r: ReportAnalysis, words: readonly Word[][], wordIds: readonly (readonly number[])[], idf: Float64Array, other: Uint8Array, known: KnownUnique): Span[] {
	const out: Span[] = [];
	// seen[id] === clause number: the stem was counted in this clause already.
	const seen = new Int32Array(idf.length).fill(-1);
	let clauseNo = 0;
	r.sentences.forEach((s, k) => {
		if (s.headline) return;
		const ids = wordIds[k] ?? [];
		// A relative clause opened by "that" is judged alone and within its clause, as a point can live in
		// either: "a bizarre episode | that is overshadowing his role as …" is news of its own; "a video of his
		// remarks that was circulated by Democrats" is one point, whose rare words fall on both sides of "that".
		const passes = relativeStarts(r.text, s).length ? 2 : 1;
		const first = out.length;
		for (let pass = 0; pass < passes; pass++) {
			let open: Span | null = null;
			for (const clause of clauseRanges(r.text, s, words[k] ?? [], pass === 1)) {
				// The second pass judges the relative clauses only: what is left of their clause was judged whole.
				if (pass === 1 && !r.text.startsWith('that ', clause.span.start)) {
					open = null;
					continue;
				}
				let total = 0;
				let shared = 0;
				clauseNo++;
				for (let w = clause.from; w < clause.to; w++) {
					const id = ids[w] ?? 0;
					if (seen[id] === clauseNo) continue;
					seen[id] = clauseNo;
					const weight = idf[id] ?? 0;
					total += weight;
					if (other[id]) shared += weight;
				}
				const unique = (clause.to - clause.from >= MIN_CLAUSE_WORDS && total > 0 && shared / total < UNIQUE_BELOW) || known(clause, k);
				if (unique && open) open.end = clause.span.end;
				else if (unique) out.push((open = { ...clause.span }));
				else open = null;
			}
		}
		if (passes === 1) return;
		// The two passes' spans of this sentence, in text order, with overlapping ones made one.
		for (const x of out.splice(first).sort((x, y) => x.start - y.start)) {
			const last = out[out.length - 1];
			if (last && out.length > first && x.start <= last.end) last.end = Math.max(last.end, x.end);
			else out.push(x);
		}
	});
	return out.map((x) => trimSpan(r.text, x));
}

/** Whether a clause of sentence `k` is unique for what it is, whatever its words (see compare-reports.ts). */
export type KnownUnique = (clause: ClauseRange, k: number) => boolean;

/**
 * `words` holds the content words of each sentence of a and of b (see readSentences); `known` tells, for each
 * report, the clauses unique for what they are.
 */
export function alignSentences(a: ReportAnalysis, b: ReportAnalysis, words: readonly [Word[][], Word[][]], known: readonly [KnownUnique, KnownUnique]): Alignment {
	const ids = new Map<string, number>();
	const df = new Int32Array(words.reduce((n, side) => side.reduce((m, ws) => m + ws.length, n), 0));
	const countsA = bags(words[0], ids, df);
	const countsB = bags(words[1], ids, df);
	const n = countsA.length + countsB.length;
	// Each stem's weight by rarity, worked out once per stem.
	const idf = new Float64Array(ids.size);
	for (let id = 0; id < ids.size; id++) idf[id] = Math.log(1 + n / (df[id] || 1));
	const bagA = countsA.map((c) => weigh(c, idf));
	const bagB = countsB.map((c) => weigh(c, idf));
	const scratch = new Float64Array(ids.size);
	const none: number[] = [];

	// Candidate pairs share at least one word: an index from stem to sentences keeps this near-linear.
	const index = wordIndex(bagB);
	const aligned: SentencePair[] = [];
	// tried[j] === i + 1: sentence j of b was scored against sentence i of a already.
	const tried = new Int32Array(bagB.length);
	bagA.forEach((bag, i) => {
		if (!bag.norm) return;
		let bestPair: SentencePair | null = null;
		for (const k of bag.ids) {
			for (const j of index[k] ?? none) {
				if (tried[j] === i + 1) continue;
				tried[j] = i + 1;
				const score = dot(bag, bagB[j] ?? bag, scratch) / (bag.norm * (bagB[j]?.norm || 1));
				if (score >= ALIGNED_FROM && (!bestPair || score > bestPair.score)) bestPair = { a: i, b: j, score };
			}
		}
		if (bestPair) aligned.push(bestPair);
	});
	const present = (bags: readonly Bag[]) => {
		const out = new Uint8Array(ids.size);
		for (const bag of bags) for (const id of bag.ids) out[id] = 1;
		return out;
	};
	return {
		aligned,
		onlyIn: [uniqueParts(a, words[0], countsA.map((c) => c.wordIds), idf, present(bagB), known[0]), uniqueParts(b, words[1], countsB.map((c) => c.wordIds), idf, present(bagA), known[1])],
	};
}
