// What progress looks like on disk and in an exported file. Every record is versioned and parsed on read
// (zod/mini keeps the browser bundle small); a record that does not parse is set aside, never trusted.
import * as z from 'zod/mini';

/**
 * Version 2 keeps the question on screen by its id, not its index: an app update that retires a question
 * no longer moves a student past an unanswered one. Version 1 records are migrated on read.
 */
export const RECORD_VERSION = 2;

/** One answer: what was picked (option or word indices), whether it was right, and when. */
export const AnswerRecord = z.object({
	picked: z.array(z.int().check(z.nonnegative())),
	correct: z.boolean(),
	at: z.number(),
});
export type AnswerRecord = z.infer<typeof AnswerRecord>;

const attemptFields = {
	id: z.string().check(z.minLength(1), z.maxLength(100)),
	/** The built-in story's id, or the key of a quiz opened from a link (see share/quizKey). */
	storyId: z.string().check(z.minLength(1), z.maxLength(200)),
	/** The seed the quiz was picked with: the same seed picks the same questions. */
	seed: z.int(),
	questionIds: z.array(z.string().check(z.maxLength(100))).check(z.minLength(1), z.maxLength(200)),
	answers: z.record(z.string(), AnswerRecord),
	startedAt: z.number(),
	updatedAt: z.number(),
	finishedAt: z.optional(z.number()),
	/** Set on a "retry the ones I missed" attempt: the attempt it retries. */
	retryOf: z.optional(z.string()),
	/** A quiz opened from a teacher's link: the student's first name (optional), and the link to reopen it. */
	name: z.optional(z.string().check(z.maxLength(60))),
	link: z.optional(z.string().check(z.maxLength(400_000))),
	/** The quiz's title, for quizzes that are not a built-in story. */
	title: z.optional(z.string().check(z.maxLength(300))),
};

/** One go at a quiz on one story: the questions picked for it, the answers so far and where the student is. */
export const Attempt = z.object({
	version: z.literal(RECORD_VERSION),
	...attemptFields,
	/** The id of the question on screen, or null once the results are shown. */
	onScreen: z.nullable(z.string().check(z.maxLength(100))),
});
export type Attempt = z.infer<typeof Attempt>;

/** Version 1 (before 2026-11-25): the question on screen as an index into questionIds. */
const AttemptV1 = z.object({
	version: z.literal(1),
	...attemptFields,
	current: z.int().check(z.nonnegative()),
});

function fromV1(old: z.infer<typeof AttemptV1>): Attempt {
	const { current, ...rest } = old;
	return { ...rest, version: RECORD_VERSION, onScreen: old.questionIds[current] ?? null };
}

export const PROGRESS_FILE_KIND = 'double-take-progress';

/** An exported progress file. Attempts are checked one by one on import, so one bad entry costs only itself. */
export const ProgressFile = z.object({
	kind: z.literal(PROGRESS_FILE_KIND),
	/** Files from version 1 still import: their attempts are migrated one by one. */
	version: z.union([z.literal(1), z.literal(RECORD_VERSION)]),
	exportedAt: z.number(),
	attempts: z.array(z.unknown()),
});
export type ProgressFile = z.infer<typeof ProgressFile>;

/** A stored record that did not parse, kept aside with the reason so nothing is silently deleted. */
export interface SetAside {
	reason: string;
	at: number;
	record: unknown;
}

/** A stored or imported record as an attempt of this version; `migrated` when it was written by an older one. */
export function parseAttempt(value: unknown): { ok: true; attempt: Attempt; migrated?: true } | { ok: false; reason: string } {
	const parsed = Attempt.safeParse(value);
	if (parsed.success) return { ok: true, attempt: parsed.data };
	const old = AttemptV1.safeParse(value);
	if (old.success) return { ok: true, attempt: fromV1(old.data), migrated: true };
	const version = typeof value === 'object' && value !== null && 'version' in value ? (value as { version: unknown }).version : undefined;
	if (typeof version === 'number' && version > RECORD_VERSION) return { ok: false, reason: `saved by a newer version of Double Take (record version ${version})` };
	return { ok: false, reason: 'damaged or unreadable' };
}
