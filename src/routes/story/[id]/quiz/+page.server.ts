import { error } from '@sveltejs/kit';
import { getStory, stories } from '$lib/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => stories.map(({ id }) => ({ id }));

// The story's texts only (the evidence is shown in them): the question pool is a file of its own,
// ./pool.json, which the page preloads and fetches.
export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.id);
	if (!story) error(404, 'There is no story with that name.');
	return {
		story: { id: story.id, title: story.title, reports: story.reports.map(({ key, label, source, text }) => ({ key, label, source, text })) }
	};
};
