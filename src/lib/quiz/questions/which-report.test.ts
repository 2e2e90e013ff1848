import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { Span } from '../../analysis/types';
import type { ChoiceQuestion } from '../types';
import { whichReport } from './which-report';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1];
const choices = (qs: ReturnType<typeof whichReport>) => qs.filter((q): q is ChoiceQuestion => q.format !== 'tap');

describe('which-report', () => {
	it('keys "Report A only" for a passage the comparison finds only in report A', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		const saving = qs.find((q) => q.prompt.includes('expected to save roughly £150,000'));
		expect(saving && keyed(saving)).toBe('Report A only');
		const bell = qs.find((q) => q.prompt.includes('Local mum Sarah Bell'));
		expect(bell && keyed(bell)).toBe('Report B only');
	});

	it('keys "Both reports" for sentences the comparison aligned', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		const ortiz = qs.find((q) => q.prompt.includes('Council leader Janet Ortiz said'));
		expect(ortiz && keyed(ortiz)).toBe('Both reports');
	});

	it('never calls a passage unique to one report when it is aligned with a sentence of the other', () => {
		const a = new Marked('Storm hits coast\n\nThe storm closed every school in the county for two days last week.');
		const b = new Marked('Schools shut\n\nEvery school in the county was closed for two days by the storm.');
		const sa = a.analysis.sentences[a.sentenceOf('The storm closed')];
		if (!sa) throw new Error('no sentence');
		// The comparison lists it as only in A and also aligns it: the alignment wins.
		const comparison = { ...emptyComparison(), onlyIn: [[sa], []] as [typeof sa[], typeof sa[]], aligned: [{ a: sa.index, b: b.sentenceOf('Every school'), score: 0.7 }] };
		const qs = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		expect(qs.filter((q) => keyed(q) === 'Report A only')).toEqual([]);
	});

	it('skips a passage that opens on a pronoun, since quoted alone it does not say who is meant', () => {
		const a = new Marked('Storm hits coast\n\nHe said the council had been warned twice about the sea wall.');
		const b = new Marked('Schools shut\n\nEvery school in the county was closed for two days by the storm.');
		const sa = a.analysis.sentences[a.sentenceOf('He said')];
		if (!sa) throw new Error('no sentence');
		const comparison = { ...emptyComparison(), onlyIn: [[sa], []] as [typeof sa[], typeof sa[]] };
		expect(whichReport(makePair(a.analysis, b.analysis, comparison))).toEqual([]);
	});

	it('does not ask about a sentence the comparison calls unique only in part', () => {
		const a = new Marked('Storm hits coast\n\nThe storm closed every school in the county, and the ferry to the island stopped running for a week.');
		const b = new Marked('Schools shut\n\nEvery school in the county was closed by the storm.');
		// Only the clause about the ferry has no counterpart; the sentence as a whole is not A's alone.
		const comparison = { ...emptyComparison(), onlyIn: [[a.span('and the ferry to the island stopped running for a week.')], []] as [Span[], Span[]] };
		expect(choices(whichReport(makePair(a.analysis, b.analysis, comparison))).filter((q) => keyed(q) === 'Report A only')).toEqual([]);
	});
});
