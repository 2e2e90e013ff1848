import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

describe('a noun of saying with its owner', () => {
	it('gives "X’s claim that …" to X', () => {
		const text = 'Wall row\n\nMayor Rosa Diaz repeated her plan on Monday. Critics mocked Diaz’s claim that the county would pay for the wall.';
		const r = analyzeReport(text);
		const a = r.attributions.find((x) => text.slice(x.content.start, x.content.end).startsWith('the county would pay'));
		expect(a?.speaker).toBe('Rosa Diaz');
		expect(a?.rule.startsWith('attribution/noun-cue/')).toBe(true);
	});

	it('reads "its" as the body that is the sentence\'s own subject, not a body named before', () => {
		const text = 'Port row\n\nThe Port Authority met the dockers on Friday. The dockers’ union on Monday doubled down on its criticism of the new rota.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end).includes('the new rota'));
		expect(a?.speaker).toBe('The dockers’ union');
	});

	it('reads "his argument that …" through the pronoun, and only when one person fits', () => {
		const text = 'Tax plan\n\nGovernor Sam Ode spoke in Leeds. Few accepted his argument that taxes must rise.';
		const a = analyzeReport(text).attributions.find((x) => x.speaker === 'Sam Ode');
		expect(a && text.slice(a.content.start, a.content.end)).toBe('taxes must rise');
	});

	it('reads a noun of stance with its owner and preposition ("his support for …", "her plan to …")', () => {
		const text = 'Harbour plan\n\nMayor Ada Lind spoke on Monday. Critics questioned her plan to sell the harbour, and her support for a new bridge.';
		const r = analyzeReport(text);
		const said = (words: string) => r.attributions.find((x) => text.slice(x.content.start, x.content.end) === words);
		expect(said('to sell the harbour')?.speaker).toBe('Ada Lind');
		expect(said('a new bridge')?.speaker).toBe('Ada Lind');
		expect(said('a new bridge')?.category).toBe('stance');
	});

	it('measures a claim passed on ("her claim that …") apart from a stance named in the report’s words ("her support for …")', () => {
		const text = 'Harbour plan\n\nMayor Ada Lind spoke on Monday. Critics mocked her claim that the harbour would pay for itself, and her support for a new bridge.';
		const rules = analyzeReport(text).attributions.map((x) => `${text.slice(x.content.start, x.content.end)} | ${x.rule}`);
		expect(rules).toContain('the harbour would pay for itself | attribution/noun-cue/claim/indirect/pronoun');
		expect(rules).toContain('a new bridge | attribution/noun-cue/stance/indirect/pronoun');
	});

	it('does not read a noun of stance without an owner ("the support for the bill")', () => {
		const text = 'Vote\n\nThe support for the bill collapsed on Friday.';
		expect(analyzeReport(text).attributions).toEqual([]);
	});

	it('reads over adjectives between the owner and the noun ("Diaz’s recent evidence-free claim that …")', () => {
		const text = 'Wall row\n\nMayor Rosa Diaz repeated her plan on Monday. Critics mocked Diaz’s recent evidence-free claim that the county would pay for the wall.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end).startsWith('the county would pay'));
		expect(a?.speaker).toBe('Rosa Diaz');
	});

	it('does not read a plural subject and its verb as an owner and a noun ("her allies fear that …")', () => {
		const text = 'Wall row\n\nMayor Rosa Diaz repeated her plan on Monday. Her allies fear that the county will not pay.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end) === 'the county will not pay');
		expect(a?.speaker).toBe('allies');
	});
});

