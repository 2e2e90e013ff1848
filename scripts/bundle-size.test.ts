// Budget guard for the analysis engine, which loads only where analysis runs (the analysis worker of the make,
// play and print pages, the build, the command line). Issue 14's target: 60 KB gzip. Now 88,695 B (86.6 KB);
// Vite's own minifier (oxc) ships the same code about 3 KB smaller. Each group's share, as the gzip it saves when left
// out: word lists 18.2 KB, the reading of one report (entities, speakers, quotes, noise) 16.9, the comparison
// 17, attribution 10.4 and its rules 9.1, hedge rules 6.7, loaded 2.7, calibration 0.9. The lists are one
// string each and gzip near their entropy, and the code without a string in it is 46 KB: 60 KB means cutting
// more than the whole comparison, or the lists and the hedge rules the accuracy targets rest on. So this guard
// only stops growth: a change that adds bytes makes room for itself or says in its commit why it needs them
// (86 KB since 2026-11-26: rules that stopped wrong keys on HuffPost reports and on the PolNeAR who-said questions,
// about 900 B; attribution recall, 460 B; names absent from the other report, 340 B; the loaded senses, 190 B).
// 87 KB since the same day's next session: rules that stopped wrong who-said keys found by reading 1,396
// questions built from the PTC articles (a named lawyer after "X’s lawyer", "of the law firm of", "Speaker of
// the House", sayings in a condition or denied, "said the same", "told jokes", a clock time read as a colon,
// "in charge of", "known as", "as it may sound", a second participle after "and", "which" after a place),
// about 1.2 KB.
import { describe, expect, it } from 'vitest';
import { bundleSize } from './bundle-size';

describe('browser bundle budget', () => {
	it('keeps the analysis engine within 87 KB gzip (issue 14 asked for 60 KB: not yet met)', async () => {
		const { gzip } = await bundleSize('src/lib/analysis/index.ts');
		expect(gzip).toBeGreaterThan(5 * 1024); // the engine really was bundled, not an empty file
		expect(gzip).toBeLessThanOrEqual(87 * 1024);
	});
});
