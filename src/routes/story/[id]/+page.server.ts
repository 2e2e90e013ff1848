import { error } from '@sveltejs/kit';
import { getStory, stories } from '$lib/content';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerender one page per bundled story; a story's text reaches the browser as this page's data only.
export const entries: EntryGenerator = () => stories.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.id);
	if (!story) error(404, 'There is no story with that name.');
	return { story };
};
