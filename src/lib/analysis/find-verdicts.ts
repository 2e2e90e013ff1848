// Finds strong claims told in the reporter's own voice with no source ("These are war crimes.").
import type { ReadingContext } from './context';
import type { Attribution, Verdict } from './types';

export function findVerdicts(ctx: ReadingContext, attributions: readonly Attribution[]): Verdict[] {
	void ctx;
	void attributions;
	return [];
}
