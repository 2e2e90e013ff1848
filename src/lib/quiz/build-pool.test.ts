import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '../analysis/index';
import { buildPool } from './build-pool';
import { QUESTION_TYPES } from './types';
import { goldPair, readGold } from './fixtures/gold-analysis';
import { libraryTexts, seedTexts } from './fixtures/hand-marked';
import { expectHonestPool, whoSaidAgainstGold } from './fixtures/invariants';
import { markedLibrary } from './fixtures/library-marked';

describe('the pool built from a hand-marked pair', () => {
	const { a, b, comparison } = markedLibrary();
	const pool = buildPool(a.analysis, b.analysis, comparison);

	it('keeps every rule in every question', () => {
		expectHonestPool(a.analysis, b.analysis, comparison, pool);
	});

	it('asks every type of question the findings support', () => {
		const types = new Set(pool.map((q) => q.type));
		// No hedge drift is marked in this pair, so that type alone is missing.
		expect([...types].sort()).toEqual(QUESTION_TYPES.filter((t) => t !== 'hedge-drift').sort());
	});

	it('gives the same questions, ids and option order on every rebuild', () => {
		const again = buildPool(a.analysis, b.analysis, comparison);
		expect(JSON.stringify(again)).toBe(JSON.stringify(pool));
	});

	it('makes no question from findings below the confidence threshold', () => {
		// "He said the council had ignored the petition" was resolved from a pronoun at 0.75: below the
		// default threshold of 0.9, asked only when a caller lowers it.
		const loose = buildPool(a.analysis, b.analysis, comparison, { minConfidence: 0.7 });
		expect(pool.some((q) => q.prompt.includes('the council had ignored the petition'))).toBe(false);
		expect(loose.some((q) => q.prompt.includes('the council had ignored the petition'))).toBe(true);
	});
});

// The seed pair as the reference reading (gold.json) has it: what the pool gives a perfect engine.
describe('the seed pair pool, from the reference reading', () => {
	const { a, b, comparison } = goldPair();
	const pool = buildPool(a.analysis, b.analysis, comparison);

	it('keeps every rule in every question', () => {
		expectHonestPool(a.analysis, b.analysis, comparison, pool);
	});

	it('holds at least 40 questions over at least 10 types', () => {
		expect(pool.length).toBeGreaterThanOrEqual(40);
		expect(new Set(pool.map((q) => q.type)).size).toBeGreaterThanOrEqual(10);
	});

	it('keys every who-said question to the speaker the reference reading gives', () => {
		expect(whoSaidAgainstGold(pool, seedTexts(), readGold())).toEqual([]);
	});
});

describe('the seed pair pool, from the live engine', () => {
	const [ta, tb] = seedTexts();
	const ra = analyzeReport(ta);
	const rb = analyzeReport(tb);
	const pool = buildPool(ra, rb, compareReports(ra, rb));

	it('holds at least 40 questions over at least 10 types', () => {
		expect(pool.length).toBeGreaterThanOrEqual(40);
		expect(new Set(pool.map((q) => q.type)).size).toBeGreaterThanOrEqual(10);
	});

	it('keys every who-said question to the speaker the reference reading gives', () => {
		expect(whoSaidAgainstGold(pool, [ta, tb], readGold())).toEqual([]);
	});
});

describe('the pool built by the live engine', () => {
	const build = ([ta, tb]: [string, string]) => {
		const ra = analyzeReport(ta);
		const rb = analyzeReport(tb);
		const comparison = compareReports(ra, rb);
		return { ra, rb, comparison, pool: buildPool(ra, rb, comparison) };
	};

	it('keeps every rule in every question of the seed pair', () => {
		const { ra, rb, comparison, pool } = build(seedTexts());
		expectHonestPool(ra, rb, comparison, pool);
	});

	it('keeps every rule in every question of an invented pair', () => {
		const { ra, rb, comparison, pool } = build(libraryTexts());
		expectHonestPool(ra, rb, comparison, pool);
	});
});
