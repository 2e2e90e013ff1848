import { expect, hydrated, isPhone, test } from './fixtures';
import { STORY_ID } from './urls';

test('the reading lens marks who is speaking and explains a mark when its tag is pressed', async ({ page }) => {
	await page.goto(`/story/${STORY_ID}/`);
	await hydrated(page);
	const panelA = page.locator('#panel-a');
	await expect(panelA.locator('.chip')).toHaveCount(0);

	await page.getByLabel('Who speaks').check();
	// The source list names each report's sources in words, not colour alone.
	await expect(page.locator('.lens .sources')).toContainText('Mark Smith');
	await expect(page.locator('.lens .sources')).toContainText('David Lammy');

	// "He said it was a complex legal process" is Lammy's, tagged with his name.
	const lammy = panelA.locator('p', { hasText: /complex legal process/ });
	const tag = lammy.getByRole('button', { name: 'David Lammy' }).last();
	await expect(tag).toHaveAttribute('aria-expanded', 'false');

	// Keyboard: focus the tag and press Enter.
	await tag.focus();
	await page.keyboard.press('Enter');
	await expect(tag).toHaveAttribute('aria-expanded', 'true');
	const note = panelA.locator('.note');
	await expect(note).toContainText('David Lammy');
	await note.getByRole('button', { name: 'Close' }).click();
	await expect(note).toHaveCount(0);

	await page.getByLabel('Who speaks').uncheck();
	await expect(panelA.locator('.chip')).toHaveCount(0);
});

test('the lens works on report B, where the lede’s unnamed diplomat is Mark Smith', async ({ page }) => {
	await page.goto(`/story/${STORY_ID}/?report=b`);
	await hydrated(page);
	if (isPhone(page)) await expect(page.getByRole('tab', { name: 'Report B' })).toHaveAttribute('aria-selected', 'true');
	await page.getByLabel('Who speaks').check();
	const lede = page.locator('#panel-b p', { hasText: /A senior British diplomat has resigned/ });
	await expect(lede.getByRole('button', { name: 'Mark Smith' })).toBeVisible();
	await expect(lede.locator('mark.k-speaker')).toContainText('the government’s actions are complicit in war crimes');
});

test('tapping a marked word opens its explanation, and every tag is a target of at least 24px', async ({ page }) => {
	await page.goto(`/story/${STORY_ID}/`);
	await hydrated(page);
	for (const name of ['Who speaks', 'Hedges', 'Loaded words']) await page.getByLabel(name).check();
	const panelA = page.locator('#panel-a');
	// The words of Lammy's "complex legal process", not the small tag beside them.
	await panelA.locator('mark', { hasText: 'it was a complex legal process' }).click();
	await expect(panelA.locator('.note')).toContainText('David Lammy');
	const small = await panelA.locator('.chip').evaluateAll((chips) =>
		chips.flatMap((chip) => {
			const { width, height } = chip.getBoundingClientRect();
			return width > 0 && (width < 24 || height < 24) ? [`${chip.textContent}: ${width}×${height}`] : [];
		})
	);
	expect(await panelA.locator('.chip').count()).toBeGreaterThan(20);
	expect(small).toEqual([]);
});

test('on a phone the lens is a compact row of switches, and the report’s text starts on the first screen', async ({ page }) => {
	test.skip(!isPhone(page), 'the phone layout');
	await page.goto(`/story/${STORY_ID}/`);
	await hydrated(page);
	await expect(page.locator('#panel-a p[data-start]').first()).toBeInViewport();
	await page.getByText('What the marks mean').click();
	await expect(page.getByText(/Dotted underline: words that make a claim less certain/)).toBeVisible();
});
