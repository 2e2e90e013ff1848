import { describe, expect, it } from 'vitest';
import { classCsv, classTables } from './class-table';
import type { StudentResult } from './result-code';

const r = (name: string, marks: boolean[], quiz = 'q1'): StudentResult => ({
	quiz,
	title: 'Arms sales',
	name,
	finishedAt: 1,
	answers: marks.map((correct, i) => ({ id: `q${i}`.padEnd(14, '0'), picked: [0], correct })),
});

describe('class results', () => {
	it('puts each student in a row with their score, and lists the most missed question first', () => {
		const [t] = classTables([r('Zoe', [true, false, true]), r('Ali', [true, false, false]), r('Bo', [true, true, true])]);
		expect(t?.students.map((s) => [s.name, s.score])).toEqual([['Ali', 1], ['Bo', 3], ['Zoe', 2]]);
		expect(t?.mostMissed[0]?.id).toBe('q1'.padEnd(14, '0'));
		expect(t?.mostMissed[0]?.right).toBe(1);
	});

	it('numbers the questions in table order and lists only those someone missed, ties in table order', () => {
		const [t] = classTables([r('Zoe', [true, false, true, false]), r('Ali', [true, true, true, false])]);
		expect(t?.questions.map((q) => q.number)).toEqual([1, 2, 3, 4]);
		// Q4 missed by both, Q2 by one; Q1 and Q3 by nobody, so they are not in the list.
		expect(t?.mostMissed.map((q) => q.number)).toEqual([4, 2]);
		const [all] = classTables([r('Bo', [true, true])]);
		expect(all?.mostMissed).toEqual([]);
	});

	it('keeps different quizzes in different tables', () => {
		expect(classTables([r('A', [true]), r('B', [true], 'q2')])).toHaveLength(2);
	});

	it('writes a CSV a spreadsheet opens safely, even with a name like a formula', () => {
		const csv = classCsv(classTables([r('=HYPERLINK("x")', [true, false])]));
		expect(csv).toBe('Quiz,Student,Score,Out of,Q1,Q2\nArms sales,"\'=HYPERLINK(""x"")",1,2,1,0\n');
	});
});
