import { describe, expect, it } from 'vitest';
import { memoBySpan } from './memo';

describe('memoBySpan', () => {
	it('gives for a word where it stands what the function gives for the word, working each word out once', () => {
		const asked: string[] = [];
		const upper = memoBySpan((w) => {
			asked.push(w);
			return w.toUpperCase();
		});
		const text = 'the cat saw the other cat';
		const words = [...text.matchAll(/\S+/g)].map((m) => upper(text, m.index, m.index + m[0].length));
		expect(words).toEqual(['THE', 'CAT', 'SAW', 'THE', 'OTHER', 'CAT']);
		expect(asked).toEqual(['the', 'cat', 'saw', 'other']);
	});

	it('keeps words apart that share their letters in another order or length, across many words and a reset', () => {
		const length = memoBySpan((w) => w.length, 3000);
		const text = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`).join(' ');
		for (const m of text.matchAll(/\S+/g)) expect(length(text, m.index, m.index + m[0].length)).toBe(m[0].length);
		const twice = memoBySpan((w) => w);
		expect(['ab', 'ba', 'a', 'abc'].map((w) => twice(`x${w}y`, 1, 1 + w.length))).toEqual(['ab', 'ba', 'a', 'abc']);
	});
});
