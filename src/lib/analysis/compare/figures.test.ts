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
		// The figure alone is told only here (see below), not the point it qualifies.
		expect(uniqueToA(a, B, 'travel less after')).toBe(false);
	});

	it('does not when the other report gives a share of its own, which may tell the same fact another way', () => {
		expect(uniqueToA(A, B.replace('at a meeting.', 'at a meeting. The council said 38 percent of them would not mind.'), 'percent of ferry')).toBe(false);
	});

	it('does not when one sentence of the other report makes most of the clause’s point without the figure', () => {
		expect(uniqueToA(A, B.replace('Ferry passengers complained', 'A survey found that ferry passengers would travel less if fares went up. Ferry passengers complained'), 'percent of ferry')).toBe(false);
	});
});

/** The passages of report A called unique to it, as text. */
function onlyInA(a: string, b: string): string[] {
	return compareReports(analyzeReport(a), analyzeReport(b)).onlyIn[0].map((s) => a.slice(s.start, s.end));
}

const HALL_A = para(
	'Town hall repairs approved',
	'The town council approved the repair of the old town hall on Monday, by a vote of 14 to 3.',
	'The repairs will cost $2.4 million and take until next summer, the council said.',
	'The hall was built in 1911 and has been closed since a storm damaged its roof.',
);
const HALL_B = para(
	'Council votes to save old town hall',
	'Councillors voted on Monday to repair the old town hall, which a storm left without a roof.',
	'The repairs will cost $1.9 million and take until next summer, officials said.',
	'Built in 1911, the hall has been closed since the storm.',
);

describe('figures given in one report only', () => {
	it('calls a figure the other report never gives unique, and only the figure: the point around it is told in both', () => {
		const only = onlyInA(HALL_A, HALL_B);
		expect(only).toContain('14');
		expect(only.some((s) => s.includes('approved the repair'))).toBe(false);
	});

	it('calls each report’s own figure for the same thing unique to it', () => {
		expect(onlyInA(HALL_A, HALL_B)).toContain('$2.4 million');
		expect(onlyInA(HALL_B, HALL_A)).toContain('$1.9 million');
	});

	it('does not call a figure unique when the other report gives it, with or without its grouping', () => {
		const b = HALL_B.replace('voted on Monday', 'voted 14 to 3 on Monday').replace('$1.9 million', '$2.4 million');
		expect(onlyInA(HALL_A, b).some((s) => /14|2\.4/.test(s))).toBe(false);
		const a = HALL_A.replace('$2.4 million', '$2,400,000');
		expect(onlyInA(a, HALL_B.replace('$1.9 million', '$2400000'))).not.toContain('$2,400,000');
	});

	it('does not read a year, a figure of one digit, or a number that is part of a name or a date as a figure of the report’s own', () => {
		const a = HALL_A.replace('on Monday, by a vote of 14 to 3', 'on Monday, Nov. 28, in Room 12 after 3 hours, its first vote on the hall since 2004');
		const b = HALL_B.replace('voted on Monday', 'voted in Room 9 on Monday');
		const only = onlyInA(a, b);
		for (const figure of ['28', '12', '3', '2004']) expect(only).not.toContain(figure);
		// The sentence is told in both, so only a figure could have been called unique in it.
		expect(only.some((s) => s.includes('approved the repair'))).toBe(false);
	});
});
