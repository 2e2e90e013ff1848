import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeQuiz, DEFAULT_SETTINGS, encodeQuiz, PROBLEMS, type SharedQuiz } from './quiz-link';

const dir = new URL('../content/stories/', import.meta.url);
const [ta, tb] = ['000_e6705d96b1f0feb6.txt', '001_637e260c91ed6497.txt'].map((f) => readFileSync(new URL(f, dir), 'utf8'));
const pair: SharedQuiz = {
	kind: 'pair',
	reports: [
		{ headline: 'Report one', outlet: 'The Daily', text: ta ?? '' },
		{ headline: 'Report two', outlet: '', text: tb ?? '' },
	],
	settings: { ...DEFAULT_SETTINGS, seed: 77, count: 10, types: ['who-said', 'spot-hedge'], order: 'shuffle', drop: ['0y3wqs205xh2w1'] },
};

describe('quiz links', () => {
	it('gives a built-in story a short link that opens the same quiz', async () => {
		const story: SharedQuiz = { kind: 'story', storyId: 'uk-official-resigns', settings: { ...DEFAULT_SETTINGS, seed: 4 } };
		const fragment = await encodeQuiz(story);
		expect(`https://example.org/double-take/play/#${fragment}`.length).toBeLessThanOrEqual(120);
		const back = await decodeQuiz(`#${fragment}`);
		expect(back.ok && back.quiz).toEqual(story);
	});

	it('carries a teacher’s own pair and settings, compressed, and gives back the exact texts', async () => {
		const fragment = await encodeQuiz(pair);
		expect(fragment.length).toBeLessThan((ta ?? '').length + (tb ?? '').length);
		const back = await decodeQuiz(fragment);
		expect(back.ok && back.quiz).toEqual(pair);
	});

	it('gives the same quiz the same key, and a different quiz another', async () => {
		const one = await decodeQuiz(await encodeQuiz(pair));
		const two = await decodeQuiz(await encodeQuiz({ ...pair, settings: { ...pair.settings, seed: 78 } }));
		expect(one.ok && two.ok && one.key !== two.key).toBe(true);
		const again = await decodeQuiz(await encodeQuiz(pair));
		expect(one.ok && again.ok && one.key === again.key).toBe(true);
	});

	it('says what is wrong with an empty, cut-short, newer or oversized link', async () => {
		const fragment = await encodeQuiz(pair);
		expect(await decodeQuiz('')).toEqual({ ok: false, problem: PROBLEMS.empty });
		expect(await decodeQuiz(fragment.slice(0, fragment.length / 2))).toEqual({ ok: false, problem: PROBLEMS.damaged });
		expect(await decodeQuiz(`9${fragment.slice(1)}`)).toEqual({ ok: false, problem: PROBLEMS.newer });
		expect(await decodeQuiz(`1.p.${'A'.repeat(500_000)}`)).toEqual({ ok: false, problem: PROBLEMS.tooLong });
		expect(await decodeQuiz('1.s.uk-official-resigns.4.99.s.-.-')).toEqual({ ok: false, problem: PROBLEMS.damaged });
	});

	it('keeps markup in a report as text: it is data in the link, never code', async () => {
		const evil: SharedQuiz = { ...pair, reports: [{ headline: '<img src=x onerror=alert(1)>', outlet: '', text: '<script>alert(1)</script> Officials said.' }, pair.reports[1]] };
		const back = await decodeQuiz(await encodeQuiz(evil));
		expect(back.ok && back.quiz.kind === 'pair' && back.quiz.reports[0].text).toBe('<script>alert(1)</script> Officials said.');
	});
});
