import { describe, expect, it } from 'vitest';
import { hedgesIn, hedgeWords } from './test-reader';

describe('opinions given as what something is', () => {
	it('reads a quantifier floated after "be" as part of the passive ("are both considered", "were all seen as")', () => {
		expect(hedgeWords('The two mayors are both considered vulnerable. Their plans were all seen as too costly. They each considered the offer.')).toEqual([
			['considered', 'impersonal', 'unnamed-source'],
			['seen as', 'impersonal', 'unnamed-source'],
		]);
	});

	it('marks a view held by people left unnamed, and one held by people named', () => {
		expect(
			hedgeWords(
				'The senator is widely considered the favourite. The law was seen as an attack on free speech. The bridge, regarded as the finest in the region, opened in 1890. Residents see the plan as a giveaway.',
			),
		).toEqual([
			['considered', 'impersonal', 'unnamed-source'],
			['seen as', 'impersonal', 'unnamed-source'],
			['regarded as', 'impersonal', 'unnamed-source'],
			['see', 'modal', 'belief'],
		]);
	});

	it('files the unnamed views apart from unnamed reports, so each family is trusted on its own', () => {
		expect(hedgesIn('The senator is widely considered the favourite.').map((h) => h.rule)).toEqual(['hedge/impersonal/view/considered']);
	});

	it('leaves a bill considered by a committee, thinking about running and being seen somewhere alone', () => {
		expect(
			hedgeWords(
				'The bill was considered by the committee on Tuesday. The offer is being considered. She considered running for mayor. He was seen at the station. We want to see as many people as possible vote.',
			),
		).toEqual([]);
	});
});
