import { listStories } from '$lib/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ storyIds: listStories().map((s) => s.id) });
