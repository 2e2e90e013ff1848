import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '$lib/analysis';
import { buildPool } from '$lib/quiz';
import { MemoryStore, StoreError, type Attempt, type ProgressStore } from '$lib/store';
import { newAttempt, QuizSession } from './quiz-session.svelte';

const dir = new URL('../content/stories/', import.meta.url);
const [ta, tb] = ['000_e6705d96b1f0feb6.txt', '001_637e260c91ed6497.txt'].map((f) => readFileSync(new URL(f, dir), 'utf8'));
const ra = analyzeReport(ta ?? '');
const rb = analyzeReport(tb ?? '');
const pool = buildPool(ra, rb, compareReports(ra, rb));

const start = (store: ProgressStore, seed = 1): QuizSession => {
	const attempt = newAttempt('uk-official-resigns', pool, { seed });
	if (!attempt) throw new Error('the seed pool gives a quiz');
	return new QuizSession(store, pool, attempt);
};

/** Answers every question right, to the results. */
async function answerAll(session: QuizSession) {
	while (!session.finished) {
		const q = session.question;
		if (q) await session.answer(q.answer);
		await session.next();
	}
}

describe('a quiz session', () => {
	it('saves every answer and every step, so a reopened attempt is where the student left it', async () => {
		const store = new MemoryStore();
		const session = start(store);
		const first = session.question;
		if (!first) throw new Error('a first question');
		const result = await session.answer(first.answer);
		expect(result?.correct).toBe(true);
		await session.next();
		const saved = await store.get(session.attempt.id);
		expect(saved?.answers[first.id]?.correct).toBe(true);
		expect(saved?.onScreen).toBe(session.questions[1]?.id);
		const reopened = new QuizSession(store, pool, saved as Attempt);
		expect(reopened.index).toBe(1);
		expect(reopened.answered).toBe(1);
	});

	it('keeps the first answer to a question: a second try is not scored', async () => {
		const session = start(new MemoryStore());
		const q = session.question;
		if (!q) throw new Error('a first question');
		const wrong = q.format === 'tap' ? [q.targets.findIndex((_, i) => !q.answer.includes(i))] : [q.options.findIndex((_, i) => !q.answer.includes(i))];
		await session.answer(wrong);
		await session.answer(q.answer);
		expect(session.score).toBe(0);
	});

	it('ends on the results after the last question, with a score per skill that adds up', async () => {
		const session = start(new MemoryStore(), 5);
		await answerAll(session);
		expect(session.attempt.finishedAt).toBeTypeOf('number');
		expect(session.score).toBe(session.questions.length);
		expect(session.bySkill.reduce((n, s) => n + s.total, 0)).toBe(session.questions.length);
		expect(session.missed).toEqual([]);
	});

	it('keeps the answer on the page and says why when the device will not save it', async () => {
		const full: ProgressStore = Object.assign(new MemoryStore({ durability: 'device' }), {
			put: async () => {
				throw new StoreError('This device’s storage is full', true);
			},
		});
		const session = start(full);
		const q = session.question;
		if (!q) throw new Error('a first question');
		await session.answer(q.answer);
		expect(session.saveProblem).toMatch(/storage is full/);
		expect(session.answered).toBe(1);
	});

	it('drops from an old attempt a question this build no longer has, and keeps the rest', () => {
		const attempt = newAttempt('uk-official-resigns', pool, { seed: 1 });
		if (!attempt) throw new Error('a quiz');
		attempt.questionIds = ['who-said-zzzzzzzzzzzzzz', ...attempt.questionIds];
		const session = new QuizSession(new MemoryStore(), pool, attempt);
		expect(session.questions).toHaveLength(attempt.questionIds.length - 1);
	});

	it('after an update retires the question on screen, goes on at the first unanswered one, skipping none', () => {
		const attempt = newAttempt('uk-official-resigns', pool, { seed: 1 });
		if (!attempt) throw new Error('a quiz');
		const [first, , third] = attempt.questionIds;
		if (!first || !third) throw new Error('three questions');
		// Answered the first, moved to a question this build no longer has; the second is still open.
		attempt.questionIds = [first, 'who-said-zzzzzzzzzzzzzz', ...attempt.questionIds.slice(1)];
		attempt.answers[first] = { picked: [0], correct: false, at: 1 };
		attempt.onScreen = 'who-said-zzzzzzzzzzzzzz';
		const session = new QuizSession(new MemoryStore(), pool, attempt);
		expect(session.index).toBe(1);
		expect(session.question?.id).toBe(attempt.questionIds[2]);
	});

	it('two tabs on one attempt: answers from both are kept, none doubled, the first answer to each stands', async () => {
		const store = new MemoryStore({ durability: 'device' });
		const one = start(store);
		await one.save();
		const two = new QuizSession(store, pool, (await store.get(one.attempt.id)) as Attempt);
		const q1 = one.question;
		if (!q1) throw new Error('a first question');
		await one.answer(q1.answer);
		await one.next();
		// Tab two never heard of it and answers the same question wrongly, then moves on and answers the next.
		const wrong = q1.format === 'tap' ? [q1.targets.findIndex((_, i) => !q1.answer.includes(i))] : [q1.options.findIndex((_, i) => !q1.answer.includes(i))];
		await two.answer(wrong);
		expect(two.resultOf(q1)?.correct, 'tab two now shows the answer that was saved first').toBe(true);
		await two.next();
		const q2 = two.question;
		if (!q2) throw new Error('a second question');
		await two.answer(q2.answer);
		const saved = (await store.get(one.attempt.id)) as Attempt;
		expect(Object.keys(saved.answers).sort()).toEqual([q1.id, q2.id].sort());
		expect(saved.answers[q1.id]?.correct).toBe(true);
		expect((await store.list()).attempts).toHaveLength(1);
	});

	it('going back shows an earlier question with its answer locked, and stores nothing: place and answers stay', async () => {
		const store = new MemoryStore({ durability: 'device' });
		const session = start(store);
		const [q1, q2, q3] = session.questions;
		if (!q1 || !q2 || !q3) throw new Error('three questions');
		await session.answer(q1.answer);
		await session.next();
		await session.answer(q2.answer);
		await session.next();
		const before = JSON.stringify(await store.get(session.attempt.id));

		session.back();
		session.back();
		expect(session.question?.id).toBe(q1.id);
		expect(session.reviewing).toBe(true);
		// A second answer to a question already answered is not taken.
		const wrong = q1.format === 'tap' ? [q1.targets.findIndex((_, i) => !q1.answer.includes(i))] : [q1.options.findIndex((_, i) => !q1.answer.includes(i))];
		expect((await session.answer(wrong))?.correct).toBe(true);
		expect(JSON.stringify(await store.get(session.attempt.id))).toBe(before);
		// A reload opens at the place the student had got to, not at the question they were reading.
		expect(new QuizSession(store, pool, (await store.get(session.attempt.id)) as Attempt).question?.id).toBe(q3.id);

		await session.next();
		expect(session.question?.id).toBe(q2.id);
		await session.next();
		expect(session.question?.id).toBe(q3.id);
		expect(session.reviewing).toBe(false);
		expect(JSON.stringify(await store.get(session.attempt.id))).toBe(before);
	});

	it('from an earlier question, resume goes straight back to the place; the first question has nothing before it', async () => {
		const session = start(new MemoryStore());
		session.back();
		expect(session.index).toBe(0);
		for (let i = 0; i < 3; i++) {
			const q = session.question;
			if (q) await session.answer(q.answer);
			await session.next();
		}
		session.back();
		session.back();
		session.back();
		expect(session.index).toBe(0);
		session.back();
		expect(session.index).toBe(0);
		session.resume();
		expect(session.index).toBe(3);
		expect(session.answered).toBe(3);
	});

	it('once finished, there is no going back into the quiz: the results stay on screen', async () => {
		const session = start(new MemoryStore(), 5);
		await answerAll(session);
		session.back();
		expect(session.finished).toBe(true);
		expect(session.question).toBeUndefined();
	});
});
