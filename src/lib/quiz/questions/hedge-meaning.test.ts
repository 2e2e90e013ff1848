import { describe, expect, it } from 'vitest';
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
});
