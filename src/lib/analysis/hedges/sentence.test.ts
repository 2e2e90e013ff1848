import { describe, expect, it } from 'vitest';
import { at, emptyTokens, endOf, readTokens, startOf } from './sentence';

describe('readTokens', () => {
	it('reads a short sentence after a long one into the same object, and nothing of the long one past its end', () => {
		const text = 'Officials said on Monday that the inquiry, which Dr. Reed leads, may take years. It may not.';
		const long = { start: 0, end: text.indexOf(' It may') };
		const short = { start: text.indexOf('It may'), end: text.length };
		const tokens = emptyTokens();
		readTokens(text, long, tokens);
		// "Dr." is read as a word and its stop.
		expect(at(tokens, 9)).toBe('dr');
		expect(at(tokens, 10)).toBe('.');
		readTokens(text, short, tokens);
		const words = Array.from({ length: tokens.n }, (_, i) => text.slice(startOf(tokens, i), endOf(tokens, i)));
		expect(words).toEqual(['It', 'may', 'not', '.']);
		expect([at(tokens, tokens.n), startOf(tokens, tokens.n), endOf(tokens, tokens.n)]).toEqual(['', 0, 0]);
	});
});
