import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

describe('tokenize', () => {
	const text = 'Dr. Ayşe Öztürk said: “It’s un-ac-cept-able.”';

	it('keeps a title’s full stop and a possessive on their words', () => {
		const tokens = tokenize(text, { start: 0, end: text.length });
		expect(tokens.map((t) => t.text)).toEqual(['Dr.', 'Ayşe', 'Öztürk', 'said', ':', '“', 'It’s', 'un-ac-cept-able', '.', '”']);
		expect(tokens[6]?.base).toBe('It');
	});

	it('reads one sentence once, and again when the span has moved', () => {
		const sentence = { start: 0, end: text.length };
		const first = tokenize(text, sentence);
		expect(tokenize(text, sentence)).toBe(first);
		sentence.end = 15;
		expect(tokenize(text, sentence).map((t) => t.text)).toEqual(['Dr.', 'Ayşe', 'Öztürk']);
		expect(JSON.stringify(sentence)).toBe('{"start":0,"end":15}');
		expect(tokenize(text, Object.freeze({ start: 0, end: 3 })).map((t) => t.text)).toEqual(['Dr.']);
	});
});
