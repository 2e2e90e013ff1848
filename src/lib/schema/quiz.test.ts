import { describe, expect, it } from 'vitest';
import { markedLibrary } from '../quiz/fixtures/hand-marked-pool';
import { selectQuiz } from '../quiz/select-quiz';
import { Question, Quiz } from './quiz';

describe('the quiz schema', () => {
	it('accepts every question the builder makes, and a picked quiz', () => {
		const pool = markedLibrary();
		for (const q of pool) expect(() => Question.parse(q), q.id).not.toThrow();
		expect(() => Quiz.parse(selectQuiz(pool, { seed: 2 }))).not.toThrow();
	});

	it('rejects a quiz of another version, an answer outside the options, and repeated options', () => {
		const [q] = markedLibrary().filter((x) => x.format === 'single');
		if (!q || q.format === 'tap') throw new Error('no single-choice question');
		expect(Quiz.safeParse({ version: 2, seed: 1, questions: [] }).success).toBe(false);
		expect(Question.safeParse({ ...q, answer: [q.options.length] }).success).toBe(false);
		expect(Question.safeParse({ ...q, options: ['Same', 'Same'], answer: [0] }).success).toBe(false);
		expect(Question.safeParse({ ...q, answer: [0, 1] }).success).toBe(false);
	});
});
