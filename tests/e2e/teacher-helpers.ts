// Steps a teacher takes on /make/, shared by the teacher specs.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hydrated } from './fixtures';

export interface Pasted {
	headline: string;
	outlet?: string;
	text: string;
}

/** Opens /make/ with the paste form showing. */
export async function openPasteForm(page: Page) {
	await page.goto('/make/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Paste two reports' }).click();
	await expect(page.locator('#text-a')).toBeVisible();
}

/** Fills one report's three fields, as a teacher pastes them. */
export async function fillReport(page: Page, side: 'a' | 'b', report: Pasted) {
	await page.locator(`#headline-${side}`).fill(report.headline);
	await page.locator(`#outlet-${side}`).fill(report.outlet ?? '');
	await page.locator(`#text-${side}`).fill(report.text);
}

/** Presses "Make the quiz" and waits for the share panel; returns the quiz link. */
export async function makeQuiz(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Share the quiz' })).toBeVisible({ timeout: 20_000 });
	return page.locator('#share-link').inputValue();
}

/** The part of a quiz link a page opens: path and fragment. */
export const pathOf = (link: string) => new URL(link).pathname + new URL(link).hash;

/** Two reports a teacher might paste: the library closure pair written for the quiz builder's tests. */
export function libraryReport(side: 'a' | 'b'): Required<Pasted> {
	const text = readFileSync(new URL(`../../src/lib/quiz/fixtures/library-${side}.txt`, import.meta.url), 'utf8');
	const [headline = '', ...rest] = text.split('\n');
	return { headline, outlet: '', text: rest.join('\n').trim() };
}
