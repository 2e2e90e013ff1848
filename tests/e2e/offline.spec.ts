import { expect, hydrated, isPhone, offlineReady, test } from './fixtures';
import { STORY_ID } from './urls';

const storyPath = `/story/${STORY_ID}/`;

test('after one online visit, home, a deep link and the about page open with the network off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await offlineReady(page);

	await context.setOffline(true);

	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Two reports. One event.');

	const deepLink = await page.goto(`${storyPath}?report=b`);
	expect(deepLink?.fromServiceWorker(), 'the story page came from the service worker').toBe(true);
	await hydrated(page);
	await expect(page.locator('#panel-b')).toContainText('A senior British diplomat has resigned');
	if (isPhone(page)) {
		await expect(page.getByRole('tab', { name: 'Report B' })).toHaveAttribute('aria-selected', 'true');
	}

	// In-app navigation needs the pages' data files, which are precached too.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Double Take');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
	await page.getByRole('link', { name: 'A UK official resigns over arms sales to Israel' }).click();
	await expect(page.locator('#panel-a')).toContainText('A British Foreign Office official has resigned');
});

test('the manifest makes the app installable with real icons', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifestUrl = new URL(href ?? '', page.url());
	const manifest = (await (await request.get(manifestUrl.href)).json()) as {
		start_url: string;
		scope: string;
		display: string;
		icons: { src: string; sizes: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
	expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
	for (const icon of manifest.icons) {
		const response = await request.get(new URL(icon.src, manifestUrl).href);
		expect(response.headers()['content-type']).toContain('image/png');
		const png = await response.body();
		// Width and height live in the IHDR chunk, at bytes 16 and 20.
		const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
		expect(size).toBe(icon.sizes);
	}
});
