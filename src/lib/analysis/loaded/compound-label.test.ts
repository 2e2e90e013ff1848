import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';

const findings = (body: string) => {
	const text = `Report\n\n${body}`;
	return analyzeReport(text).loaded.map((l) => ({ words: text.slice(l.start, l.end), rule: l.rule, explanation: l.explanation }));
};

describe('a hyphenated compound of hostility or craze', () => {
	it('labels the people it is pinned on, whatever its first half names', () => {
		expect(findings('The mayor blamed the Brussels-bashing press for the defeat.')).toMatchObject([
			{ words: 'Brussels-bashing', rule: 'loaded/label/-bashing', explanation: expect.stringContaining('label for “press”') },
		]);
		expect(findings('Critics accused the minister of fear-mongering about migrants.').map((f) => f.words)).toEqual(['fear-mongering']);
		expect(findings('A power-crazed official ran the port for a decade.').map((f) => f.words)).toEqual(['power-crazed']);
	});

	it('leaves compounds that pin nothing on anyone alone', () => {
		expect(findings('The record-breaking heat closed schools; a well-known cook and a fish-monger stayed open.')).toEqual([]);
		expect(findings('She said hating the job was normal in the first year.')).toEqual([]);
	});
});
