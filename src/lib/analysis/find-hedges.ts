// Finds words that hedge or distance a claim (may, claims, it is understood, about + number, likely, many).
import type { ReadingContext } from './context';
import type { Attribution, Hedge } from './types';

export function findHedges(ctx: ReadingContext, attributions: readonly Attribution[]): Hedge[] {
	void ctx;
	void attributions;
	return [];
}
