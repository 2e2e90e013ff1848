import { describe, expect, it } from 'vitest';
import { latestByQuiz, progressLine, summarize } from './summary';
import { attempt } from './test-attempt';

const [q1, q2, q3] = attempt().questionIds as [string, string, string];

describe('attempt summaries', () => {
	it('say how far a student is: answered of total and how many right, counting only this quiz’s questions', () => {
		const [s] = summarize([attempt({ answers: { [q1]: { picked: [0], correct: true, at: 1 }, [q2]: { picked: [1], correct: false, at: 2 }, 'gone-question': { picked: [0], correct: true, at: 3 } } })]);
		expect(s).toMatchObject({ answered: 2, right: 1, total: 3, finished: false });
		expect(s && progressLine(s)).toBe('In progress: 2 of 3 answered, 1 right');
	});

	it('say a finished quiz’s score, and a quiz just opened that nothing is answered yet', () => {
		const all = { [q1]: { picked: [0], correct: true, at: 1 }, [q2]: { picked: [0], correct: true, at: 2 }, [q3]: { picked: [2], correct: false, at: 3 } };
		const [done] = summarize([attempt({ answers: all, onScreen: null, finishedAt: 9 })]);
		expect(done && progressLine(done)).toBe('Finished: 2 of 3 right');
		const [fresh] = summarize([attempt()]);
		expect(fresh && progressLine(fresh)).toBe('Started: none of 3 answered yet');
	});

	it('number the attempts at one story by when they were started, newest listed first, each story counted apart', () => {
		const list = summarize([
			attempt({ id: 'second', startedAt: 200, updatedAt: 900 }),
			attempt({ id: 'first', startedAt: 100, updatedAt: 300 }),
			attempt({ id: 'retry', startedAt: 300, updatedAt: 400, retryOf: 'second' }),
			attempt({ id: 'other', storyId: 'another-story', startedAt: 50, updatedAt: 500 }),
		]);
		expect(list.map((s) => [s.id, s.number, s.retry])).toEqual([
			['second', 2, false],
			['other', 1, false],
			['retry', 3, true],
			['first', 1, false],
		]);
	});

	it('pick the latest attempt of each quiz for its story card', () => {
		const latest = latestByQuiz(summarize([attempt({ id: 'old', updatedAt: 1 }), attempt({ id: 'new', updatedAt: 5 }), attempt({ id: 'x', storyId: 'b', updatedAt: 2 })]));
		expect(latest.get('uk-official-resigns')?.id).toBe('new');
		expect(latest.get('b')?.id).toBe('x');
	});
});
