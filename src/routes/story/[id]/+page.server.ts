import { error } from '@sveltejs/kit';
import { analyzeReport, compareReports } from '$lib/analysis';
import { getStory, stories } from '$lib/content';
import { buildPairLens } from '$lib/lens/build-lens';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerender one page per bundled story; a story's text reaches the browser as this page's data only.
export const entries: EntryGenerator = () => stories.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.id);
	if (!story) error(404, 'There is no story with that name.');
	// Built-in stories are read at build time: the phone gets the marks as data and never runs the engine.
	const [a, b] = story.reports.map((r) => analyzeReport(r.text));
	if (!a || !b) error(500, 'This story needs two reports.');
	return { story, lenses: buildPairLens(a, b, compareReports(a, b)) };
};
