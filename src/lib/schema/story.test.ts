import { describe, expect, it } from 'vitest';
import { Story, StoryList } from './story';

const report = (key: 'a' | 'b') => ({
	key,
	label: `Report ${key.toUpperCase()}`,
	source: 'A newspaper',
	file: `${key}.txt`,
	text: 'Headline\n\nBody.'
});
const story = { id: 'a-story', title: 'A story', reports: [report('a'), report('b')] };

describe('Story', () => {
	it('accepts a story with an id, a title and reports A and B', () => {
		expect(Story.parse(story)).toEqual(story);
	});

	it('rejects an id that would not be safe in a link', () => {
		expect(Story.safeParse({ ...story, id: 'Arms Sales!' }).success).toBe(false);
	});

	it('rejects a story with only one report', () => {
		expect(Story.safeParse({ ...story, reports: [report('a')] }).success).toBe(false);
	});

	it('rejects reports given as B then A', () => {
		expect(Story.safeParse({ ...story, reports: [report('b'), report('a')] }).success).toBe(false);
	});

	it('rejects a report whose text is only whitespace', () => {
		const blank = { ...report('b'), text: ' \n\n ' };
		expect(Story.safeParse({ ...story, reports: [report('a'), blank] }).success).toBe(false);
	});
});

describe('StoryList', () => {
	it('rejects two stories with the same id', () => {
		expect(StoryList.safeParse([story, story]).success).toBe(false);
	});
});
