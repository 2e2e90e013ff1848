import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('beliefs', () => {
	it('marks beliefs, fears and conjectures someone holds', () => {
		expect(
			hedgeWords(
				'Local people believe the plant is unsafe. He thought the vote was rigged. Campaigners fear that the library will close. Scientists have speculated that the comet broke up. In her view, the policy has failed.',
			),
		).toEqual([
			['believe', 'modal', 'belief'],
			['thought', 'modal', 'belief'],
			['fear', 'modal', 'belief'],
			['speculated', 'modal', 'belief'],
			['In her view', 'modal', 'belief'],
		]);
	});

	it('leaves other senses of the same words alone', () => {
		expect(
			hedgeWords(
				'She believes in second chances. I can’t believe it. Ministers will think about the offer. The think tank published a report. The suspect was arrested. He assumed office last year. There is no doubt the bridge is old.',
			),
		).toEqual([]);
	});

	it('hears a fear of what may happen without "that", but not a fear of a thing', () => {
		expect(hedgeWords('Doctors fear the outbreak will spread. Residents fear the worst.')).toEqual([['fear', 'modal', 'belief']]);
	});

	it('does not take a question about a belief for one', () => {
		expect(hedgeWords('Do you think the mayor should resign?')).toEqual([]);
	});
});
