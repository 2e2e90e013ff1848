import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('vague sources', () => {
	it('marks unnamed, uncounted people voicing a view', () => {
		expect(hedgeWords('Many say the election was rigged. Some critics argue the plan is rushed. Experts warned of delays. The closure drew anger, with many questioning the cost.')).toEqual([
			['Many', 'vague-source', 'vague-source'],
			['Some', 'vague-source', 'vague-source'],
			['Experts warned', 'vague-source', 'vague-source'],
			['many', 'vague-source', 'vague-source'],
		]);
	});

	it('leaves counts and things alone', () => {
		expect(hedgeWords('How many people voted? Many roads were closed. As many voters as possible were reached. Some states have changed the rules.')).toEqual([]);
	});
});
