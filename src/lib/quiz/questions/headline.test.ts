import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { headline } from './headline';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1];
const choices = (qs: ReturnType<typeof headline>) => qs.filter((q): q is ChoiceQuestion => q.format !== 'tap');

describe('headline', () => {
	it('keys the headline that carries emotive words and asks what one of them does', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = choices(headline(makePair(a.analysis, b.analysis, comparison)));
		const which = qs.find((q) => q.prompt.startsWith('Which headline'));
		expect(which && keyed(which)).toBe('Headline B');
		expect(which?.prompt).toContain('“Council votes to close Millbrook library branch”');
		expect(qs.some((q) => q.prompt.startsWith('What does “heartless” do in report B’s headline?'))).toBe(true);
	});

	it('asks nothing when a headline holds a device the analysis is unsure of', () => {
		const a = new Marked('Storm batters coast\n\nA storm hit.').loaded('batters', 'reporter', 'emotive', 0.3);
		const b = new Marked('TERROR as storm smashes town\n\nA storm hit.').loaded('TERROR', 'reporter');
		expect(headline(makePair(a.analysis, b.analysis, emptyComparison()))).toEqual([]);
	});
});
