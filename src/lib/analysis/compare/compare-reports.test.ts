import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

// Two reports of one invented event, written in the patterns of wire copy (A) and a tabloid (B).
const A = [
	'Minister resigns over leaked report',
	'',
	'Transport minister Helen Carter resigned on Friday after a leaked report showed safety warnings about the bridge were ignored.',
	'',
	'Carter, a junior minister since 2021, said the report "raised serious and troubling questions" about the department.',
	'',
	'The opposition said the minister may be guilty of misleading parliament.',
	'',
	'The bridge was closed in March after engineers found cracks in two supports.',
].join('\n');
const B = [
	'Bridge scandal: minister quits',
	'',
	'Disgraced minister Helen Carter has quit after a bombshell report revealed safety warnings about the bridge were ignored.',
	'',
	'Carter admitted the report "raised grave and troubling questions" about the department.',
	'',
	'Critics say the minister is guilty of misleading parliament.',
	'',
	'Local campaigner Tom Reid told the paper residents had warned about the bridge for years.',
].join('\n');

const a = analyzeReport(A);
const b = analyzeReport(B);
const c = compareReports(a, b);
const texts = [A, B] as const;
const show = (r: 0 | 1, s: { start: number; end: number }) => texts[r].slice(s.start, s.end);

describe('compareReports', () => {
	it('calls a passage unique only when the other report has nothing like it', () => {
		expect(c.onlyIn[0].map((s) => show(0, s))).toEqual(['The bridge was closed in March after engineers found cracks in two supports.']);
		expect(c.onlyIn[1].map((s) => show(1, s))).toEqual(['Local campaigner Tom Reid told the paper residents had warned about the bridge for years.']);
	});

	it('lists the sources that only one report quotes', () => {
		expect(a.sources.filter((s) => c.sourcesOnlyIn[0].includes(s.id)).map((s) => s.name)).toEqual(['The opposition']);
		expect(b.sources.filter((s) => c.sourcesOnlyIn[1].includes(s.id)).map((s) => s.name)).toEqual(['Tom Reid']);
	});

	it('finds the same quotation worded two ways', () => {
		expect(c.quoteVariants.map((q) => [q.speaker, show(0, q.byReport[0]), show(1, q.byReport[1])])).toEqual([
			['Helen Carter', 'serious and troubling questions', 'grave and troubling questions'],
		]);
	});

	it('finds a claim stated without the hedge it had in the other report', () => {
		expect(c.hedgeDrift.map((d) => [d.report, show(d.report, d.strong), d.hedgedReport])).toEqual([[1, 'minister is guilty of misleading parliament', 0]]);
	});

	it('sets the two reports’ labels for the same person side by side', () => {
		const carter = c.characterizations.find((x) => x.entity === 'Helen Carter');
		expect(carter?.byReport[0].map((s) => show(0, s))).toContain('a junior minister since 2021');
		expect(carter?.byReport[1].map((s) => show(1, s)).join(' ')).toMatch(/Disgraced minister/);
	});

	it('calls one clause of a sentence unique when the rest of the sentence is told in the other report', () => {
		const x = 'Bridge closed\n\nThe bridge was closed on Friday after engineers found cracks in two supports, and the ferry service doubled its crossings to the island.';
		const y = 'Cracks close bridge\n\nEngineers closed the bridge after finding cracks in two of its supports.';
		const cx = compareReports(analyzeReport(x), analyzeReport(y));
		expect(cx.onlyIn[0].map((s) => x.slice(s.start, s.end))).toEqual(['and the ferry service doubled its crossings to the island.']);
		expect(cx.onlyIn[1]).toEqual([]);
	});

	it('calls a relative clause unique when the noun it describes is told in the other report', () => {
		const x = 'Mayor fined\n\nThe mayor, facing a dispute over parking fines that is delaying the budget vote and straining his coalition, paid the overdue parking fines on Monday.';
		const y = 'Mayor pays up\n\nThe mayor paid the overdue parking fines on Monday after a dispute over them.';
		const cx = compareReports(analyzeReport(x), analyzeReport(y));
		expect(cx.onlyIn[0].map((s) => x.slice(s.start, s.end))).toEqual(['that is delaying the budget vote and straining his coalition,']);
	});

	it('keeps a unique point whole when a relative clause ends it', () => {
		const x = 'Mayor fined\n\nThe mayor paid his parking fines on Monday.\n\nHe apologised, according to a video of his remarks that was circulated by rivals on Tuesday.';
		const y = 'Mayor pays up\n\nThe mayor paid his parking fines on Monday and apologised.';
		const cx = compareReports(analyzeReport(x), analyzeReport(y));
		expect(cx.onlyIn[0].map((s) => x.slice(s.start, s.end))).toEqual(['He apologised, according to a video of his remarks that was circulated by rivals on Tuesday.']);
	});

	it('calls a quotation unique when its source speaks in both reports but says something else in the other', () => {
		const x = [
			'Council row over library',
			'',
			'The council voted on Tuesday to close the Elm Street library, ending a year of protests by parents.',
			'',
			'“Your plan treats reading as a luxury rather than a right,” says the petition, which parents handed to the mayor.',
			'',
			'The petition asks the council to keep the library open until a new one is built.',
		].join('\n');
		const y = [
			'Library to close',
			'',
			'Councillors have agreed to close the Elm Street library after a year of protests by parents.',
			'',
			'The petition calls on the council to keep the library open until a new one is built.',
		].join('\n');
		const cx = compareReports(analyzeReport(x), analyzeReport(y));
		const only = cx.onlyIn[0].map((s) => x.slice(s.start, s.end)).join(' | ');
		expect(only).toContain('Your plan treats reading as a luxury');
		expect(only).not.toContain('keep the library open');
	});
});
