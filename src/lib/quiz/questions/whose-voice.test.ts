import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { whoseVoice } from './whose-voice';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1];
const choices = (qs: ReturnType<typeof whoseVoice>) => qs.filter((q): q is ChoiceQuestion => q.format !== 'tap');

describe('whose-voice', () => {
	it('keys the quoted source for a loaded word inside their words', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = choices(whoseVoice(makePair(a.analysis, b.analysis, comparison)));
		const disgrace = qs.find((q) => q.prompt.includes('whose word is “disgrace”?'));
		expect(disgrace && keyed(disgrace)).toBe('Sarah Bell’s');
		expect(disgrace?.options).toContain('The reporter’s own');
	});

	it('keys the reporter for a loaded word in no one’s words', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = choices(whoseVoice(makePair(a.analysis, b.analysis, comparison)));
		const heartless = qs.find((q) => q.prompt.includes('whose word is “heartless”?'));
		expect(heartless && keyed(heartless)).toBe('The reporter’s own');
		expect(heartless?.explanation).toContain('report B’s own word');
	});

	it('asks nothing about a source’s loaded word when no attribution holds it', () => {
		const a = new Marked('Strike\n\nUnion leaders were furious about the offer on Monday.').loaded('furious', 'source');
		const b = new Marked('Strike\n\nThe union rejected the offer.');
		expect(whoseVoice(makePair(a.analysis, b.analysis, emptyComparison()))).toEqual([]);
	});
});
