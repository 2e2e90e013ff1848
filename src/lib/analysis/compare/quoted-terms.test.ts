import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

/** Whether report `k`'s passage `words` is called unique to it. */
function unique(a: string, b: string, k: 0 | 1, words: string): boolean {
	const text = k === 0 ? a : b;
	const at = text.indexOf(words);
	expect(at).toBeGreaterThan(0);
	return compareReports(analyzeReport(a), analyzeReport(b)).onlyIn[k].some((s) => s.start <= at && at < s.end);
}

const para = (...lines: string[]) => lines.join('\n\n');

const A = para(
	'Council chief attacks tower',
	'The planning committee met on Thursday to discuss the design of the harbour tower.',
	'At the meeting, the committee chairman called the design of the harbour tower “brutal.”',
	'A vote on the tower is expected next month.',
);

const B = para(
	'Tower plan goes to council',
	'The planning committee met on Thursday to discuss the design of the harbour tower.',
	'The committee chairman criticised the design of the harbour tower at the meeting, and the architect defended it.',
	'A vote on the tower is expected next month.',
);

describe('quoted terms', () => {
	it('calls a clause unique when it ends on a quoted word of its speaker that the other report never uses', () => {
		expect(unique(A, B, 0, 'called the design')).toBe(true);
	});

	it('does not when the other report uses the quoted word, in any sentence', () => {
		expect(unique(A, B.replace('A vote on the tower', 'Residents have called it brutal. A vote on the tower'), 0, 'called the design')).toBe(false);
	});

	it('does not take a quoted word inside the clause for its point (an “outtakes” gallery, a “hard look” at it)', () => {
		const a = A.replace('called the design of the harbour tower “brutal.”', 'put the designs of the harbour tower in a “rejects” gallery.');
		expect(unique(a, B, 0, 'gallery')).toBe(false);
		const b = A.replace('called the design of the harbour tower “brutal.”', 'asked the architect to take a “hard look” at the design of the harbour tower.');
		expect(unique(b, B, 0, 'hard look')).toBe(false);
	});

	it('judges a longer quotation by its words, not as a term', () => {
		expect(unique(A.replace('“brutal.”', '“a brutal concrete slab.”'), B, 0, 'called the design')).toBe(false);
	});
});
