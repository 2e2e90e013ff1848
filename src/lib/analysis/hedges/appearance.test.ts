import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('appearance', () => {
	it('marks how things look: "seems to", "it appears", "apparently", "the apparent"', () => {
		expect(
			hedgeWords(
				'The fire seems to have started in the kitchen. It appears that the driver lost control. The minister was apparently unaware. The apparent suicide is under investigation.',
			),
		).toEqual([
			['seems to', 'modal', 'appearance'],
			['appears', 'modal', 'appearance'],
			['apparently', 'modal', 'appearance'],
			['apparent', 'modal', 'appearance'],
		]);
	});

	it('leaves appearing in court or on television, and what became apparent, alone', () => {
		expect(hedgeWords('The defendant appeared in court on Monday. She appeared on television. It soon became apparent that the plan had failed.')).toEqual([]);
	});
});
