import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { answerFirst, next, openQuiz } from './quiz-helpers';
import { fillReport, libraryReport, makeQuiz, openPasteForm } from './teacher-helpers';
import { STORY_ID } from './urls';

// axe and the 200% check inject their own script and styles; the policy itself is tested in security.spec.ts.
// The service worker is blocked here: its precache download competes with axe for a slow CI machine's CPU,
// and offline behaviour has its own specs.
test.use({ bypassCSP: true, serviceWorkers: 'block' });

const pages = ['/', `/story/${STORY_ID}/`, `/story/${STORY_ID}/?report=b`, '/about/', '/progress/', '/make/', '/class/', '/play/#broken'];

// One test per page and scheme: axe on a long story with every mark on takes seconds on a slow machine, and a
// single test for every page ran past its time limit in CI.
for (const colorScheme of ['light', 'dark'] as const) {
	for (const path of pages) {
		test(`axe finds no violations on ${path} (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await hydrated(page);
			await expectNoViolations(page, `${path} in ${colorScheme}`);
		});
	}

	test(`axe finds no violations on the story with every lens on and an explanation open (${colorScheme})`, async ({ page }) => {
		test.slow();
		await page.emulateMedia({ colorScheme });
		await page.goto(`/story/${STORY_ID}/`);
		await hydrated(page);
		for (const name of ['Who speaks', 'Hedges', 'Loaded words', 'Only here', 'Page debris']) {
			await page.getByLabel(name).check();
		}
		await page.locator('#panel-a .chip').first().click();
		await expectNoViolations(page, `story with the reading lens in ${colorScheme}`);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations in any state of a quiz (${colorScheme})`, async ({ page }) => {
		test.slow(); // a whole quiz or teacher flow with axe at every step
		await page.emulateMedia({ colorScheme });
		await openQuiz(page);
		await expectNoViolations(page, `a question in ${colorScheme}`);
		if ((page.viewportSize()?.width ?? 0) < 1100) {
			await page.getByRole('button', { name: 'Read the reports' }).click();
			await expectNoViolations(page, `the reports read mid-quiz in ${colorScheme}`);
			await page.keyboard.press('Escape');
		}
		let sawTap = false;
		for (let i = 0; i < 12; i++) {
			const tap = (await page.locator('.sentence button.word').count()) > 0;
			if (tap && !sawTap) {
				await page.locator('.sentence button.word').first().click();
				await expectNoViolations(page, `a tap-the-words question with a word pressed in ${colorScheme}`);
				await page.getByRole('button', { name: 'Check answer' }).click();
				await expect(page.locator('.feedback h2')).toBeVisible();
			} else await answerFirst(page);
			if (i === 0 || (tap && !sawTap)) await expectNoViolations(page, `feedback on question ${i + 1} in ${colorScheme}`);
			if (i === 1) {
				await page.getByRole('button', { name: 'Previous question' }).click();
				await expectNoViolations(page, `an earlier question read again in ${colorScheme}`);
				await page.getByRole('button', { name: 'Next question' }).click();
				await expect(page.getByText('Question 2 of 12')).toBeVisible();
			}
			sawTap ||= tap;
			await next(page);
		}
		await expectNoViolations(page, `results in ${colorScheme}`);
		await page.locator('.review details').first().locator('summary').click();
		await page.locator('.review details').last().locator('summary').click();
		await expectNoViolations(page, `the review of answers in ${colorScheme}`);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on the teacher pages in use (${colorScheme})`, async ({ page }) => {
		test.slow(); // a whole quiz or teacher flow with axe at every step
		await page.emulateMedia({ colorScheme });
		await page.goto('/make/');
		await hydrated(page);
		await page.getByRole('button', { name: 'Paste two reports' }).click();
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await expectNoViolations(page, `make a quiz with field errors in ${colorScheme}`);
		await page.getByRole('button', { name: /Built-in: / }).click();
		await expect(page.getByRole('heading', { name: 'Share the quiz' })).toBeVisible({ timeout: 20_000 });
		await page.getByText(/questions: untick any/).click();
		await expectNoViolations(page, `make a quiz, ready to share, in ${colorScheme}`);
		const link = new URL(await page.locator('#share-link').inputValue());
		await page.goto(`/print/${link.hash}`);
		await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible({ timeout: 20_000 });
		await expectNoViolations(page, `print view in ${colorScheme}`);
		await page.goto(link.pathname + link.hash);
		await expect(page.getByLabel(/first name/)).toBeVisible();
		await expectNoViolations(page, `the name form of a shared quiz in ${colorScheme}`);
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (let i = 0; i < 12 && !(await page.getByRole('heading', { name: /You got/ }).isVisible()); i++) {
			await answerFirst(page);
			await next(page);
		}
		await expect(page.getByLabel('Result code', { exact: true })).toHaveValue(/^DT1-/);
		await expectNoViolations(page, `results with a result code in ${colorScheme}`);
		const code = await page.getByLabel('Result code', { exact: true }).inputValue();
		await page.goto('/class/');
		await hydrated(page);
		await page.getByLabel(/Result codes/).fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.locator('table tbody tr')).toHaveCount(1);
		await expectNoViolations(page, `class results in ${colorScheme}`);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations in the make page's messages, share sheet buttons and preview (${colorScheme})`, async ({ page }) => {
		test.slow(); // several states of the teacher's page, each audited
		await page.emulateMedia({ colorScheme });
		// A phone's share sheet, so its buttons are on the page.
		await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: async () => undefined }));
		await openPasteForm(page);
		await fillReport(page, 'a', { headline: 'Cierra la biblioteca', text: readFileSync(new URL('../../src/lib/paste/fixtures/es.txt', import.meta.url), 'utf8') });
		await fillReport(page, 'b', libraryReport('b'));
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await expect(page.locator('#error-a')).toHaveText(/not look like English/);
		await expectNoViolations(page, `a report not in English in ${colorScheme}`);
		const worker = '**/workers/analyze.worker-*.js';
		await page.route(worker, (route) => route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => { throw new Error("planted fault"); };' }));
		await fillReport(page, 'a', libraryReport('a'));
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByText('Details, for a bug report').click();
		await expectNoViolations(page, `the quiz could not be made in ${colorScheme}`);
		await page.unroute(worker);
		await makeQuiz(page);
		await page.getByRole('button', { name: 'Try the quiz as a student' }).click();
		await expect(page.locator('#preview').getByText(/^Question 1 of \d+$/)).toBeVisible();
		await expectNoViolations(page, `a quiz preview and the share panel in ${colorScheme}`);
	});
}

test('at 200% text on a phone, no page scrolls sideways', async ({ page }) => {
	test.skip((page.viewportSize()?.width ?? 0) > 400, 'a phone-width check');
	const check = async (where: string) => {
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `${where} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
	};
	for (const path of pages) {
		await page.goto(path);
		await hydrated(page);
		await check(path);
	}
	await openQuiz(page);
	await check('a question');
	await page.getByRole('button', { name: 'Read the reports' }).click();
	const reading = page.getByRole('dialog').locator('.scroll');
	const sideways = await reading.evaluate((el) => el.scrollWidth - el.clientWidth);
	expect(sideways, 'the reports read mid-quiz scroll sideways').toBeLessThanOrEqual(0);
	await page.keyboard.press('Escape');
	for (let i = 0; i < 12; i++) {
		await answerFirst(page);
		await check(`feedback ${i + 1}`);
		await next(page);
	}
	await check('results');
});

async function expectNoViolations(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, where).toEqual([]);
}
