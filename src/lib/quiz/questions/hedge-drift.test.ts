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
});
