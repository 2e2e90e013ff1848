// Issue 16 (teacher side): a quiz file opens from the home page, a phone's share sheet takes the link and
// the quiz file, and a teacher can try the quiz as a student without it counting as a student's attempt.
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { answerFirst, next } from './quiz-helpers';
import { fillReport, libraryReport, makeQuiz, openPasteForm } from './teacher-helpers';

async function pastedQuiz(page: Page): Promise<string> {
	await openPasteForm(page);
	await fillReport(page, 'a', libraryReport('a'));
	await fillReport(page, 'b', libraryReport('b'));
	return makeQuiz(page);
}

/** Saves the quiz file the share panel offers and returns its text. */
async function savedQuizFile(page: Page): Promise<{ name: string; text: string }> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save as a quiz file' }).click();
	const file = await download;
	const stream = await file.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

async function openFileOnHome(page: Page, name: string, text: string) {
	await page.goto('/');
	await hydrated(page);
	await page.getByLabel('Quiz file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a student opens the quiz file a teacher saved from the home page, and the quiz starts', async ({ page }) => {
	await pastedQuiz(page);
	const file = await savedQuizFile(page);
	expect(file.name).toMatch(/^quiz-council-votes-to-close-millbrook[a-z-]*\.json$/);
	await expect(page.getByRole('status').filter({ hasText: 'Quiz file saved' })).toContainText('home page');

	await openFileOnHome(page, file.name, file.text);
	await expect(page).toHaveURL(/\/play\/#1\.p\./);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText(/^Question 1 of 12$/)).toBeVisible({ timeout: 20_000 });
});

test('a quiz file that is not one, is damaged or comes from a newer version says so on the home page', async ({ page }) => {
	for (const [name, text, message] of [
		['notes.json', '{"kind":"double-take-progress","version":2,"attempts":[]}', /not a Double Take quiz file/],
		['quiz-x.json', '{"kind":"double-take-quiz","version":1,"title":"x","link":"1.p.AAAA"}', /damaged/],
		['quiz-y.json', '{"kind":"double-take-quiz","version":9,"title":"y"}', /newer version of Double Take/]
	] as const) {
		await openFileOnHome(page, name, text);
		await expect(page.getByRole('alert')).toHaveText(message);
		await expect(page).toHaveURL(/\/$/);
	}
});

test('where the device has a share sheet, the link and the quiz file can be sent with it', async ({ page }) => {
	// Chromium on Linux has no share sheet: this stands in for a phone's, and records what it was given.
	await page.addInitScript(() => {
		const sent: { url?: string; title?: string; files?: { name: string; type: string; text: string }[] }[] = [];
		Object.assign(window, { sent });
		Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => Boolean(data.url || data.files?.length) });
		Object.defineProperty(navigator, 'share', {
			value: async (data: ShareData) => {
				const files = await Promise.all([...(data.files ?? [])].map(async (f) => ({ name: f.name, type: f.type, text: await f.text() })));
				sent.push({ ...(data.url ? { url: data.url } : {}), ...(data.title ? { title: data.title } : {}), files });
			}
		});
	});
	const link = await pastedQuiz(page);
	await page.getByRole('button', { name: 'Share the link…' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link shared.' })).toBeVisible();
	await page.getByRole('button', { name: 'Share the quiz file…' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Quiz file shared.' })).toContainText('home page');
	const sent = await page.evaluate(() => (window as unknown as { sent: { url?: string; files: { name: string; type: string; text: string }[] }[] }).sent);
	expect(sent[0]?.url).toBe(link);
	const file = sent[1]?.files[0];
	expect(file?.name).toMatch(/^quiz-council-votes.*\.json$/);
	expect(file?.type).toBe('application/json');
	expect(JSON.parse(file?.text ?? '{}')).toMatchObject({ kind: 'double-take-quiz', version: 1, link: new URL(link).hash.slice(1) });
});

test('without a share sheet, no share button is offered: the link is copied or the file saved', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'share', { value: undefined });
	});
	await pastedQuiz(page);
	await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save as a quiz file' })).toBeVisible();
});

test('a teacher tries the quiz as a student: the same settings, nothing saved, no result code', async ({ page }) => {
	await pastedQuiz(page);
	await page.getByLabel('Questions per student').fill('3');
	await page.getByLabel('Questions per student').blur();
	await page.getByRole('button', { name: 'Try the quiz as a student' }).click();
	await expect(page.getByRole('button', { name: 'Close the preview' })).toHaveAttribute('aria-expanded', 'true');
	const preview = page.locator('#preview');
	await expect(preview.getByText(/^Question 1 of 3$/)).toBeVisible();
	for (let i = 0; i < 3; i++) {
		await answerFirst(page);
		await next(page);
	}
	await expect(preview.getByRole('heading', { name: /^You got \d of 3 right$/ })).toBeVisible();
	await expect(preview.getByText('This was a preview: nothing was saved and there is no result code.')).toBeVisible();
	await expect(page.getByLabel('Result code', { exact: true })).toHaveCount(0);
	// Changing the quiz closes the preview, so it never shows a quiz the link does not give.
	await page.getByLabel('Each student gets their own order').check();
	await expect(page.getByRole('button', { name: 'Try the quiz as a student' })).toBeVisible();
	await expect(preview.getByText(/^Question \d+ of 3$/)).toHaveCount(0);

	// Nothing reached this device's progress.
	await page.goto('/progress/');
	await hydrated(page);
	await expect(page.getByText('No quizzes yet.')).toBeVisible();
	await page.goto('/');
	await hydrated(page);
	await expect(page.getByRole('heading', { name: 'In progress' })).toHaveCount(0);
});
