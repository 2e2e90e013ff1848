// Budget guard: what a cheap phone downloads before a page can run (issue 7: home ≤ 60 KB gzip, a quiz
// page ≤ 90 KB). Reads the build under test; `npm run bench` prints the same figures for every page.
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/page-weight';
import { STORY_ID } from './urls';

const KB = 1024;

for (const [name, html, budget] of [
	['home', 'build/index.html', 60 * KB],
	['a story’s quiz', `build/story/${STORY_ID}/quiz/index.html`, 90 * KB],
	['a shared quiz', 'build/play/index.html', 90 * KB]
] as const) {
	test(`${name} loads at most ${budget / KB} KB of JavaScript (gzip) before it runs`, ({}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'the build is the same for every screen');
		expect(existsSync(html), `${html} exists: run npm run build first`).toBe(true);
		const weight = pageWeight('build', html);
		// Measured, not empty: the Svelte runtime alone is more than 10 KB.
		expect(weight.modules).toBeGreaterThan(3);
		expect(weight.gzip).toBeGreaterThan(10 * KB);
		expect(weight.gzip, weight.files.map((f) => `${f.file} ${f.gzip}`).join('\n')).toBeLessThanOrEqual(budget);
	});
}
