import AxeBuilder from '@axe-core/playwright';
import { expect, hydrated, test } from './fixtures';
import { STORY_ID } from './urls';

const pages = ['/', `/story/${STORY_ID}/`, `/story/${STORY_ID}/?report=b`, '/about/'];

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on any page (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		for (const path of pages) {
			await page.goto(path);
			await hydrated(page);
			const { violations } = await new AxeBuilder({ page }).analyze();
			const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary, `${path} in ${colorScheme}`).toEqual([]);
		}
	});
}
