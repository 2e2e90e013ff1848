import { json } from '@sveltejs/kit';
import { stories } from '$lib/content';
import { buildPool, evidenceContexts } from '$lib/quiz';
import { analysedStory } from '$lib/server/analysed-story';
import type { StoryPool } from '$lib/session/story-pool';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => stories.map(({ id }) => ({ id }));

// The whole pool is built at build time and shipped as a file: the phone picks a quiz from it by seed and
// never runs the engine for a built-in story.
export const GET: RequestHandler = ({ params }) => {
	const { reports, comparison } = analysedStory(params.id);
	const pool = buildPool(reports[0], reports[1], comparison);
	const body: StoryPool = { pool, contexts: Object.fromEntries(pool.map((q) => [q.id, evidenceContexts(q, reports)])) };
	return json(body);
};
