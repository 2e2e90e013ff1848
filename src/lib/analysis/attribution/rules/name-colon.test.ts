import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

const of = (text: string, words: string) => {
	const r = analyzeReport(text);
	return r.attributions.find((a) => text.slice(a.content.start, a.content.end).includes(words));
};

describe('a name and a colon', () => {
	it('gives "From X’s post: “…”" to the post’s owner, and "From the report: “…”" to the report', () => {
		const text =
			'Race\n\nMayor Ann Cole left the race on Monday. From Cole’s Facebook post: “We must move on from the anger of this campaign.” From the audit: “The accounts for 2014 were never checked.”';
		expect(of(text, 'We must move on')?.speaker).toBe('Ann Cole');
		expect(of(text, 'The accounts for 2014')?.speaker).toBe('the audit');
		// Without a quotation, "From" opens a phrase of the reporter's.
		expect(of('Race\n\nMayor Ann Cole spoke. From the start: the race was close.', 'the race was close')).toBeUndefined();
	});

	it('gives a headline "Name: words" to the person the report names', () => {
		const text = 'Mayor Vance: I Will Not Raise Taxes\n\nMayor Lena Vance spoke to reporters on Monday about the budget.';
		const a = of(text, 'I Will Not Raise Taxes');
		expect(a?.speaker).toBe('Lena Vance');
		expect(a?.rule.startsWith('attribution/name-colon/')).toBe(true);
	});

	it('gives a transcript line "Name: “…”" to the speaker', () => {
		const text = 'Hearing\n\nThe hearing opened at ten. Sen. Ruth Alder (D-Ore.): “We have waited long enough for these answers.”';
		expect(of(text, 'We have waited')?.speaker).toBe('Ruth Alder');
	});

	it('leaves a subheading or a tally in the body as the reporter’s', () => {
		const text = 'Race tightens\n\nSenator Jo Kemp leads the field. Kemp: Win by ten points. Kemp: 412.';
		expect(of(text, 'Win by ten')).toBeUndefined();
		expect(of(text, '412')).toBeUndefined();
	});

	it('does not read a page label or a headline verb as a speaker', () => {
		const text = 'Update: Storm Closes Schools\n\nThe storm closed every school in the county.';
		expect(analyzeReport(text).attributions).toEqual([]);
	});
});
