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

/**
 * Spans sorted by start, each with the furthest end reached up to it, so that "does any of them overlap /
 * hold this span?" is a binary search rather than a walk over all of them: a long report has
 * thousands of findings to check against hundreds of spans.
 */
export class SpanIndex<T extends Span> {
	private readonly sorted: T[];
	/** Each sorted span's place in the list as given. */
	private readonly given: number[];
	private readonly reach: number[] = [];

	constructor(spans: readonly T[]) {
		this.given = spans.map((_, i) => i).sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0) || a - b);
		this.sorted = this.given.map((i) => spans[i] as T);
		let far = -Infinity;
		for (const x of this.sorted) this.reach.push((far = Math.max(far, x.end)));
	}

	/** How many spans start before `at`, or at it too when `orAt`. */
	private before(at: number, orAt: boolean): number {
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			const start = this.sorted[mid]?.start ?? 0;
			if (start < at || (orAt && start === at)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** True when one of the spans overlaps s (shares at least one character with it). */
	overlaps(s: Span): boolean {
		const k = this.before(s.end, false);
		return k > 0 && (this.reach[k - 1] ?? -Infinity) > s.start;
	}

	/** True when one of the spans holds s whole and passes `test`. */
	holds(s: Span, test?: (x: T) => boolean): boolean {
		for (let k = this.before(s.start, true) - 1; k >= 0 && (this.reach[k] ?? -Infinity) >= s.end; k--) {
			const x = this.sorted[k];
			if (x && x.end >= s.end && (!test || test(x))) return true;
		}
		return false;
	}

	/**
	 * Of the spans that hold s whole, the first as given, or with `narrowest` the shortest (of equally short
	 * ones the first as given); undefined when none does.
	 */
	holder(s: Span, narrowest = false): T | undefined {
		let best: T | undefined;
		let bestAt = Infinity;
		for (let k = this.before(s.start, true) - 1; k >= 0 && (this.reach[k] ?? -Infinity) >= s.end; k--) {
			const x = this.sorted[k];
			const at = this.given[k] ?? 0;
			if (!x || x.end < s.end) continue;
			const shorter = best !== undefined && narrowest && x.end - x.start !== best.end - best.start ? x.end - x.start < best.end - best.start : at < bestAt;
			if (best === undefined || shorter) {
				best = x;
				bestAt = at;
			}
		}
		return best;
	}

	/** True when one of the spans lies inside s (starts and ends within it). */
	within(s: Span): boolean {
		for (let k = this.before(s.start, false); k < this.sorted.length; k++) {
			const x = this.sorted[k];
			if (!x || x.start > s.end) break;
			if (x.end <= s.end) return true;
		}
		return false;
	}
}
