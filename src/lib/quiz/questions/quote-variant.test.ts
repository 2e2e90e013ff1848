import { describe, expect, it } from 'vitest';
import type { Span } from '../../analysis/types';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
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

describe('quote-variant with a marked cut', () => {
	it('says a report left words out and marked the cut, not that it changed the words', () => {
		const a = new Marked('Letter\n\nThe union leader Ann Lee said: "We will not give up our jobs or our homes without a fight."').quote(
			'We will not give up our jobs or our homes without a fight.',
		);
		const b = new Marked('Letter\n\nUnion leader Ann Lee said: "We will not give up … without a fight."').quote('We will not give up … without a fight.');
		a.said({ speaker: 'Ann Lee', cue: 'said', content: 'We will not give up our jobs or our homes without a fight.', direct: true });
		b.said({ speaker: 'Ann Lee', cue: 'said', content: 'We will not give up … without a fight.', direct: true });
		const comparison = {
			...emptyComparison(),
			quoteVariants: [{ speaker: 'Ann Lee', byReport: [a.span('We will not give up our jobs or our homes without a fight.'), b.span('We will not give up … without a fight.')] as [Span, Span], explanation: '' }],
		};
		const qs = quoteVariant(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const conclude = qs.find((q) => q.prompt.endsWith('What should a careful reader take from this?'));
		expect(conclude?.options[conclude.answer[0] ?? -1]).toBe('One report left some of the words out, so check what was cut if it matters');
		expect(conclude?.explanation).toContain('marks the cut');
	});
});
