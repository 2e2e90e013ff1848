import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

const appraisals = (text: string) =>
	analyzeReport(text)
		.attributions.filter((a) => a.category === 'appearance')
		.map((a) => `${a.speaker || '(no one)'} | ${text.slice(a.content.start, a.content.end)}`);

describe('how things look, with no one named who judges', () => {
	it('passes on "X appears to …" and "X is expected to …" as the whole clause, judged by no one', () => {
		const text = 'Port strike\n\nHowever, the strike appears to be losing support. The union is expected to vote on Friday.';
		expect(appraisals(text)).toEqual(['(no one) | the strike appears to be losing support', '(no one) | The union is expected to vote on Friday']);
	});

	it('measures what is expected ("is expected to") apart from how things look ("appears to")', () => {
		const text = 'Port strike\n\nHowever, the strike appears to be losing support. The union is expected to vote on Friday.';
		const rules = analyzeReport(text).attributions.map((a) => a.rule);
		expect(rules).toEqual(['attribution/appearance/looks/indirect/impersonal', 'attribution/appearance/expected/indirect/impersonal']);
	});

	it('does not give what is expected of a person to that person ("Mayor Ann Cole is expected to resign")', () => {
		const text = 'Port strike\n\nThe talks broke down on Monday. Mayor Ann Cole is expected to resign on Friday.';
		expect(appraisals(text)).toEqual(['(no one) | Mayor Ann Cole is expected to resign on Friday']);
	});

	it('reads "it seems that …" as the clause after it', () => {
		const text = 'Vote count\n\nIt seems that the count will take another week.';
		expect(appraisals(text)).toEqual(['(no one) | the count will take another week']);
	});

	it('lets people who seem to hold a view hold it', () => {
		const text = 'Talks\n\nUnion leader Ana Ruiz met the board. Ruiz seemed pleased with the offer.';
		expect(appraisals(text)).toEqual(['Ana Ruiz | Ruiz seemed pleased with the offer']);
	});

	it('starts the clause after "because", not at the start of the sentence', () => {
		const text = 'Figures\n\nThe count was delayed because the numbers in the mayor’s post appear to be wrong.';
		expect(appraisals(text)).toEqual(['(no one) | the numbers in the mayor’s post appear to be wrong']);
	});

	it('does not read "appeared on television" or "seemed, at first," as an appraisal', () => {
		const text = 'Interview\n\nThe minister appeared on television on Sunday.';
		expect(appraisals(text)).toEqual([]);
	});

	it('leaves a loaded word in an appraisal in the reporter’s voice: no one else is speaking', () => {
		const text = 'Budget row\n\nThe mayor’s plan seems to have caused outrage among residents.';
		const word = analyzeReport(text).loaded.find((l) => text.slice(l.start, l.end) === 'outrage');
		expect(word?.voice).toBe('reporter');
	});
});
