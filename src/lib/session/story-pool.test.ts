import { describe, expect, it } from 'vitest';
import { loadStoryPool, STORY_POOL_PROBLEM } from './story-pool';

const respond = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

describe('loading a story’s question pool', () => {
	it('gives the questions and their contexts from a good file', async () => {
		const file = { pool: [{ id: 'who-said-1', prompt: 'Who said this?' }], contexts: { 'who-said-1': [] } };
		const result = await loadStoryPool('/pool.json', respond(JSON.stringify(file)));
		expect(result.ok && result.value.pool.map((q) => q.id)).toEqual(['who-said-1']);
	});

	it('explains, instead of failing, when the device is offline with no copy', async () => {
		const offline: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await loadStoryPool('/pool.json', offline)).toEqual({ ok: false, problem: STORY_POOL_PROBLEM });
	});

	it('explains when the server answers with an error page or a cut-short file', async () => {
		expect(await loadStoryPool('/pool.json', respond('<html>Not found</html>', 404))).toMatchObject({ ok: false });
		expect(await loadStoryPool('/pool.json', respond('<html>Sign in to the Wi-Fi</html>'))).toMatchObject({ ok: false });
		expect(await loadStoryPool('/pool.json', respond('{"pool":[{"id":"a"'))).toMatchObject({ ok: false });
		expect(await loadStoryPool('/pool.json', respond('{"pool":"nothing","contexts":{}}'))).toMatchObject({ ok: false });
	});
});
