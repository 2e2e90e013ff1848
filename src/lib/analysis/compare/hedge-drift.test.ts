import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

function drifts(a: string, b: string): [number, string, string][] {
	const reports = [analyzeReport(a), analyzeReport(b)] as const;
	const texts = [a, b];
	return compareReports(reports[0], reports[1]).hedgeDrift.map((d) => [
		d.report,
		(texts[d.report] ?? '').slice(d.strong.start, d.strong.end),
		(texts[d.hedgedReport] ?? '').slice(d.hedged.start, d.hedged.end),
	]);
}

const PLAIN = 'Storm damage\n\nThe storm damaged the harbour wall on Friday.';

describe('hedge drift', () => {
	it('finds a label first given as a claim and later used as fact in the same report', () => {
		const b = [
			'Scuffle at rally',
			'',
			'A man, who identifies himself as a journalist, was pushed at the rally on Friday.',
			'',
			'Guards then took the camera from the journalist and walked him out.',
		].join('\n');
		const found = drifts(PLAIN, b);
		expect(found.map(([report, , hedged]) => [report, hedged])).toEqual([[1, 'identifies himself as a journalist']]);
		expect(found[0]?.[1]).toContain('camera from the journalist');
	});

	it('reads a hyphenated label too, and compares the pair instead of failing on it ("a self-described standard-bearer")', () => {
		const b = ['Rally', '', 'A self-described standard-bearer of the party spoke at the rally on Friday.', '', 'Later the standard-bearer left by the side door.'].join('\n');
		const found = drifts(PLAIN, b);
		expect(found.map(([report, , hedged]) => [report, hedged])).toEqual([[1, 'self-described standard-bearer']]);
	});

	it('does not take a party name for a claimed label in lower case ("a self-described democratic socialist", "the Democratic primary")', () => {
		const b = ['Senator tours the state', '', 'The self-described democratic socialist drew a large crowd on Friday.', '', 'He trails in polls of the Democratic primary.'].join('\n');
		expect(drifts(PLAIN, b)).toEqual([]);
	});

	it('does not count a plain use inside a quotation', () => {
		const b = ['Scuffle at rally', '', 'A man who calls himself a journalist was pushed at the rally.', '', '"Leave the journalist alone," a woman shouted.'].join('\n');
		expect(drifts(PLAIN, b)).toEqual([]);
	});

	it('does not take a statement of odds for a firm claim', () => {
		const a = 'Election odds\n\nThe party leader said there was a one-in-three chance of losing the council seat in May.';
		const b = 'Election odds\n\nThe party leader said the party could lose the council seat in May.';
		expect(drifts(a, b)).toEqual([]);
	});

	it('finds a claim made firm across the two reports', () => {
		const a = 'Bridge report\n\nThe inspectors said the old bridge may be unsafe for heavy lorries after the flood.';
		const b = 'Bridge report\n\nAfter the flood the old bridge is unsafe for heavy lorries, inspectors found.';
		expect(drifts(a, b).map(([report]) => report)).toEqual([1]);
	});

	it('does not take a charge passed on for the claim stated ("has accused the firm of dumping")', () => {
		const a = 'Factory report\n\nThe firm likely dumped waste into the river near the mill, inspectors said.';
		const b = 'Factory report\n\nThe town has accused the firm of dumping waste into the river for years.';
		expect(drifts(a, b)).toEqual([]);
		const firm = 'Factory report\n\nThe firm has dumped waste into the river near the mill, inspectors found.';
		expect(drifts(a, firm).map(([report]) => report)).toEqual([1]);
	});

	it('does not take an open question for the claim stated', () => {
		const a = 'Bridge report\n\nThe inspectors said the old bridge may be unsafe for heavy lorries after the flood.';
		const b = 'Bridge report\n\nThe mayor asked on Friday whether the old bridge was unsafe for heavy lorries after the flood.';
		expect(drifts(a, b)).toEqual([]);
	});

	it('does not take the opposite claim for the hedged one made firm', () => {
		const a = 'Bridge report\n\nThe inspectors said the old bridge may be unsafe for heavy lorries after the flood.';
		const b = 'Bridge report\n\nThe mayor said the old bridge is not unsafe for heavy lorries after the flood.';
		expect(drifts(a, b)).toEqual([]);
	});

	it('does not take a speaker’s quoted words for the report stating a fact', () => {
		const a = 'Bridge report\n\nThe inspectors said the old bridge may be unsafe for heavy lorries after the flood.';
		const b = 'Bridge report\n\n“The old bridge is unsafe for heavy lorries after the flood,” the mayor said.';
		expect(drifts(a, b)).toEqual([]);
	});

	it('does not take a capitalised party word for a claimed label used as fact ("self-described democratic socialist" / "the Democratic establishment")', () => {
		const b = ['Rally', '', 'The self-described democratic socialist said he would win the state.', '', 'His campaign has rattled the Democratic establishment.'].join('\n');
		expect(drifts(PLAIN, b)).toEqual([]);
	});
});
