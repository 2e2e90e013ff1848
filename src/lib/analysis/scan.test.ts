import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCount, scanTokens, scanWordBounds, tokenBounds, wordBounds, wordCount } from './scan';

// The scanners stand in for these two patterns: on any text they must find exactly the same spans.
const TOKEN = /@?[\p{L}\p{N}][\p{L}\p{N}’'_.-]*[\p{L}\p{N}]|@?[\p{L}\p{N}]|[,;:()“”"‘’—–?!.]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;
const RUN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

const byRegex = (re: RegExp, text: string, start: number, end: number): number[] =>
	[...text.slice(start, end).matchAll(re)].flatMap((m) => [start + (m.index ?? 0), start + (m.index ?? 0) + m[0].length]);

const seed = readFileSync(new URL('../content/stories/000_e6705d96b1f0feb6.txt', import.meta.url), 'utf8');
const awkward = [
	'Dr. Ayşe Öztürk said: “It’s “un-ac-cept-able” — @FCDOGovUK, 3.5% of U.K. arms?!',
	'Emoji 😀 between words, 𝒜𝓁𝒾𝒸𝑒 in maths letters, a lone \ud800 half and its pair \ud835\udc9c.',
	'Ends in marks…  --  ’quoted’ -dash- _under_ score_ e.g. x.y.z. 2024–25',
	'中文的报道说，他已经辞职。 العربية نص قصير. Ελληνικά κείμενα.',
];

describe('word scanners', () => {
	it('find the same tokens and words as the engine’s patterns, in real and awkward text', () => {
		for (const text of [seed, ...awkward]) {
			expect(tokenBounds(text, 0, text.length)).toEqual(byRegex(TOKEN, text, 0, text.length));
			expect(wordBounds(text, 0, text.length)).toEqual(byRegex(WORD, text, 0, text.length));
			expect(wordCount(text, 0, text.length)).toBe(byRegex(WORD, text, 0, text.length).length / 2);
			expect(runCount(text)).toBe(byRegex(RUN, text, 0, text.length).length / 2);
		}
	});

	it('treat a slice’s edges as the text’s edges, even mid-word or between the halves of a pair', () => {
		const text = awkward[1] ?? '';
		for (let start = 0; start < text.length; start += 3) {
			for (const end of [start + 1, start + 7, text.length]) {
				const e = Math.min(end, text.length);
				expect(tokenBounds(text, start, e)).toEqual(byRegex(TOKEN, text, start, e));
				expect(wordBounds(text, start, e)).toEqual(byRegex(WORD, text, start, e));
				expect(runCount(text, start, e)).toBe(byRegex(RUN, text, start, e).length / 2);
			}
		}
	});

	it('write over one array span after span, a short span after a long one reading none of the long one’s bounds', () => {
		const tokens: number[] = [];
		const words: number[] = [];
		for (const text of [seed, 'Short one.', ...awkward, 'x']) {
			const t = scanTokens(text, 0, text.length, tokens);
			const w = scanWordBounds(text, 0, text.length, words);
			expect(tokens.slice(0, 2 * t)).toEqual(byRegex(TOKEN, text, 0, text.length));
			expect(words.slice(0, 2 * w)).toEqual(byRegex(WORD, text, 0, text.length));
		}
	});

	it('count an apostrophe and the letters after it with the word before, but not a digit after it', () => {
		expect(runCount("don't stop")).toBe(2);
		expect(runCount('the ’90s and rock’n’roll')).toBe(5);
		expect(runCount("40,074 people's votes")).toBe(4);
	});

	it('stop counting words past a limit, telling a span of more words than it from one within it', () => {
		for (const text of [seed, ...awkward]) {
			const total = wordCount(text, 0, text.length);
			for (const n of [0, 1, total - 1, total, total + 1]) expect(wordCount(text, 0, text.length, n)).toBe(Math.min(total, n + 1));
		}
		// Twelve words, then more: a short headline-like sentence and a long one.
		const more = (s: string, n: number) => wordCount(s, 0, s.length, n) > n;
		expect(more('The minister resigned on Tuesday.', 12)).toBe(false);
		expect(more('The minister, who had led the department for six years, resigned on Tuesday.', 12)).toBe(true);
	});
});
