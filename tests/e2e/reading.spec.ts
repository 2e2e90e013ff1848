import { expect, hydrated, isPhone, test } from './fixtures';
import { STORY_ID } from './urls';

const storyPath = `/story/${STORY_ID}/`;
const firstOfA = 'A British Foreign Office official has resigned after refusing to impose a ban';
const firstOfB = 'A senior British diplomat has resigned in protest';

test('home lists the story and opens it with both reports readable', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Two reports. One event.');

	await page.getByRole('link', { name: 'A UK official resigns over arms sales to Israel' }).click();
	await expect(page).toHaveURL(storyPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A UK official resigns over arms sales to Israel');

	const panelA = page.locator('#panel-a');
	const panelB = page.locator('#panel-b');
	// The site's section after the bar is page debris, not part of the headline.
	await expect(panelA.getByRole('heading', { level: 2 })).toHaveText(
		'Foreign Office official resigns after UK refuses to ban arms exports to Israel'
	);
	// Paragraphs are kept: 19 non-empty lines in report A are the headline and 18 paragraphs.
	await expect(panelA.locator('p[data-start]')).toHaveCount(18);
	await expect(panelA).toContainText(firstOfA);

	if (isPhone(page)) {
		await expect(page.getByRole('tab', { name: 'Report A' })).toHaveAttribute('aria-selected', 'true');
		await expect(panelB).toBeHidden();
		await page.getByRole('tab', { name: 'Report B' }).click();
		await expect(panelB).toBeVisible();
		await expect(panelA).toBeHidden();
		await expect(page).toHaveURL(`${storyPath}?report=b`);
	} else {
		// Side by side: same top, B to the right of A, no tabs.
		await expect(page.getByRole('tablist')).toBeHidden();
		const [a, b] = await Promise.all([panelA.boundingBox(), panelB.boundingBox()]);
		expect(a && b && b.x > a.x + a.width - 1 && Math.abs(a.y - b.y) < 2).toBe(true);
	}
	await expect(panelB).toBeVisible();
	await expect(panelB).toContainText(firstOfB);
	// B's comment form is page debris: hidden until asked for, then shown dimmed and labelled, as text.
	await expect(panelB).not.toContainText('Your email address will not be published');
	await expect(panelB.getByRole('heading', { level: 2 })).toContainText('Shocking resignation');
	await page.getByLabel('Page debris').check();
	await expect(panelB.locator('.debris').last()).toHaveText(
		'page debris Your email address will not be published. Required fields are marked *'
	);
});

test('on a wide screen the keyboard reaches both reports, with no tabs in the way', async ({ page }) => {
	test.skip(isPhone(page), 'the phone layout has tabs: see the next test');
	await page.goto(storyPath);
	await hydrated(page);
	// The reading lens switches and their key come first; the key leads on into the reports.
	await page.getByLabel('Page debris').focus();
	await page.keyboard.press('Tab');
	await expect(page.getByText('What the marks mean')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('#panel-a')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('#panel-b')).toBeFocused();
});

test('arrow keys, Home and End switch reports, and the URL follows', async ({ page }) => {
	test.skip(!isPhone(page), 'both reports are on screen from 900px wide; tabs are the phone layout');
	await page.goto(storyPath);
	await hydrated(page);
	const tabA = page.getByRole('tab', { name: 'Report A' });
	const tabB = page.getByRole('tab', { name: 'Report B' });

	// Reach the tabs from the reading lens's key with the keyboard alone.
	await page.getByText('What the marks mean').focus();
	await page.keyboard.press('Tab');
	await expect(tabA).toBeFocused();

	await page.keyboard.press('ArrowRight');
	await expect(tabB).toBeFocused();
	await expect(tabB).toHaveAttribute('aria-selected', 'true');
	await expect(tabA).toHaveAttribute('tabindex', '-1');
	await expect(page.locator('#panel-b')).toBeVisible();
	await expect(page).toHaveURL(`${storyPath}?report=b`);

	await page.keyboard.press('ArrowRight');
	await expect(tabA).toBeFocused();
	await expect(page).toHaveURL(storyPath);

	await page.keyboard.press('End');
	await expect(tabB).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Home');
	await expect(tabA).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowLeft');
	await expect(tabB).toHaveAttribute('aria-selected', 'true');

	// Tab moves on into the open report, not to the other tab.
	await page.keyboard.press('Tab');
	await expect(page.locator('#panel-b')).toBeFocused();
});

test('a link can point straight at report B', async ({ page }) => {
	await page.goto(`${storyPath}?report=b`);
	await hydrated(page);
	await expect(page.locator('#panel-b')).toBeVisible();
	if (isPhone(page)) {
		await expect(page.getByRole('tab', { name: 'Report B' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.locator('#panel-a')).toBeHidden();
	}
});

test('the about page says what the app is for and that nothing leaves the device', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
	await expect(page).toHaveURL('/about/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Double Take');
	await expect(page.getByRole('heading', { name: 'Nothing leaves your device' })).toBeVisible();
});
