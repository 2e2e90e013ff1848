import { describe, expect, it } from 'vitest';
import { FILE_PROBLEMS, MAX_QUIZ_FILE_SIZE, quizFileName, readQuizFile, writeQuizFile } from './quiz-file';
import { DEFAULT_SETTINGS, encodeQuiz, type SharedQuiz } from './quiz-link';

const report = (headline: string) => ({
	headline,
	outlet: 'The Valley Courier',
	text: 'The council voted on Tuesday to close the library on Mill Street, saying repairs would cost more than the town could pay. Residents said they would appeal.',
});
const pair: SharedQuiz = { kind: 'pair', reports: [report('Library to close'), report('Council shuts library')], settings: { ...DEFAULT_SETTINGS, seed: 9, count: 6 } };

describe('quiz files', () => {
	it('give back the quiz link and title they were written with', async () => {
		const fragment = await encodeQuiz(pair);
		const back = await readQuizFile(writeQuizFile('Library to close', fragment));
		expect(back).toEqual({ ok: true, fragment, title: 'Library to close' });
	});

	it('still open when saved before this module existed (version 1, written by the share panel)', async () => {
		const fragment = await encodeQuiz({ kind: 'story', storyId: 'uk-official-resigns', settings: DEFAULT_SETTINGS });
		const old = JSON.stringify({ kind: 'double-take-quiz', version: 1, title: 'A UK official resigns', link: fragment }, null, 2);
		expect(await readQuizFile(old)).toEqual({ ok: true, fragment, title: 'A UK official resigns' });
	});

	it('from a newer version of the app ask for an update, whatever else they hold', async () => {
		const newer = JSON.stringify({ kind: 'double-take-quiz', version: 2, quiz: { something: 'new' } });
		expect(await readQuizFile(newer)).toEqual({ ok: false, problem: FILE_PROBLEMS.newer });
		// A version-1 file carrying a link from a newer version needs the same update.
		const link = JSON.stringify({ kind: 'double-take-quiz', version: 1, title: 'x', link: '7.s.uk-official-resigns.1.12.s.-.-' });
		expect(await readQuizFile(link)).toEqual({ ok: false, problem: FILE_PROBLEMS.newer });
	});

	it('that are damaged or cut short say so and ask for the file again', async () => {
		const whole = writeQuizFile('Library to close', await encodeQuiz(pair));
		expect(await readQuizFile(whole.slice(0, whole.length / 2))).toEqual({ ok: false, problem: FILE_PROBLEMS.notQuiz });
		const parsed = JSON.parse(whole) as { link: string };
		const cut = JSON.stringify({ ...parsed, link: parsed.link.slice(0, parsed.link.length / 2) });
		expect(await readQuizFile(cut)).toEqual({ ok: false, problem: FILE_PROBLEMS.damaged });
		expect(await readQuizFile(JSON.stringify({ kind: 'double-take-quiz', version: 1, title: 'no link' }))).toEqual({ ok: false, problem: FILE_PROBLEMS.damaged });
	});

	it('are told apart from other files: progress files, other JSON, text, anything too large', async () => {
		for (const text of ['{"kind":"double-take-progress","version":2,"attempts":[]}', '[1,2,3]', 'null', 'Dear class, the quiz is tomorrow.', '']) {
			expect(await readQuizFile(text), text).toEqual({ ok: false, problem: FILE_PROBLEMS.notQuiz });
		}
		expect(await readQuizFile(' '.repeat(MAX_QUIZ_FILE_SIZE + 1))).toEqual({ ok: false, problem: FILE_PROBLEMS.tooBig });
	});

	it('are named after the quiz, in characters every system accepts', () => {
		expect(quizFileName('Council: “Library to close” – 2 views')).toBe('quiz-council-library-to-close-2-views.json');
		expect(quizFileName('博物馆')).toBe('quiz-double-take.json');
	});
});
