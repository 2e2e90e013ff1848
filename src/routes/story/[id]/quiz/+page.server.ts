import { stories } from '$lib/content';
import { buildPool, evidenceContexts } from '$lib/quiz';
import { analysedStory } from '$lib/server/analysed-story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => stories.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	// The whole pool is built at build time and shipped as data: the phone picks a quiz from it by seed and
	// never runs the engine for a built-in story.
	const { story, reports, comparison } = analysedStory(params.id);
	const pool = buildPool(reports[0], reports[1], comparison);
	return {
		story: { id: story.id, title: story.title, reports: story.reports.map(({ key, label, source, text }) => ({ key, label, source, text })) },
		pool,
		contexts: Object.fromEntries(pool.map((q) => [q.id, evidenceContexts(q, reports)])),
	};
};
