// Finds emotive, evaluative and figurative words and headline devices, and says whose voice they are in.
import type { ReadingContext } from './context';
import type { Attribution, Loaded } from './types';

export function findLoaded(ctx: ReadingContext, attributions: readonly Attribution[]): Loaded[] {
	void ctx;
	void attributions;
	return [];
}
