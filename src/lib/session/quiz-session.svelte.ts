// One student's go at a quiz, as reactive state for the quiz page: the questions, the answers so far and
// where they are. Every answer and every step is written to the progress store before the screen moves on;
// when the store refuses, the answer is still kept on the page and the student is told plainly.
import { checkAnswer } from '$lib/quiz/check-answer';
import { mulberry32, shuffle } from '$lib/quiz/rng';
import { selectQuiz, type QuizOptions } from '$lib/quiz/select-quiz';
import type { AnswerResult, Question, QuestionType, Skill } from '$lib/quiz/types';
import { SKILLS } from '$lib/quiz/types';
import type { QuizSettings, StudentResult } from '$lib/share';
import { mergeAttempt, plain, RECORD_VERSION, StoreError, type Attempt, type ProgressStore } from '$lib/store';

export interface SkillScore {
	skill: Skill;
	right: number;
	total: number;
}

const newId = (): string => {
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	return `att-${Date.now().toString(36)}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
};

/** A seed for "new quiz": any other quiz than the one just taken. */
export function anotherSeed(not: number): number {
	const pick = new Uint32Array(1);
	do crypto.getRandomValues(pick);
	while ((pick[0] ?? 0) % 100000 === not);
	return (pick[0] ?? 1) % 100000;
}

export interface QuizPick {
	seed: number;
	count?: number;
	types?: readonly QuestionType[];
	/** Question ids, or the hash part of ids, to leave out (a teacher's dropped questions). */
	drop?: readonly string[];
	/** Set for "each student their own order": the picked questions are shuffled with this seed. */
	shuffle?: number;
}

/** The pick a teacher's settings make; "each their own order" draws this student's order seed here. */
export function pickOf(settings: QuizSettings): QuizPick {
	const pick: QuizPick = { seed: settings.seed, count: settings.count, types: settings.types, drop: settings.drop };
	if (settings.order === 'shuffle') pick.shuffle = anotherSeed(-1);
	return pick;
}

/** What a new attempt starts with: the quiz picked by seed, or exactly the given questions (a retry). */
export function newAttempt(
	key: string,
	pool: readonly Question[],
	pick: QuizPick,
	extra: { only?: { ids: string[]; retryOf: string }; name?: string; link?: string; title?: string } = {},
): Attempt | null {
	const drop = new Set(pick.drop ?? []);
	const kept = drop.size ? pool.filter((q) => !drop.has(q.id) && !drop.has(q.id.slice(-14))) : pool;
	const options: QuizOptions = { seed: pick.seed };
	if (pick.count !== undefined) options.count = pick.count;
	if (pick.types?.length) options.types = pick.types;
	let questionIds = extra.only ? extra.only.ids : selectQuiz(kept, options).questions.map((q) => q.id);
	if (pick.shuffle !== undefined && !extra.only) questionIds = shuffle(questionIds, mulberry32(pick.shuffle));
	if (questionIds.length === 0) return null;
	const now = Date.now();
	const attempt: Attempt = { version: RECORD_VERSION, id: newId(), storyId: key, seed: pick.seed, questionIds, answers: {}, onScreen: questionIds[0] ?? null, startedAt: now, updatedAt: now };
	if (extra.only) attempt.retryOf = extra.only.retryOf;
	if (extra.name) attempt.name = extra.name;
	if (extra.link) attempt.link = extra.link;
	if (extra.title) attempt.title = extra.title;
	return attempt;
}

export class QuizSession {
	attempt: Attempt = $state() as Attempt;
	/** A plain-words problem with saving, shown until the next save works. */
	saveProblem: string | null = $state(null);
	readonly #byId: Map<string, Question>;
	readonly #store: ProgressStore;

	readonly #pool: readonly Question[];
	readonly #pick: QuizPick;

	constructor(store: ProgressStore, pool: readonly Question[], attempt: Attempt, pick: QuizPick = { seed: attempt.seed }) {
		this.#store = store;
		this.#pool = pool;
		this.#pick = pick;
		this.#byId = new Map(pool.map((q) => [q.id, q]));
		this.attempt = attempt;
	}

	/** A new session on the questions this one missed, saved before it is returned. */
	async retryMissed(): Promise<QuizSession | null> {
		const { storyId, id, name, link, title } = this.attempt;
		const extra = { only: { ids: this.missed.map((q) => q.id), retryOf: id }, ...(name ? { name } : {}), ...(link ? { link } : {}), ...(title ? { title } : {}) };
		return this.#follow(newAttempt(storyId, this.#pool, this.#pick, extra));
	}

	/** A new session on another quiz from the same pool and settings (another seed), saved. */
	async another(): Promise<QuizSession | null> {
		const { storyId, seed, name, link, title } = this.attempt;
		const pick = { ...this.#pick, seed: anotherSeed(seed) };
		if (pick.shuffle !== undefined) pick.shuffle = anotherSeed(pick.shuffle);
		return this.#follow(newAttempt(storyId, this.#pool, pick, { ...(name ? { name } : {}), ...(link ? { link } : {}), ...(title ? { title } : {}) }), pick);
	}

	async #follow(attempt: Attempt | null, pick: QuizPick = this.#pick): Promise<QuizSession | null> {
		if (!attempt) return null;
		const next = new QuizSession(this.#store, this.#pool, attempt, pick);
		await next.save();
		return next;
	}

	/** The attempt's questions that this build still has (an app update may have retired one). */
	readonly questions: Question[] = $derived(this.attempt.questionIds.flatMap((id) => this.#byId.get(id) ?? []));
	/**
	 * Where the student is: the question on screen, or, when an update retired it, the first one still
	 * unanswered; the results once finished.
	 */
	readonly place: number = $derived.by(() => {
		const { onScreen, answers } = this.attempt;
		if (onScreen === null) return this.questions.length;
		const at = this.questions.findIndex((q) => q.id === onScreen);
		if (at >= 0) return at;
		const open = this.questions.findIndex((q) => !answers[q.id]);
		return open >= 0 ? open : this.questions.length;
	});
	/**
	 * An earlier question the student went back to read, by id; null at their place. Never saved: the store
	 * keeps the furthest place reached, and looking back must not move it (nor any answer).
	 */
	#reviewed: string | null = $state(null);
	/** The question on screen: the one reviewed, or the student's place. */
	readonly index: number = $derived.by(() => {
		const at = this.#reviewed === null ? -1 : this.questions.findIndex((q) => q.id === this.#reviewed);
		return at >= 0 && at < this.place ? at : this.place;
	});
	/** Whether the question on screen is an earlier one, gone back to. */
	readonly reviewing: boolean = $derived(this.index < this.place);
	readonly question: Question | undefined = $derived(this.questions[this.index]);
	readonly finished: boolean = $derived(this.place >= this.questions.length);
	readonly answered: number = $derived(this.questions.filter((q) => this.attempt.answers[q.id]).length);
	readonly score: number = $derived(this.questions.filter((q) => this.attempt.answers[q.id]?.correct).length);
	readonly missed: Question[] = $derived(this.questions.filter((q) => !this.attempt.answers[q.id]?.correct));

	readonly bySkill: SkillScore[] = $derived(
		SKILLS.map((skill) => {
			const qs = this.questions.filter((q) => q.skill === skill);
			return { skill, total: qs.length, right: qs.filter((q) => this.attempt.answers[q.id]?.correct).length };
		}).filter((s) => s.total > 0),
	);

	/** The finished quiz as a result for the teacher (see share/result-code). */
	studentResult(title: string): StudentResult {
		return {
			quiz: this.attempt.storyId,
			title,
			name: this.attempt.name ?? '',
			finishedAt: this.attempt.finishedAt ?? this.attempt.updatedAt,
			answers: this.questions.map((q) => {
				const a = this.attempt.answers[q.id];
				return { id: q.id.slice(-14), picked: a?.picked ?? [], correct: a?.correct ?? false };
			}),
		};
	}

	/** The check of a question already answered, or undefined. */
	resultOf(q: Question): AnswerResult | undefined {
		const a = this.attempt.answers[q.id];
		return a ? checkAnswer(q, a.picked) : undefined;
	}

	/**
	 * Records the answer to the question on screen (the first answer stands). The answer is shown only once
	 * it is saved, so a tab closed or killed as the feedback appears still has it on reopening.
	 */
	async answer(picked: readonly number[]): Promise<AnswerResult | undefined> {
		const q = this.question;
		if (!q || this.attempt.answers[q.id]) return q ? this.resultOf(q) : undefined;
		const result = checkAnswer(q, picked);
		const at = Date.now();
		const next = plain(this.attempt);
		next.answers[q.id] = { picked: [...picked], correct: result.correct, at };
		next.updatedAt = at;
		await this.save(next);
		return this.resultOf(q);
	}

	/**
	 * Moves on to the next question, or to the results after the last, and saves the place. The screen moves
	 * at once: the place is not an answer, and a lost step only means showing the last answer again.
	 */
	async next(): Promise<void> {
		if (this.finished) return;
		if (this.reviewing) {
			const after = this.questions[this.index + 1];
			this.#reviewed = after && this.index + 1 < this.place ? after.id : null;
			return;
		}
		const now = Date.now();
		this.attempt.onScreen = this.questions[this.index + 1]?.id ?? null;
		this.attempt.updatedAt = now;
		if (this.attempt.onScreen === null) this.attempt.finishedAt = now;
		await this.save();
	}

	/**
	 * Shows the question before the one on screen again, to read it with its answer; the answer stays locked
	 * (the first answer stands) and nothing is saved, so the place stays where the student had got to.
	 */
	back(): void {
		const previous = this.questions[this.index - 1];
		if (!this.finished && previous) this.#reviewed = previous.id;
	}

	/** From an earlier question, straight back to the student's place. */
	resume(): void {
		this.#reviewed = null;
	}

	/**
	 * Writes the attempt (this one, or its next state) and shows what the store now holds, which includes
	 * anything another tab saved meanwhile. A refusal becomes saveProblem, never an exception: the new state
	 * is still shown and kept while the page is open.
	 */
	async save(attempt: Attempt = this.attempt): Promise<void> {
		try {
			this.attempt = await this.#store.put(attempt);
			this.saveProblem = null;
		} catch (error) {
			this.attempt = attempt;
			this.saveProblem = error instanceof StoreError ? error.message : 'Your answer could not be saved on this device. It is kept while this page is open.';
		}
	}

	/** Takes in what another tab saved for this attempt; returns the way to stop listening. */
	follow(): () => void {
		return this.#store.watch(async (id) => {
			if (id !== this.attempt.id) return;
			const stored = await this.#store.get(id);
			if (stored) this.attempt = mergeAttempt(stored, plain(this.attempt));
		});
	}
}

export interface QuizSpec {
	/** The story id, or a shared quiz's key. */
	key: string;
	pool: readonly Question[];
	pick: QuizPick;
	/** Reopen exactly this attempt (home's "Continue"). */
	attemptId?: string | null;
	/** Only attempts made with pick.seed count (a link to one particular quiz). */
	sameSeed?: boolean;
	extra?: { name?: string; link?: string; title?: string };
}

/**
 * The session a quiz page opens: the wanted attempt, or the latest on this quiz (not a retry, when a seed
 * was asked for), or a new one, saved at once so leaving before the first answer still shows it at home.
 */
export async function openSession(store: ProgressStore, spec: QuizSpec): Promise<{ session: QuizSession | null; setAside: number }> {
	const { attempts, setAside } = await store.list();
	const mine = attempts
		.filter((a) => (spec.attemptId ? a.id === spec.attemptId : a.storyId === spec.key && (!spec.sameSeed || (a.seed === spec.pick.seed && !a.retryOf))))
		.sort((x, y) => y.updatedAt - x.updatedAt);
	const latest = mine[0];
	if (latest) return { session: new QuizSession(store, spec.pool, latest, spec.pick), setAside };
	const attempt = newAttempt(spec.key, spec.pool, spec.pick, spec.extra);
	if (!attempt) return { session: null, setAside };
	const session = new QuizSession(store, spec.pool, attempt, spec.pick);
	await session.save();
	return { session, setAside };
}
