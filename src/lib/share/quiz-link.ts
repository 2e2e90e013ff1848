// Quiz links: everything a student's phone needs to open a teacher's quiz, in the URL fragment (never sent
// to a server). A built-in story travels as its id and settings, in plain text; a teacher's own pair travels
// compressed (deflate-raw, base64url). Every link starts with its version; decoding is size-limited, parsed
// with zod, and every failure is a message a student or teacher can act on.
import * as z from 'zod/mini';
import { QUESTION_TYPES, type QuestionType } from '../quiz/types';
import { deflateRaw, fromBase64Url, inflateRaw, shortHash, toBase64Url } from './bytes';

export const LINK_VERSION = 1;
/** Longer fragments are refused before any work: two 20,000-word reports compress well under this. */
export const MAX_FRAGMENT = 400_000;
const MAX_UNPACKED = 1_500_000;

export const QuizSettings = z.object({
	seed: z.int().check(z.nonnegative(), z.maximum(999_999_999)),
	count: z.int().check(z.minimum(1), z.maximum(40)),
	/** Only these question types; empty means every type. */
	types: z.array(z.enum(QUESTION_TYPES)).check(z.maxLength(QUESTION_TYPES.length)),
	/** 'same': every student gets the same order; 'shuffle': each student their own. */
	order: z.enum(['same', 'shuffle']),
	/** Questions the teacher dropped, by the hash part of their id. */
	drop: z.array(z.string().check(z.regex(/^[0-9a-z]{14}$/))).check(z.maxLength(300)),
});
export type QuizSettings = z.infer<typeof QuizSettings>;

export const DEFAULT_SETTINGS: QuizSettings = { seed: 1, count: 12, types: [], order: 'same', drop: [] };

export const PastedReport = z.object({
	headline: z.string().check(z.maxLength(300)),
	outlet: z.string().check(z.maxLength(80)),
	text: z.string().check(z.minLength(1), z.maxLength(250_000)),
});
export type PastedReport = z.infer<typeof PastedReport>;

export type SharedQuiz =
	| { kind: 'story'; storyId: string; settings: QuizSettings }
	| { kind: 'pair'; reports: [PastedReport, PastedReport]; settings: QuizSettings };

export type Decoded = { ok: true; quiz: SharedQuiz; key: string } | { ok: false; problem: string };

export const PROBLEMS = {
	empty: 'This link has no quiz in it. Ask your teacher for the whole link.',
	newer: 'This link was made by a newer version of Double Take. Reload the app (or close it and open it again) so it updates, then open the link again.',
	damaged: 'This quiz link is damaged or cut short, which often happens when only part of it is copied. Ask your teacher to send the link again.',
	tooLong: 'This quiz link is longer than any quiz Double Take makes, so it was not opened. Ask your teacher to send it again, or to share the quiz as a file.',
} as const;

const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const typeCode = (t: QuestionType): string => QUESTION_TYPES.indexOf(t).toString(36);

function settingsParts(s: QuizSettings): string[] {
	return [String(s.seed), String(s.count), s.order === 'same' ? 's' : 'x', s.types.map(typeCode).join('') || '-', s.drop.join('_') || '-'];
}

function settingsFrom(parts: readonly string[]): QuizSettings | undefined {
	const [seed, count, order, types, drop] = parts;
	if (seed === undefined || count === undefined || order === undefined || types === undefined || drop === undefined) return undefined;
	if (!/^\d{1,9}$/.test(seed) || !/^\d{1,2}$/.test(count) || !/^[sx]$/.test(order)) return undefined;
	const typeList = types === '-' ? [] : [...types].map((c) => QUESTION_TYPES[parseInt(c, 36)]);
	const parsed = QuizSettings.safeParse({
		seed: Number(seed),
		count: Number(count),
		order: order === 's' ? 'same' : 'shuffle',
		types: typeList,
		drop: drop === '-' ? [] : drop.split('_'),
	});
	return parsed.success ? parsed.data : undefined;
}

/** The fragment (without '#') for a quiz. */
export async function encodeQuiz(quiz: SharedQuiz): Promise<string> {
	if (quiz.kind === 'story') return [LINK_VERSION, 's', quiz.storyId, ...settingsParts(quiz.settings)].join('.');
	const [a, b] = quiz.reports;
	const json = JSON.stringify({ a: [a.headline, a.outlet, a.text], b: [b.headline, b.outlet, b.text], s: settingsParts(quiz.settings) });
	return [LINK_VERSION, 'p', toBase64Url(await deflateRaw(new TextEncoder().encode(json)))].join('.');
}

const PairJson = z.object({
	a: z.tuple([z.string(), z.string(), z.string()]),
	b: z.tuple([z.string(), z.string(), z.string()]),
	s: z.array(z.string()),
});

/** Where progress on this quiz is kept: the same quiz from the same link always has the same key. */
export function quizKey(quiz: SharedQuiz, fragment: string): string {
	if (quiz.kind === 'story') return `s.${quiz.storyId}.${settingsParts({ ...quiz.settings, order: 'same' }).join('.')}`;
	return `p.${shortHash(fragment)}`;
}

export async function decodeQuiz(raw: string): Promise<Decoded> {
	const fragment = raw.replace(/^#/, '').trim();
	if (!fragment) return { ok: false, problem: PROBLEMS.empty };
	if (fragment.length > MAX_FRAGMENT) return { ok: false, problem: PROBLEMS.tooLong };
	const [version, kind, ...rest] = fragment.split('.');
	if (!version || !/^\d{1,4}$/.test(version)) return { ok: false, problem: PROBLEMS.damaged };
	if (Number(version) > LINK_VERSION) return { ok: false, problem: PROBLEMS.newer };
	if (Number(version) !== LINK_VERSION) return { ok: false, problem: PROBLEMS.damaged };
	let quiz: SharedQuiz | undefined;
	if (kind === 's' && rest.length === 6) {
		const [storyId, ...parts] = rest;
		const settings = settingsFrom(parts);
		if (storyId && STORY_ID.test(storyId) && storyId.length <= 80 && settings) quiz = { kind: 'story', storyId, settings };
	} else if (kind === 'p' && rest.length === 1) {
		quiz = await pairFrom(rest[0] ?? '');
	}
	return quiz ? { ok: true, quiz, key: quizKey(quiz, fragment) } : { ok: false, problem: PROBLEMS.damaged };
}

async function pairFrom(packed: string): Promise<SharedQuiz | undefined> {
	const bytes = fromBase64Url(packed);
	if (!bytes) return undefined;
	const unpacked = await inflateRaw(bytes, MAX_UNPACKED);
	if (!unpacked) return undefined;
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked));
	} catch {
		return undefined;
	}
	const parsed = PairJson.safeParse(json);
	if (!parsed.success) return undefined;
	const settings = settingsFrom(parsed.data.s);
	const report = ([headline, outlet, text]: [string, string, string]) => PastedReport.safeParse({ headline, outlet, text });
	const a = report(parsed.data.a);
	const b = report(parsed.data.b);
	if (!settings || !a.success || !b.success) return undefined;
	return { kind: 'pair', reports: [a.data, b.data], settings };
}
