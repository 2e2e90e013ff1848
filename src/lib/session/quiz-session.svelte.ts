// One student's go at a quiz, as reactive state for the quiz page: the questions, the answers so far and
// where they are. Every answer and every step is written to the progress store before the screen moves on;
// when the store refuses, the answer is still kept on the page and the student is told plainly.
import { checkAnswer } from '$lib/quiz/check-answer';
import { selectQuiz } from '$lib/quiz/select-quiz';
import type { AnswerResult, Question, Skill } from '$lib/quiz/types';
import { SKILLS } from '$lib/quiz/types';
import { StoreError, type Attempt, type ProgressStore } from '$lib/store';

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

export function newAttempt(storyId: string, pool: readonly Question[], seed: number, only?: { ids: string[]; retryOf: string }): Attempt | null {
	const questionIds = only ? only.ids : selectQuiz(pool, { seed }).questions.map((q) => q.id);
	if (questionIds.length === 0) return null;
	const now = Date.now();
	const attempt: Attempt = { version: 1, id: newId(), storyId, seed, questionIds, answers: {}, current: 0, startedAt: now, updatedAt: now };
	if (only) attempt.retryOf = only.retryOf;
	return attempt;
}

export class QuizSession {
	attempt: Attempt = $state() as Attempt;
	/** A plain-words problem with saving, shown until the next save works. */
	saveProblem: string | null = $state(null);
	readonly #byId: Map<string, Question>;
	readonly #store: ProgressStore;

	constructor(store: ProgressStore, pool: readonly Question[], attempt: Attempt) {
		this.#store = store;
		this.#byId = new Map(pool.map((q) => [q.id, q]));
		this.attempt = attempt;
	}

	/** The attempt's questions that this build still has (an app update may have retired one). */
	readonly questions: Question[] = $derived(this.attempt.questionIds.flatMap((id) => this.#byId.get(id) ?? []));
	readonly index: number = $derived(Math.min(this.attempt.current, this.questions.length));
	readonly question: Question | undefined = $derived(this.questions[this.index]);
	readonly finished: boolean = $derived(this.index >= this.questions.length);
	readonly answered: number = $derived(this.questions.filter((q) => this.attempt.answers[q.id]).length);
	readonly score: number = $derived(this.questions.filter((q) => this.attempt.answers[q.id]?.correct).length);
	readonly missed: Question[] = $derived(this.questions.filter((q) => !this.attempt.answers[q.id]?.correct));

	readonly bySkill: SkillScore[] = $derived(
		SKILLS.map((skill) => {
			const qs = this.questions.filter((q) => q.skill === skill);
			return { skill, total: qs.length, right: qs.filter((q) => this.attempt.answers[q.id]?.correct).length };
		}).filter((s) => s.total > 0),
	);

	/** The check of a question already answered, or undefined. */
	resultOf(q: Question): AnswerResult | undefined {
		const a = this.attempt.answers[q.id];
		return a ? checkAnswer(q, a.picked) : undefined;
	}

	/** Records the answer to the question on screen (the first answer stands) and saves it. */
	async answer(picked: readonly number[]): Promise<AnswerResult | undefined> {
		const q = this.question;
		if (!q || this.attempt.answers[q.id]) return q ? this.resultOf(q) : undefined;
		const result = checkAnswer(q, picked);
		const at = Date.now();
		this.attempt.answers[q.id] = { picked: [...picked], correct: result.correct, at };
		this.attempt.updatedAt = at;
		await this.save();
		return result;
	}

	/** Moves on to the next question, or to the results after the last, and saves the place. */
	async next(): Promise<void> {
		if (this.finished) return;
		const now = Date.now();
		this.attempt.current = this.index + 1;
		this.attempt.updatedAt = now;
		if (this.attempt.current >= this.questions.length) this.attempt.finishedAt = now;
		await this.save();
	}

	/** Writes the attempt as it stands; a refusal becomes saveProblem, never an exception. */
	async save(): Promise<void> {
		try {
			await this.#store.put(this.attempt);
			this.saveProblem = null;
		} catch (error) {
			this.saveProblem = error instanceof StoreError ? error.message : 'Your answer could not be saved on this device. It is kept while this page is open.';
		}
	}
}
