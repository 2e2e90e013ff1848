import type { Page } from '@playwright/test';
import { expect, hydrated, offlineReady, test } from './fixtures';
import { answerFirst, next } from './quiz-helpers';
import { fillReport, libraryReport, makeQuiz, openPasteForm, type Pasted } from './teacher-helpers';

async function pastePair(page: Page, b: Pasted = libraryReport('b')) {
	await openPasteForm(page);
	await fillReport(page, 'a', libraryReport('a'));
	await fillReport(page, 'b', b);
	return makeQuiz(page);
}

/** Answers every question with its first option or word, then returns the result code. */
async function takeQuiz(page: Page): Promise<string> {
	for (let i = 0; i < 40; i++) {
		if (await page.getByRole('heading', { name: /You got \d+ of \d+ right/ }).isVisible()) break;
		await answerFirst(page);
		await next(page);
	}
	const code = page.getByLabel('Result code', { exact: true });
	await expect(code).toHaveValue(/^DT1-/);
	return code.inputValue();
}

test('a teacher’s pasted pair becomes a link; a student takes it; their code shows in the class table', async ({ page, browser }) => {
	const link = await pastePair(page);
	const path = new URL(link).pathname + new URL(link).hash;
	// Both reports travel in the link, so it is too long to scan: the page says so and offers the file.
	await expect(page.getByText(/too long for a QR code/)).toBeVisible();

	const student = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
	const phone = await student.newPage();
	await phone.goto(path);
	await phone.getByLabel(/first name/).fill('Amira');
	await phone.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(phone.getByText(/^Question 1 of 12$/)).toBeVisible({ timeout: 20_000 });
	const code = await takeQuiz(phone);
	const score = Number(/You got (\d+) of 12/.exec((await phone.getByRole('heading', { name: /You got/ }).textContent()) ?? '')?.[1]);
	await student.close();

	await page.goto('/class/');
	await hydrated(page);
	await page.getByLabel(/Result codes/).fill(`${code}\nnot-a-code`);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText('1 new result added, 1 could not be read.')).toBeVisible();
	const row = page.getByRole('row', { name: /Amira/ });
	await expect(row).toContainText(`${score} / 12`);
	await expect(page.locator('table tbody tr')).toHaveCount(1);
	// The teacher's device made the quiz, so the questions are named: numbered from 1, their words on screen
	// (not only on hover, which a touch screen never does).
	await expect(page.locator('.missed li').first()).toContainText('missed');
	for (const item of await page.locator('.missed li').allTextContents()) expect(item).toMatch(/^Q([1-9]|1[0-2]): \d+ of 1 missed · \S/);
	await expect(page.locator('.prompts li')).toHaveCount(12);
	await expect(page.locator('.prompts li').first()).toContainText(/^Q1: \S/);
	// Pasting the same code again adds nothing.
	await page.getByLabel(/Result codes/).fill(code);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText('0 new results added, 1 already here.')).toBeVisible();
});

test('a shared link opens with the network off once the app has been opened', async ({ page, context }) => {
	const link = await pastePair(page);
	await page.goto('/');
	await offlineReady(page);
	await context.setOffline(true);
	const response = await page.goto(new URL(link).pathname + new URL(link).hash);
	expect(response?.fromServiceWorker()).toBe(true);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText(/^Question 1 of 12$/)).toBeVisible({ timeout: 20_000 });
});

test('a built-in story gets a short link with a QR code, and opens its quiz with the teacher’s settings', async ({ page }) => {
	await page.goto('/make/');
	await hydrated(page);
	await page.getByRole('button', { name: /Built-in: A UK official resigns/ }).click();
	await expect(page.getByRole('heading', { name: 'Share the quiz' })).toBeVisible({ timeout: 20_000 });
	await page.getByLabel('Questions per student').fill('5');
	await page.getByLabel('Questions per student').blur();
	await expect(page.locator('#share-link')).toHaveValue(/\.5\.s\./);
	const link = await page.locator('#share-link').inputValue();
	expect(link.length).toBeLessThanOrEqual(120);
	await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();

	await page.goto(new URL(link).pathname + new URL(link).hash);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText(/^Question 1 of 5$/)).toBeVisible();
});

test('a broken, cut-short or newer link explains itself instead of failing', async ({ page }) => {
	for (const [fragment, message] of [
		['', /no quiz in it/],
		['1.p.eJzLSM3JyQcABiwCFQ', /damaged or cut short/],
		['1.s.uk-official-resigns.4', /damaged or cut short/],
		['7.s.uk-official-resigns.1.12.s.-.-', /newer version/],
		['1.s.no-such-story.1.12.s.-.-', /does not have/]
	] as const) {
		await page.goto(`/play/#${fragment}`);
		await hydrated(page);
		await expect(page.getByRole('heading', { name: 'This quiz link does not work' })).toBeVisible();
		await expect(page.getByRole('alert')).toHaveText(message);
	}
});

test('markup in a pasted report is shown as text and runs nothing', async ({ page, browser }) => {
	const b = libraryReport('b');
	const evil = { headline: 'Council boss <img src=x onerror="window.__pwned=1">', text: `${b.text}\n\n<script>window.__pwned=2</script><b onmouseover="window.__pwned=3">Bold claim</b> said the union.` };
	const link = await pastePair(page, evil);
	// The student is on a phone, where the reports sit behind tabs.
	const student = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const phone = await student.newPage();
	await phone.goto(new URL(link).pathname + new URL(link).hash);
	await phone.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(phone.getByText(/^Question 1 of/)).toBeVisible({ timeout: 20_000 });
	await phone.getByRole('button', { name: 'Read the reports' }).click();
	await phone.getByRole('dialog').getByRole('tab', { name: 'Report B' }).click();
	await expect(phone.getByText('<script>window.__pwned=2</script>', { exact: false }).first()).toBeVisible();
	expect(await phone.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await phone.locator('main script, main img[src="x"], main b').count()).toBe(0);
	await student.close();
});

test('empty, short and doubled reports get a message beside the field, and nothing typed is lost', async ({ page }) => {
	await page.goto('/make/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Paste two reports' }).click();
	await page.locator('#text-a').fill('Just a few words here.');
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	await expect(page.locator('#error-a')).toHaveText(/only 5 words/);
	await expect(page.locator('#error-b')).toHaveText(/Paste the report/);
	await expect(page.locator('#text-a')).toBeFocused();
	await expect(page.locator('#text-a')).toHaveValue('Just a few words here.');
	const a = libraryReport('a').text;
	await page.locator('#text-a').fill(a);
	await page.locator('#text-b').fill(a);
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	await expect(page.getByText(/Both reports have the same text/)).toBeVisible();
	// The draft survives a reload, once it is saved (a moment after the last keystroke).
	const tail = JSON.stringify(a.slice(-40)).slice(1, -1);
	await expect
		.poll(() => page.evaluate((words) => (localStorage.getItem('double-take:drafts') ?? '').includes(words), tail))
		.toBe(true);
	await page.reload();
	await hydrated(page);
	await page.getByRole('button', { name: 'Open' }).first().click();
	await expect(page.locator('#text-b')).toHaveValue(a);
});
