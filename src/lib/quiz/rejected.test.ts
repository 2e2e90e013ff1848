// Every question a teacher's reading rejected stays out of the pool: the pairs' pools are built at test time
// (corpus pairs from ../shared, skipped when absent; the seed pair from the bundled story) and each rejected
// question is looked for by its fingerprint (fixtures/rejected.ts), which holds hashes, not article text.
import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '../analysis/index';
import { buildPool } from './build-pool';
import { corpusPairs, hasCorpus, ptcArticles } from './fixtures/corpus';
import { fingerprint, isBack } from './fixtures/fingerprint';
import { seedTexts } from './fixtures/hand-marked';
import { REJECTED } from './fixtures/rejected';
import type { Question } from './types';

function poolOf(a: string, b: string): Question[] {
	const ra = analyzeReport(a);
	const rb = analyzeReport(b);
	return buildPool(ra, rb, compareReports(ra, rb));
}

describe('a fingerprint of a rejected question', () => {
	const texts = { a: 'Vote\n\nMayor Jo Hart said the new bridge over the river would open in June next year.', b: 'Vote\n\nA bridge.' };
	const question: Question = {
		id: 'who-said-x',
		type: 'who-said',
		skill: 'attribution',
		difficulty: 1,
		format: 'single',
		prompt: 'According to report A, whose claim is this? “the new bridge over the river would open in June next year”',
		options: ['Jo Hart', 'Al Ng'],
		answer: [1],
		explanation: 'x. y.',
		evidence: [{ report: 'a', start: 22, end: 78 }],
	};

	it('finds the question again when the engine cuts the passage a few words differently', () => {
		const r = fingerprint('p', 'who-said', 'said the new bridge over the river would open in June', 'wrong key', { text: 'Al Ng', as: 'key' });
		expect(isBack(r, question, texts)).toBe(true);
	});

	it('lets the question back once the wrong option is no longer keyed', () => {
		const r = fingerprint('p', 'who-said', 'the new bridge over the river would open in June next year', 'wrong key', { text: 'Al Ng', as: 'key' });
		expect(isBack(r, { ...question, answer: [0] }, texts)).toBe(false);
	});

	it('tells the words cut out of one report from the same words quoted whole in the other, when told which', () => {
		const r = fingerprint('p', 'who-said', 'the new bridge over the river would open in June', 'cut quotation', { text: 'Al Ng', as: 'key' }, 'b');
		expect(isBack(r, question, texts)).toBe(false);
		expect(isBack({ ...r, report: 'a' }, question, texts)).toBe(true);
	});

	it('does not mistake another passage of the same report for it', () => {
		const r = fingerprint('p', 'who-said', 'the council would close the library in March', 'wrong key');
		expect(isBack(r, question, texts)).toBe(false);
	});
});

describe('questions rejected in a teacher’s reading of the pools', () => {
	it('keeps every one rejected from the seed pair out of its pool', () => {
		const [a, b] = seedTexts();
		const pool = poolOf(a, b);
		const back = REJECTED.filter((r) => r.pair === 'seed').flatMap((r) => pool.filter((q) => isBack(r, q, { a, b })).map((q) => `${q.prompt} — ${r.fault}`));
		expect(back).toEqual([]);
	});

	it.skipIf(!hasCorpus())('keeps every one rejected from a corpus pair out of its pool', () => {
		const pairs = new Map([...corpusPairs(), ...corpusPairs('HuffPost'), ...ptcArticles()].map((p) => [p.id, p]));
		const back: string[] = [];
		for (const id of new Set(REJECTED.map((r) => r.pair).filter((p) => p !== 'seed'))) {
			const p = pairs.get(id);
			if (!p) throw new Error(`no corpus pair ${id}`);
			const pool = poolOf(p.a, p.b);
			for (const r of REJECTED.filter((x) => x.pair === id)) for (const q of pool) if (isBack(r, q, p)) back.push(`${id} ${q.type}: ${q.prompt} — ${r.fault}`);
		}
		expect(back).toEqual([]);
		// It builds the pools of every pair a fingerprint names (25 NYT/Fox pairs, 8 HuffPost/Fox, a dozen PTC articles beside a
		// short report of our own): a few seconds, more on a busy machine.
	}, 60_000);
});
