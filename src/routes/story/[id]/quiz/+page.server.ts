import { stories } from '$lib/content';
import { analysedStory } from '$lib/server/analysed-story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => stories.map(({ id }) => ({ id }));

// The story's texts (the evidence is shown in them, and the reports sit beside the quiz) with each report's
// headline and page debris, so the reading pane shows the report as the story page does; no lens marks,
// they would give answers away. The question pool is a file of its own, ./pool.json, which the page
// preloads and fetches.
export const load: PageServerLoad = ({ params }) => {
	const { story, reports } = analysedStory(params.id);
	return {
		story: { id: story.id, title: story.title, reports: story.reports.map(({ key, label, source, text }) => ({ key, label, source, text })) },
		lenses: reports.map((r) => ({ headline: r.headline, noise: r.noise.map(({ start, end }) => ({ start, end })), marks: [], sources: [] }))
	};
};
