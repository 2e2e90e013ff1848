import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

const of = (text: string, words: string) => {
	const r = analyzeReport(text);
	return r.attributions.find((a) => text.slice(a.content.start, a.content.end).includes(words));
};
const words = (text: string, a: { content: { start: number; end: number } } | undefined) => (a ? text.slice(a.content.start, a.content.end) : '');

describe('according to', () => {
	it('gives the whole sentence to a source set inside it before a reporting verb ("The mayor, according to the paper, said …")', () => {
		const text = 'Mayor\n\nThe lede is here today. The mayor, according to the Harbour Gazette, said he had misspoken at a rally.';
		const a = analyzeReport(text).attributions.find((x) => x.speaker === 'Harbour Gazette');
		expect(words(text, a)).toBe('The mayor, according to the Harbour Gazette, said he had misspoken at a rally');
	});

	it('takes the words before a closing "according to X, the appositive"', () => {
		const text = 'Bridge\n\nThe bridge will close for a year, according to Harbour Radio, the station in Dover.';
		const a = of(text, 'bridge will close');
		expect(a?.speaker).toBe('Harbour Radio');
		expect(words(text, a)).toBe('The bridge will close for a year');
	});

	it('reads "As reported by X," and "…, as first reported by X" as naming the source', () => {
		const text = 'Audit\n\nAs reported by the Harbour Gazette, auditors found over 300 unpaid invoices. The mayor resigned in May, as first reported by Dock Radio.';
		const a = of(text, 'unpaid invoices');
		expect(a?.speaker).toBe('Harbour Gazette');
		expect(words(text, a)).toBe('auditors found over 300 unpaid invoices');
		expect(of(text, 'The mayor resigned')?.speaker).toBe('Dock Radio');
	});

	it('takes the words after an opening "According to X,"', () => {
		const text = 'Jobs\n\nAccording to the labour ministry, 4,000 jobs were lost in May.';
		expect(words(text, of(text, 'jobs were lost'))).toBe('4,000 jobs were lost in May');
	});

	it('names a source it cannot resolve by its own words rather than dropping the claim', () => {
		const text = 'Polls\n\nMoss leads Hart by six points, according to a weekly average of state polls.';
		const a = of(text, 'leads Hart');
		expect(a?.speaker).toBe('the weekly average of state polls');
		expect(a?.sourceKind).toBe('document');
	});

	it('reads a poll named with "In" as the source of its figures', () => {
		const text = 'Race\n\nIn the latest Harbour Times poll, Moss led Hart 48 percent to 41 percent.';
		const a = of(text, 'Moss led Hart');
		expect(a?.sourceKind).toBe('document');
		expect(a?.rule.startsWith('attribution/in-poll/')).toBe(true);
	});

	it('reads a poll named before a comment set off by a comma as the source of the figure before it ("… 25 percent in the Harbour Times poll, up eight points")', () => {
		const text =
			'Race\n\nThe race tightened in May. Moss was at 25 percent in the latest Harbour Times poll released Sunday, up eight points from March. Armed with $7 million raised in the euphoria after the Harbour polls closed, Moss is staying in. Hart polled below 1 percent in recent national polls, but he is staying in too.';
		const a = of(text, 'Moss was at 25 percent');
		expect(a?.sourceKind).toBe('document');
		expect(a?.rule.startsWith('attribution/in-poll/')).toBe(true);
		// Not polls that stand in a longer phrase ("in the euphoria after the polls closed,") nor polls in general.
		expect(analyzeReport(text).attributions.filter((x) => x.rule.startsWith('attribution/in-poll/'))).toHaveLength(1);
	});

	it('reads "In the poll," back to the poll named before as the source of the next figures, but not "in the polls"', () => {
		const text = 'Race\n\nA Harbour Times poll of 900 voters was taken last week. In the poll, Moss won 48 percent and Hart 41 percent. Moss has risen in the polls since May, gaining 6 percent.';
		expect(of(text, 'Moss won 48 percent')?.rule.startsWith('attribution/in-poll/')).toBe(true);
		expect(of(text, 'gaining 6 percent')).toBeUndefined();
	});

	it('gives the words to whoever gave the interview or sent the letter, not to whom it went ("according to an interview his brother Sam Ray gave to Harbour Radio")', () => {
		const text = 'Crash\n\nThe ferry sank on Monday. Ray is thought to have been on board, according to an interview his brother Sam Ray gave to Harbour Radio. The school will close, according to a letter Mayor Ann Cole sent to parents.';
		expect(of(text, 'on board')?.speaker).toBe('Sam Ray');
		expect(of(text, 'The school will close')?.speaker).toBe('Ann Cole');
	});

	it('leaves "an account she gave to the Harbour Gazette" to the outlet named, not to whom the pronoun may mean', () => {
		const text = 'Visit\n\nRep. Ann Cole met reporters on Monday. The plan was not that simple, according to an account she gave to the Harbour Gazette.';
		expect(of(text, 'not that simple')?.speaker).not.toBe('Ann Cole');
	});
});

