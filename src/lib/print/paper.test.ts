import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/quiz/types';
import { paperHow, paperPrompt } from './paper';

describe('a question on paper', () => {
	it('asks to underline where the screen asks to tap, and to circle where it asks to choose', () => {
		expect(paperPrompt('Tap every loaded word in this sentence from Report A: a word chosen to stir feelings.')).toBe(
			'Underline every loaded word in this sentence from Report A: a word chosen to stir feelings.',
		);
		expect(paperPrompt('Which of these sources are heard in Report A but not in Report B? Choose all that apply.')).toBe(
			'Which of these sources are heard in Report A but not in Report B? Circle all that apply.',
		);
	});

	it('leaves the report’s own words in quotation marks as they are', () => {
		const prompt = 'Report B says “Tap water was cut off, and residents could only choose to leave”. What changed? Choose one.';
		expect(paperPrompt(prompt)).toBe('Report B says “Tap water was cut off, and residents could only choose to leave”. What changed? Circle one.');
	});

	it('leaves a word that only contains a screen verb alone', () => {
		expect(paperPrompt('The minister’s tape was chosen for the selection.')).toBe('The minister’s tape was chosen for the selection.');
	});

	it('says under each kind of question what to do with a pen', () => {
		const base = { id: 'x', type: 'who-said', skill: 'attribution', difficulty: 1, prompt: '', explanation: '', evidence: [] } satisfies Partial<Question>;
		const single: Question = { ...base, format: 'single', options: ['a', 'b'], answer: [0] };
		const multiple: Question = { ...base, format: 'multiple', options: ['a', 'b'], answer: [0] };
		const tap: Question = { ...base, format: 'tap', targets: [], answer: [] };
		expect(paperHow(single)).toBe('Circle one answer.');
		expect(paperHow(multiple)).toBe('Circle every answer that applies.');
		expect(paperHow(tap)).toBe('Underline the words in the sentence.');
	});
});
