// The `test` every spec uses: it records every request the browser makes (pages and service worker) and
// fails the test if any left the app's own origin.
import { test as base, expect, type Page } from '@playwright/test';

const localSchemes = new Set(['data:', 'blob:', 'about:']);

export const test = base.extend<{ requests: string[] }>({
	requests: [
		async ({ context, baseURL }, use, testInfo) => {
			const seen: string[] = [];
			context.on('request', (request) => seen.push(request.url()));
			await use(seen);
			const origin = new URL(baseURL ?? 'http://localhost').origin;
			const foreign = seen.filter((url) => {
				const parsed = new URL(url);
				return !localSchemes.has(parsed.protocol) && parsed.origin !== origin;
			});
			expect(foreign, `requests that left ${origin}`).toEqual([]);
			if (testInfo.expectedStatus !== 'skipped') {
				expect(seen.length, 'the request recorder saw the test run').toBeGreaterThan(0);
			}
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until Svelte has hydrated the page (the root layout marks <html> on mount). */
export async function hydrated(page: Page) {
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/**
 * Waits until this page's service worker is activated and controls the page: the app is now offline-ready.
 * The worker claims open pages as it activates (Workbox `clientsClaim`), but a page whose navigation began
 * while the worker was still installing can come into being just after that claim and stay uncontrolled
 * until it loads again (seen once in CI, on a loaded machine). A student's next visit is controlled; so is
 * this page once reloaded, and that is checked.
 */
export async function offlineReady(page: Page) {
	await hydrated(page);
	const state = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise((resolve) =>
				worker.addEventListener('statechange', () => {
					if (worker.state === 'activated' || worker.state === 'redundant') resolve(null);
				})
			);
		}
		if (!navigator.serviceWorker.controller) {
			await Promise.race([
				new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
				),
				new Promise((resolve) => setTimeout(resolve, 5_000))
			]);
		}
		return {
			state: registration.active?.state,
			scope: registration.scope,
			controlled: Boolean(navigator.serviceWorker.controller)
		};
	});
	expect(state.state).toBe('activated');
	if (!state.controlled) {
		await page.reload();
		await hydrated(page);
		const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
		expect(controlled, 'the page is controlled by the service worker once reloaded').toBe(true);
	}
	return state;
}

export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 0) < 900;
