import { describe, expect, it } from 'vitest';
import { hedgesIn, hedgeWords } from './test-reader';

describe('unnamed sources', () => {
	it('marks reports from sources the report does not name', () => {
		expect(
			hedgeWords(
				'It is understood that the minister will resign. He is said to be furious. The singer reportedly earned millions. Sources close to the club said a deal was near. Two officials, speaking on condition of anonymity, confirmed the plan.',
			),
		).toEqual([
			['It is understood', 'impersonal', 'unnamed-source'],
			['is said to', 'impersonal', 'unnamed-source'],
			['reportedly', 'impersonal', 'unnamed-source'],
			['Sources', 'impersonal', 'unnamed-source'],
			['on condition of anonymity', 'impersonal', 'unnamed-source'],
		]);
	});

	it('files what unnamed people think apart from what they say', () => {
		expect(hedgesIn('It is believed that the painting was stolen. The ship is thought to have sunk near the coast.').map((h) => h.rule)).toEqual([
			'hedge/impersonal/view/it-is-believed',
			'hedge/impersonal/view/thought-to',
		]);
	});

	it('reads through "has been" and a vague "by some" to the view no one is named for', () => {
		expect(hedgeWords('It has been suggested that the dam was poorly built. It is thought by some that the ban will fail.')).toEqual([
			['It has been suggested', 'impersonal', 'unnamed-source'],
			['It is thought', 'impersonal', 'unnamed-source'],
		]);
	});

	it('leaves a view alone when the passive names a group as its holders, if not one by one', () => {
		expect(hedgeWords('Both tax breaks are seen by many Democrats as gifts to the rich. The plan is seen by many as a gift to the rich.')).toEqual([
			['seen', 'modal', 'belief'],
			['seen', 'impersonal', 'unnamed-source'],
		]);
	});

	it('leaves a named reporter and energy sources alone', () => {
		expect(hedgeWords('It was reported by the BBC that the talks had failed. Solar and wind are clean energy sources.')).toEqual([]);
	});
});
