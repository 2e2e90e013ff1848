// Budget guard: the engine must stay small enough for a cheap phone on a slow network. Issue 3 set 40 KB
// gzip; issue 14 allows the lexicons to take it to 60 KB, because the engine loads only where analysis runs
// (the analysis worker of the make, play and print pages, the build and the command line), never on the
// pages a student opens for a built-in story.
import { describe, expect, it } from 'vitest';
import { bundleSize } from './bundle-size';

describe('browser bundle budget', () => {
	it('keeps the analysis engine within 60 KB gzip', async () => {
		const { gzip } = await bundleSize('src/lib/analysis/index.ts');
		expect(gzip).toBeGreaterThan(5 * 1024); // the engine really was bundled, not an empty file
		expect(gzip).toBeLessThanOrEqual(60 * 1024);
	});
});
