import { describe, expect, it } from 'vitest';
import { perWord, tokenize } from './tokens';

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

describe('perWord', () => {
	it('works a word out once, however often and in whatever report it appears, and keeps words apart', () => {
		const asked: string[] = [];
		const shout = perWord((w) => {
			asked.push(w.text);
			return w.text.toUpperCase();
		});
		const first = 'The council voted. The mayor said the council had voted.';
		const second = 'Later the council met again.';
		const words = [...tokenize(first, { start: 0, end: first.length }), ...tokenize(second, { start: 0, end: second.length })];
		expect(words.map(shout).join(' ')).toBe('THE COUNCIL VOTED . THE MAYOR SAID THE COUNCIL HAD VOTED . LATER THE COUNCIL MET AGAIN .');
		expect(asked).toEqual(['The', 'council', 'voted', '.', 'mayor', 'said', 'the', 'had', 'Later', 'met', 'again']);
	});
});
