import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

const reading = (text: string) => {
	const r = analyzeReport(text);
	const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
	return { r, question: (words: string) => r.attributions.find((a) => a.category === 'question' && slice(a.content) === words) };
};

describe('a question put to someone', () => {
	it('reads an opening "Asked whether …," as the question, with no asker named and no source added', () => {
		const text = 'Mayor quits\n\nMayor Ada Lind met reporters. Asked whether she would run again, Lind said she was done with politics.';
		const { r, question } = reading(text);
		const q = question('whether she would run again');
		expect(q?.speaker).toBe('');
		expect(r.sources.map((s) => s.name)).toEqual(['Ada Lind']);
		expect(r.attributions.find((a) => a.speaker === 'Ada Lind')).toBeDefined();
	});

	it('names the asker after "by" and takes the passive "was asked to …"', () => {
		const text = 'Debate\n\nSenator Ben Cole was asked by moderator Jane Park to name one tax he would cut.';
		expect(reading(text).question('to name one tax he would cut')?.speaker).toBe('Jane Park');
	});

	it('does not read "asked" with an object as a question put to the subject', () => {
		const text = 'Council\n\nThe council asked residents for patience during the repairs.';
		expect(reading(text).r.attributions.filter((a) => a.category === 'question')).toEqual([]);
	});
});
