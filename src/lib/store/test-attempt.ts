// Test support: a valid attempt to vary.
import type { Attempt } from './records';

export function attempt(over: Partial<Attempt> = {}): Attempt {
	return {
		version: 2,
		id: 'att-1',
		storyId: 'uk-official-resigns',
		seed: 42,
		questionIds: ['who-said-00000000000001', 'spot-hedge-00000000000002', 'headline-00000000000003'],
		answers: {},
		onScreen: 'who-said-00000000000001',
		startedAt: 1000,
		updatedAt: 1000,
		...over,
	};
}
