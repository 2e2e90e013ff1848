// A built-in story's question pool, written at build time as a JSON file beside its quiz page
// (src/routes/story/[id]/quiz/pool.json) instead of inside the page's HTML. The pool is ~100 KB of text: as
// page data it made the HTML four times larger, and a cheap phone spent longer parsing that HTML than
// running the quiz. As a file it downloads alongside the scripts (the page preloads it), is precached with
// the app for offline use, and `JSON.parse` reads it in a few milliseconds.
import type { EvidenceContext, Question } from '$lib/quiz';

export interface StoryPool {
	pool: Question[];
	/** The sentences around each question's evidence, by question id. */
	contexts: Record<string, EvidenceContext[]>;
}

export type StoryPoolResult = { ok: true; value: StoryPool } | { ok: false; problem: string };

export const STORY_POOL_PROBLEM =
	'The questions for this story could not be loaded. If you are offline, open the app once with a connection so it can keep a copy, then reload this page.';

/** Fetches and checks the pool. The file comes from our own build, so the check is for a failed or cut-short
 * download (or a proxy's error page), not for hostile data. */
export async function loadStoryPool(href: string, fetcher: typeof fetch = fetch): Promise<StoryPoolResult> {
	try {
		const response = await fetcher(href);
		if (!response.ok) return { ok: false, problem: STORY_POOL_PROBLEM };
		const value: unknown = await response.json();
		return isStoryPool(value) ? { ok: true, value } : { ok: false, problem: STORY_POOL_PROBLEM };
	} catch {
		return { ok: false, problem: STORY_POOL_PROBLEM };
	}
}

function isStoryPool(value: unknown): value is StoryPool {
	if (typeof value !== 'object' || value === null) return false;
	const { pool, contexts } = value as Record<string, unknown>;
	return (
		Array.isArray(pool) &&
		pool.every((q: unknown) => typeof q === 'object' && q !== null && typeof (q as { id?: unknown }).id === 'string') &&
		typeof contexts === 'object' &&
		contexts !== null
	);
}
