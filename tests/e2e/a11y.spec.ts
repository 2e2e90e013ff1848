import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { STORY_ID } from './urls';

const pages = ['/', `/story/${STORY_ID}/`, `/story/${STORY_ID}/?report=b`, '/about/'];

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on any page (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		for (const path of pages) {
			await page.goto(path);
			await hydrated(page);
			await expectNoViolations(page, `${path} in ${colorScheme}`);
		}
		// The story with every lens on, debris shown and an explanation open.
		await page.goto(`/story/${STORY_ID}/`);
		await hydrated(page);
		for (const name of ['Who is speaking', 'Hedges', 'Loaded words', 'Only in this report', 'Show page debris']) {
			await page.getByLabel(name).check();
		}
		await page.locator('#panel-a .chip').first().click();
		await expectNoViolations(page, `story with the reading lens in ${colorScheme}`);
	});
}

async function expectNoViolations(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, where).toEqual([]);
}
