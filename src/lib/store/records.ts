// What progress looks like on disk and in an exported file. Every record is versioned and parsed on read
// (zod/mini keeps the browser bundle small); a record that does not parse is set aside, never trusted.
import * as z from 'zod/mini';

export const RECORD_VERSION = 1;

/** One answer: what was picked (option or word indices), whether it was right, and when. */
export const AnswerRecord = z.object({
	picked: z.array(z.int().check(z.nonnegative())),
	correct: z.boolean(),
	at: z.number(),
});
export type AnswerRecord = z.infer<typeof AnswerRecord>;

/** One go at a quiz on one story: the questions picked for it, the answers so far and where the student is. */
export const Attempt = z.object({
	version: z.literal(RECORD_VERSION),
	id: z.string().check(z.minLength(1), z.maxLength(100)),
	/** The built-in story's id, or the key of a quiz opened from a link (see share/quizKey). */
	storyId: z.string().check(z.minLength(1), z.maxLength(200)),
	/** The seed the quiz was picked with: the same seed picks the same questions. */
	seed: z.int(),
	questionIds: z.array(z.string().check(z.maxLength(100))).check(z.minLength(1), z.maxLength(200)),
	answers: z.record(z.string(), AnswerRecord),
	/** The question on screen: an index into questionIds, or questionIds.length for the results. */
	current: z.int().check(z.nonnegative()),
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
});
export type Attempt = z.infer<typeof Attempt>;

export const PROGRESS_FILE_KIND = 'double-take-progress';

/** An exported progress file. Attempts are checked one by one on import, so one bad entry costs only itself. */
export const ProgressFile = z.object({
	kind: z.literal(PROGRESS_FILE_KIND),
	version: z.literal(RECORD_VERSION),
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

export function parseAttempt(value: unknown): { ok: true; attempt: Attempt } | { ok: false; reason: string } {
	const parsed = Attempt.safeParse(value);
	if (parsed.success) return { ok: true, attempt: parsed.data };
	const version = typeof value === 'object' && value !== null && 'version' in value ? (value as { version: unknown }).version : undefined;
	if (typeof version === 'number' && version > RECORD_VERSION) return { ok: false, reason: `saved by a newer version of Double Take (record version ${version})` };
	return { ok: false, reason: 'damaged or unreadable' };
}

/** Where an attempt reopens: its shared link, or its story's quiz page. `root` is the app's base, ending in '/'. */
export function attemptHref(a: Attempt, root: string): string {
	if (a.link) return `${root}play/#${a.link}`;
	return `${root}story/${a.storyId}/quiz/?attempt=${encodeURIComponent(a.id)}`;
}
