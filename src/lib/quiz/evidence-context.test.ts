import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analysis/index';
import { evidenceContexts } from './evidence-context';
import type { Question } from './types';

const a = analyzeReport('Bridge opens\n\nThe new bridge opened on Monday. Officials said it may cost more than planned. Drivers cheered.');
const b = analyzeReport('Bridge\n\nA bridge opened.');
const at = (t: string) => a.text.indexOf(t);
const question = (evidence: Question['evidence']): Question => ({
	id: 'spot-hedge-00000000000000',
	type: 'spot-hedge',
	skill: 'hedging',
	difficulty: 1,
	prompt: 'p',
	explanation: 'e',
	evidence,
	format: 'single',
	options: ['x', 'y'],
	answer: [0],
});

describe('evidence in context', () => {
	it('widens a word to its whole sentence and marks the word inside it', () => {
		const [c] = evidenceContexts(question([{ report: 'a', start: at('may'), end: at('may') + 3 }]), [a, b]);
		expect(a.text.slice(c?.start, c?.end)).toBe('Officials said it may cost more than planned.');
		expect(c?.marks.map((m) => a.text.slice(m.start, m.end))).toEqual(['may']);
	});

	it('shows a sentence and a word in it once, marking the word', () => {
		const s = at('Officials');
		const cs = evidenceContexts(question([{ report: 'a', start: s, end: at('Drivers') - 1 }, { report: 'a', start: at('may'), end: at('may') + 3 }]), [a, b]);
		expect(cs).toHaveLength(1);
		expect(cs[0]?.marks.map((m) => a.text.slice(m.start, m.end))).toEqual(['may']);
	});

	it('keeps evidence from the two reports apart', () => {
		const cs = evidenceContexts(question([{ report: 'a', start: at('The new'), end: at('The new') + 7 }, { report: 'b', start: 8, end: 24 }]), [a, b]);
		expect(cs.map((c) => c.report)).toEqual(['a', 'b']);
	});
});
