// Failure drills: the faults a student's phone really meets, each played out in the browser. Whatever
// happens, no answer is lost, and the student is told plainly when progress cannot be kept.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chromium, type Page } from '@playwright/test';
import { expect, hydrated, isPhone, offlineReady, test } from './fixtures';
import { answerFirst, next, openQuiz, questionNumber, quizPath } from './quiz-helpers';
import { UPDATE_BUILD, UPDATE_ORIGIN } from './urls';

const progressOf = (page: Page) => page.getByRole('progressbar', { name: 'Quiz progress' });

/** Every record in one of the app's object stores, read in the page (no eval: the page's policy forbids it). */
const allRecords = (page: Page, store: 'attempts' | 'set-aside' = 'attempts') =>
	page.evaluate(
		(name) =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const open = indexedDB.open('double-take');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const read = open.result.transaction(name).objectStore(name).getAll();
					read.onsuccess = () => resolve(read.result as Record<string, unknown>[]);
					read.onerror = () => reject(read.error);
				};
			}),
		store
	);

/** Writes records straight into the attempts store, as another version, another app or a bad disk might. */
const plant = (page: Page, records: unknown[]) =>
	page.evaluate(
		(list) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('double-take');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('attempts', 'readwrite');
					for (const record of list) tx.objectStore('attempts').put(record);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		records
	);

test.describe('an app update mid-quiz', () => {
	test.use({ baseURL: UPDATE_ORIGIN });

	/** A plain static host on the drill's origin, serving one build; stopped to swap in the next. */
	async function serve(dir: string): Promise<ChildProcess> {
		const server = spawn(process.execPath, ['tests/e2e/static-server.mjs', dir, '', new URL(UPDATE_ORIGIN).port], { stdio: ['ignore', 'pipe', 'inherit'] });
		const [chunk] = (await once(server.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
		expect(chunk.toString()).toContain('Serving');
		return server;
	}
	async function stop(server: ChildProcess) {
		if (server.exitCode !== null) return;
		server.kill();
		await once(server, 'exit');
	}

	test('version 2 takes over after the student says so, and every answer from version 1 is kept', async ({ page }) => {
		test.skip(!isPhone(page), 'the update does not depend on the screen: once is enough');
		let server = await serve('build');
		try {
			await openQuiz(page);
			await offlineReady(page);
			const verdicts: boolean[] = [];
			for (let i = 0; i < 6; i++) {
				verdicts.push(await answerFirst(page));
				await next(page);
			}
			expect(await questionNumber(page)).toEqual({ n: 7, of: 12 });

			// The teacher's host now serves version 2; the student reloads (or comes back next lesson).
			await stop(server);
			server = await serve(UPDATE_BUILD);
			await page.reload();
			await hydrated(page);
			const banner = page.getByRole('status').filter({ hasText: 'A new version of Double Take is ready.' });
			await expect(banner).toBeVisible({ timeout: 15_000 });
			// Nothing moves until the student says so: the quiz is still where it was.
			expect(await questionNumber(page)).toEqual({ n: 7, of: 12 });
			// Listening before the click: a quick reload can finish before a wait started after it.
			const reloaded = page.waitForEvent('load');
			await banner.getByRole('button', { name: 'Reload now' }).click();
			await reloaded;
			await hydrated(page);
			expect(await questionNumber(page)).toEqual({ n: 7, of: 12 });
			await expect(progressOf(page)).toHaveAttribute('aria-valuenow', '6');

			await page.goto('/about/');
			await expect(page.getByText('Version 0.1.0+update-drill')).toBeVisible();
			await page.goto('/progress/');
			await hydrated(page);
			await expect(page.getByText('In progress: 6 of 12 answered')).toBeVisible();
			const [record] = await allRecords(page);
			const answers = Object.values((record?.['answers'] ?? {}) as Record<string, { correct: boolean }>);
			expect(answers.map((a) => a.correct).sort()).toEqual([...verdicts].sort());
		} finally {
			await stop(server);
		}
	});
});

test('a browser killed the moment the feedback shows still has the answer when the quiz is opened again', async ({ requests, baseURL }, testInfo) => {
	// A phone under memory pressure kills the browser outright: no unload, no goodbye. A profile on disk
	// plays the phone's storage; SIGKILL to every process using it plays the kill.
	const profile = testInfo.outputPath('profile');
	const launch = async () => {
		const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, viewport: testInfo.project.use.viewport ?? null, baseURL });
		context.on('request', (request) => requests.push(request.url()));
		return context;
	};
	const first = await launch();
	const page = first.pages()[0] ?? (await first.newPage());
	await openQuiz(page);
	await answerFirst(page);
	await next(page);
	const right = await answerFirst(page);
	const pids = execFileSync('pgrep', ['-f', profile], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
	expect(pids.length).toBeGreaterThan(0);
	for (const pid of pids) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// Already gone with its parent.
		}
	}
	await first.close().catch(() => undefined);

	const second = await launch();
	try {
		const again = second.pages()[0] ?? (await second.newPage());
		await openQuiz(again);
		expect(await questionNumber(again)).toEqual({ n: 2, of: 12 });
		await expect(again.locator('.feedback h2')).toHaveText(right ? '✓ Right.' : '✗ Not quite.');
		await expect(progressOf(again)).toHaveAttribute('aria-valuenow', '2');
	} finally {
		await second.close();
	}
});

test('with the device’s storage full, the quiz goes on and says answers are kept only while the page is open', async ({ page }) => {
	// What a full disk looks like to the page: every write to the database is refused with a quota error.
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await openQuiz(page);
	const notice = page.getByRole('alert').filter({ hasText: 'storage is full' });
	await expect(notice).toContainText('kept only while this page is open');
	await answerFirst(page);
	await next(page);
	await answerFirst(page);
	await expect(progressOf(page)).toHaveAttribute('aria-valuenow', '2');
	await expect(notice).toBeVisible();
	await expect(page.getByText(/export your progress/)).toBeVisible();
});

test('old, foreign and damaged records: the app opens, keeps the good, moves the old to this version, sets the bad aside', async ({ page }) => {
	await openQuiz(page);
	await answerFirst(page);
	await next(page);
	const [mine] = await allRecords(page);
	if (!mine) throw new Error('the quiz saved its attempt');
	const ids = mine['questionIds'] as string[];
	// A record written by the first version of Double Take: the place held as an index, three answers in.
	const old = {
		version: 1,
		id: 'att-from-version-1',
		storyId: mine['storyId'],
		seed: 999,
		questionIds: ids,
		answers: Object.fromEntries(ids.slice(0, 3).map((id, i) => [id, { picked: [0], correct: i !== 1, at: 100 + i }])),
		current: 3,
		startedAt: 100,
		updatedAt: 103
	};
	const foreign = { id: 'shopping', list: ['milk', 'bread'] };
	const newer = { ...mine, id: 'att-from-the-future', version: 9 };
	const damaged = { ...mine, id: 'att-damaged', answers: 'lots' };
	await plant(page, [old, foreign, newer, damaged]);

	await page.goto('/progress/');
	await hydrated(page);
	await expect(page.getByText(/^3 saved records could not be read and were set aside\. Your other progress is safe\./)).toBeVisible();
	const listed = page.locator('.attempts li');
	await expect(listed).toHaveCount(2);
	await expect(listed.filter({ hasText: 'In progress: 1 of 12 answered' })).toHaveCount(1);
	await expect(listed.filter({ hasText: 'In progress: 3 of 12 answered' })).toHaveCount(1);
	// On disk, the old record is now a current one, and the bad ones sit apart, not deleted.
	const stored = await allRecords(page);
	expect(stored.map((r) => r['id']).sort()).toEqual(['att-from-version-1', mine['id']].sort());
	expect(stored.find((r) => r['id'] === 'att-from-version-1')).toMatchObject({ version: 2, onScreen: ids[3] });
	const aside = await allRecords(page, 'set-aside');
	expect(aside.map((x) => (x['record'] as { id: string }).id).sort()).toEqual(['att-damaged', 'att-from-the-future', 'shopping']);

	// The migrated attempt opens where it was left: the fourth question, three answered.
	await listed.filter({ hasText: '3 of 12 answered' }).getByRole('link').click();
	await hydrated(page);
	expect(await questionNumber(page)).toEqual({ n: 4, of: 12 });
	await expect(progressOf(page)).toHaveAttribute('aria-valuenow', '3');
});

test('two tabs on the same quiz: each shows the other’s answers, and none is lost or doubled', async ({ context }) => {
	const one = await context.newPage();
	await openQuiz(one);
	const two = await context.newPage();
	await openQuiz(two);
	expect(await questionNumber(two)).toEqual({ n: 1, of: 12 });

	await answerFirst(one);
	// Tab two hears of the answer at once: the question shows as answered there too.
	await expect(two.locator('.feedback h2')).toHaveText(/Right\.|Not quite\./);
	await next(two);
	await expect(one.getByText(/^Question 2 of 12$/)).toBeVisible();
	await answerFirst(two);
	await next(one);
	await answerFirst(one);
	await expect(progressOf(two)).toHaveAttribute('aria-valuenow', '3');
	await expect(progressOf(one)).toHaveAttribute('aria-valuenow', '3');

	await one.close();
	await two.close();
	const page = await context.newPage();
	await page.goto('/progress/');
	await hydrated(page);
	await expect(page.locator('.attempts li')).toHaveCount(1);
	await expect(page.getByText('In progress: 3 of 12 answered')).toBeVisible();
	await page.goto(quizPath);
	await hydrated(page);
	expect(await questionNumber(page)).toEqual({ n: 3, of: 12 });
});
