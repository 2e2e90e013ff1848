// Finds the same words of the same source given differently in the two reports: passages attributed to
// one source that run word for word for a stretch, then differ in a few words, then agree again
// ("one of the strongest and most transparent arms export licensing" / "one of the most robust and
// transparent arms export licensing"). The differing words are the variant.
import type { Attribution, QuoteVariant, ReportAnalysis, Source, Span } from '../types';
import { allWords, contentWords, isContent, type Word } from './words';

// The LCS table, kept from one call to the next and grown when needed.
let lcsTable = new Int32Array(0);

/** Longest common subsequence of two word lists, as matched index pairs. */
function lcs(a: readonly Word[], b: readonly Word[]): [number, number][] {
	const n = a.length;
	const m = b.length;
	// Each distinct word as a number, so that the table's inner loop compares numbers.
	const ids = new Map<string, number>();
	const idOf = (s: string): number => {
		let id = ids.get(s);
		if (id === undefined) ids.set(s, (id = ids.size));
		return id;
	};
	const sa = a.map((x) => idOf(x.stem));
	const sb = b.map((y) => idOf(y.stem));
	// One flat table: row i starts at i * w; table[i][j] is the LCS length of a[i…] and b[j…]. Every cell
	// is written before it is read except the last row and column, the zeros the recurrence starts from.
	const w = m + 1;
	if (lcsTable.length < (n + 1) * w) lcsTable = new Int32Array((n + 1) * w);
	const table = lcsTable;
	table.fill(0, n * w, n * w + w);
	for (let i = 0; i < n; i++) table[i * w + m] = 0;
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i * w + j] = sa[i] === sb[j] ? (table[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0);
		}
	}
	const pairs: [number, number][] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (sa[i] === sb[j]) {
			pairs.push([i, j]);
			i++;
			j++;
		} else if ((table[(i + 1) * w + j] ?? 0) >= (table[i * w + j + 1] ?? 0)) i++;
		else j++;
	}
	return pairs;
}

const span = (ws: readonly Word[], from: number, to: number): Span | null => {
	const x = ws[from];
	const y = ws[to - 1];
	return x && y && to > from ? { start: x.start, end: y.end } : null;
};

/** Takes in a closing quotation mark when the phrase holds its opening one. */
function balance(text: string, s: Span): Span {
	const t = text.slice(s.start, s.end);
	const opens = (t.match(/[“"]/g) ?? []).length;
	const closes = (t.match(/[”]/g) ?? []).length;
	return opens > closes && /[”"]/.test(text[s.end] ?? '') ? { start: s.start, end: s.end + 1 } : s;
}

/**
 * How many agreeing words, from pairs[to] on, finish a changed phrase: through the first content word, and
 * the next one too when the two close a noun phrase ("war crimes", "international law"), but not when a
 * longer run of content words follows ("transparent | arms export licensing systems"); at most four.
 */
function phraseTail(wa: readonly Word[], pairs: readonly [number, number][], to: number): number {
	const [i0] = pairs[to] ?? [0, 0];
	const content = (i: number) => isContent(wa[i]?.stem ?? '');
	let n = 0;
	while (n < 4 && to + n < pairs.length) {
		const [i, j] = pairs[to + n] ?? [0, 0];
		const [pi, pj] = pairs[to + n - 1] ?? [i - 1, j - 1];
		if (n > 0 && (i !== pi + 1 || j !== pj + 1)) break;
		n++;
		if (content(i)) break;
	}
	const last = i0 + n - 1;
	const [ni, nj] = pairs[to + n] ?? [-1, -1];
	const [li, lj] = pairs[to + n - 1] ?? [-2, -2];
	const next = ni === li + 1 && nj === lj + 1;
	if (next && n < 4 && content(last) && content(last + 1) && !content(last + 2)) n++;
	return Math.max(1, n);
}

/** Differing stretches flanked by agreeing words on both sides. */
function variantsOf(ta: string, a: Attribution, tb: string, b: Attribution): [Span, Span][] {
	const wa = allWords(ta, a.content).slice(0, 80);
	const wb = allWords(tb, b.content).slice(0, 80);
	const pairs = lcs(wa, wb);
	if (pairs.length < 4) return [];
	// Hunks: places where the two wordings part. Two hunks with a single agreeing word between them are one
	// change ("strongest and most transparent" / "most robust and transparent").
	const hunks: { from: number; to: number }[] = [];
	for (let k = 0; k + 1 < pairs.length; k++) {
		const [i0, j0] = pairs[k] ?? [0, 0];
		const [i1, j1] = pairs[k + 1] ?? [0, 0];
		if (i1 - i0 === 1 && j1 - j0 === 1) continue;
		const last = hunks[hunks.length - 1];
		if (last && last.to === k) last.to = k + 1;
		else hunks.push({ from: k, to: k + 1 });
	}
	const out: [Span, Span][] = [];
	for (const { from, to } of hunks) {
		const [i0, j0] = pairs[from] ?? [0, 0];
		const [i1, j1] = pairs[to] ?? [0, 0];
		if (i1 - i0 - 1 > 3 || j1 - j0 - 1 > 3) continue;
		// Two agreeing words on each side, a content word among them: the same sentence, worded differently.
		const agree = (k: number, step: number): Word[] => {
			const run: Word[] = [];
			for (let m = k; m >= 0 && m < pairs.length && run.length < 2; m += step) {
				const [x, y] = pairs[m] ?? [0, 0];
				const [px, py] = pairs[m - step] ?? [x - step, y - step];
				if (m !== k && (px !== x - step || py !== y - step)) break;
				const w = wa[x];
				if (w) run.push(w);
			}
			return run;
		};
		const left = agree(from, -1);
		const right = agree(to, 1);
		const meaningful = (ws: Word[]) => ws.length === 2 && ws.some((w) => isContent(w.stem));
		if (left.length < 2 || right.length < 2 || !(meaningful(left) || meaningful(right))) continue;
		const changed = [...wa.slice(i0 + 1, i1), ...wb.slice(j0 + 1, j1)];
		if (!changed.some((w) => isContent(w.stem))) continue;
		// Each side from its first changed word on through the agreeing words that finish the phrase, so it
		// reads as one: "strongest and most transparent" / "robust and transparent", "systems in the world" /
		// "regimes in the world", "unmistakable war crimes" / "unquestionable examples of war crimes".
		const tail = phraseTail(wa, pairs, to);
		const sa = span(wa, i1 - i0 > 1 ? i0 + 1 : i0, i1 + tail);
		const sb = span(wb, j1 - j0 > 1 ? j0 + 1 : j0, j1 + tail);
		if (sa && sb) out.push([sa, sb]);
	}
	return out;
}

export function findQuoteVariants(a: ReportAnalysis, b: ReportAnalysis, same: Map<Source, Source>): QuoteVariant[] {
	const out: QuoteVariant[] = [];
	const nameOf = new Map<string, string>();
	for (const [sa, sb] of same) nameOf.set(`${sa.name}\u0000${sb.name}`, sa.name);
	const paired = new Set([...same].map(([sa]) => sa.name));
	// Content words of each attributed passage, found when first needed and kept: the pairs below are a
	// product of the two lists.
	const stemsA: (Set<string> | undefined)[] = [];
	const stemsB: (string[] | undefined)[] = [];
	for (const [ix, x] of a.attributions.entries()) {
		// A speaker with no twin in B: no passage of B can be this one told again.
		if (!paired.has(x.speaker)) continue;
		for (const [iy, y] of b.attributions.entries()) {
			const speaker = nameOf.get(`${x.speaker}\u0000${y.speaker}`);
			if (!speaker) continue;
			// Cheap check first: the two passages share a few content words.
			const wx = (stemsA[ix] ??= new Set(contentWords(a.text, x.content).map((w) => w.stem)));
			const wy = (stemsB[iy] ??= contentWords(b.text, y.content).map((w) => w.stem));
			let shared = 0;
			for (const w of wy) if (wx.has(w)) shared++;
			if (shared < 3) continue;
			for (const [ra, rb] of variantsOf(a.text, x, b.text, y)) {
				const sa = balance(a.text, ra);
				const sb = balance(b.text, rb);
				if (out.some((q) => q.byReport[0].start === sa.start && q.byReport[1].start === sb.start)) continue;
				const wa = a.text.slice(sa.start, sa.end);
				const wb = b.text.slice(sb.start, sb.end);
				out.push({
					speaker,
					byReport: [sa, sb],
					explanation: `Both reports give ${speaker}’s words here, but differently: report A has “${wa}”, report B has “${wb}”. When wording changes, so can the meaning: check which report quotes exactly.`,
				});
			}
		}
	}
	return out;
}
