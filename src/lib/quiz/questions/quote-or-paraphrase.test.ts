import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '../../analysis/index';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { quoteOrParaphrase } from './quote-or-paraphrase';

const A = [
	'Town votes to close its library',
	'',
	'The town council voted on Tuesday to close the central library by the end of the year.',
	'',
	'“We have run out of ways to keep the doors open,” council leader Maria Okafor said after the vote.',
	'',
	'Ms. Okafor said the building needed repairs the town could not afford this year.',
	'',
	'Library users said the decision was a betrayal of the families who depend on it, and that the “so-called savings” would be small.',
].join('\n');
const B = [
	'Library to shut',
	'',
	'Councillors backed the closure of the central library on Tuesday.',
	'',
	'Council leader Maria Okafor said the town had no money left for the building.',
].join('\n');

function questions(): ChoiceQuestion[] {
	const a = analyzeReport(A);
	const b = analyzeReport(B);
	return quoteOrParaphrase(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
}
const keyOf = (q: ChoiceQuestion | undefined) => (q ? q.options[q.answer[0] ?? -1] : undefined);

describe('quote or paraphrase', () => {
	it('keys words inside quotation marks as the speaker’s own, and a summary without marks as the report’s wording', () => {
		const qs = questions();
		const quoted = qs.find((q) => q.prompt.includes('We have run out of ways'));
		expect(keyOf(quoted)).toBe('Maria Okafor’s own words, quoted exactly');
		const summary = qs.find((q) => q.prompt.includes('the building needed repairs'));
		expect(keyOf(summary)).toBe('Report A’s own wording of what Maria Okafor said');
		// The wrong options: the other wording, and a claim with no source, which this is not.
		expect(summary?.options).toContain('Maria Okafor’s own words, quoted exactly');
		expect(summary?.options).toContain('The reporter’s own claim: no one is named as its source');
	});

	it('never asks about a passage that is only partly quoted: its wording is both', () => {
		expect(questions().some((q) => q.prompt.includes('betrayal') || q.prompt.includes('so-called savings'))).toBe(false);
	});

	it('asks at most one quoted and one summarised passage from each report', () => {
		const qs = questions();
		for (const report of ['a', 'b'] as const) {
			const mine = qs.filter((q) => q.evidence[0]?.report === report);
			expect(mine.filter((q) => keyOf(q)?.endsWith('quoted exactly')).length).toBeLessThanOrEqual(1);
			expect(mine.filter((q) => keyOf(q)?.includes('own wording')).length).toBeLessThanOrEqual(1);
		}
		expect(qs.some((q) => q.evidence[0]?.report === 'b' && keyOf(q)?.includes('own wording'))).toBe(true);
	});

	/** The prompts of the questions report A's text gets beside a report B whose summary is always asked. */
	const promptsBeside = (textA: string): string[] => {
		const a = analyzeReport(textA);
		const b = analyzeReport('Library\n\nThe council met on Tuesday. Ms. Okafor said the building needed repairs the town could not afford.');
		return quoteOrParaphrase(makePair(a, b, compareReports(a, b))).map((q) => q.prompt);
	};

	it('asks nothing about what a verb of accusing passes on ("accused the council of wasting money"), an object and a charge', () => {
		const prompts = promptsBeside('Library row\n\nCouncillor Ben Ruiz accused the council of wasting money on the new library building.');
		expect(prompts.some((p) => p.includes('wasting money'))).toBe(false);
		expect(prompts.some((p) => p.includes('needed repairs'))).toBe(true);
	});

	it('asks nothing about what a verb of naming passes on ("calling it the mark of a failing campaign"), an object and a label', () => {
		const prompts = promptsBeside('Library row\n\nThe Cole campaign pushed back against Mr. Ruiz’s attack on her record, calling it the mark of a failing campaign.');
		expect(prompts.some((p) => p.includes('failing campaign'))).toBe(false);
		expect(prompts.some((p) => p.includes('needed repairs'))).toBe(true);
	});

	it('asks nothing about an indirect question ("explaining why he stands behind the mayor"): it names a topic, not a point made', () => {
		const prompts = promptsBeside('Library row\n\nCouncillor Ben Ruiz spoke on Monday. Ruiz presented a message about thrift and patience before explaining why he stands behind the mayor.');
		expect(prompts.some((p) => p.includes('why he stands'))).toBe(false);
		expect(prompts.some((p) => p.includes('needed repairs'))).toBe(true);
	});

	it('asks nothing about a belief or a hope the report reads into a source ("still believes the plan will fail"), which it may never have put in words', () => {
		const prompts = promptsBeside('Library row\n\nCouncillor Ben Ruiz still believes that the new library building will cost far more than planned.');
		expect(prompts.some((p) => p.includes('will cost far more'))).toBe(false);
		expect(prompts.some((p) => p.includes('needed repairs'))).toBe(true);
		// A belief the sentence says was told is a point put in words.
		const told = promptsBeside('Library row\n\nCouncillor Ben Ruiz said on Monday the vote was rushed, and he thought the new library building would cost far more than planned.');
		expect(told.some((p) => p.includes('would cost far more'))).toBe(true);
	});
});
