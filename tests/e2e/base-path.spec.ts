// The same app built with BASE_PATH=/double-take and served from that sub-path by a plain static server,
// as on GitHub Pages: links, manifest, service worker scope and offline deep links must all follow it.
import { expect, hydrated, offlineReady, test } from './fixtures';
import { STORY_ID, SUBPATH, SUBPATH_ORIGIN } from './urls';

test.use({ baseURL: SUBPATH_ORIGIN });

test('links, manifest and service worker follow the sub-path, and deep links open offline', async ({
	page,
	context,
	request
}) => {
	await page.goto(`${SUBPATH}/`);
	const { scope } = await offlineReady(page);
	expect(scope).toBe(`${SUBPATH_ORIGIN}${SUBPATH}/`);

	const manifestHref = await page.locator('link[rel="manifest"]').evaluate((l) => (l as HTMLLinkElement).href);
	expect(manifestHref).toBe(`${SUBPATH_ORIGIN}${SUBPATH}/manifest.webmanifest`);
	const manifest = (await (await request.get(manifestHref)).json()) as { start_url: string; scope: string };
	expect(manifest).toMatchObject({ start_url: `${SUBPATH}/`, scope: `${SUBPATH}/` });

	await page.getByRole('link', { name: 'A UK official resigns over arms sales to Israel' }).click();
	await expect(page).toHaveURL(`${SUBPATH}/story/${STORY_ID}/`);
	await expect(page.locator('#panel-a')).toContainText('A British Foreign Office official has resigned');

	await context.setOffline(true);
	const deepLink = await page.goto(`${SUBPATH}/story/${STORY_ID}/?report=b`);
	expect(deepLink?.fromServiceWorker()).toBe(true);
	await hydrated(page);
	await expect(page.locator('#panel-b')).toContainText('A senior British diplomat has resigned');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
	await expect(page).toHaveURL(`${SUBPATH}/about/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Double Take');
});
