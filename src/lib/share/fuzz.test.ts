// Fuzzing the two decoders that read text from outside: 10,000+ random, truncated and mutated links and
// result codes. Each must come back as a clear problem or a valid value; none may throw.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../quiz/rng';
import { decodeQuiz, DEFAULT_SETTINGS, encodeQuiz, PROBLEMS } from './quiz-link';
import { decodeResult, encodeResult, RESULT_PROBLEMS } from './result-code';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%#<>"\'&=?/ \u00e9\u2019\ud83d';

function mutate(text: string, random: () => number): string {
	const pick = (n: number) => Math.floor(random() * n);
	const chars = [...text];
	switch (pick(6)) {
		case 0:
			return text.slice(0, pick(text.length + 1)); // cut short
		case 1: {
			const at = pick(chars.length);
			chars[at] = ALPHABET[pick(ALPHABET.length)] ?? 'x'; // one character changed
			return chars.join('');
		}
		case 2:
			return Array.from({ length: pick(300) }, () => ALPHABET[pick(ALPHABET.length)]).join(''); // noise
		case 3: {
			const at = pick(text.length);
			return text.slice(0, at) + text.slice(at + 1 + pick(20)); // a stretch dropped
		}
		case 4:
			return text + Array.from({ length: pick(40) }, () => ALPHABET[pick(ALPHABET.length)]).join(''); // extra
		default: {
			const at = pick(text.length);
			return text.slice(0, at) + text.slice(at).split('').reverse().join(''); // scrambled tail
		}
	}
}

const problems = new Set<string>([...Object.values(PROBLEMS), ...Object.values(RESULT_PROBLEMS)]);

describe('decoders under fuzzing', () => {
	it('turn 6,000 broken quiz links into a clear problem or a valid quiz, never an exception', async () => {
		const random = mulberry32(20261125);
		const seeds = [
			await encodeQuiz({ kind: 'story', storyId: 'uk-official-resigns', settings: DEFAULT_SETTINGS }),
			await encodeQuiz({ kind: 'pair', reports: [{ headline: 'A', outlet: 'X', text: 'The minister said the plan may fail.' }, { headline: 'B', outlet: '', text: 'Critics claim it is a disaster.' }], settings: { ...DEFAULT_SETTINGS, types: ['who-said'] } }),
		];
		let valid = 0;
		for (let i = 0; i < 6000; i++) {
			const link = mutate(seeds[i % seeds.length] ?? '', random);
			const decoded = await decodeQuiz(link);
			if (decoded.ok) valid++;
			else expect(problems.has(decoded.problem), decoded.problem).toBe(true);
		}
		expect(valid).toBeLessThan(6000);
	});

	it('turn 5,000 broken result codes into a clear problem or a valid result, never an exception', async () => {
		const random = mulberry32(7);
		const seed = await encodeResult({ quiz: 's.x.1.12.s.-.-', title: 'T', name: 'Sam', finishedAt: 1, answers: [{ id: 'aaaaaaaaaaaaaa', picked: [1, 2], correct: false }] });
		for (let i = 0; i < 5000; i++) {
			const decoded = await decodeResult(mutate(seed, random));
			if (!decoded.ok) expect(problems.has(decoded.problem), decoded.problem).toBe(true);
			else expect(decoded.result.answers.every((a) => a.picked.every(Number.isInteger))).toBe(true);
		}
	});
});
