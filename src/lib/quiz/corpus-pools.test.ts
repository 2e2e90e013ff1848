// The honest-pool rules over the pools of all 30 corpus pairs (New York Times as report A, Fox News as B),
// built by the live engine from ../shared/corpus at test time. The corpus is never copied into the repo; the
// tests skip when it is absent.
import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '../analysis/index';
import { buildPool } from './build-pool';
import { type CorpusPair, corpusPairs, hasCorpus, readingOf } from './fixtures/corpus';
import { expectHonestPool } from './fixtures/invariants';
import { poolNote, QUIZ_MIN_QUESTIONS, QUIZ_MIN_TYPES } from './pool-note';
import type { ChoiceQuestion, Question } from './types';

function build(p: CorpusPair) {
	const ra = analyzeReport(p.a);
	const rb = analyzeReport(p.b);
	const comparison = compareReports(ra, rb);
	return { ra, rb, comparison, pool: buildPool(ra, rb, comparison) };
}

const built = new Map<string, ReturnType<typeof build>>();
const poolOf = (p: CorpusPair) => {
	const known = built.get(p.id);
	if (known) return known;
	const made = build(p);
	built.set(p.id, made);
	return made;
};

const keyed = (q: ChoiceQuestion): string[] => q.answer.map((i) => q.options[i] ?? '');
const squash = (s: string): string => s.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

describe.skipIf(!hasCorpus())('the pools of the 30 corpus pairs', () => {
	const pairs = corpusPairs();

	it('finds all 30 pairs', () => {
		expect(pairs).toHaveLength(30);
	});

	describe.each(pairs.map((p) => [p.id, p] as const))('%s', (_, p) => {
		it('keeps every rule in every question', () => {
			const { ra, rb, comparison, pool } = poolOf(p);
			expectHonestPool(ra, rb, comparison, pool);
		});

		it('gives a quiz of 12 questions over 5 kinds, or a plain note to the teacher saying why not', () => {
			const { pool } = poolOf(p);
			const types = new Set(pool.map((q) => q.type)).size;
			const note = poolNote(pool);
			if (pool.length >= QUIZ_MIN_QUESTIONS && types >= QUIZ_MIN_TYPES) expect(note).toBeNull();
			else expect(note?.message).toContain(`only ${pool.length} question`);
		});
	});

	it('never calls a passage unique to one report when a careful reading finds it in both', () => {
		const wrong: string[] = [];
		for (const p of pairs) {
			const reading = readingOf(p.id);
			if (!reading) continue;
			const { pool } = poolOf(p);
			for (const q of pool) {
				if (q.type !== 'which-report' || q.format === 'tap' || !keyed(q)[0]?.endsWith('only')) continue;
				const e = q.evidence[0];
				if (!e) continue;
				const asked = squash((e.report === 'a' ? p.a : p.b).slice(e.start, e.end));
				const shared = reading.shared.map((s) => squash(e.report === 'a' ? s.A : s.B));
				if (shared.some((s) => asked.includes(s) || s.includes(asked))) wrong.push(`${p.id}: ${q.prompt}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('keys as heard in one report only voices a careful reading also finds in that report alone', () => {
		const wrong: string[] = [];
		for (const p of pairs) {
			const reading = readingOf(p.id);
			if (!reading) continue;
			const alone = (report: 'A' | 'B') =>
				reading.differences
					.filter((d) => d.kind === 'only-in' && d.what === 'source' && d.report === report)
					.flatMap((d) => d.items ?? [])
					.map((s) => squash(s));
			for (const q of poolOf(p).pool) {
				if (q.type !== 'missing-voice' || q.format === 'tap') continue;
				const report = q.prompt.includes('heard in report A but') ? 'A' : 'B';
				// The reading lists each voice by name; a keyed voice must be one of them (by its surname).
				for (const k of keyed(q)) {
					const last = squash(k).split(' ').pop() ?? '';
					if (!alone(report).some((s) => s.split(' ').includes(last))) wrong.push(`${p.id}: ${k} keyed as heard only in ${report}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('builds every pool the same way twice', () => {
		const [first] = pairs;
		if (!first) return;
		const again = build(first).pool;
		expect(JSON.stringify(again)).toBe(JSON.stringify(poolOf(first).pool));
	});

	it('reports the pools’ sizes (min and median) so a regression in yield shows in the test log', () => {
		const sizes = pairs.map((p) => poolOf(p).pool.length).sort((x, y) => x - y);
		const kinds = pairs.map((p) => new Set(poolOf(p).pool.map((q: Question) => q.type)).size).sort((x, y) => x - y);
		// Every pair yields at least a few questions: an empty pool means a builder broke, not a thin pair.
		expect(sizes[0]).toBeGreaterThan(0);
		expect(kinds[0]).toBeGreaterThan(0);
	});
});
