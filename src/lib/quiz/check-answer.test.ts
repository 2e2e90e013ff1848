import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import type { ChoiceQuestion, TapQuestion } from './types';

const base = {
	id: 'x-00000000000000',
	skill: 'attribution' as const,
	difficulty: 1 as const,
	prompt: 'Who said it?',
	explanation: 'One. Two.',
	evidence: [{ report: 'a' as const, start: 0, end: 1 }],
};

const single: ChoiceQuestion = { ...base, type: 'who-said', format: 'single', options: ['Mark Smith', 'David Lammy', 'FCDO'], answer: [0] };
const multiple: ChoiceQuestion = { ...base, type: 'missing-voice', format: 'multiple', options: ['David Lammy', 'Mark Smith', 'Israel', 'FCDO'], answer: [0, 2] };
// "Foreign Secretary David Lammy said defensive arms sales could continue" — tap "could".
const sentence = ['Foreign', 'Secretary', 'David', 'Lammy', 'said', 'defensive', 'arms', 'sales', 'could', 'continue'];
let at = 0;
const tap: TapQuestion = {
	...base,
	type: 'spot-hedge',
	skill: 'hedging',
	format: 'tap',
	targets: sentence.map((text) => {
		const t = { text, report: 'a' as const, start: at, end: at + text.length };
		at += text.length + 1;
		return t;
	}),
	answer: [8],
};

describe('checking an answer', () => {
	it('marks a single-choice pick right only when it is the keyed option', () => {
		expect(checkAnswer(single, [0])).toEqual({ correct: true, right: [0], wrong: [], missed: [] });
		expect(checkAnswer(single, [1])).toEqual({ correct: false, right: [], wrong: [1], missed: [0] });
	});

	it('does not accept two picks on a single-choice question even when one is right', () => {
		expect(checkAnswer(single, [0, 1]).correct).toBe(false);
	});

	it('marks a multiple-choice answer right only with every keyed option and no other', () => {
		expect(checkAnswer(multiple, [2, 0]).correct).toBe(true);
		expect(checkAnswer(multiple, [0])).toEqual({ correct: false, right: [0], wrong: [], missed: [2] });
		expect(checkAnswer(multiple, [0, 1, 2])).toEqual({ correct: false, right: [0, 2], wrong: [1], missed: [] });
	});

	it('marks tapped words right only when every keyed word and no other is tapped, naming the misses', () => {
		expect(checkAnswer(tap, [8]).correct).toBe(true);
		expect(checkAnswer(tap, [8, 4])).toEqual({ correct: false, right: [8], wrong: [4], missed: [] });
		expect(checkAnswer(tap, [])).toEqual({ correct: false, right: [], wrong: [], missed: [8] });
	});

	it('ignores repeated taps and indices outside the question', () => {
		expect(checkAnswer(tap, [8, 8, 99, -1]).correct).toBe(true);
	});
});
