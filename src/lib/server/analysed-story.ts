// A bundled story with both reports read and compared, for the pages that prerender it. Server-only
// ($lib/server): the engine runs at build time, once per story, and the phone receives the results as data.
import { error } from '@sveltejs/kit';
import { analyzeReport, compareReports, type Comparison, type ReportAnalysis } from '$lib/analysis';
import { getStory, type Story } from '$lib/content';

export interface AnalysedStory {
	story: Story;
	reports: [ReportAnalysis, ReportAnalysis];
	comparison: Comparison;
}

const cache = new Map<string, AnalysedStory>();

/** The story with this id, analysed; a 404 page when there is none. */
export function analysedStory(id: string): AnalysedStory {
	const hit = cache.get(id);
	if (hit) return hit;
	const story = getStory(id);
	if (!story) error(404, 'There is no story with that name.');
	const a = analyzeReport(story.reports[0].text);
	const b = analyzeReport(story.reports[1].text);
	const analysed: AnalysedStory = { story, reports: [a, b], comparison: compareReports(a, b) };
	cache.set(id, analysed);
	return analysed;
}
