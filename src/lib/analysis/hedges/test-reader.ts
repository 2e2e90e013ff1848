// For the hedge rules' tests: the hedges the engine finds in a short report written for the test, as
// [words, category, sense], so a test reads like the sentence it checks.
import { analyzeReport } from '../analyze';
import type { Hedge } from '../types';

export function hedgesIn(body: string): Hedge[] {
	return analyzeReport(`Headline for the test\n\n${body}`).hedges;
}

export function hedgeWords(body: string): [string, string, string | undefined][] {
	const text = `Headline for the test\n\n${body}`;
	return analyzeReport(text).hedges.map((h) => [text.slice(h.start, h.end), h.category, h.sense]);
}
