// Small lists kept in localStorage for teachers: drafts of their own pairs, the quizzes they shared (so Class
// results can name the questions), and the result codes they collected. Each list is parsed on read; an
// entry that does not parse is dropped from the list, never trusted. Writes that the browser refuses
// (full, or storage off) return false so the page can say so.
import * as z from 'zod/mini';

const Pasted = z.object({ headline: z.string(), outlet: z.string(), text: z.string() });

export const Draft = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(100)),
	updatedAt: z.number(),
	a: Pasted,
	b: Pasted,
});
export type Draft = z.infer<typeof Draft>;

export const SharedQuizRecord = z.object({
	key: z.string().check(z.minLength(1), z.maxLength(200)),
	title: z.string().check(z.maxLength(300)),
	sharedAt: z.number(),
	questions: z.array(z.object({ id: z.string(), prompt: z.string(), skill: z.string() })).check(z.maxLength(60)),
});
export type SharedQuizRecord = z.infer<typeof SharedQuizRecord>;

export const CollectedCode = z.object({ code: z.string().check(z.maxLength(8_000)), addedAt: z.number() });
export type CollectedCode = z.infer<typeof CollectedCode>;

interface ListSpec<T> {
	key: string;
	schema: z.ZodMiniType<T>;
	max: number;
}

const DRAFTS: ListSpec<Draft> = { key: 'double-take:drafts', schema: Draft, max: 30 };
const SHARED: ListSpec<SharedQuizRecord> = { key: 'double-take:shared-quizzes', schema: SharedQuizRecord, max: 100 };
const CODES: ListSpec<CollectedCode> = { key: 'double-take:class-codes', schema: CollectedCode, max: 2_000 };

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

function read<T>(spec: ListSpec<T>): T[] {
	const raw = storage()?.getItem(spec.key);
	if (!raw) return [];
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return [];
	}
	if (!Array.isArray(json)) return [];
	return json.flatMap((entry: unknown) => {
		const parsed = spec.schema.safeParse(entry);
		return parsed.success ? [parsed.data] : [];
	});
}

function write<T>(spec: ListSpec<T>, items: readonly T[]): boolean {
	const s = storage();
	if (!s) return false;
	try {
		s.setItem(spec.key, JSON.stringify(items.slice(0, spec.max)));
		return true;
	} catch {
		return false;
	}
}

export const drafts = {
	list: (): Draft[] => read(DRAFTS).sort((x, y) => y.updatedAt - x.updatedAt),
	/** Saves (or replaces) a draft; false when the browser would not keep it. */
	save: (d: Draft): boolean => write(DRAFTS, [d, ...read(DRAFTS).filter((x) => x.id !== d.id)]),
	remove: (id: string): boolean => write(DRAFTS, read(DRAFTS).filter((x) => x.id !== id)),
};

export const sharedQuizzes = {
	list: (): SharedQuizRecord[] => read(SHARED),
	get: (key: string): SharedQuizRecord | undefined => read(SHARED).find((q) => q.key === key),
	save: (q: SharedQuizRecord): boolean => write(SHARED, [q, ...read(SHARED).filter((x) => x.key !== q.key)]),
};

export const classCodes = {
	list: (): CollectedCode[] => read(CODES),
	/** Adds codes not already kept; returns how many were new, or -1 when the browser would not keep them. */
	add: (codes: readonly string[], now = Date.now()): number => {
		const have = read(CODES);
		const known = new Set(have.map((c) => c.code));
		const fresh = [...new Set(codes)].filter((c) => !known.has(c)).map((code) => ({ code, addedAt: now }));
		if (fresh.length === 0) return 0;
		return write(CODES, [...have, ...fresh]) ? fresh.length : -1;
	},
	clear: (): boolean => write(CODES, []),
};
