import { describe, expect, it } from 'vitest';
import { poolNote, QUIZ_MIN_QUESTIONS } from './pool-note';
import { QUESTION_TYPES, type Question, type QuestionType } from './types';

const question = (type: QuestionType, n: number): Question => ({
	id: `${type}-${n}`,
	type,
	skill: 'attribution',
	difficulty: 1,
	format: 'single',
	prompt: 'p “x”',
	options: ['a', 'b'],
	answer: [0],
	explanation: 'x. y.',
	evidence: [{ report: 'a', start: 0, end: 1 }],
});

describe('the note for the teacher', () => {
	it('is not there when the pool makes a full quiz', () => {
		const pool = Array.from({ length: QUIZ_MIN_QUESTIONS }, (_, i) => question(QUESTION_TYPES[i % 5] ?? 'who-said', i));
		expect(poolNote(pool)).toBeNull();
	});

	it('says how many questions of how many kinds were found, why, and what the teacher can do', () => {
		const pool = [question('who-said', 1), question('who-said', 2), question('which-report', 3)];
		const note = poolNote(pool);
		expect(note).toEqual(expect.objectContaining({ questions: 3, types: 2 }));
		expect(note?.message).toContain('only 3 questions of 2 kinds');
		expect(note?.message).toMatch(/check in the text/);
		expect(note?.message).toMatch(/try two longer reports/);
	});

	it('speaks of too few kinds even when there are many questions of one', () => {
		const pool = Array.from({ length: 20 }, (_, i) => question('who-said', i));
		expect(poolNote(pool)?.message).toContain('20 questions of 1 kind');
	});

	it('says plainly when there is no question at all', () => {
		expect(poolNote([])?.message).toMatch(/^We could not write any question/);
	});
});
