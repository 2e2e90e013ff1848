import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, encodeQuiz } from '../../src/lib/share/quiz-link';
import { expect, hydrated, test } from './fixtures';
import { fillReport, libraryReport, makeQuiz, openPasteForm } from './teacher-helpers';
test.use({ serviceWorkers: 'block' });
const W = '**/workers/analyze.worker-*.js';
for (const scheme of ['light', 'dark'] as const) {
	test(`shots ${scheme}`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'canShare', { value: () => true });
			Object.defineProperty(navigator, 'share', { value: async () => undefined });
		});
		const shot = async (name: string, locator = page.locator('main')) => {
			await locator.scrollIntoViewIfNeeded();
			await page.screenshot({ path: `/tmp/i13/shots/${scheme}-${name}.png` });
		};
		// non-English
		await openPasteForm(page);
		await fillReport(page, 'a', { headline: 'Cierra la biblioteca', text: readFileSync('src/lib/paste/fixtures/es.txt', 'utf8') });
		await fillReport(page, 'b', libraryReport('b'));
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.locator('#error-a').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-nonenglish.png` });
		// failure
		await page.route(W, (r) => r.fulfill({ contentType: 'text/javascript', body: 'self.onmessage=()=>{throw new Error("planted fault")}' }));
		await fillReport(page, 'a', libraryReport('a'));
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await expect(page.getByRole('heading', { name: 'The quiz could not be made' })).toBeVisible();
		await page.getByText('Details, for a bug report').click();
		await page.getByRole('heading', { name: 'The quiz could not be made' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-failure.png` });
		await page.unroute(W);
		await makeQuiz(page);
		await page.getByRole('heading', { name: 'Share the quiz' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-share.png` });
		await page.getByRole('button', { name: 'Share the quiz file…' }).click();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-share2.png` });
		await page.getByRole('button', { name: 'Try the quiz as a student' }).click();
		await expect(page.getByText(/^Question 1 of/)).toBeVisible();
		await page.getByRole('heading', { name: '4. Try it as a student' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-preview.png` });
		await page.getByLabel('Questions per student').fill('1');
		await page.getByLabel('Questions per student').blur();
		await page.getByRole('button', { name: 'Try the quiz as a student' }).click();
		await page.locator('#preview .options input, #preview .sentence button.word').first().click();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.getByRole('button', { name: /See your results/ }).click();
		await page.locator('#preview').getByText('This was a preview').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-preview-end.png` });
		// home
		await page.goto('/');
		await hydrated(page);
		await page.getByLabel('Quiz file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"double-take-quiz","version":3}') });
		await page.getByRole('alert').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-home-file.png` });
		// play failure + name screen
		const fragment = await encodeQuiz({ kind: 'pair', reports: [libraryReport('a'), libraryReport('b')], settings: DEFAULT_SETTINGS });
		await page.route(W, (r) => r.fulfill({ contentType: 'text/javascript', body: 'self.onmessage=()=>{throw new Error("planted fault")}' }));
		await page.goto(`/play/#${fragment}`);
		await hydrated(page);
		await expect(page.getByLabel(/first name/)).toBeVisible();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-name.png` });
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(page.getByRole('heading', { name: /could not be opened/ })).toBeVisible();
		await page.screenshot({ path: `/tmp/i13/shots/${scheme}-play-failure.png` });
	});
}
