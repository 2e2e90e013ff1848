import { describe, expect, it } from 'vitest';
import { hedgesIn, hedgeWords } from './test-reader';

describe('likelihood and forecasts', () => {
	it('tells a guess about what will happen from a guess about what is or was so', () => {
		expect(
			hedgeWords(
				'The strike is likely to spread. The fire was probably caused by a faulty cable. The leak was likely the work of an insider. Turnout will probably be low.',
			),
		).toEqual([
			['likely', 'speculation', 'prediction'],
			['probably', 'modal', 'guess'],
			['likely', 'modal', 'guess'],
			['probably', 'speculation', 'prediction'],
		]);
	});

	it('reads no guess in "probable cause", the law’s name for grounds to arrest, but one in a probable outcome', () => {
		expect(hedgeWords('Police said there was probable cause to search the van. A probable outcome is a second vote.')).toEqual([['probable', 'modal', 'guess']]);
	});

	it('does not explain a guess about the present as a guess about the future', () => {
		const [h] = hedgesIn('The leak was likely the work of an insider.');
		expect(h?.explanation).toBe('“likely” marks a guess about what is or was so; the report does not know it for certain.');
		expect(h?.explanation).not.toMatch(/will happen/);
	});

	it('marks forecasts: "is expected to", "economists expect … to"', () => {
		expect(hedgeWords('The bill is expected to pass next week. Economists expect prices to rise.')).toEqual([
			['is expected to', 'speculation', 'prediction'],
			['expect', 'speculation', 'prediction'],
		]);
	});

	it('leaves forecasts that are history, likely voters and compared chances alone', () => {
		expect(
			hedgeWords('Sales were better than expected. As expected, the motion failed. The poll of likely voters closed on Friday. Younger people are more likely to rent.'),
		).toEqual([]);
	});
});
