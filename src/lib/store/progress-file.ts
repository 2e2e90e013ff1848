// Export and import of progress as a file, for moving to another device. Import is checked entry by entry
// and merged without duplicates: the same attempt on both sides keeps every answer either side has.
import { parseAttempt, PROGRESS_FILE_KIND, ProgressFile, RECORD_VERSION, type Attempt } from './records';
import type { ProgressStore } from './store';

export async function exportProgress(store: ProgressStore, now = Date.now()): Promise<ProgressFile> {
	const { attempts } = await store.list();
	return { kind: PROGRESS_FILE_KIND, version: RECORD_VERSION, exportedAt: now, attempts };
}

/** How far through an attempt is: the index of the question on screen, past the end once finished. */
const placeOf = (a: Attempt): number => (a.onScreen === null ? a.questionIds.length : a.questionIds.indexOf(a.onScreen));

/** Two copies of one attempt: same quiz, same questions. */
const sameQuiz = (x: Attempt, y: Attempt): boolean => x.storyId === y.storyId && x.questionIds.join() === y.questionIds.join();

/**
 * What a store writes when it saves `incoming` over the record it holds under that id (every store does
 * this, so two tabs never lose or double an answer): the two merged when the record is a readable copy of
 * the same quiz, the stored one first (it was saved first, so its answers stand); otherwise `incoming`.
 */
export function savedOver(stored: unknown, incoming: Attempt): Attempt {
	const parsed = parseAttempt(stored);
	return parsed.ok && sameQuiz(parsed.attempt, incoming) ? mergeAttempt(parsed.attempt, incoming) : incoming;
}

/**
 * One attempt known on both sides (two devices, or two tabs): every answer from either, the furthest place
 * reached, the earliest finish.
 */
export function mergeAttempt(mine: Attempt, theirs: Attempt): Attempt {
	if (!sameQuiz(mine, theirs)) return mine;
	const answers = { ...theirs.answers };
	// Where both answered the same question, the first answer stands: it is the one that was scored. On a
	// tie, `mine` (pass the copy that was saved first).
	for (const [id, a] of Object.entries(mine.answers)) {
		const other = answers[id];
		if (!other || a.at <= other.at) answers[id] = a;
	}
	const finishedAt = [mine.finishedAt, theirs.finishedAt].filter((x): x is number => x !== undefined);
	const merged: Attempt = {
		...mine,
		answers,
		onScreen: placeOf(theirs) > placeOf(mine) ? theirs.onScreen : mine.onScreen,
		startedAt: Math.min(mine.startedAt, theirs.startedAt),
		updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
	};
	if (finishedAt.length) merged.finishedAt = Math.min(...finishedAt);
	return merged;
}

export interface ImportResult {
	added: number;
	updated: number;
	unchanged: number;
	/** Entries in the file that were damaged or from a newer version, and were left out. */
	skipped: number;
}

export class ImportError extends Error {
	override name = 'ImportError';
}

/** Reads a progress file's text, or throws ImportError with a message a student can act on. */
export function readProgressFile(text: string): ProgressFile {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new ImportError('This file is not a Double Take progress file (it is not JSON). Choose the file you exported.');
	}
	const parsed = ProgressFile.safeParse(json);
	if (!parsed.success) {
		const kind = typeof json === 'object' && json !== null && 'kind' in json ? (json as { kind: unknown }).kind : undefined;
		throw new ImportError(
			kind === PROGRESS_FILE_KIND
				? 'This progress file comes from a newer version of Double Take. Update the app, then import it again.'
				: 'This file is not a Double Take progress file. Choose the file you exported from the Progress page.',
		);
	}
	return parsed.data;
}

const same = (x: Attempt, y: Attempt) => JSON.stringify(x) === JSON.stringify(y);

export async function importProgress(store: ProgressStore, file: ProgressFile): Promise<ImportResult> {
	const result: ImportResult = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
	const { attempts } = await store.list();
	const have = new Map(attempts.map((a) => [a.id, a]));
	for (const entry of file.attempts) {
		const parsed = parseAttempt(entry);
		if (!parsed.ok) {
			result.skipped++;
			continue;
		}
		const incoming = parsed.attempt;
		const mine = have.get(incoming.id);
		if (mine && same(mine, mergeAttempt(mine, incoming))) {
			result.unchanged++;
			continue;
		}
		// The store merges with what it holds, so an attempt already here keeps every answer on both sides.
		have.set(incoming.id, await store.put(incoming));
		if (mine) result.updated++;
		else result.added++;
	}
	return result;
}
