// The teacher's end: class results (numbering, what was missed, scanning codes with the camera) and the
// printed quiz (paper wording, sentences as written, the answer key on its own page).
import type { Page } from '@playwright/test';
import { encodeResult, type StudentResult } from '../../src/lib/share/result-code';
import { expect, hydrated, test } from './fixtures';
import { STORY_ID } from './urls';

/** A student's result on a three-question quiz, as their results screen would encode it. */
const resultCode = (name: string, right: [boolean, boolean, boolean]): Promise<string> => {
	const result: StudentResult = {
		quiz: 's.uk-official-resigns.1.3.s.-.-',
		title: 'Arms sales quiz',
		name,
		finishedAt: 1,
		answers: right.map((correct, i) => ({ id: `question${i}`.padEnd(14, 'x'), picked: [0], correct }))
	};
	return encodeResult(result);
};

const paste = async (page: Page, codes: string[]) => {
	await page.getByLabel(/Result codes/).fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
};

test('class results number the questions from 1 and list only the ones someone missed', async ({ page }) => {
	await page.goto('/class/');
	await hydrated(page);
	await paste(page, [await resultCode('Amira', [true, false, true]), await resultCode('Bo', [true, false, false])]);
	await expect(page.locator('table tbody tr')).toHaveCount(2);
	await expect(page.locator('thead th')).toHaveText(['Student', 'Score', 'Q1', 'Q2', 'Q3']);
	// Q2 missed by both, Q3 by one; Q1 by nobody, so it is not listed.
	await expect(page.locator('.missed li')).toHaveText([/^Q2: 2 of 2 missed/, /^Q3: 1 of 2 missed/]);
	// This device did not make the quiz, so it says where the questions' words are.
	await expect(page.getByText(/kept on the device that made this quiz/)).toBeVisible();
	// No camera scanner in this browser: pasting is the way, and nothing offers the camera.
	await expect(page.getByRole('button', { name: 'Scan codes' })).toHaveCount(0);
});

test('where the browser can, the teacher scans codes one after another; the camera is asked for only on pressing Scan codes', async ({ page }) => {
	const codes = [await resultCode('Amira', [true, false, true]), await resultCode('Bo', [true, true, true])];
	// Headless Chromium has no BarcodeDetector and no camera: a stand-in for both, showing each code for a few frames.
	await page.addInitScript((shown: string[]) => {
		const w = window as unknown as { __cameraAsked: number; __stream?: MediaStream };
		w.__cameraAsked = 0;
		let frame = 0;
		class StandInDetector {
			static async getSupportedFormats() {
				return ['qr_code'];
			}
			async detect() {
				const code = shown[Math.floor(frame++ / 3)];
				return code ? [{ rawValue: code }] : [];
			}
		}
		Object.defineProperty(window, 'BarcodeDetector', { value: StandInDetector, configurable: true });
		navigator.mediaDevices.getUserMedia = async () => {
			w.__cameraAsked++;
			const canvas = document.createElement('canvas');
			canvas.getContext('2d')?.fillRect(0, 0, canvas.width, canvas.height);
			w.__stream = canvas.captureStream(5);
			return w.__stream;
		};
	}, codes);
	const asked = () => page.evaluate(() => (window as unknown as { __cameraAsked: number }).__cameraAsked);
	await page.goto('/class/');
	await hydrated(page);
	const scan = page.getByRole('button', { name: 'Scan codes' });
	await expect(scan).toBeVisible();
	expect(await asked(), 'nothing asks for the camera before the teacher does').toBe(0);

	await scan.click();
	await expect(page.getByLabel('The camera’s picture')).toBeVisible();
	await expect(page.locator('table tbody tr')).toHaveCount(2);
	await expect(page.getByRole('row', { name: /Amira/ })).toContainText('2 / 3');
	await expect(page.getByRole('status').filter({ hasText: /Added Bo \(3 of 3 right\)/ })).toBeVisible();
	expect(await asked()).toBe(1);

	await page.getByRole('button', { name: 'Stop scanning' }).click();
	await expect(scan).toBeFocused();
	expect(await page.evaluate(() => (window as unknown as { __stream: MediaStream }).__stream.getTracks().every((t) => t.readyState === 'ended')), 'the camera is let go').toBe(true);
});

test('the printed quiz asks for a pen, keeps each sentence as written, and puts the answer key on a page of its own after a name line', async ({ page }) => {
	// Only the tap-the-words and choose-all types ("5e" in the link), so the sheet holds both whatever the seed picks.
	await page.goto(`/print/#1.s.${STORY_ID}.1.12.s.5e.-`);
	await expect(page.getByRole('heading', { name: /^Answer key/ })).toBeVisible({ timeout: 20_000 });
	const questions = page.locator('.worksheet .questions');
	await expect(questions).not.toContainText(/\bTap\b|\bChoose\b/);
	await expect(questions).toContainText('Underline every word in this sentence');
	await expect(questions).toContainText('Circle all that apply');
	await expect(page.locator('.worksheet .name-line')).toContainText(/Name.*Class.*Date/);
	// A sentence to underline is the report's own, commas and all.
	const reports = (await page.locator('.worksheet .lines li').allTextContents()).join(' ').replace(/\s+/g, ' ');
	const sentences = await page.locator('.worksheet .sentence').allTextContents();
	expect(sentences.length).toBeGreaterThan(0);
	for (const sentence of sentences) expect(reports).toContain(sentence.replace(/\s+/g, ' ').trim());
	expect(sentences.join(' ')).toMatch(/,/);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print the worksheet' })).toBeHidden();
	expect(await page.locator('.key').evaluate((key) => getComputedStyle(key).breakBefore)).toBe('page');
});
