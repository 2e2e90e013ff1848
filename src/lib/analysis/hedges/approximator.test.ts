import { describe, expect, it } from 'vitest';
import { hedgesIn, hedgeWords } from './test-reader';

describe('approximators', () => {
	it('marks numbers and sums given roughly or as a bound', () => {
		expect(
			hedgeWords(
				'About 1,200 people were evacuated. At least 40 people died. The repairs cost roughly $5 million. The club paid nearly £400,000 for the land. More than half of the homes were damaged. An estimated 3,000 people attended.',
			),
		).toEqual([
			['About', 'approximator', 'estimate'],
			['At least', 'approximator', 'estimate'],
			['roughly', 'approximator', 'estimate'],
			['nearly', 'approximator', 'estimate'],
			['More than', 'approximator', 'estimate'],
			['An estimated', 'approximator', 'estimate'],
		]);
	});

	it('says a bound is a bound and a sum is a sum', () => {
		const [atLeast, roughly] = hedgesIn('At least 40 people died. The repairs cost roughly $5 million.');
		expect(atLeast?.explanation).toBe('“At least” gives a lowest figure; the real number may be higher, and is not given.');
		expect(roughly?.explanation).toBe('“roughly” gives the sum roughly; the exact figure is not given.');
	});

	it('reads a figure after "said about" as a count, and a number word after "talked about" as a topic', () => {
		expect(hedgeWords('Witnesses said about 30 shots were fired. Ministers talked about two options.')).toEqual([['about', 'approximator', 'estimate']]);
	});

	it('leaves a known span of time, a year and "about" a topic alone', () => {
		expect(hedgeWords('She served nearly five years as mayor. The hearing lasted more than 40 minutes. The town was founded around 1850. Ministers talked about two options.')).toEqual([]);
	});
});
