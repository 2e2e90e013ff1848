import { describe, expect, it } from 'vitest';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { quoteVariant } from './quote-variant';

describe('quote-variant', () => {
	it('asks which wording is whose, keyed to the report that prints it', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = quoteVariant(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const which = qs.find((q) => /Which is report [AB]’s wording\?$/.test(q.prompt));
		const askedB = which?.prompt.endsWith('report B’s wording?');
		expect(which?.options[which.answer[0] ?? -1]).toBe(askedB ? '“painful”' : '“painful but necessary”');
		expect(qs.some((q) => q.prompt.endsWith('What should a careful reader take from this?'))).toBe(true);
	});
});
