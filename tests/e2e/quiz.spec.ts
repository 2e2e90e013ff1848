import type { Page } from '@playwright/test';
import { expect, hydrated, isPhone, offlineReady, test } from './fixtures';
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

	// Home says what is in progress, on the story's card too, and the link goes back to the same place.
	await again.goto('/');
	await hydrated(again);
	await expect(again.locator('.continue')).toContainText('4 of 12 answered');
	const right = verdicts.filter(Boolean).length;
	await expect(again.locator('.card', { hasText: 'A UK official resigns' })).toContainText(`In progress: 4 of 12 answered, ${right} right`);
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

test('the evidence link lands on the passage, in view and focused, and the way back returns to the same question', async ({ page }) => {
	await openQuiz(page);
	await answerFirst(page);
	const link = page.getByRole('link', { name: /^Open Report [AB] at this passage$/ }).first();
	const report = /Report ([AB])/.exec((await link.textContent()) ?? '')?.[1]?.toLowerCase();
	await link.click();
	await hydrated(page);
	// Followed inside the app, not loaded afresh: the page used to open at its top, the passage far below.
	const passage = page.locator(`#panel-${report} .focus-passage`);
	await expect(passage).toBeFocused();
	await expect(passage).toBeInViewport();
	await page.getByRole('link', { name: '← Back to the quiz' }).click();
	await expect(page.getByText('Question 1 of 12')).toBeVisible();
	await expect(page.locator('.feedback h2')).toBeVisible();
});

/** Picks the first option or word without checking the answer; returns the check that it is still picked. */
async function chooseFirst(page: Page): Promise<{ chosen: () => Promise<void> }> {
	const words = page.locator('.sentence button.word');
	if (await words.count()) {
		await words.first().click();
		return { chosen: () => expect(words.first()).toHaveAttribute('aria-pressed', 'true') };
	}
	await page.locator('.options input').first().check();
	return { chosen: () => expect(page.locator('.options input').first()).toBeChecked() };
}

test('mid-quiz the two reports are at hand, and the student comes back to the same question as they left it', async ({ page }) => {
	await openQuiz(page);
	await answerFirst(page);
	await next(page);
	await expect(page.getByText('Question 2 of 12')).toBeVisible();
	const choice = await chooseFirst(page);
	if (isPhone(page)) {
		// One tap away; the question stays underneath, exactly as it was.
		const read = page.getByRole('button', { name: 'Read the reports' });
		await read.click();
		const dialog = page.getByRole('dialog', { name: 'The reports' });
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('#panel-a')).toContainText('A British Foreign Office official has resigned');
		await dialog.getByRole('tab', { name: 'Report B' }).click();
		await expect(dialog.locator('#panel-b')).toContainText('A senior British diplomat has resigned');
		await dialog.getByRole('button', { name: 'Back to question 2' }).click();
		await expect(dialog).toBeHidden();
		await expect(read).toBeFocused();
		// By keyboard too: Enter opens it, Escape closes it, and the focus comes back.
		await page.keyboard.press('Enter');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(read).toBeFocused();
	} else {
		// Beside the question, no button needed.
		await expect(page.getByRole('button', { name: 'Read the reports' })).toHaveCount(0);
		const column = page.getByRole('region', { name: 'The two reports' });
		await expect(column.locator('#panel-a')).toBeInViewport();
		const [question, reports] = await Promise.all([page.locator('form.question').boundingBox(), column.boundingBox()]);
		expect(question && reports && reports.x >= question.x + question.width).toBe(true);
		await column.getByRole('tab', { name: 'Report B' }).click();
		await expect(column.locator('#panel-b')).toContainText('A senior British diplomat has resigned');
	}
	await expect(page.getByText('Question 2 of 12')).toBeVisible();
	await choice.chosen();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute('aria-valuenow', '2');
});

test('after checking, the verdict and the way on are on screen; earlier questions can be read again, their answers locked', async ({ page }) => {
	await openQuiz(page);
	for (let n = 1; n <= 2; n++) {
		await answerFirst(page);
		await expect(page.locator('.feedback h2')).toBeInViewport();
		await expect(page.getByRole('button', { name: 'Next question' })).toBeInViewport();
		await next(page);
		await expect(page.getByText(`Question ${n + 1} of 12`)).toBeVisible();
	}
	const progress = page.getByRole('progressbar', { name: 'Quiz progress' });
	await page.getByRole('button', { name: 'Previous question' }).click();
	await page.getByRole('button', { name: 'Previous question' }).click();
	await expect(page.locator(':focus')).toHaveText('Question 1 of 12');
	await expect(page.getByText(/You answered this one already/)).toBeVisible();
	await expect(page.locator('.feedback h2')).toBeVisible();
	// Locked: nothing to check, and no way before the first question.
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Previous question' })).toHaveCount(0);
	await expect(progress).toHaveAttribute('aria-valuenow', '2');
	await page.getByRole('button', { name: 'Back to question 3' }).click();
	await expect(page.getByText('Question 3 of 12')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
	// Looking back moved nothing that is stored: a reload opens at question 3 with two answers.
	await page.getByRole('button', { name: 'Previous question' }).click();
	await page.reload();
	await hydrated(page);
	await expect(page.getByText('Question 3 of 12')).toBeVisible();
	await expect(progress).toHaveAttribute('aria-valuenow', '2');
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

	// Three goes at one story: the Progress page tells them apart.
	await page.goto('/progress/');
	await hydrated(page);
	const links = page.locator('.attempts a');
	await expect(links).toHaveText([/attempt 3$/, /attempt 2, retrying the missed ones$/, /attempt 1$/]);
	await expect(page.locator('.attempts li').last()).toContainText(/Finished: \d+ of 12 right/);
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
