import { describe, expect, it } from 'vitest';
import { clausesOf } from './clauses';
import { contentWords } from './words';

const split = (sentence: string): string[] => {
	const span = { start: 0, end: sentence.length };
	return clausesOf(sentence, span, contentWords(sentence, span)).map((c) => sentence.slice(c.span.start, c.span.end).trim());
};

describe('clausesOf', () => {
	it('starts a clause at a conjunction after a comma', () => {
		expect(split('The council approved the harbour budget on Monday, though two members said the vote had been rushed.')).toEqual([
			'The council approved the harbour budget on Monday,',
			'though two members said the vote had been rushed.',
		]);
	});

	it('closes a clause set off by commas at the next comma', () => {
		expect(split('The regional ferry operator, trying to calm angry passengers after the cancellations, promised refunds within a week.')).toEqual([
			'The regional ferry operator,',
			'trying to calm angry passengers after the cancellations,',
			'promised refunds within a week.',
		]);
	});

	it('joins a piece too short to judge to its neighbour', () => {
		expect(split('The mayor, who took office in May, said the tram line would open next spring.')).toEqual([
			'The mayor, who took office in May,',
			'said the tram line would open next spring.',
		]);
	});

	it('keeps a list joined by "or" in one clause', () => {
		expect(split('Inspectors said the crane, or a cable attached to its arm, had failed under the load.')).toHaveLength(1);
	});

	it('ends a fronted subordinate clause at its comma', () => {
		expect(split('After the school board rejected the plan in March, parents collected three thousand signatures.')).toEqual([
			'After the school board rejected the plan in March,',
			'parents collected three thousand signatures.',
		]);
	});

	it('makes the speech tag after a quoted sentence a clause of its own', () => {
		expect(split('“We will rebuild the pier before the summer season,” the harbour master told reporters on the quay.')).toEqual([
			'“We will rebuild the pier before the summer season,”',
			'the harbour master told reporters on the quay.',
		]);
	});

	it('makes a relative clause opened by "that" and a participle a clause of its own, when asked', () => {
		const sentence = 'Officials blamed a software fault that was discovered by auditors for the delays.';
		const span = { start: 0, end: sentence.length };
		const words = contentWords(sentence, span);
		expect(clausesOf(sentence, span, words, true).map((c) => sentence.slice(c.span.start, c.span.end).trim())).toEqual([
			'Officials blamed a software fault',
			'that was discovered by auditors for the delays.',
		]);
		expect(split(sentence)).toHaveLength(1);
		expect(split('Officials said that is not the reason for the delays.')).toHaveLength(1);
	});

	it('starts a second predicate at "and" before an auxiliary verb', () => {
		expect(split('The company denies any wrongdoing in the tender and has hired outside auditors to review it.')).toEqual([
			'The company denies any wrongdoing in the tender',
			'and has hired outside auditors to review it.',
		]);
	});
});
