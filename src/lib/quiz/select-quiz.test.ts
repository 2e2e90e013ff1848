import { describe, expect, it } from 'vitest';
import { buildPool } from './build-pool';
import { markedLibrary } from './fixtures/hand-marked-pool';
import { fairCount, scopeOf, selectQuiz } from './select-quiz';
import type { Question } from './types';

const pool = markedLibrary();

describe('picking a quiz from the pool', () => {
	it('gives 12 questions by default, over at least 5 types, from report A, report B and the comparison', () => {
		const quiz = selectQuiz(pool, { seed: 3 });
		expect(quiz.questions).toHaveLength(12);
		expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
		expect(new Set(quiz.questions.map(scopeOf))).toEqual(new Set(['a', 'b', 'comparison']));
	});

	it('puts easier questions first', () => {
		const levels = selectQuiz(pool, { seed: 9 }).questions.map((q) => q.difficulty);
		expect(levels).toEqual([...levels].sort((x, y) => x - y));
	});

	it('picks the same quiz for the same seed, and a different one for another seed', () => {
		const ids = (seed: number) => selectQuiz(pool, { seed }).questions.map((q) => q.id);
		expect(ids(5)).toEqual(ids(5));
		expect(ids(5)).not.toEqual(ids(6));
	});

	it('keeps to the asked count, types and skills', () => {
		expect(selectQuiz(pool, { count: 4 }).questions).toHaveLength(4);
		const hedging = selectQuiz(pool, { skills: ['hedging'] }).questions;
		expect(hedging.length).toBeGreaterThan(0);
		expect(hedging.every((q) => q.skill === 'hedging')).toBe(true);
		const two = selectQuiz(pool, { types: ['who-said', 'headline'], count: 50 }).questions;
		expect(new Set(two.map((q) => q.type))).toEqual(new Set(['who-said', 'headline']));
		expect(two).toHaveLength(pool.filter((q) => q.type === 'who-said' || q.type === 'headline').length);
	});

	it('never picks the same question twice', () => {
		const quiz = selectQuiz(pool, { count: 1000 });
		expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
		expect(quiz.questions).toHaveLength(pool.length);
	});

	it('asks two questions on the same words only once no other passage is left to ask about', () => {
		// Two kinds of question, each asked about two passages; one passage has both kinds. Any three of
		// these can be picked without two on the same words, and a second question on the passage already
		// asked about would often give the first one's answer away.
		const [base] = pool;
		if (!base) throw new Error('the hand-marked pool is empty');
		const on = (type: Question['type'], start: number): Question => ({
			...base,
			id: `${type}-${start}`,
			type,
			prompt: `A question on the words at ${start}`,
			evidence: [{ report: 'a', start, end: start + 40 }],
		});
		const shared = 100;
		const small = [on('who-said', shared), on('who-said', 300), on('quote-or-paraphrase', shared), on('quote-or-paraphrase', 500)];
		for (let seed = 1; seed <= 20; seed++) {
			const starts = selectQuiz(small, { seed, count: 3 }).questions.map((q) => q.evidence[0]?.start);
			expect(starts.filter((x) => x === shared).length, `seed ${seed}: ${starts.join(', ')}`).toBeLessThan(2);
		}
		// With every passage asked about, the fourth question may share one.
		expect(selectQuiz(small, { count: 4 }).questions).toHaveLength(4);
	});

	it('fills the last places with a question on new words or of another skill before one that may give another away', () => {
		// Two attribution questions on one passage (at 300) can give each other away; a comparison question on
		// the words of an attribution question (at 100) cannot. Four of these five can always avoid the first.
		const [base] = pool;
		if (!base) throw new Error('the hand-marked pool is empty');
		const on = (type: Question['type'], skill: Question['skill'], start: number): Question => ({
			...base,
			id: `${type}-${start}`,
			type,
			skill,
			prompt: `A question on the words at ${start}`,
			evidence: [{ report: 'a', start, end: start + 40 }],
		});
		const small = [
			on('who-said', 'attribution', 100),
			on('who-said', 'attribution', 300),
			on('quote-or-paraphrase', 'attribution', 300),
			on('missing-voice', 'comparison', 700),
			on('missing-voice', 'comparison', 100),
		];
		for (let seed = 1; seed <= 20; seed++) {
			const ids = selectQuiz(small, { seed, count: 4 }).questions.map((q) => q.id);
			expect(ids.includes('who-said-300') && ids.includes('quote-or-paraphrase-300'), `seed ${seed}: ${ids.join(', ')}`).toBe(false);
		}
	});

	it('counts, for a thin pool, the questions it can ask before one gives another away, and a full pool fills its count', () => {
		// Three passages: two kinds of attribution question on each of the first two, one on the third. Three
		// questions on three passages can be asked; the fourth must share words with one of the same skill.
		const [base] = pool;
		if (!base) throw new Error('the hand-marked pool is empty');
		const on = (type: Question['type'], start: number): Question => ({ ...base, id: `${type}-${start}`, type, prompt: `A question on the words at ${start}`, evidence: [{ report: 'a', start, end: start + 40 }] });
		const thin = [on('who-said', 100), on('quote-or-paraphrase', 100), on('who-said', 300), on('quote-or-paraphrase', 300), on('who-said', 500)];
		for (let seed = 1; seed <= 10; seed++) {
			expect(fairCount(thin, { seed, count: 5 })).toBe(3);
			// Asked for five, the selection still gives five: the teacher's number stands.
			expect(selectQuiz(thin, { seed, count: 5 }).questions).toHaveLength(5);
		}
		expect(fairCount(pool, { count: 12 })).toBe(12);
	});

	it('counts one remark quoted in two prompts as the same words, so the sentence shown in one does not answer "who said it?" or "which report?" in another', () => {
		const [base] = pool;
		if (!base) throw new Error('the hand-marked pool is empty');
		const q = (id: string, type: Question['type'], report: 'a' | 'b', start: number, prompt: string): Question => ({
			...base,
			id,
			type,
			skill: type === 'which-report' ? 'comparison' : 'attribution',
			prompt,
			evidence: [{ report, start, end: start + 40 }],
		});
		const small = [
			q('who', 'who-said', 'a', 100, 'Who said these words, according to report A? “Our schools need more teachers, not more tests”'),
			q('told', 'attributed-or-not', 'b', 900, 'Is this sentence from report B passed on from a source? “‘Our schools need more teachers, not more tests,’ said Mayor Dana Ortiz.”'),
			// Of another skill, yet the sentence printed above tells which report has it.
			q('where', 'which-report', 'b', 900, 'Which report includes this point? “Mayor Dana Ortiz said our schools need more teachers, not more tests.”'),
			q('other', 'attributed-or-not', 'b', 400, 'Is this sentence from report B passed on from a source? “The council meets again on Tuesday.”'),
			q('title', 'who-said', 'b', 600, 'Who said these words, according to report B? “the mayor of the city”'),
		];
		for (let seed = 1; seed <= 20; seed++) {
			const ids = selectQuiz(small, { seed, count: 3 }).questions.map((x) => x.id);
			expect(ids.filter((id) => ['who', 'told', 'where'].includes(id)).length, `seed ${seed}: ${ids.join(', ')}`).toBe(1);
			expect(fairCount(small, { seed, count: 5 })).toBe(3);
		}
	});

	it('asks a type’s question with a new answer before one that repeats an answer already given', () => {
		const [base] = pool;
		if (!base) throw new Error('the hand-marked pool is empty');
		const kinds = ['A named person', 'An organization or official body', 'An unnamed source'];
		const kind = (i: number, right: number): Question => ({
			...base,
			id: `kind-${i}`,
			type: 'source-kind',
			format: 'single',
			prompt: `Report A relies on source number ${i}. What kind of source is that?`,
			options: kinds,
			answer: [right],
			evidence: [{ report: 'a', start: i * 100, end: i * 100 + 20 }],
		});
		// Three named people and one organization: a quiz of two source-kind questions asks both kinds.
		const small = [kind(1, 0), kind(2, 0), kind(3, 0), kind(4, 1)];
		for (let seed = 1; seed <= 20; seed++) {
			const keys = selectQuiz(small, { seed, count: 2 }).questions.map((x) => (x.format === 'tap' ? '' : x.options[x.answer[0] ?? 0]));
			expect(new Set(keys).size, `seed ${seed}: ${keys.join(', ')}`).toBe(2);
		}
		// With only named people left, they still fill a quiz asked for more.
		expect(selectQuiz(small, { count: 4 }).questions).toHaveLength(4);
	});

	it('spreads the last places over the types, rather than asking one type again and again', () => {
		const [base] = pool;
		if (!base) throw new Error('the hand-marked pool is empty');
		// All on one passage and of one skill, each with its own answer: after one of each type, every question left
		// gives away a picked one alike, so the last places go to the type asked least.
		const of = (type: Question['type'], skill: Question['skill'], i: number): Question => ({
			...base,
			id: `${type}-${i}`,
			type,
			skill,
			format: 'single',
			difficulty: 1,
			prompt: `Question ${i} about the passage`,
			options: [`answer ${i}`, 'another answer'],
			answer: [0],
			evidence: [{ report: 'a', start: 100, end: 140 }],
		});
		const small = [...[1, 2, 3, 4, 5, 6].map((i) => of('source-kind', 'attribution', i)), ...[7, 8].map((i) => of('who-said', 'attribution', i))];
		for (let seed = 1; seed <= 20; seed++) {
			const types = selectQuiz(small, { seed, count: 4 }).questions.map((q) => q.type);
			expect(types.filter((t) => t === 'who-said'), `seed ${seed}: ${types.join(', ')}`).toHaveLength(2);
		}
	});

	it('returns an empty quiz from an empty pool', () => {
		expect(selectQuiz([], { seed: 1 })).toEqual({ version: 1, seed: 1, questions: [] });
		expect(buildPool.length).toBeGreaterThan(0);
	});
});
