import type { Page } from '@playwright/test';
import { encodeResult } from '../../src/lib/share/result-code';
import { expect, hydrated, test } from './fixtures';
import { answerFirst, next, openQuiz } from './quiz-helpers';
import { STORY_ID } from './urls';

/** Records every Content Security Policy violation the page reports, from before its first script. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
	});
	return () => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

test('every page carries a strict policy: no inline or eval script, nothing from elsewhere', async ({ page }) => {
	for (const path of ['/', `/story/${STORY_ID}/`, `/story/${STORY_ID}/quiz/`, '/make/', '/class/', '/progress/', '/about/', '/play/']) {
		await page.goto(path);
		const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
		expect(directive('script-src'), path).toMatch(/^script-src 'self'( 'sha256-[^']+')*$/);
		expect(directive('style-src'), path).toMatch(/^style-src 'self'( 'sha256-[^']+')*$/);
		expect(directive('style-src-attr'), path).toMatch(/^style-src-attr 'unsafe-hashes'( 'sha256-[^']+')+$/);
		expect(directive('connect-src'), path).toBe("connect-src 'self'");
		expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval/);
	}
});

test('the app works under its policy: nothing it does is blocked, the worker and QR codes included', async ({ page }) => {
	const violations = await watchPolicy(page);
	await openQuiz(page);
	for (let i = 0; i < 12; i++) {
		await answerFirst(page);
		await next(page);
	}
	await page.goto(`/story/${STORY_ID}/`);
	await hydrated(page);
	await page.getByLabel('Who speaks').check();
	await page.goto('/make/');
	await hydrated(page);
	await page.getByRole('button', { name: /Built-in: / }).click();
	await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible({ timeout: 20_000 });
	expect(await violations()).toEqual([]);
});

test('markup inside a result code is shown as text in Class results and runs nothing', async ({ page }) => {
	const violations = await watchPolicy(page);
	const code = await encodeResult({
		quiz: 's.uk-official-resigns.1.12.s.-.-',
		title: '<script>window.__pwned=1</script>Quiz',
		name: '<img src=x onerror="window.__pwned=2">',
		finishedAt: 1,
		answers: [{ id: 'aaaaaaaaaaaaaa', picked: [0], correct: true }]
	});
	await page.goto('/class/');
	await hydrated(page);
	await page.getByLabel(/Result codes/).fill(code);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByRole('row', { name: /<img src=x/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /<script>window.__pwned=1<\/script>Quiz/ })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('main img, main script').count()).toBe(0);
	expect(await violations()).toEqual([]);
});
