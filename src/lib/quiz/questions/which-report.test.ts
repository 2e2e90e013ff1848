import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { Span } from '../../analysis/types';
import type { ChoiceQuestion } from '../types';
import { whichReport } from './which-report';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1];
const choices = (qs: ReturnType<typeof whichReport>) => qs.filter((q): q is ChoiceQuestion => q.format !== 'tap');

/** The which-report questions when every sentence of report A is one the comparison finds only there. */
function askedOnlyInA(a: Marked, bText = 'Schools shut\n\nEvery school in the county was closed for two days by the storm.') {
	const b = new Marked(bText);
	const only = a.analysis.sentences.filter((s) => !s.headline);
	return choices(whichReport(makePair(a.analysis, b.analysis, { ...emptyComparison(), onlyIn: [only, []] as [typeof only, typeof only] })));
}

describe('which-report', () => {
	it('keys "Report A only" for a passage the comparison finds only in report A', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		const saving = qs.find((q) => q.prompt.includes('expected to save roughly £150,000'));
		expect(saving && keyed(saving)).toBe('Report A only');
		// Report A never names Sarah Bell, but what she says holds nothing A lacks (no figure, no name): A
		// could make the same point through someone else, so it is not called unique.
		expect(qs.some((q) => q.prompt.includes('Local mum Sarah Bell'))).toBe(false);
	});

	it('keys "Both reports" for aligned sentences that make the same point, showing both as evidence', () => {
		const a = new Marked('Storm hits coast\n\nThe storm closed every school in the county for two days last week.');
		const b = new Marked('Schools shut\n\nEvery school in the county was closed for two days by the storm.');
		const comparison = { ...emptyComparison(), aligned: [{ a: a.sentenceOf('The storm closed'), b: b.sentenceOf('Every school'), score: 0.7 }] };
		const [q] = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		expect(q && keyed(q)).toBe('Both reports');
		expect(q?.evidence.map((e) => e.report)).toEqual(['a', 'b']);
	});

	it('does not key "Both reports" for two sentences that share only names and a day', () => {
		const a = new Marked('Primary night\n\nThe counties still voting on Tuesday are Kent, Essex, Surrey, Devon, Dorset and Cornwall.');
		const b = new Marked('Results\n\nMs. Ruiz carried Cornwall, Essex, Kent, Devon, Dorset and Surrey on Tuesday, putting her ahead.');
		const comparison = { ...emptyComparison(), aligned: [{ a: a.sentenceOf('The counties'), b: b.sentenceOf('Ms. Ruiz carried'), score: 0.7 }] };
		const qs = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		expect(qs.some((q) => keyed(q) === 'Both reports')).toBe(false);
	});

	it('asks nothing about an aligned sentence that says more than its partner: neither "both" nor "A only" is clean', () => {
		// The comparison aligns Ortiz's two claims with a sentence that has only the first.
		const { a, b, comparison } = markedLibrary();
		const qs = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		expect(qs.some((q) => q.prompt.includes('Council leader Janet Ortiz said'))).toBe(false);
	});

	it('calls a passage unique only when it holds something the other report lacks, a name or a figure', () => {
		const a = new Marked('Storm hits coast\n\nThe storm was the worst in living memory for many people on the coast. Forecaster Jo Hale said 3,000 homes lost power.');
		const b = new Marked('Schools shut\n\nEvery school in the county was closed for two days by the storm.');
		const only = a.analysis.sentences.filter((s) => !s.headline);
		const comparison = { ...emptyComparison(), onlyIn: [only, []] as [typeof only, typeof only] };
		const qs = choices(whichReport(makePair(a.analysis, b.analysis, comparison)));
		// A judgement made of the story's words could be said in other words by report B.
		expect(qs.some((q) => q.prompt.includes('worst in living memory'))).toBe(false);
		const hale = qs.find((q) => q.prompt.includes('Jo Hale'));
		expect(hale && keyed(hale)).toBe('Report A only');
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

	it('does not take a person’s age for what a passage says: another figure still marks it as one report’s', () => {
		expect(askedOnlyInA(new Marked('Storm hits coast\n\nThe 68-year-old harbour master kept the lighthouse lit through the whole of the night.'))).toEqual([]);
		const counted = askedOnlyInA(new Marked('Storm hits coast\n\nThe harbour master kept 12 fishing boats safe in the harbour through the whole of the night.'));
		expect(counted.map(keyed)).toEqual(['Report A only']);
	});

	it('does not call a passage one report’s when the other names the same three people together in one sentence', () => {
		const a = () =>
			new Marked('Talks\n\nIn sending Mr. Lund as the go-between, Mr. Ortiz chose the best-known figure of the party and the man Mrs. Hale had served under at the harbour board in the 1990s.');
		// The same scene in other words: a student who answers "both" is right.
		expect(askedOnlyInA(a(), 'Talks\n\nMr. Lund met Mrs. Hale at the request of Mr. Ortiz.')).toEqual([]);
		// Two of them named together is not yet the same scene.
		expect(askedOnlyInA(a(), 'Talks\n\nMr. Lund met Mrs. Hale. Then Mr. Ortiz came.').map(keyed)).toEqual(['Report A only']);
	});

	it('skips a passage that names something by pointing to another sentence: quoted alone, it does not say which', () => {
		expect(askedOnlyInA(new Marked('Storm hits coast\n\nThe Harbour Safety Commission also sent that warning around to 4,000 boat owners.'))).toEqual([]);
		expect(askedOnlyInA(new Marked('Storm hits coast\n\nThe Harbour Safety Commission also sent a warning around to 4,000 boat owners.')).map(keyed)).toEqual(['Report A only']);
	});

	it('takes a body the other report never names as something only one report has, but not an outlet someone spoke to', () => {
		const fined = askedOnlyInA(new Marked('Storm hits coast\n\nLast year the Harbour Safety Commission fined the ferry company for sailing in bad weather.'));
		expect(fined.map(keyed)).toEqual(['Report A only']);
		expect(askedOnlyInA(new Marked('Storm hits coast\n\nThe ferry company promised in a letter to the Coast Gazette that it would never sail in bad weather.'))).toEqual([]);
	});

	it('calls a point one report’s when a voice the other never names makes it there, in words the other lacks', () => {
		const onlyA = (text: string, content: string) => askedOnlyInA(new Marked(text).said({ speaker: 'Jo Lund', cue: 'said', content }));
		const point = onlyA('Storm hits coast\n\nJo Lund, the harbour master, said the new sea wall had failed its first real test within an hour.', 'the new sea wall had failed its first real test within an hour');
		expect(point.map(keyed)).toEqual(['Report A only']);
		// A remark that points back to what came before, or a few words, may be made in other words over there.
		expect(onlyA('Storm hits coast\n\nJo Lund, the harbour master, said those repairs to the sea wall had failed within an hour.', 'those repairs to the sea wall had failed within an hour')).toEqual([]);
		expect(onlyA('Storm hits coast\n\n“We have a little time,” said Jo Lund, the harbour master.', 'We have a little time')).toEqual([]);
	});
});
