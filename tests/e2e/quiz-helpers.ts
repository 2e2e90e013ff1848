// Steps a student takes in a quiz, shared by the quiz specs.
import type { Page } from '@playwright/test';
import { expect, hydrated } from './fixtures';
import { STORY_ID } from './urls';

export const quizPath = `/story/${STORY_ID}/quiz/`;

export async function openQuiz(page: Page, query = '') {
	await page.goto(`${quizPath}${query}`);
	await hydrated(page);
	await expect(page.getByText(/^Question \d+ of \d+$|^You got/)).toBeVisible();
}

/** Which question is on screen, from its heading ("Question 4 of 12"). */
export async function questionNumber(page: Page): Promise<{ n: number; of: number }> {
	const text = (await page.locator('h2', { hasText: /^Question \d+ of \d+$/ }).textContent()) ?? '';
	const [, n, of] = /Question (\d+) of (\d+)/.exec(text) ?? [];
	return { n: Number(n), of: Number(of) };
}

/** Answers the question on screen by pointer: the first option, or the first word. Returns whether it was right. */
export async function answerFirst(page: Page): Promise<boolean> {
	const words = page.locator('.sentence button.word');
	if (await words.count()) await words.first().click();
	else await page.locator('.options input').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	const verdict = page.getByRole('heading', { name: /Right\.|Not quite\./ });
	await expect(verdict).toBeVisible();
	return /Right\./.test((await verdict.textContent()) ?? '');
}

export async function next(page: Page) {
	await page.getByRole('button', { name: /Next question|See your results/ }).click();
}
