import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryList } from '$lib/schema';
import { getStory, listStories, stories } from './index';
import { seedStories } from './stories';

const here = (path: string) => new URL(path, import.meta.url);
const seedsDir = here('../../../../shared/seeds/');

// The seed files as published in ../shared/seeds; if these change, every offset in gold.json moves too.
const seedSha256: Record<string, string> = {
	'000_e6705d96b1f0feb6.txt': '2ac50d758f02ee559d26daa7ce204f360baaec031de4032d7e62f928f53aa63f',
	'001_637e260c91ed6497.txt': 'e64454e8f23441d9f8c918bcaac60644c32ef4a4b5ce5e2ca11bb7d4ca1aa316'
};

const reports = stories.flatMap((story) => story.reports);

describe('the bundled stories', () => {
	it('parse with the story schema', () => {
		expect(() => StoryList.parse(seedStories)).not.toThrow();
	});

	it('start with the seed pair, report A then report B', () => {
		const [first] = stories;
		expect(first?.reports.map((r) => r.file)).toEqual(Object.keys(seedSha256));
		expect(first?.reports.map((r) => r.key)).toEqual(['a', 'b']);
	});

	it.each(reports.map((r) => [r.file, r] as const))(
		'keep %s byte for byte as the copy in stories/',
		(file, report) => {
			const onDisk = readFileSync(here(`./stories/${file}`));
			expect(Buffer.from(report.text, 'utf8').equals(onDisk)).toBe(true);
		}
	);

	it.each(reports.map((r) => [r.file, r] as const))(
		'keep %s byte for byte as the published seed (SHA-256)',
		(file, report) => {
			const digest = createHash('sha256').update(report.text, 'utf8').digest('hex');
			expect(digest).toBe(seedSha256[file]);
		}
	);

	it.runIf(existsSync(seedsDir))('are identical to the files in ../shared/seeds', () => {
		for (const report of reports.filter((r) => r.file in seedSha256)) {
			const seed = readFileSync(new URL(report.file, seedsDir));
			expect(Buffer.from(report.text, 'utf8').equals(seed), report.file).toBe(true);
		}
	});

	it('keep the texts untouched: no trimming, and the original line breaks', () => {
		const a = getStory('uk-official-resigns')?.reports[0].text ?? '';
		expect(a.startsWith('Foreign Office official resigns')).toBe(true);
		expect(a.endsWith('\n\n\n\n\n')).toBe(true);
		expect(a.includes('\r')).toBe(false);
	});
});

describe('listStories', () => {
	it('lists each story once with its title and both sources', () => {
		expect(listStories()).toEqual([
			{
				id: 'uk-official-resigns',
				title: 'A UK official resigns over arms sales to Israel',
				sources: ['A news page filed under “Arms Trade”', 'Action on Armed Violence (AOAV)']
			}
		]);
	});
});

describe('getStory', () => {
	it('finds a story by its id', () => {
		expect(getStory('uk-official-resigns')?.reports).toHaveLength(2);
	});

	it('returns undefined for an id it does not know', () => {
		expect(getStory('no-such-story')).toBeUndefined();
	});
});

describe('the list of story ids', () => {
	it('names exactly the bundled stories, so a link made on the command line opens in the app', async () => {
		const { STORY_IDS } = await import('./story-ids');
		const { seedStories } = await import('./stories');
		expect([...STORY_IDS]).toEqual(seedStories.map((s) => s.id));
	});
});
