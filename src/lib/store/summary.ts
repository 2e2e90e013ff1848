// Where a student is in each quiz, in words for the home page and the Progress page: answered out of total,
// how many right, and which go at a story this is, so several attempts at one story no longer read alike.
// Pure (types only from records.ts), so the pages that show it load no schema for it.
import type { Attempt } from './records';

export interface AttemptSummary {
	id: string;
	storyId: string;
	/** The go at this quiz, counted from 1 by when it was started: "Attempt 2". */
	number: number;
	retry: boolean;
	answered: number;
	right: number;
	total: number;
	finished: boolean;
	/** When the student last answered or moved on, for "12 Nov". */
	updatedAt: number;
}

/** Every attempt summarised, newest first, numbered within its quiz (oldest is attempt 1). */
export function summarize(attempts: readonly Attempt[]): AttemptSummary[] {
	const byQuiz = new Map<string, Attempt[]>();
	for (const a of attempts) byQuiz.set(a.storyId, [...(byQuiz.get(a.storyId) ?? []), a]);
	const numbers = new Map<string, number>();
	for (const list of byQuiz.values()) {
		[...list].sort((x, y) => x.startedAt - y.startedAt || x.id.localeCompare(y.id)).forEach((a, i) => numbers.set(a.id, i + 1));
	}
	return attempts
		.map((a) => {
			const given = a.questionIds.filter((id) => a.answers[id]);
			return {
				id: a.id,
				storyId: a.storyId,
				number: numbers.get(a.id) ?? 1,
				retry: a.retryOf !== undefined,
				answered: given.length,
				right: given.filter((id) => a.answers[id]?.correct).length,
				total: a.questionIds.length,
				finished: a.finishedAt !== undefined,
				updatedAt: a.updatedAt,
			};
		})
		.sort((x, y) => y.updatedAt - x.updatedAt);
}

/** "Finished: 9 of 12 right" or "In progress: 4 of 12 answered, 3 right". */
export function progressLine(s: AttemptSummary): string {
	if (s.finished) return `Finished: ${s.right} of ${s.total} right`;
	if (s.answered === 0) return `Started: none of ${s.total} answered yet`;
	return `In progress: ${s.answered} of ${s.total} answered, ${s.right} right`;
}

/** The latest attempt at each quiz, by quiz key (a story's id). */
export function latestByQuiz(summaries: readonly AttemptSummary[]): Map<string, AttemptSummary> {
	const latest = new Map<string, AttemptSummary>();
	for (const s of summaries) {
		const seen = latest.get(s.storyId);
		if (!seen || s.updatedAt > seen.updatedAt) latest.set(s.storyId, s);
	}
	return latest;
}
