// Result codes: a student's finished quiz as a short text (and QR code) to hand to the teacher, who pastes
// codes into Class results. No server is involved, so a code is only as honest as the student: it is
// checked for shape, not for truth, and the app says so.
import * as z from 'zod/mini';
import { deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './bytes';

export const RESULT_VERSION = 1;
const PREFIX = 'DT';
const MAX_CODE = 8_000;

export interface ResultAnswer {
	/** The hash part of the question's id. */
	id: string;
	/** The option or word indices picked; empty when unanswered. */
	picked: number[];
	correct: boolean;
}

export interface StudentResult {
	/** The quiz's key (see quizKey): codes from different quizzes are told apart. */
	quiz: string;
	title: string;
	name: string;
	answers: ResultAnswer[];
	finishedAt: number;
}

const Packed = z.object({
	q: z.string().check(z.minLength(1), z.maxLength(200)),
	t: z.string().check(z.maxLength(200)),
	n: z.string().check(z.maxLength(60)),
	f: z.number(),
	a: z.array(z.tuple([z.string().check(z.regex(/^[0-9a-z]{14}$/)), z.string().check(z.regex(/^[0-9a-z]{0,40}$/)), z.union([z.literal(0), z.literal(1)])])).check(z.maxLength(60)),
});

export const RESULT_PROBLEMS = {
	notCode: 'This is not a Double Take result code. A code starts with “DT1-”.',
	damaged: 'This result code is damaged or cut short. Ask the student to copy it again from their results screen.',
	newer: 'This result code comes from a newer version of Double Take. Update the app, then paste it again.',
} as const;

export async function encodeResult(r: StudentResult): Promise<string> {
	const packed = {
		q: r.quiz,
		t: r.title.slice(0, 200),
		n: r.name.slice(0, 60),
		f: r.finishedAt,
		a: r.answers.map((x) => [x.id, x.picked.map((i) => i.toString(36)).join(''), x.correct ? 1 : 0]),
	};
	return `${PREFIX}${RESULT_VERSION}-${toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(packed))))}`;
}

export type DecodedResult = { ok: true; result: StudentResult } | { ok: false; problem: string };

export async function decodeResult(raw: string): Promise<DecodedResult> {
	const code = raw.trim();
	const head = /^DT(\d{1,4})-/.exec(code);
	if (!head) return { ok: false, problem: RESULT_PROBLEMS.notCode };
	if (Number(head[1]) > RESULT_VERSION) return { ok: false, problem: RESULT_PROBLEMS.newer };
	if (Number(head[1]) !== RESULT_VERSION || code.length > MAX_CODE) return { ok: false, problem: RESULT_PROBLEMS.damaged };
	const bytes = fromBase64Url(code.slice(head[0].length));
	const unpacked = bytes && (await inflateRaw(bytes, 64_000));
	if (!unpacked) return { ok: false, problem: RESULT_PROBLEMS.damaged };
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked));
	} catch {
		return { ok: false, problem: RESULT_PROBLEMS.damaged };
	}
	const parsed = Packed.safeParse(json);
	if (!parsed.success) return { ok: false, problem: RESULT_PROBLEMS.damaged };
	const p = parsed.data;
	return {
		ok: true,
		result: {
			quiz: p.q,
			title: p.t,
			name: p.n,
			finishedAt: p.f,
			answers: p.a.map(([id, picks, correct]) => ({ id, picked: [...picks].map((c) => parseInt(c, 36)), correct: correct === 1 })),
		},
	};
}

/** Every result code in pasted text (codes may be separated by spaces, commas or new lines). */
export const codesIn = (text: string): string[] => text.split(/[\s,;]+/).filter((t) => t.length > 0);
