// Budget guard: the engine must stay small enough for a cheap phone on a slow network (issue 3: 40 KB gzip;
// issue 14 allows the lexicons to take it further, up to 60 KB: the names, places and reporting verbs of
// the attribution rules took it to about 42 KB).
import { describe, expect, it } from 'vitest';
import { bundleSize } from './bundle-size';

describe('browser bundle budget', () => {
	it('keeps the analysis engine within 44 KB gzip', async () => {
		const { gzip } = await bundleSize('src/lib/analysis/index.ts');
		expect(gzip).toBeGreaterThan(5 * 1024); // the engine really was bundled, not an empty file
		expect(gzip).toBeLessThanOrEqual(44 * 1024);
	});
});
