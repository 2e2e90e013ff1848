// Issue 13: nothing that goes wrong between "Make the quiz" and the pool is silent, for the teacher on
// /make/ and for a student opening a shared link. Faults are planted by serving another analysis worker
// in place of the app's (the service worker is blocked so that every request reaches the route).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { withHeadline } from '../../src/lib/paste/with-headline';
import { DEFAULT_SETTINGS, encodeQuiz } from '../../src/lib/share/quiz-link';
import { preparePair } from '../../src/lib/worker/prepare-pair';
import { expect, hydrated, test } from './fixtures';
import { fillReport, libraryReport, makeQuiz, openPasteForm, pathOf } from './teacher-helpers';

test.use({ serviceWorkers: 'block' });

const WORKER = '**/workers/analyze.worker-*.js';

/** Serves a worker that runs `body` on the page's request instead of the analysis. */
async function plantWorker(page: Page, body: string) {
	await page.route(WORKER, (route) => route.fulfill({ contentType: 'text/javascript', body: `self.onmessage = () => { ${body} };` }));
}

const throwingWorker = (page: Page) => plantWorker(page, 'throw new Error("planted fault in the analysis");');

/** Errors the page throws by itself (not the ones it logs after catching them). */
function uncaught(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

async function pasteLibraryPair(page: Page) {
	await openPasteForm(page);
	await fillReport(page, 'a', libraryReport('a'));
	await fillReport(page, 'b', libraryReport('b'));
}

test('when the analysis stops, the teacher is told what happened and what to do, and keeps the texts', async ({ page }) => {
	const errors = uncaught(page);
	await throwingWorker(page);
	await pasteLibraryPair(page);
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	const failed = page.getByRole('region', { name: 'The quiz could not be made' });
	await expect(failed).toBeVisible();
	await expect(failed).toBeFocused();
	await expect(failed).toContainText('stopped while reading these two reports');
	await expect(failed).toContainText('saved as a draft on this device');
	await expect(page.locator('#text-a')).toHaveValue(libraryReport('a').text);
	await failed.getByRole('button', { name: 'Edit the texts' }).click();
	await expect(page.locator('#text-a')).toBeFocused();
	await expect(failed).toHaveCount(0);

	// Pressed again once the fault is gone, the same texts give a pool.
	await page.unroute(WORKER);
	await makeQuiz(page);
	expect(errors).toEqual([]);
});

test('when the result cannot be shown, the page says so, keeps working, and the built-in story still makes a quiz', async ({ page }) => {
	const errors = uncaught(page);
	// A pool the page cannot draw: a question without its answer.
	const broken = { pool: [{ id: 'who-said-00000000000000', type: 'who-said', format: 'single', prompt: 'Who?', options: ['A', 'B'] }], contexts: {}, lenses: [null, null] };
	await plantWorker(page, `self.postMessage({ type: 'done', result: ${JSON.stringify(broken)} });`);
	await pasteLibraryPair(page);
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	const failed = page.getByRole('region', { name: 'The quiz could not be made' });
	await expect(failed).toContainText('could not show their questions');
	await expect(page.getByRole('heading', { name: '3. Choose the questions' })).toHaveCount(0);
	await expect(page.locator('#text-b')).toHaveValue(libraryReport('b').text);

	await page.unroute(WORKER);
	await failed.getByRole('button', { name: 'Use the built-in story' }).click();
	await expect(page.getByRole('heading', { name: 'Share the quiz' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('button', { name: /Built-in:/ })).toHaveAttribute('aria-pressed', 'true');
	expect(errors).toEqual([]);
});

test('a student whose shared quiz cannot be prepared is told so, and trying again works once it can', async ({ page }) => {
	const errors = uncaught(page);
	const fragment = await encodeQuiz({ kind: 'pair', reports: [libraryReport('a'), libraryReport('b')], settings: DEFAULT_SETTINGS });
	await throwingWorker(page);
	await page.goto(`/play/#${fragment}`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const failed = page.getByRole('region', { name: 'This quiz could not be opened on this device' });
	await expect(failed).toBeVisible();
	await expect(failed).toContainText('Try again');
	await expect(failed.getByRole('link', { name: 'Go to the stories' })).toBeVisible();
	await page.unroute(WORKER);
	await failed.getByRole('button', { name: 'Try again' }).click();
	// The name was given once; trying again does not ask for it again.
	await expect(page.getByText(/^Question 1 of 12$/)).toBeVisible({ timeout: 20_000 });
	expect(errors).toEqual([]);
});

test('a report in another language is refused beside its field with a message saying why, and kept', async ({ page }) => {
	const spanish = readFileSync(new URL('../../src/lib/paste/fixtures/es.txt', import.meta.url), 'utf8');
	const chinese = readFileSync(new URL('../../src/lib/paste/fixtures/zh.txt', import.meta.url), 'utf8');
	await openPasteForm(page);
	await fillReport(page, 'a', { headline: 'Cierra la biblioteca', text: spanish });
	await fillReport(page, 'b', { headline: '图书馆关闭', text: chinese });
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	for (const side of ['a', 'b']) {
		await expect(page.locator(`#error-${side}`)).toHaveText(/does not look like English\. Double Take reads English reports for now/);
	}
	await expect(page.locator('#text-a')).toBeFocused();
	await expect(page.locator('#text-b')).toHaveValue(chinese);
	await expect(page.getByText(/only \d+ words/)).toHaveCount(0);
});

test('two lens marks on the same words both show, each with its own explanation', async ({ page }) => {
	const errors = uncaught(page);
	const [a, b] = [libraryReport('a'), libraryReport('b')];
	const prepared = preparePair(withHeadline(a), withHeadline(b));
	const [lensA] = prepared.lenses;
	const first = lensA.marks.find((m) => m.kind === 'speaker');
	expect(first).toBeDefined();
	// A second reading of the same quotation, as the engine once gave one quotation two speakers.
	if (first) lensA.marks.splice(lensA.marks.indexOf(first) + 1, 0, { ...first, label: 'second reading', explanation: 'Planted: a second mark on the same words.' });
	await plantWorker(page, `self.postMessage({ type: 'done', result: ${JSON.stringify(prepared)} });`);
	await openPasteForm(page);
	await fillReport(page, 'a', a);
	await fillReport(page, 'b', b);
	await makeQuiz(page);
	const panel = page.locator('#panel-a');
	await expect(panel.getByRole('button', { name: first?.label ?? '' }).first()).toBeVisible();
	await panel.getByRole('button', { name: 'second reading' }).click();
	await expect(panel.getByText('Planted: a second mark on the same words.')).toBeVisible();
	const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
	expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'repeated ids').toEqual([]);
	expect(errors).toEqual([]);
});

test('an article pasted with its own headline first shows the headline once: reports, print view, name screen', async ({ page }) => {
	const a = libraryReport('a');
	const headline = 'Council votes to close Millbrook library branch';
	await openPasteForm(page);
	await fillReport(page, 'a', { headline, text: `${headline}\n\n${a.text}` });
	await fillReport(page, 'b', libraryReport('b'));
	const link = await makeQuiz(page);
	await expect(page.locator('#panel-a').getByRole('heading', { name: headline })).toBeVisible();
	await expect(page.locator('#panel-a :is(h2, p)', { hasText: headline })).toHaveCount(1);
	await page.goto(`/print/${new URL(link).hash}`);
	await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible({ timeout: 20_000 });
	await expect(page.locator('.report').first().locator('li', { hasText: headline })).toHaveCount(1);
	await page.goto('/about/');
	await page.goto(pathOf(link));
	await expect(page.getByLabel(/first name/)).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText(headline, { exact: true })).toHaveCount(1);
});

// Two short reports of a bridge reopening, written for this test: no one is quoted by name and nothing is
// hedged, so the builder can ask too little for a quiz, and must say so rather than show a thin pool.
const BRIDGE_A = `The Harbour Bridge reopened to traffic on Monday morning after six weeks of repairs to its steel deck. Work crews replaced forty panels and repainted the railings on both sides. Buses returned to their usual route across the river, and the ferry service that carried passengers during the closure ended its extra sailings. The council said the repairs cost £2 million. Cyclists can use a new lane on the eastern side. The bridge was built in 1931 and carries about twenty thousand vehicles a day.`;
const BRIDGE_B = `Drivers crossed the Harbour Bridge again on Monday as the river crossing reopened after a six-week closure for deck repairs. Forty steel panels were replaced and the railings were painted. The number 12 and 14 buses are back on their normal route, and extra ferry sailings have stopped. A new cycle lane runs along the eastern edge of the bridge. The crossing opened in 1931. Engineers will inspect the deck again next spring, the council said in a statement on its website.`;

test('a pair too thin for a full quiz gets a plain note saying so, and its questions are still offered', async ({ page }) => {
	await openPasteForm(page);
	await fillReport(page, 'a', { headline: 'Harbour bridge reopens after six weeks of repairs', text: BRIDGE_A });
	await fillReport(page, 'b', { headline: 'Traffic flows again on Harbour Bridge', text: BRIDGE_B });
	await makeQuiz(page);
	const note = page.locator('.pool-note');
	await expect(note).toContainText(/We could write only \d+ questions? of \d+ kinds? that we are sure of/);
	await expect(note).toContainText('try two longer reports of the same event that quote people by name');
	// The library pair, long enough and full of named voices, gets no such note.
	await pasteLibraryPair(page);
	await makeQuiz(page);
	await expect(page.locator('.pool-note')).toHaveCount(0);
});
