import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { leadQuotation } from './lead-quotation';

/** The lead quotation of the finding that holds `words`, as text; null when it has none. */
function leadOf(text: string, words: string): string | null {
	const r = analyzeReport(text);
	const at = text.indexOf(words);
	const a = r.attributions.find((x) => x.content.start <= at && at < x.content.end && x.rule.includes('cue-after'));
	const lead = a ? leadQuotation(text, r.quotes, a) : null;
	return lead ? text.slice(lead.start, lead.end) : null;
}

describe('the lead quotation of a passage its cue splits', () => {
	it('is the quotation before the cue when a later sentence carries the passage on', () => {
		const text = 'Pool\n\n“The pool will open in May,” said Dana Ortiz, who chairs the parks board. “We found the money.”';
		expect(leadOf(text, 'The pool')).toBe('The pool will open in May,');
	});

	it('is none when the cue splits a single sentence or stands before the words', () => {
		expect(leadOf('Pool\n\n“The pool,” said Dana Ortiz, “will open in May.”', 'The pool')).toBeNull();
		expect(leadOf('Pool\n\n“The pool will open in May,” said Dana Ortiz.', 'The pool')).toBeNull();
	});
});
