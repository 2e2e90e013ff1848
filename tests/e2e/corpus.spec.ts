// Issue 13: a teacher's pasted pair never breaks the page. Every report pair of the development corpus (the
// New York Times and the Fox News report of one event, headline, outlet and text, as a teacher pastes them)
// becomes a question pool on /make/, and a student opens three of them from their links. The corpus is read
// from ../shared at test time, never copied into the repo; without it these tests skip.
import type { Page } from '@playwright/test';
import { CORPUS_MISSING, corpusPairs, type CorpusPair } from '../../scripts/corpus-pairs';
import { DEFAULT_SETTINGS, encodeQuiz } from '../../src/lib/share/quiz-link';
import { expect, hydrated, test } from './fixtures';
import { answerFirst } from './quiz-helpers';
import { fillReport, openPasteForm } from './teacher-helpers';

const pairs = corpusPairs();

test.skip(pairs.length === 0, CORPUS_MISSING);
// One screen size: the engine and the page's logic are the same on both, and 30 pairs twice would double
// the run for nothing.
test.skip(({ isMobile }) => !isMobile, 'the corpus runs on the phone project only');

/** Errors the page throws or logs, each with the pair it happened on. */
function watchErrors(page: Page, current: () => string): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`${current()}: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${current()}: ${message.text()}`);
	});
	return errors;
}

/**
 * Presses "Make the quiz" and measures, inside the page, from the click to the question pool on screen:
 * what the teacher waits, without the test runner's own round trips.
 */
async function makeAndTime(page: Page): Promise<number | null> {
	await page.evaluate(() => {
		const w = window as unknown as { clickToPool?: Promise<number> };
		w.clickToPool = new Promise((done) => {
			document.addEventListener(
				'click',
				() => {
					const clicked = performance.now();
					const seen = () => document.getElementById('settings-heading') !== null;
					const observer = new MutationObserver(() => {
						if (!seen()) return;
						observer.disconnect();
						done(performance.now() - clicked);
					});
					observer.observe(document.body, { childList: true, subtree: true });
				},
				{ capture: true, once: true }
			);
		});
	});
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	const found = page.getByText(/^\d+ questions were found; \d+ are in play\.$/);
	try {
		await expect(found).toBeVisible({ timeout: 20_000 });
	} catch {
		return null;
	}
	return page.evaluate(() => (window as unknown as { clickToPool: Promise<number> }).clickToPool);
}

const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

test('each of the 30 corpus pairs pasted into /make/ gives a question pool, with no page error', async ({ page }) => {
	test.setTimeout(300_000);
	let current = '(loading)';
	const errors = watchErrors(page, () => current);
	await openPasteForm(page);
	const times: number[] = [];
	const failed: string[] = [];
	const startedShort: string[] = [];
	for (const pair of pairs) {
		current = pair.id;
		await fillReport(page, 'a', pair.nyt);
		await fillReport(page, 'b', pair.fox);
		// Editing takes the previous pool away, so the pool waited for below is this pair's.
		await expect(page.locator('#settings-heading')).toHaveCount(0);
		const ms = await makeAndTime(page);
		const made = page.getByRole('heading', { name: 'The quiz could not be made' });
		if (ms === null || (await made.count()) > 0) {
			failed.push(pair.id);
			continue;
		}
		times.push(ms);
		const questions = Number(/^(\d+)/.exec((await page.getByText(/questions were found/).textContent()) ?? '')?.[1]);
		expect.soft(questions, `${pair.id}: questions in the pool`).toBeGreaterThan(0);
		// The count starts at what the pool can ask without two questions of one skill on the same words.
		const count = Number(await page.getByLabel('Questions per student').inputValue());
		expect.soft(count, `${pair.id}: questions per student`).toBeGreaterThan(0);
		expect.soft(count, `${pair.id}: questions per student`).toBeLessThanOrEqual(Math.min(12, questions));
		if (count < Math.min(12, questions)) startedShort.push(pair.id);
		// The lens is open on "Who is speaking" by default: it drew this pair's speakers.
		await expect.soft(page.locator('#panel-a .chip').first(), `${pair.id}: the reading lens`).toBeVisible();
	}
	console.log(
		`corpus pairs: ${times.length} of ${pairs.length} built; click to pool median ${Math.round(median(times))} ms, ` +
			`slowest ${Math.round(Math.max(...times))} ms`
	);
	expect(failed, 'pairs that gave no pool').toEqual([]);
	// A third of these pairs quote few voices, and their pools are thin.
	expect(startedShort.length, 'pairs whose thin pool starts below twelve questions').toBeGreaterThan(0);
	expect(errors, 'errors on the page').toEqual([]);
});

test('a student opens the links of three corpus pairs and answers a question of each', async ({ page }) => {
	test.setTimeout(120_000);
	let current = '(loading)';
	const errors = watchErrors(page, () => current);
	// The two pairs whose speakers once broke the page, and the first.
	const chosen = ['basil_2011_a28a0329', 'basil_2012_b5eefefb', pairs[0]?.id ?? '']
		.map((id) => pairs.find((p) => p.id === id))
		.filter((p): p is CorpusPair => p !== undefined);
	expect(chosen).toHaveLength(3);
	for (const pair of chosen) {
		current = pair.id;
		const fragment = await encodeQuiz({ kind: 'pair', reports: [pair.nyt, pair.fox], settings: DEFAULT_SETTINGS });
		// From another page, so each link is a fresh load rather than a change of fragment.
		await page.goto('/about/');
		await page.goto(`/play/#${fragment}`);
		await hydrated(page);
		await expect(page.getByRole('heading', { name: pair.nyt.headline, exact: true })).toBeVisible({ timeout: 20_000 });
		await page.getByLabel(/first name/).fill('Sam');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible({ timeout: 20_000 });
		await answerFirst(page);
		await expect(page.locator('.feedback .explanation')).not.toBeEmpty();
	}
	expect(errors, 'errors on the page').toEqual([]);
});
