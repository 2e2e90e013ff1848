import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('evidence that points without proving', () => {
	it('marks what data and studies suggest, and a person putting something forward', () => {
		expect(hedgeWords('The data suggest that the virus spread early. A new study indicates a rise in cases. Some have suggested that the figures were inflated.')).toEqual([
			['suggest', 'modal', 'evidence'],
			['indicates', 'modal', 'evidence'],
			['Some', 'vague-source', 'vague-source'],
			['suggested', 'modal', 'belief'],
		]);
	});

	it('leaves a compromise suggested and an exit pointed at alone', () => {
		expect(hedgeWords('She suggested a compromise. The guide indicated the exit.')).toEqual([]);
	});
});
