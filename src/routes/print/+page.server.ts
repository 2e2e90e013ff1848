import { stories } from '$lib/content';
import type { PageServerLoad } from './$types';

// The built-in stories' texts: a printed built-in quiz is prepared on the device like a pasted one.
export const load: PageServerLoad = () => ({
	stories: stories.map((s) => ({ id: s.id, title: s.title, reports: s.reports.map(({ key, label, source, file, text }) => ({ key, label, source, file, text })) })),
});
