// Steps a student takes in a quiz, shared by the quiz specs. Each step waits for the screen it leads to, so
// the next step never acts on the previous question while the new one is still rendering (under load,
// counting a question's words right after "Next question" counted the old one's).
import type { Page } from '@playwright/test';
import { expect, hydrated } from './fixtures';
import { STORY_ID } from './urls';

export const quizPath = `/story/${STORY_ID}/quiz/`;

const QUESTION_HEADING = /^Question \d+ of \d+$/;

export async function openQuiz(page: Page, query = '') {
	await page.goto(`${quizPath}${query}`);
	await hydrated(page);
	await expect(page.getByText(/^Question \d+ of \d+$|^You got/)).toBeVisible();
}

/** Which question is on screen, from its heading ("Question 4 of 12"). */
export async function questionNumber(page: Page): Promise<{ n: number; of: number }> {
	const text = (await page.locator('h2', { hasText: QUESTION_HEADING }).textContent()) ?? '';
	const [, n, of] = /Question (\d+) of (\d+)/.exec(text) ?? [];
	return { n: Number(n), of: Number(of) };
}

/** Waits until a question that has not been answered yet is on screen, ready for an answer. */
export async function unansweredQuestion(page: Page) {
	await expect(page.locator('h2', { hasText: QUESTION_HEADING })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
}

/** Answers the question on screen by pointer: the first option, or the first word. Returns whether it was right. */
export async function answerFirst(page: Page): Promise<boolean> {
	await unansweredQuestion(page);
	const words = page.locator('.sentence button.word');
	if (await words.count()) await words.first().click();
	else await page.locator('.options input').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	const verdict = page.getByRole('heading', { name: /Right\.|Not quite\./ });
	await expect(verdict).toBeVisible();
	return /Right\./.test((await verdict.textContent()) ?? '');
}

/** The heading of the question on screen, or null on the results. */
const onScreen = (page: Page) => page.locator('form.question h2').textContent({ timeout: 500 }).catch(() => null);

/** Moves on, and waits until the next question (or the results) is on screen, so the next step answers that one. */
export async function next(page: Page) {
	const before = await onScreen(page);
	await page.getByRole('button', { name: /Next question|See your results/ }).click();
	await expect.poll(() => onScreen(page)).not.toBe(before);
}
