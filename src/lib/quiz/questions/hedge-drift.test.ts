import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { hedgeDrift } from './hedge-drift';

describe('hedge-drift', () => {
	it('keys the dropped hedge when a report states a claim more firmly than its source', () => {
		const a = new Marked('Adviser quits\n\nIn her letter she wrote that the scheme "may be unlawful".').hedge('may', 'modal');
		const b = new Marked('Adviser quits over unlawful scheme\n\nThe adviser quit, saying the scheme is unlawful.');
		const comparison = { ...emptyComparison(), hedgeDrift: [{ report: 1 as const, strong: b.span('the scheme is unlawful'), hedgedReport: 0 as const, hedged: a.span('may be unlawful'), explanation: '' }] };
		const [q] = hedgeDrift(makePair(a.analysis, b.analysis, comparison)).filter((x): x is ChoiceQuestion => x.format !== 'tap');
		expect(q?.options[q.answer[0] ?? -1]).toBe('The hedge “may” was dropped, so a possibility reads as a fact');
		expect(q?.prompt).toContain('“the scheme is unlawful”');
		expect(q?.prompt).toContain('“may be unlawful”');
	});

	it('asks about a label first given as someone’s claim and later used as plain fact', () => {
		const b = new Marked('Scuffle at rally\n\nA man who calls himself a journalist was pushed. Guards then took the camera from the journalist on Friday.');
		const drift = (strong: string) => ({ report: 1 as const, strong: b.span(strong), hedgedReport: 1 as const, hedged: b.span('calls himself a journalist'), explanation: '', claimedLabel: 'journalist' });
		const asked = (strong: string) => hedgeDrift(makePair(new Marked('Rally\n\nThe rally ended on Friday.').analysis, b.analysis, { ...emptyComparison(), hedgeDrift: [drift(strong)] })).filter((x): x is ChoiceQuestion => x.format !== 'tap');
		const [q] = asked('took the camera from the journalist');
		expect(q?.options[q.answer[0] ?? -1]).toBe('The label, first given as someone’s claim, is later used as plain fact');
		expect(q?.prompt).toContain('“calls himself a journalist”');
		// A plain use that does not hold the label is no drift to ask about.
		expect(asked('Guards then took the camera')).toEqual([]);
	});

	it('asks about a headline that drops the limit its opening puts on the point, and not when the headline keeps it', () => {
		const asked = (title: string) => {
			const a = new Marked(`${title}\n\nThe nurses’ union said on Monday that it was open to modest reductions in pensions for new staff.`);
			const drift = { report: 0 as const, strong: a.span(title), hedgedReport: 0 as const, hedged: a.span('open to modest reductions'), explanation: '', limiter: 'modest' };
			const b = new Marked('Pension talks\n\nThe union met managers on Monday.');
			return hedgeDrift(makePair(a.analysis, b.analysis, { ...emptyComparison(), hedgeDrift: [drift] })).filter((x): x is ChoiceQuestion => x.format !== 'tap');
		};
		const [q] = asked('Union Open to Pension Cuts');
		expect(q?.options[q.answer[0] ?? -1]).toBe('The headline drops “modest”, so the point reads larger than the report tells it');
		expect(q?.prompt).toContain('“Union Open to Pension Cuts”');
		expect(q?.prompt).toContain('“open to modest reductions”');
		expect(asked('Union Open to Modest Pension Cuts')).toEqual([]);
	});
});
