import { stories } from '$lib/content';
import type { PageServerLoad } from './$types';

// The built-in stories' texts, so a teacher can see their question pool and drop questions on the device.
export const load: PageServerLoad = () => ({
	stories: stories.map((s) => ({ id: s.id, title: s.title, reports: s.reports.map(({ key, label, source, file, text }) => ({ key, label, source, file, text })) })),
});
