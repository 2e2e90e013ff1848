// The bundled stories, parsed once with the story schema. Imported by prerendering (+page.server.ts)
// only, so neither zod nor the report texts end up in the browser's JavaScript: pages get them as data.
import { StoryList, type Story } from '$lib/schema';
import { seedStories } from './stories';

export type { Story };

/** A malformed story fails the build, never a student's page. */
export const stories: readonly Story[] = StoryList.parse(seedStories);

export interface StorySummary {
	id: string;
	title: string;
	sources: [string, string];
}

export function listStories(): StorySummary[] {
	return stories.map(({ id, title, reports: [a, b] }) => ({ id, title, sources: [a.source, b.source] }));
}

export function getStory(id: string): Story | undefined {
	return stories.find((story) => story.id === id);
}
