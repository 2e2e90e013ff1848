import { describe, expect, it } from 'vitest';
import type { Target } from '$lib/quiz/types';
import { gapAfter, tapSentence } from './tap-text';

// A sentence written for this test, with the marks that went missing on paper: initials, a comma and quotes.
const text = 'Senator Jo Ames (D-N.Y.) warned, “I’m afraid we are too late.”';
const words = (...ws: string[]): Target[] => {
	let from = 0;
	return ws.map((w) => {
		const start = text.indexOf(w, from);
		from = start + w.length;
		return { text: w, report: 'a', start, end: from };
	});
};
const reportText = () => text;

describe('the sentence of a tap question', () => {
	it('keeps the punctuation between words as the report has it', () => {
		const targets = words('Senator', 'Jo', 'Ames', 'D-N', 'Y', 'warned', 'I’m', 'afraid', 'we', 'are', 'too', 'late');
		expect(tapSentence(targets, reportText)).toBe('Senator Jo Ames (D-N.Y.) warned, “I’m afraid we are too late');
	});

	it('puts a plain space where words were left out between two targets, never the words themselves', () => {
		const targets = words('Senator', 'warned');
		expect(gapAfter(targets, 0, reportText)).toBe(' ');
		expect(tapSentence(targets, reportText)).toBe('Senator warned');
	});

	it('has nothing after the last word, and a space between words of different reports', () => {
		const targets = words('Senator', 'Jo');
		expect(gapAfter(targets, 1, reportText)).toBe('');
		const other: Target[] = [targets[0] as Target, { text: 'Jo', report: 'b', start: 20, end: 22 }];
		expect(gapAfter(other, 0, reportText)).toBe(' ');
	});

	it('opens on the quotation mark when the sentence opens inside a quotation, so its closing mark is not left alone', () => {
		const quoted = '“The plan may work,” Ms. Ames said.';
		const at = (w: string): Target => ({ text: w, report: 'a', start: quoted.indexOf(w), end: quoted.indexOf(w) + w.length });
		const targets = ['The', 'plan', 'may', 'work', 'Ms', 'Ames', 'said'].map(at);
		expect(tapSentence(targets, () => quoted)).toBe('“The plan may work,” Ms. Ames said');
	});
});
