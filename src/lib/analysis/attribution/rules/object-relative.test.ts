import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

function reading(text: string) {
	const r = analyzeReport(text);
	const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
	return {
		r,
		byCue: (cue: string) => r.attributions.find((a) => slice(a.cue) === cue),
		content: (a: { content: { start: number; end: number } } | undefined) => (a ? slice(a.content) : ''),
	};
}

describe('a relative clause whose subject speaks and whose verb has no object of its own', () => {
	it('gives the phrase the clause is about to the clause’s subject ("a charge that the council denied")', () => {
		const text = 'Tender row\n\nThe bidder said the tender had been rigged, a charge that the harbour council strongly denied.';
		const { byCue, content } = reading(text);
		const denied = byCue('denied');
		expect(denied?.speaker).toBe('the harbour council');
		expect(content(denied)).toBe('a charge that');
	});

	it('reads a clause without "that" after a comma ("…, a plan the union has criticized")', () => {
		const text = 'Rota change\n\nThe hospital moved nurses to night shifts, an arrangement the Royal College of Nursing has criticized.';
		const { byCue, content } = reading(text);
		expect(byCue('criticized')?.speaker).toBe('Royal College of Nursing');
		expect(content(byCue('criticized'))).toBe('an arrangement');
	});

	it('reads over "first" and a month after the verb ("which the ministry first proposed last July")', () => {
		const text = 'Overtime rule\n\nThe unions backed the overtime rule, which the labour ministry first proposed last July.';
		const { byCue, content } = reading(text);
		expect(byCue('proposed')?.speaker.toLowerCase()).toContain('ministry');
		expect(content(byCue('proposed'))).toBe('the overtime rule, which');
	});

	it('does not read a second "that" clause after "and" as a relative clause', () => {
		const text = 'Count ends\n\nThe board confirmed that Ms. Reyes was declared the winner and that Mr. Ortiz conceded.';
		expect(reading(text).byCue('conceded')).toBeUndefined();
	});

	it('leaves a verb with an object of its own ("the union rejected the cuts") to the other rules', () => {
		const text = 'Rota change\n\nThe hospital kept a rota that the union rejected the cuts in.';
		expect(reading(text).r.attributions.some((a) => a.rule.includes('object-relative'))).toBe(false);
	});
});
