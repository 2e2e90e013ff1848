import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('distancing', () => {
	it('marks claims, charges and insistence passed on at arm’s length', () => {
		expect(
			hedgeWords(
				'The company claims that the water is safe. Police are investigating the alleged fraud. He was accused of lying to investors. The minister insisted the figures were correct. Her claim that she was never told has been disputed.',
			),
		).toEqual([
			['claims', 'distancing-verb', 'distancing'],
			['alleged', 'distancing-verb', 'distancing'],
			['accused', 'distancing-verb', 'distancing'],
			['insisted', 'distancing-verb', 'distancing'],
			['claim', 'distancing-verb', 'distancing'],
		]);
	});

	it('leaves a claimed victory, money claims, a demand, the accused and a named term alone', () => {
		expect(
			hedgeWords(
				'The team claimed victory in the final. Insurance claims rose after the storm. She insisted on paying for the meal. The accused was remanded in custody. The so-called Cadillac tax was delayed again.',
			),
		).toEqual([]);
	});

	it('marks "so-called" when quotation marks show the writer rejects the label', () => {
		expect(hedgeWords('The so-called “experts” were paid by the firm.')).toEqual([['so-called', 'distancing-verb', 'distancing']]);
	});

	it('leaves an accuser who is named to the attribution, not the hedges', () => {
		expect(hedgeWords('The mayor accused the council of wasting money.')).toEqual([]);
	});
});
