import type { Page } from '@playwright/test';
import { expect, hydrated, offlineReady, test } from './fixtures';
import { answerFirst, next, openQuiz, questionNumber, quizPath } from './quiz-helpers';
import { STORY_ID } from './urls';

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			// Only controls count: a focused container (the page's main) holds every label as its text.
			if (!el || !el.matches('a, button, input, select, textarea, summary')) return '';
			return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''} ${(el as HTMLInputElement | null)?.value ?? ''}`;
		});
		if (name.test(focused)) return;
	}
	throw new Error(`Tab never reached ${name}`);
}

test('a student finishes the default quiz with the keyboard alone, from the home page to the results', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await tabTo(page, /A UK official resigns/);
	await page.keyboard.press('Enter');
	await hydrated(page);
	await tabTo(page, /Take the quiz/);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 1 of 12')).toBeVisible();

	let rightAnswers = 0;
	for (let n = 1; n <= 12; n++) {
		// Focus is moved to each new question, so a screen reader starts there.
		await expect(page.locator(':focus')).toHaveText(`Question ${n} of 12`);
		await page.keyboard.press('Tab'); // the first option, or the first word to tap
		await page.keyboard.press('Space');
		await tabTo(page, /Check answer/);
		await page.keyboard.press('Enter');
		const verdict = page.locator('.feedback h2');
		await expect(verdict).toBeFocused();
		if (/Right/.test((await verdict.textContent()) ?? '')) rightAnswers++;
		await tabTo(page, n < 12 ? /Next question/ : /See your results/);
		await page.keyboard.press('Enter');
	}
	const heading = page.getByRole('heading', { name: /You got \d+ of 12 right/ });
	await expect(heading).toBeFocused();
	await expect(heading).toHaveText(`You got ${rightAnswers} of 12 right`);
	// The breakdown by skill adds up to the whole quiz.
	const cells = await page.locator('table tbody td').allTextContents();
	const totals = cells.map((c) => /(\d+) of (\d+)/.exec(c)).map((m) => [Number(m?.[1]), Number(m?.[2])]);
	expect(totals.reduce((s, [r]) => s + (r ?? 0), 0)).toBe(rightAnswers);
	expect(totals.reduce((s, [, t]) => s + (t ?? 0), 0)).toBe(12);
	await expect(page.locator('.review > li')).toHaveCount(12);
});

test('closing the tab mid-quiz loses nothing: the quiz reopens at the same question with every answer', async ({ context }) => {
	const page = await context.newPage();
	await openQuiz(page);
	const verdicts: boolean[] = [];
	for (let i = 0; i < 3; i++) {
		verdicts.push(await answerFirst(page));
		await next(page);
	}
	verdicts.push(await answerFirst(page)); // the fourth is answered, and the page closes before "Next"
	const fourth = await page.locator('.prompt').textContent();
	await page.close();

	const again = await context.newPage();
	await openQuiz(again);
	expect(await questionNumber(again)).toEqual({ n: 4, of: 12 });
	await expect(again.locator('.prompt')).toHaveText(fourth ?? '');
	await expect(again.locator('.feedback h2')).toHaveText(verdicts[3] ? '✓ Right.' : '✗ Not quite.');
	await expect(again.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute('aria-valuenow', '4');

	// Home says what is in progress, and the link goes back to the same place.
	await again.goto('/');
	await hydrated(again);
	await expect(again.getByText('4 of 12 answered')).toBeVisible();
	await again.getByRole('link', { name: /Continue: A UK official resigns/ }).click();
	await expect(again.getByText('Question 4 of 12')).toBeVisible();
});

test('with the network off, a student can take and finish a whole quiz, and it is kept', async ({ page, context }) => {
	await page.goto('/');
	await offlineReady(page);
	await context.setOffline(true);

	const response = await page.goto(quizPath);
	expect(response?.fromServiceWorker(), 'the quiz page came from the service worker').toBe(true);
	await hydrated(page);
	for (let i = 0; i < 12; i++) {
		await answerFirst(page);
		await next(page);
	}
	await expect(page.getByRole('heading', { name: /You got \d+ of 12 right/ })).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('heading', { name: /You got \d+ of 12 right/ })).toBeVisible();
});

test('the evidence link opens the report at the passage, and the way back returns to the same question', async ({ page }) => {
	await openQuiz(page);
	await answerFirst(page);
	const link = page.getByRole('link', { name: /^Open Report [AB] at this passage$/ }).first();
	const report = /Report ([AB])/.exec((await link.textContent()) ?? '')?.[1]?.toLowerCase();
	await link.click();
	await hydrated(page);
	const passage = page.locator(`#panel-${report} p.focus-passage`);
	await expect(passage).toBeVisible();
	await expect(passage).toBeFocused();
	await page.getByRole('link', { name: '← Back to the quiz' }).click();
	await expect(page.getByText('Question 1 of 12')).toBeVisible();
	await expect(page.locator('.feedback h2')).toBeVisible();
});

test('retry the missed ones asks only those, and a new quiz asks a different set', async ({ page }) => {
	await openQuiz(page);
	let missed = 0;
	for (let i = 0; i < 12; i++) {
		if (!(await answerFirst(page))) missed++;
		await next(page);
	}
	test.skip(missed === 0, 'every first option happened to be right');
	const firstSet = await page.locator('.review summary .q').allTextContents();
	await page.getByRole('button', { name: /Retry the/ }).click();
	await expect(page.getByText(`Question 1 of ${missed}`)).toBeVisible();
	await expect(page.getByText('Retrying the questions you missed.')).toBeVisible();

	// The quiz's own link still opens that quiz (its results), not the retry.
	await openQuiz(page, '?seed=1');
	await expect(page.getByRole('heading', { name: /You got \d+ of 12 right/ })).toBeVisible();
	await page.getByRole('button', { name: 'New quiz' }).click();
	await expect(page.getByText('Question 1 of 12')).toBeVisible();
	const prompts: string[] = [];
	for (let i = 0; i < 12; i++) {
		prompts.push((await page.locator('.prompt').textContent()) ?? '');
		await answerFirst(page);
		await next(page);
	}
	const asked = firstSet.map((q) => q.replace(/^Question \d+: /, ''));
	expect(prompts.filter((p) => !asked.includes(p)).length, 'the new quiz asks questions the first did not').toBeGreaterThan(0);
});

test('a tap-the-words question is a row of toggle buttons that say whether they are pressed', async ({ page }) => {
	await openQuiz(page);
	for (let i = 0; i < 12 && (await page.locator('.sentence button.word').count()) === 0; i++) {
		await answerFirst(page);
		await next(page);
	}
	const word = page.locator('.sentence button.word').first();
	await expect(word).toHaveAttribute('aria-pressed', 'false');
	await word.click();
	await expect(word).toHaveAttribute('aria-pressed', 'true');
	await word.click();
	await expect(word).toHaveAttribute('aria-pressed', 'false');
	// Nothing tapped: the student is told what to do, and nothing is scored.
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('alert')).toHaveText('Tap at least one word first.');
	await expect(page.locator('.feedback h2')).toHaveCount(0);
});

test(`a quiz page for a story that does not exist is a plain not-found page`, async ({ page }) => {
	const response = await page.goto(`/story/${STORY_ID}-nope/quiz/`);
	expect(response?.status()).toBe(404);
});
