// Budget guard: the engine must stay small enough for a cheap phone on a slow network (issue 3: 40 KB gzip).
import { describe, expect, it } from 'vitest';
import { bundleSize } from './bundle-size';

describe('browser bundle budget', () => {
	it('keeps the analysis engine within 40 KB gzip', async () => {
		const { gzip } = await bundleSize('src/lib/analysis/index.ts');
		expect(gzip).toBeGreaterThan(5 * 1024); // the engine really was bundled, not an empty file
		expect(gzip).toBeLessThanOrEqual(40 * 1024);
	});
});
