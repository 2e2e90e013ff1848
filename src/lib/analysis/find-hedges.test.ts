import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

const hedges = (body: string) => {
	const text = `Headline for the test\n\n${body}`;
	return analyzeReport(text).hedges.map((h) => [text.slice(h.start, h.end), h.category]);
};

describe('findHedges', () => {
	it('finds modals, distancing verbs and approximators in wire copy', () => {
		expect(hedges('The rebels claim to control the city. Officials said at least 40 people were killed and the toll may rise.')).toEqual([
			['claim', 'distancing-verb'],
			['at least', 'approximator'],
			['may', 'modal'],
		]);
	});

	it('does not take the month, a topic, an ever or a money claim for a hedge', () => {
		expect(
			hedges(
				'The vote was held in May. Ministers will talk about the budget. Prices rose more than ever. Insurance claims were paid in full. Many homes were damaged.',
			),
		).toEqual([]);
	});

	it('finds impersonal sourcing and speculation in a tabloid passage', () => {
		expect(hedges('It is understood that the star will quit. The couple are said to be furious, and a deal is unlikely.')).toEqual([
			['It is understood that', 'impersonal'],
			['are said to be', 'impersonal'],
			['unlikely', 'speculation'],
		]);
	});

	it('marks vague sources only when they stand for people holding a view', () => {
		expect(hedges('Some critics say the plan is rushed. Many residents fear the worst. Many roads were closed.')).toEqual([
			['Some', 'vague-source'],
			['Many', 'vague-source'],
		]);
	});

	it('finds softeners in an opinion piece, and "could" but not "could not"', () => {
		expect(hedges('The relatively small change could matter. The minister could not say when. It is arguably too late.')).toEqual([
			['relatively', 'softener'],
			['could', 'modal'],
			['arguably', 'softener'],
		]);
	});
});
