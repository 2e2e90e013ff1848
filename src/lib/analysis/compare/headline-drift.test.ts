import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { findHeadlineDrift } from './headline-drift';
import { readSentences } from './words';

/** The headline drift of one report, as [firm headline, limited wording]. */
function drift(text: string): [string, string][] {
	const r = analyzeReport(text);
	return findHeadlineDrift(r, 0, readSentences(r).words).map((d) => [text.slice(d.strong.start, d.strong.end), text.slice(d.hedged.start, d.hedged.end)]);
}

const BODY = 'The nurses’ union, long the loudest critic of pension changes, said on Monday that it was open to modest reductions in pensions for new staff. Its members vote next month.';

describe('a headline firmer than its own report', () => {
	it('finds a headline that drops the limit its lede puts on the same point, in other words, with the rest of the lede’s clause', () => {
		expect(drift(`Nurses’ Union Open to Pension Cuts\n\n${BODY}`)).toEqual([['Nurses’ Union Open to Pension Cuts', 'open to modest reductions in pensions for new staff']]);
	});

	it('finds nothing when the headline keeps the limit', () => {
		expect(drift(`Nurses’ Union Open to Modest Pension Cuts\n\n${BODY}`)).toEqual([]);
	});

	it('finds nothing when the limited words are not the headline’s point', () => {
		const text = 'Pension Cuts Loom for Nurses\n\nA minor pension dispute at the Leeds depot was settled on Monday. Managers had changed the rota.';
		expect(drift(text)).toEqual([]);
	});

	it('finds nothing when the lede turns the point round with a negation', () => {
		const text = 'Nurses’ Union Open to Pension Cuts\n\nThe nurses’ union said on Monday that it would not accept even modest reductions in pensions. Its members vote next month.';
		expect(drift(text)).toEqual([]);
	});
});
