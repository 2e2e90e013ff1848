// Quiz files: a quiz saved as a small JSON file, for a link too long to scan, to send by message or to keep.
// The file holds the quiz link's fragment (the same text a link carries, so one decoder reads both) and
// its title. Versioned; reading is size-limited and parsed with zod, and each failure is a message a
// student or teacher can act on.
import * as z from 'zod/mini';
import { decodeQuiz, PROBLEMS } from './quiz-link';

export const QUIZ_FILE_KIND = 'double-take-quiz';
export const QUIZ_FILE_VERSION = 1;
/** In bytes or characters: larger files are not quiz files (the longest link, two 20,000-word reports, is well under). */
export const MAX_QUIZ_FILE_SIZE = 1_000_000;

const Envelope = z.object({ kind: z.literal(QUIZ_FILE_KIND), version: z.int().check(z.positive()) });
const FileV1 = z.object({
	kind: z.literal(QUIZ_FILE_KIND),
	version: z.literal(1),
	title: z.string().check(z.maxLength(300)),
	link: z.string().check(z.minLength(1)),
});

export const FILE_PROBLEMS = {
	notQuiz: 'This is not a Double Take quiz file. Choose the file saved with “Save as a quiz file” (its name starts with “quiz-”).',
	tooBig: 'This file is too large to be a Double Take quiz file. Choose the file saved with “Save as a quiz file”.',
	newer: 'This quiz file was made by a newer version of Double Take. Reload the app (or close it and open it again) so it updates, then open the file again.',
	damaged: 'This quiz file is damaged: the quiz in it cannot be read. Ask your teacher to save it again, or to send the quiz link.',
} as const;

export type ReadQuizFile = { ok: true; fragment: string; title: string } | { ok: false; problem: string };

/** A file name for a quiz: "quiz-" and the title's words, safe on every system. */
export function quizFileName(title: string): string {
	const words = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');
	return `quiz-${words || 'double-take'}.json`;
}

/** The file's text for a quiz link's fragment. */
export function writeQuizFile(title: string, fragment: string): string {
	const file: z.infer<typeof FileV1> = { kind: QUIZ_FILE_KIND, version: QUIZ_FILE_VERSION, title: title.slice(0, 300), link: fragment };
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a quiz file's text; the quiz link inside is decoded too, so a damaged file is caught here. */
export async function readQuizFile(text: string): Promise<ReadQuizFile> {
	if (text.length > MAX_QUIZ_FILE_SIZE) return { ok: false, problem: FILE_PROBLEMS.tooBig };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, problem: FILE_PROBLEMS.notQuiz };
	}
	const envelope = Envelope.safeParse(json);
	if (!envelope.success) return { ok: false, problem: FILE_PROBLEMS.notQuiz };
	if (envelope.data.version > QUIZ_FILE_VERSION) return { ok: false, problem: FILE_PROBLEMS.newer };
	const file = FileV1.safeParse(json);
	if (!file.success) return { ok: false, problem: FILE_PROBLEMS.damaged };
	const decoded = await decodeQuiz(file.data.link);
	if (!decoded.ok) return { ok: false, problem: decoded.problem === PROBLEMS.newer ? FILE_PROBLEMS.newer : FILE_PROBLEMS.damaged };
	return { ok: true, fragment: file.data.link, title: file.data.title };
}
