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

describe('figures given in one report only', () => {
	it('calls a clause unique when it gives a share the other report never writes', () => {
		expect(uniqueToA(A, B, '62 percent')).toBe(true);
	});

	it('reads a sum after a currency sign as a figure too', () => {
		const a = A.replace('62 percent of ferry passengers', 'ferry passengers spent £4.5 million a year and');
		expect(uniqueToA(a, B, '£4.5 million')).toBe(true);
	});

	it('does not when the other report writes the same figure', () => {
		expect(uniqueToA(A, B.replace('at a meeting.', 'at a meeting. The council put their number at 62 percent.'), '62 percent')).toBe(false);
	});

	it('does not when one sentence of the other report makes most of the clause’s point without the figure', () => {
		expect(uniqueToA(A, B.replace('Ferry passengers complained', 'A survey found that ferry passengers would travel less if fares went up. Ferry passengers complained'), '62 percent')).toBe(false);
	});
});
