// Scores a comparison against a hand-made reading of how two reports differ, by the rules of
// ../shared/tools/score-analysis.mjs (scoreComparison), so that the unit tests measure what the corpus tool
// measures: a characterization is found when an item names the entity and overlaps one of its labels in each
// report; a quote variant or hedge drift when one item overlaps both anchors; an only-in source group when
// every source in it is among that report's sources and none among the other's; an only-in context group
// when every item is overlapped by an only-in span. Shared passages overlapped by an only-in span are counted
// as "shared called unique". Anchors are exact substrings of the report text (first occurrence meant).
// Test support only: nothing in the engine imports it.
import type { Comparison, ReportAnalysis, Source, Span } from '../../types';

export interface Difference {
	kind: 'characterization' | 'quote-variant' | 'hedge-drift' | 'only-in' | 'headline';
	level: 'core' | 'hard';
	entity?: string;
	A?: string | string[];
	B?: string | string[];
	report?: 'A' | 'B';
	what?: 'source' | 'context';
	items?: string[];
	strong?: string;
	hedged?: string;
}

export interface Reading {
	reports: { A: string; B: string };
	speakers: Record<string, string[]>;
	differences: Difference[];
	shared: { A: string; B: string }[];
}

export interface ReadingScore {
	found: number;
	total: number;
	missed: string[];
	sharedCalledUnique: number;
}

const overlap = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const norm = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}@]+/gu, ' ').trim()} `;
const list = (x: string | string[] | undefined): string[] => (Array.isArray(x) ? x : x ? [x] : []);

/** Every anchor of the reading that is not an exact substring of its report. */
export function missingAnchors(reading: Reading, texts: { A: string; B: string }): string[] {
	const bad: string[] = [];
	const need = (k: 'A' | 'B', s: string) => {
		if (!texts[k].includes(s)) bad.push(`${k}: ${s}`);
	};
	for (const d of reading.differences) {
		if (d.kind === 'characterization' || d.kind === 'quote-variant' || d.kind === 'headline') {
			list(d.A).forEach((s) => need('A', s));
			list(d.B).forEach((s) => need('B', s));
		} else if (d.kind === 'hedge-drift' && d.report) {
			need(d.report, d.strong ?? '');
			need(d.report, d.hedged ?? '');
		} else if (d.kind === 'only-in' && d.what === 'context' && d.report) {
			const k = d.report;
			(d.items ?? []).forEach((s) => need(k, s));
		}
		for (const name of [d.entity, ...(d.kind === 'only-in' && d.what === 'source' ? (d.items ?? []) : [])]) {
			if (name && !reading.speakers[name]?.length) bad.push(`no speakers entry for ${name}`);
		}
	}
	for (const p of reading.shared) {
		need('A', p.A);
		need('B', p.B);
	}
	return bad;
}

export function scoreReading(reading: Reading, texts: { A: string; B: string }, reports: readonly [ReportAnalysis, ReportAnalysis], c: Comparison): ReadingScore {
	const locate = (k: 'A' | 'B', anchor: string): Span => {
		const at = texts[k].indexOf(anchor);
		if (at < 0) throw new Error(`anchor not in report ${k}: ${anchor}`);
		return { start: at, end: at + anchor.length };
	};
	const matches = (gold: string, name: string) => (reading.speakers[gold] ?? []).some((key) => norm(name).includes(norm(key)));
	const sourceMatches = (gold: string, s: Source) => matches(gold, s.name);
	let found = 0;
	let total = 0;
	const missed: string[] = [];
	for (const d of reading.differences) {
		if (d.level !== 'core' || d.kind === 'headline') continue;
		let ok = false;
		if (d.kind === 'characterization') {
			const a = list(d.A).map((x) => locate('A', x));
			const b = list(d.B).map((x) => locate('B', x));
			ok = c.characterizations.some(
				(ch) => matches(d.entity ?? '', ch.entity) && ch.byReport[0].some((s) => a.some((g) => overlap(s, g))) && ch.byReport[1].some((s) => b.some((g) => overlap(s, g))),
			);
		} else if (d.kind === 'quote-variant') {
			const a = locate('A', list(d.A)[0] ?? '');
			const b = locate('B', list(d.B)[0] ?? '');
			ok = c.quoteVariants.some((q) => overlap(q.byReport[0], a) && overlap(q.byReport[1], b));
		} else if (d.kind === 'hedge-drift' && d.report) {
			const r = d.report === 'A' ? 0 : 1;
			const s = locate(d.report, d.strong ?? '');
			const h = locate(d.report, d.hedged ?? '');
			ok = c.hedgeDrift.some((x) => x.report === r && overlap(x.strong, s) && overlap(x.hedged, h));
		} else if (d.kind === 'only-in' && d.report) {
			const r = d.report === 'A' ? 0 : 1;
			const k = d.report;
			if (d.what === 'source') {
				const here = reports[r].sources;
				const there = reports[1 - r]?.sources ?? [];
				ok = (d.items ?? []).every((g) => here.some((s) => sourceMatches(g, s)) && !there.some((s) => sourceMatches(g, s)));
			} else ok = (d.items ?? []).every((x) => c.onlyIn[r].some((s) => overlap(s, locate(k, x))));
		}
		total++;
		if (ok) found++;
		else missed.push(`${d.kind}: ${d.entity ?? list(d.A)[0] ?? d.strong ?? (d.items ?? []).join(', ')}`);
	}
	let sharedCalledUnique = 0;
	for (const p of reading.shared) {
		if (c.onlyIn[0].some((s) => overlap(s, locate('A', p.A)))) sharedCalledUnique++;
		if (c.onlyIn[1].some((s) => overlap(s, locate('B', p.B)))) sharedCalledUnique++;
	}
	return { found, total, missed, sharedCalledUnique };
}
