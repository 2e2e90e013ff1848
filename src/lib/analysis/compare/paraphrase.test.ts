import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';
import { stem } from './words';

/** Whether the comparison calls the passage of report `side` that starts with `words` unique to that report. */
function calledUnique(a: string, b: string, side: 0 | 1, words: string): boolean {
	const c = compareReports(analyzeReport(a), analyzeReport(b));
	const text = side === 0 ? a : b;
	const at = text.indexOf(words);
	expect(at).toBeGreaterThan(0);
	return c.onlyIn[side].some((s) => s.start <= at && at < s.end);
}

describe('paraphrase: the same point in other words', () => {
	it('meets a verb with the noun made from it by a regular suffix', () => {
		expect(stem('selection')).toBe(stem('selected'));
		expect(stem('allegations')).toBe(stem('alleged'));
		expect(stem('opposition')).toBe(stem('opposes'));
		expect(stem('refusal')).toBe(stem('refused'));
		expect(stem('withdrawal')).toBe(stem('withdraw'));
		expect(stem('insistence')).toBe(stem('insisted'));
		expect(stem('reductions')).toBe(stem('reduced'));
		expect(stem('investigation')).toBe(stem('investigating'));
		expect(stem('description')).toBe(stem('described'));
	});

	it('meets a verb with an irregular nominalisation and a British spelling with an American one', () => {
		expect(stem('decision')).toBe(stem('decided'));
		expect(stem('admission')).toBe(stem('admits'));
		expect(stem('denial')).toBe(stem('denied'));
		expect(stem('organisation')).toBe(stem('organized'));
		expect(stem('criticised')).toBe(stem('criticizes'));
	});

	it('meets the words of a common synonym group', () => {
		expect(stem('cuts')).toBe(stem('reductions'));
		expect(stem('shift')).toBe(stem('changed'));
		expect(stem('declined')).toBe(stem('refused'));
		expect(stem('supporters')).toBe(stem('endorsed'));
		expect(stem('legislators')).toBe(stem('lawmakers'));
	});

	it('leaves a word whole where taking off a suffix would leave another word', () => {
		expect(stem('nation')).not.toBe(stem('nat'));
		expect(stem('faction')).not.toBe(stem('fact'));
		expect(stem('tradition')).not.toBe(stem('trade'));
		expect(stem('coalition')).not.toBe(stem('coal'));
		expect(stem('position')).not.toBe(stem('pose'));
		expect(stem('national')).not.toBe(stem('nation'));
		expect(stem('format')).not.toBe(stem('form'));
	});

	it('does not call a passage unique when the other report makes its point with the verbs for its nouns', () => {
		const a = 'Board meets\n\nThe water board met on Tuesday in Harlow. Members selected Ann Hale as treasurer, though two objected and one refused to vote.';
		const b = 'Board meets\n\nThe water board met on Tuesday in Harlow. Her selection drew objections and a refusal.';
		expect(calledUnique(a, b, 1, 'Her selection')).toBe(false);
	});

	it('does not call a passage unique when the other report makes its point with synonyms', () => {
		const a = 'Overtime\n\nThe depot manager spoke to staff in Leeds on Monday. She announced reductions in overtime, a change from last year.';
		const b = 'Overtime\n\nThe depot manager spoke to staff in Leeds on Monday. The cuts mark a shift.';
		expect(calledUnique(a, b, 1, 'The cuts')).toBe(false);
	});
});
