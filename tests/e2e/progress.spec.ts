import { readFileSync } from 'node:fs';
import { expect, hydrated, test } from './fixtures';
import { answerFirst, next, openQuiz } from './quiz-helpers';

test('progress exported on one device and imported on another carries on where it stopped', async ({ page, browser }, testInfo) => {
	await openQuiz(page);
	await answerFirst(page);
	await next(page);
	await answerFirst(page);
	await next(page);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
	await hydrated(page);
	await expect(page.getByText('In progress: 2 of 12 answered')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = testInfo.outputPath('progress.json');
	await (await download).saveAs(file);
	expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'double-take-progress', version: 2 });

	// A fresh browser: no progress until the file comes in; importing twice doubles nothing.
	const other = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
	const there = await other.newPage();
	await there.goto('/progress/');
	await hydrated(there);
	await expect(there.getByText('No quizzes yet.')).toBeVisible();
	await there.getByLabel('Progress file to import').setInputFiles(file);
	await expect(there.getByText('Imported: 1 added, 0 updated, 0 already here.')).toBeVisible();
	await there.getByLabel('Progress file to import').setInputFiles(file);
	await expect(there.getByText('Imported: 0 added, 0 updated, 1 already here.')).toBeVisible();
	await expect(there.locator('.attempts li')).toHaveCount(1);
	await there.locator('.attempts a').click();
	await expect(there.getByText('Question 3 of 12')).toBeVisible();
	await other.close();
});

test('a file that is not a progress file is refused with a message saying what to choose', async ({ page }, testInfo) => {
	await page.goto('/progress/');
	await hydrated(page);
	const file = testInfo.outputPath('page.html');
	const { writeFileSync } = await import('node:fs');
	writeFileSync(file, '<html><body>Menu | Sign in | Cookies</body></html>');
	await page.getByLabel('Progress file to import').setInputFiles(file);
	await expect(page.getByText(/not a Double Take progress file/)).toBeVisible();
});

test('a damaged record in storage is set aside with a notice, and the rest of the progress still shows', async ({ page }) => {
	await openQuiz(page);
	await answerFirst(page);
	await next(page);
	// Damage arrives from outside the app: a record written by hand into its database.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('double-take');
				open.onsuccess = () => {
					const tx = open.result.transaction('attempts', 'readwrite');
					tx.objectStore('attempts').put({ id: 'broken', version: 1, storyId: 7, answers: 'lots' });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
	await page.goto('/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Two reports. One event.');
	await expect(page.getByText('One saved record could not be read and was set aside. Your other progress is safe.')).toBeVisible();
	await expect(page.locator('.continue')).toContainText('1 of 12 answered');
	// Reported once: the record now sits aside, and the next visit is quiet.
	await page.reload();
	await hydrated(page);
	await expect(page.locator('.continue')).toContainText('1 of 12 answered');
	await expect(page.getByText(/could not be read/)).toHaveCount(0);
});

test('where the browser allows no storage, the quiz still works and says progress will not be kept', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
	await openQuiz(page);
	await expect(page.getByText(/progress is kept only while this page is open/)).toBeVisible();
	await answerFirst(page);
	await next(page);
	await expect(page.getByText('Question 2 of 12')).toBeVisible();
});

test('reset asks first, then deletes every quiz on this device', async ({ page }) => {
	await openQuiz(page);
	await answerFirst(page);
	await page.goto('/progress/');
	await hydrated(page);
	await expect(page.locator('.attempts li')).toHaveCount(1);
	await page.getByRole('button', { name: 'Reset all progress…' }).click();
	await expect(page.getByRole('button', { name: 'Delete everything' })).toBeFocused();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.locator('.attempts li')).toHaveCount(1);
	await page.getByRole('button', { name: 'Reset all progress…' }).click();
	await page.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByText('All progress on this device has been deleted.')).toBeVisible();
	await expect(page.getByText('No quizzes yet.')).toBeVisible();
});
