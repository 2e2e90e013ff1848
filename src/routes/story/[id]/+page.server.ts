import { stories } from '$lib/content';
import { buildPairLens } from '$lib/lens/build-lens';
import { analysedStory } from '$lib/server/analysed-story';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerender one page per bundled story; a story's text reaches the browser as this page's data only.
export const entries: EntryGenerator = () => stories.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	// Built-in stories are read at build time: the phone gets the marks as data and never runs the engine.
	const { story, reports, comparison } = analysedStory(params.id);
	return { story, lenses: buildPairLens(reports[0], reports[1], comparison) };
};
