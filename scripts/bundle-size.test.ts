// Budget guard: the engine must stay small enough for a cheap phone on a slow network. Issue 3 set 40 KB
// gzip; issue 14 asked that the lexicons take it no further than 60 KB. It is 75.1 KB (76,952 B): the word
// lists are 14.4 KB of it, so the code, patterns and explanations alone are about 60 KB, and the reading of
// real news that issue 14 asked for is that code. Until the engine is slimmed, this guard stops it growing.
// It loads only where analysis runs (the analysis worker of the make, play and print pages, the build and
// the command line), never on the pages a student opens for a built-in story.
import { describe, expect, it } from 'vitest';
import { bundleSize } from './bundle-size';

describe('browser bundle budget', () => {
	it('keeps the analysis engine within 76 KB gzip (issue 14 asked for 60 KB: not yet met)', async () => {
		const { gzip } = await bundleSize('src/lib/analysis/index.ts');
		expect(gzip).toBeGreaterThan(5 * 1024); // the engine really was bundled, not an empty file
		expect(gzip).toBeLessThanOrEqual(76 * 1024);
	});
});
