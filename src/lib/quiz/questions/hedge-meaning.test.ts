import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { HEDGE_MEANING } from '../wording';
import { hedgeMeaning } from './hedge-meaning';

describe('hedge-meaning', () => {
	it('keys what an impersonal hedge tells the reader, once per wording', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = hedgeMeaning(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const understood = qs.filter((q) => q.prompt.includes('what do the words “It is understood that” tell you?'));
		expect(understood).toHaveLength(1);
		expect(understood[0]?.options[understood[0].answer[0] ?? -1]).toBe(HEDGE_MEANING.impersonal);
		// "It is understood" also leans on a vague source: that meaning is never offered as wrong.
		expect(understood[0]?.options).not.toContain(HEDGE_MEANING['vague-source']);
	});

	it('asks nothing about a hedge in a sentence unfit to quote alone: a heading run into it, or half of a quotation', () => {
		const ask = (text: string) => {
			const a = new Marked(`Flood\n\n${text}`).hedge('may', 'modal');
			const b = new Marked('Flood\n\nThe river rose by two metres on Monday.');
			return hedgeMeaning(makePair(a.analysis, b.analysis, emptyComparison())).length;
		};
		expect(ask('The river may rise by two metres before Friday night.')).toBe(1);
		expect(ask('FLOOD WARNING FOR THE VALLEY The river may rise by two metres before Friday night.')).toBe(0);
		expect(ask('“The water is high. The river may rise by two metres before Friday night,” the engineer said.')).toBe(1);
		expect(ask("The water is high. The river may rise by two metres before Friday night,'' the engineer said.")).toBe(0);
	});
});
