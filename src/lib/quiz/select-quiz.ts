// Picks a quiz from the pool with a seeded random source: round-robin over question types (so a short quiz
// still spans many), balancing report A, report B and comparison questions, then easier questions first.
import { mulberry32, shuffle } from './rng';
import type { Question, QuestionType, Quiz, Skill } from './types';
import { QUIZ_VERSION } from './types';

export interface QuizOptions {
	/** How many questions (default 12). */
	count?: number;
	/** Only these question types (default all). */
	types?: readonly QuestionType[];
	/** Only these skills (default all). */
	skills?: readonly Skill[];
	/** The same seed always picks the same quiz (default 1). */
	seed?: number;
	/** Stop short rather than take a question that gives a picked one away (see fairCount). */
	fair?: boolean;
}

export const DEFAULT_COUNT = 12;

export type Scope = 'a' | 'b' | 'comparison';

/** Whether a question is about report A, report B, or the two side by side. */
export function scopeOf(q: Question): Scope {
	if (q.skill === 'comparison') return 'comparison';
	const reports = new Set(q.evidence.map((e) => e.report));
	if (reports.size > 1) return 'comparison';
	return reports.has('b') ? 'b' : 'a';
}

/**
 * Two prompts that quote a run of this many words in common ask about the same words, though the spans lie in
 * two reports: both quote “The First Amendment protects freedom of religion”, and a sentence shown whole in
 * one (“‘…,’ said Gov. Perry.”) answers "who said these words?" asked of the other. Six words rarely match by
 * chance outside one remark; a shared name or title ("the Senate majority leader") is shorter.
 */
const SAME_WORDS = 6;

/** Every run of SAME_WORDS words inside the prompt's quotation marks (“…”): the words the question is about. */
function quotedRuns(q: Question): Set<string> {
	const out = new Set<string>();
	for (const m of q.prompt.matchAll(/“([^”]*)”/g)) {
		const words = (m[1] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
		for (let i = 0; i + SAME_WORDS <= words.length; i++) out.add(words.slice(i, i + SAME_WORDS).join(' '));
	}
	return out;
}

/** What a student picks or taps to be right: the same answer twice in one type reads as a pattern, not a lesson. */
const keyOf = (q: Question): string =>
	`${q.type}|${q.answer.map((i) => (q.format === 'tap' ? q.targets[i]?.text : q.options[i]) ?? '').join('|')}`;

export function selectQuiz(pool: readonly Question[], options: QuizOptions = {}): Quiz {
	const seed = options.seed ?? 1;
	const count = Math.max(0, Math.floor(options.count ?? DEFAULT_COUNT));
	const random = mulberry32(seed);
	const wanted = pool.filter(
		(q) => (!options.types || options.types.includes(q.type)) && (!options.skills || options.skills.includes(q.skill)),
	);
	const buckets = new Map<QuestionType, Question[]>();
	for (const q of wanted) buckets.set(q.type, [...(buckets.get(q.type) ?? []), q]);
	const order = shuffle([...buckets.keys()], random);
	for (const t of order) buckets.set(t, shuffle(buckets.get(t) ?? [], random));

	const picked: Question[] = [];
	const scopes: Record<Scope, number> = { a: 0, b: 0, comparison: 0 };
	const perType = new Map<QuestionType, number>();
	const levels: Record<Question['difficulty'], number> = { 1: 0, 2: 0, 3: 0 };
	// Three passes. Two questions on the same words often give one another away ("Bernie Sanders' own
	// words, quoted exactly" beside "Who said these words?" on the same quotation; "tap the hedge" beside
	// "what does 'expected' tell you?"), above all when they test the same skill. The first pass gives each
	// type one question, so a short quiz still spans many, but never one on words a question of the same
	// skill already asks about; the second takes only questions on words no picked question touches, with an
	// answer their type has not given yet; the third fills what is left, the cheapest first. Outside the second,
	// the fewest such overlaps come first.
	const asked = new Set<QuestionType>();
	const runs = new Map(wanted.map((q) => [q, quotedRuns(q)]));
	const quoteSame = (x: Question, y: Question): boolean => {
		const ry = runs.get(y);
		if (ry?.size) for (const r of runs.get(x) ?? []) if (ry.has(r)) return true;
		return false;
	};
	const touches = (x: Question, y: Question): boolean =>
		quoteSame(x, y) || x.evidence.some((e) => y.evidence.some((f) => e.report === f.report && e.start < f.end && f.start < e.end));
	// Three "a named person" or three times the same speaker in a row teach the pattern, not the skill: a type's
	// second question with an answer already given waits for the last pass, and there it comes after others.
	const keys = new Map(wanted.map((q) => [q, keyOf(q)]));
	const repeats = (q: Question) => picked.filter((p) => p.type === q.type && keys.get(p) === keys.get(q)).length;
	const overlaps = (q: Question) => picked.filter((p) => touches(p, q)).length;
	// Words printed in one prompt answer a question of any skill on them: “Is this sentence from report B …?
	// ‘…,’ Romney said” tells both who said them and which report words them so.
	const giveaways = (q: Question) => picked.filter((p) => (p.skill === q.skill && touches(p, q)) || quoteSame(p, q)).length;
	// The fewest overlaps, then the least-asked type (a fourth "what kind of source?" in twelve teaches the
	// form, not the skill), then the least-asked scope, then the least-asked difficulty (so a quiz has easy
	// questions to start on as well as hard ones to end on).
	const cost = (q: Question) => ((giveaways(q) * 10 + overlaps(q)) * 100 + repeats(q)) * 1_000_000 + (perType.get(q.type) ?? 0) * 10_000 + scopes[scopeOf(q)] * 100 + levels[q.difficulty];
	const cheapest = (qs: readonly Question[]) => qs.reduce<Question | undefined>((best, q) => (!best || cost(q) < cost(best) ? q : best), undefined);
	const take = (q: Question) => {
		const bucket = buckets.get(q.type) ?? [];
		bucket.splice(bucket.indexOf(q), 1);
		picked.push(q);
		asked.add(q.type);
		perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
		scopes[scopeOf(q)]++;
		levels[q.difficulty]++;
	};
	// The first two passes go round the types in turn.
	for (const pass of ['new type', 'fresh'] as const) {
		let added = true;
		while (added && picked.length < count) {
			added = false;
			for (const t of order) {
				if (picked.length >= count) break;
				if (pass === 'new type' && asked.has(t)) continue;
				const bucket = buckets.get(t) ?? [];
				const choice = cheapest(bucket.filter((q) => (pass === 'fresh' ? overlaps(q) + repeats(q) : giveaways(q)) === 0));
				if (!choice) continue;
				take(choice);
				added = true;
			}
		}
	}
	// The last takes the cheapest question of any type, not one per type in turn: a type's last question may give
	// another away where another type's only shares words across skills.
	while (picked.length < count) {
		const q = cheapest(order.flatMap((t) => buckets.get(t) ?? []));
		if (!q || (options.fair && giveaways(q) > 0)) break;
		take(q);
	}
	// Easier first; the seeded pick order breaks ties.
	const rank = new Map(picked.map((q, i) => [q, i]));
	picked.sort((x, y) => x.difficulty - y.difficulty || (rank.get(x) ?? 0) - (rank.get(y) ?? 0));
	return { version: QUIZ_VERSION, seed, questions: picked };
}

/**
 * How many questions, up to `count`, this seed's quiz holds before it would have to ask a question of the same
 * skill on words another question already asks about. A thin pool (a short or one-voice pair) often cannot fill
 * twelve otherwise: the fourth of its questions on one quotation tells the answer to the first. The teacher's
 * page starts from this number, and a teacher who wants more can still ask for them.
 */
export function fairCount(pool: readonly Question[], options: QuizOptions = {}): number {
	return selectQuiz(pool, { ...options, fair: true }).questions.length;
}
