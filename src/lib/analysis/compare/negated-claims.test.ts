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

const A = [
	'Council backs new stadium',
	'',
	'The city council voted on Tuesday to build a new stadium by the river.',
	'',
	'The mayor said the stadium would bring jobs to the riverside.',
	'',
	'Opposition councillors had no immediate comment on the mayor’s plan for the riverside stadium.',
].join('\n');

describe('negated claims', () => {
	it('calls a claim of absence unique when the other report uses its words only in plain statements', () => {
		const b = [
			'Stadium approved',
			'',
			'Councillors approved a new riverside stadium on Tuesday.',
			'',
			'Opposition councillors called the plan a waste of money, and the mayor said it would bring jobs.',
		].join('\n');
		expect(unique(A, b, 0, 'had no immediate comment')).toBe(true);
	});

	it('does not when the other report makes the same negated claim in other words', () => {
		const b = [
			'Stadium approved',
			'',
			'Councillors approved a new riverside stadium on Tuesday.',
			'',
			'The mayor said it would bring jobs. Opposition councillors did not respond to questions about the plan.',
		].join('\n');
		expect(unique(A, b, 0, 'had no immediate comment')).toBe(false);
	});

	it('compares a refusal to comment with the other report’s refusals only, not with its other denials on the topic', () => {
		const b = [
			'Stadium approved',
			'',
			'Councillors approved a new riverside stadium on Tuesday.',
			'',
			'The riverside stadium was not put to a public vote, and opposition councillors were not consulted.',
		].join('\n');
		expect(unique(A, b, 0, 'had no immediate comment')).toBe(true);
		const declined = b.replace('were not consulted', 'declined to comment');
		expect(unique(A, declined, 0, 'had no immediate comment')).toBe(false);
		const wont = b.replace('were not consulted', 'said, “We won’t comment on the plan.”');
		expect(unique(A, wont, 0, 'had no immediate comment')).toBe(false);
	});

	it('leaves a negation in someone’s words to the comparison of what that voice says', () => {
		const a = A.replace('Opposition councillors had no immediate comment', 'The mayor said opposition councillors had no immediate comment');
		const b = [
			'Stadium approved',
			'',
			'Councillors approved a new riverside stadium on Tuesday.',
			'',
			'Opposition councillors called the plan a waste of money. The mayor said it would pay for itself.',
		].join('\n');
		expect(unique(a, b, 0, 'had no immediate comment')).toBe(false);
	});

	it('does not read the abbreviation of a number as a negation', () => {
		const a = 'Nurses in court\n\nThe court heard the nurses on Tuesday. The case, No. 12, asks whether the nurses may sue the hospital together.';
		const b = 'Nurses go to court\n\nThe court heard the nurses on Tuesday. The nurses asked whether they may sue the hospital together as one group.';
		expect(unique(a, b, 0, 'asks whether the nurses')).toBe(false);
	});
});
