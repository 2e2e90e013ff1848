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

describe('quote-variant of two quotations', () => {
	/** Report A quotes `quoteA` in `textA` and report B `quoteB` in `textB`, both from Ann Lee; the variant is `spanA` / `spanB`. */
	function asked(textA: string, quoteA: string, spanA: string, textB: string, quoteB: string, spanB: string, cues = ['says', 'said']) {
		const a = new Marked(textA).quote(quoteA);
		const b = new Marked(textB).quote(quoteB);
		a.said({ speaker: 'Ann Lee', cue: cues[0] ?? 'says', content: quoteA, direct: true });
		b.said({ speaker: 'Ann Lee', cue: cues[1] ?? 'said', content: quoteB, direct: true });
		const comparison = { ...emptyComparison(), quoteVariants: [{ speaker: 'Ann Lee', byReport: [a.span(spanA), b.span(spanB)] as [Span, Span], explanation: '' }] };
		return quoteVariant(makePair(a.analysis, b.analysis, comparison));
	}

	it('asks nothing when the words before the change differ inside the quotation marks: two remarks, not one changed', () => {
		const qs = asked(
			'Race\n\nCouncillor Ann Lee says her campaign is the only one that "has beaten and can beat" the mayor.',
			'has beaten and can beat',
			'beaten and can beat',
			'Race\n\n"You have to go with the only campaign that has shown that it can beat the mayor," Councillor Ann Lee said on the radio.',
			'You have to go with the only campaign that has shown that it can beat the mayor,',
			'shown that it can beat',
		);
		expect(qs).toEqual([]);
	});

	it('asks nothing when the wordings differ only in how numbers are written, or were told to two outlets', () => {
		// Each case: report A's text, quotation and changed words, then report B's, then the two cues.
		const cases: [string, string, string, string, string, string, string[]][] = [
			[
				'Race\n\nCouncillor Ann Lee says "there is a two-in-three chance that we win, but a one-in-three chance we lose."',
				'there is a two-in-three chance that we win, but a one-in-three chance we lose.',
				'two-in-three chance that we win, but a one-in-three',
				'Race\n\n"There is a 2 in 3 chance that we win. But a 1 in 3 chance we lose," Councillor Ann Lee said on the radio.',
				'There is a 2 in 3 chance that we win. But a 1 in 3 chance we lose,',
				'2 in 3 chance that we win. But a 1 in 3',
				['says', 'said'],
			],
			[
				'Race\n\n"This is the only campaign that has beaten the mayor twice," Councillor Ann Lee told a City Radio reporter in Avon.',
				'This is the only campaign that has beaten the mayor twice,',
				'beaten the mayor',
				'Race\n\n"This is the only campaign that has defeated the mayor twice," Councillor Ann Lee told Avon Channel Four on Friday.',
				'This is the only campaign that has defeated the mayor twice,',
				'defeated the mayor',
				['told', 'told'],
			],
		];
		expect(cases.map((c) => asked(...c).length)).toEqual([0, 0]);
	});

	it('still asks when both quotations agree on the words before the change', () => {
		const qs = asked(
			'Race\n\nCouncillor Ann Lee says "this is the only campaign that has beaten the mayor twice."',
			'this is the only campaign that has beaten the mayor twice.',
			'beaten the mayor',
			'Race\n\n"This is the only campaign that has defeated the mayor twice," Councillor Ann Lee said on the radio.',
			'This is the only campaign that has defeated the mayor twice,',
			'defeated the mayor',
		);
		expect(qs.length).toBeGreaterThan(0);
	});
});

describe('quote-variant of a quotation given in part', () => {
	/** Report A quotes Ann Lee's whole remark; report B quotes `part` of it, in `textB`. */
	function askedPart(textB: string, content: string) {
		const whole = 'The new shift rota is unsafe and unworkable.';
		const a = new Marked(`Port\n\nCouncillor Ann Lee said: "${whole}"`).quote(whole);
		const b = new Marked(textB).quote('unsafe and unworkable');
		a.said({ speaker: 'Ann Lee', cue: 'said', content: whole, direct: true });
		b.said({ speaker: 'Ann Lee', cue: 'said', content, direct: false });
		const comparison = { ...emptyComparison(), quoteVariants: [{ speaker: 'Ann Lee', byReport: [a.span('The new shift rota is unsafe and unworkable'), b.span('unsafe and unworkable')] as [Span, Span], explanation: '' }] };
		return quoteVariant(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
	}

	it('says one report quotes only part of the remark, with its own words around it, not that it changed the words', () => {
		const qs = askedPart('Port\n\nCouncillor Ann Lee said the rota was "unsafe and unworkable" for crews.', 'the rota was "unsafe and unworkable" for crews');
		const conclude = qs.find((q) => q.prompt.endsWith('What should a careful reader take from this?'));
		expect(conclude?.options[conclude.answer[0] ?? -1]).toBe('One report quotes only part of the remark, so read the fuller quotation before judging what was meant');
		expect(conclude?.explanation).toContain('Report B quotes only “unsafe and unworkable” of Ann Lee’s remark and puts its own words around it');
		expect(qs.find((q) => q.prompt.includes('quoted at different lengths'))).toBeDefined();
	});

	it('says the shorter quotation leaves words out unmarked where it stands alone', () => {
		const qs = askedPart('Port\n\nOf the rota, Councillor Ann Lee said: "unsafe and unworkable."', 'unsafe and unworkable.');
		expect(qs[0]?.explanation).toContain('only part of Ann Lee’s remark, and does not mark what it leaves out');
	});
});

describe('quote-variant of words only partly in quotation marks', () => {
	it('asks nothing when a wording runs from the report’s own words into a quotation: neither the source’s words nor a retelling', () => {
		// Both reports retell a question put to Ann Lee and quote a scrap of it: the words are a reporter's, not hers.
		const textA = 'Port\n\nCouncillor Ann Lee walked off when a man asked if she "really backed the new rota."';
		const textB = 'Port\n\nCouncillor Ann Lee walked off when a man asked if she backed the "new rota."';
		const a = new Marked(textA).quote('really backed the new rota.');
		const b = new Marked(textB).quote('new rota.');
		a.said({ speaker: 'Ann Lee', cue: 'asked', content: 'if she "really backed the new rota."', direct: false });
		b.said({ speaker: 'Ann Lee', cue: 'asked', content: 'if she backed the "new rota."', direct: false });
		const comparison = { ...emptyComparison(), quoteVariants: [{ speaker: 'Ann Lee', byReport: [a.span('if she "really backed the new rota'), b.span('if she backed the "new rota')] as [Span, Span], explanation: '' }] };
		expect(quoteVariant(makePair(a.analysis, b.analysis, comparison))).toEqual([]);
		// The same change with no quotation marks in either is a retelling in two wordings, and is asked.
		const plainA = new Marked('Port\n\nCouncillor Ann Lee said she fully backed the new rota for crews.');
		const plainB = new Marked('Port\n\nCouncillor Ann Lee said she backed the new rota for crews.');
		plainA.said({ speaker: 'Ann Lee', cue: 'said', content: 'she fully backed the new rota for crews.', direct: false });
		plainB.said({ speaker: 'Ann Lee', cue: 'said', content: 'she backed the new rota for crews.', direct: false });
		const plain = { ...emptyComparison(), quoteVariants: [{ speaker: 'Ann Lee', byReport: [plainA.span('she fully backed the new rota'), plainB.span('she backed the new rota')] as [Span, Span], explanation: '' }] };
		expect(quoteVariant(makePair(plainA.analysis, plainB.analysis, plain)).length).toBeGreaterThan(0);
	});
});
