import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('softeners', () => {
	it('marks words that make a judgement smaller or less firm', () => {
		expect(hedgeWords('He was a relatively junior official. It was arguably the worst storm in decades. The reforms succeeded to some extent.')).toEqual([
			['relatively', 'softener', 'softened'],
			['arguably', 'softener', 'softened'],
			['to some extent', 'softener', 'softened'],
		]);
	});

	it('leaves degree words that measure alone', () => {
		expect(hedgeWords('The new box is slightly heavier. The sky was partly cloudy.')).toEqual([]);
	});
});
