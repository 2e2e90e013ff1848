import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

/** Whether report A's passage `words` is called unique to it. */
function uniqueToA(a: string, b: string, words: string): boolean {
	const at = a.indexOf(words);
	expect(at).toBeGreaterThan(0);
	return compareReports(analyzeReport(a), analyzeReport(b)).onlyIn[0].some((s) => s.start <= at && at < s.end);
}

const para = (...lines: string[]) => lines.join('\n\n');

const A = para(
	'Ferry fares to rise',
	'The island council voted on Tuesday to raise ferry fares from next spring.',
	'A survey of island residents found that 62 percent of ferry passengers would travel less if fares went up.',
	'The new timetable starts in April.',
);
const B = para(
	'Council backs dearer ferry',
	'Island councillors agreed on Tuesday that ferry fares will rise next spring.',
	'Ferry passengers complained about the plan at a meeting.',
	'Passengers will see a new timetable in April.',
);

describe('shares given in one report only', () => {
	it('calls a clause unique when its point is a share and the other report gives no share', () => {
		expect(uniqueToA(A, B, '62 percent')).toBe(true);
		expect(uniqueToA(A.replace('found that 62 percent of ferry passengers would', 'found that 62 percent say they would'), B, '62 percent')).toBe(true);
	});

	it('does not read a share that only qualifies a point (“a 10 percent rise”) as the point', () => {
		const a = A.replace('found that 62 percent of ferry passengers would travel less if fares went up', 'expects ferry passengers to travel less after a 10 percent rise');
		expect(uniqueToA(a, B, '10 percent')).toBe(false);
	});

	it('does not when the other report gives a share of its own, which may tell the same fact another way', () => {
		expect(uniqueToA(A, B.replace('at a meeting.', 'at a meeting. The council said 38 percent of them would not mind.'), '62 percent')).toBe(false);
	});

	it('does not when one sentence of the other report makes most of the clause’s point without the figure', () => {
		expect(uniqueToA(A, B.replace('Ferry passengers complained', 'A survey found that ferry passengers would travel less if fares went up. Ferry passengers complained'), '62 percent')).toBe(false);
	});
});
