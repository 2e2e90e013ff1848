// The report's quotations, found by where they start or end: of those in a range, the first in list order
// (what `quotes.find` would return), without walking the whole list at every cue of a long report.
import type { Quote } from '../types';

export class QuoteIndex {
	private readonly byStart: number[];
	private readonly byEnd: number[];
	private readonly groups = new Map<number, Quote[]>();

	constructor(readonly list: readonly Quote[]) {
		const order = list.map((_, k) => k);
		this.byStart = [...order].sort((x, y) => (list[x]?.start ?? 0) - (list[y]?.start ?? 0) || x - y);
		this.byEnd = order.sort((x, y) => (list[x]?.end ?? 0) - (list[y]?.end ?? 0) || x - y);
		for (const q of list) {
			const parts = this.groups.get(q.group);
			if (parts) parts.push(q);
			else this.groups.set(q.group, [q]);
		}
	}

	/** The first quote starting at an offset in [from, to] that passes `test`. */
	startingIn(from: number, to: number, test?: (q: Quote) => boolean): Quote | undefined {
		return this.first(this.byStart, 'start', from, to, test);
	}

	/** The first quote ending at an offset in [from, to]. */
	endingIn(from: number, to: number): Quote | undefined {
		return this.first(this.byEnd, 'end', from, to);
	}

	/** All parts of the quote's group, in list order. */
	group(q: Quote): readonly Quote[] {
		return this.groups.get(q.group) ?? [];
	}

	private first(order: readonly number[], key: 'start' | 'end', from: number, to: number, test?: (q: Quote) => boolean): Quote | undefined {
		let lo = 0;
		let hi = order.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.list[order[mid] ?? 0]?.[key] ?? 0) < from) lo = mid + 1;
			else hi = mid;
		}
		let best = -1;
		for (let k = lo; k < order.length; k++) {
			const i = order[k] ?? 0;
			const q = this.list[i];
			if (!q || q[key] > to) break;
			if ((best < 0 || i < best) && (!test || test(q))) best = i;
		}
		return this.list[best];
	}
}
