import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

const read = (body: string) => {
	const text = `Headline for the test\n\n${body}`;
	return { text, hedges: analyzeReport(text).hedges };
};
const hedges = (body: string) => {
	const { text, hedges: found } = read(body);
	return found.map((h) => [text.slice(h.start, h.end), h.category]);
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
			['It is understood', 'impersonal'],
			['are said to', 'impersonal'],
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

	it('marks the same words once, with the longer reading: "it is alleged" is unnamed sourcing, not a distancing word', () => {
		const { text, hedges: found } = read('It is alleged that the money was moved abroad.');
		expect(found.map((h) => [text.slice(h.start, h.end), h.rule])).toEqual([['It is alleged', 'hedge/impersonal/report/it-is-alleged']]);
	});

	it('gives every hedge a sense, a measured confidence and an explanation that names its words', () => {
		const { text, hedges: found } = read(
			'Ministers claim the scheme works. It may cost about £2 million, and it is likely to be delayed. Critics say it seems rushed; it was unclear who approved it.',
		);
		expect(found.length).toBe(7);
		for (const h of found) {
			expect(h.sense).toBeDefined();
			expect(h.explanation).toContain(`“${text.slice(h.start, h.end)}”`);
			expect(h.rule.startsWith(`hedge/${h.category}/`)).toBe(true);
			expect(h.confidence).toBeGreaterThanOrEqual(0);
		}
	});
});
