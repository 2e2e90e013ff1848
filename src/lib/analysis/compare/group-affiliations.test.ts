import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';
import { findGroupAffiliations } from './group-affiliations';

function groups(a: string, b: string): [string, string[], string[]][] {
	const ra = analyzeReport(a);
	const rb = analyzeReport(b);
	return findGroupAffiliations(ra, rb, compareReports(ra, rb).aligned).map((x) => [x.entity, x.byReport[0].map((s) => a.slice(s.start, s.end)), x.byReport[1].map((s) => b.slice(s.start, s.end))]);
}

describe('group affiliations', () => {
	it('sets a group one report ties to a named movement beside the same group left unnamed in the other', () => {
		const a =
			'Harbour march\n\nThe Green Shore campaign has grown all year. Dock workers said demonstrators blocked the harbour gates with fishing boats on Saturday morning.';
		const b =
			'Harbour march\n\nGreen Shore demonstrators blocked the harbour gates with fishing boats on Saturday morning, dock workers said. The campaign wants the port closed.';
		expect(groups(a, b)).toEqual([['demonstrators', ['demonstrators'], ['Green Shore demonstrators']]]);
	});

	it('is also read the other way round, with the name in the first report', () => {
		const a = 'Strike\n\nUnion Now activists picketed the bus depot overnight, delaying early routes across the city.';
		const b = 'Strike\n\nActivists from several groups joined Union Now rallies. Later activists picketed the bus depot overnight, delaying early routes across the city.';
		expect(groups(a, b)).toEqual([['activists', ['Union Now activists'], ['activists']]]);
	});

	it('says nothing when the other report never names the body at all', () => {
		const a = 'Harbour march\n\nDock workers said demonstrators blocked the harbour gates with fishing boats on Saturday morning.';
		const b = 'Harbour march\n\nGreen Shore demonstrators blocked the harbour gates with fishing boats on Saturday morning, dock workers said.';
		expect(groups(a, b)).toEqual([]);
	});

	it('says nothing when the two sentences tell different events', () => {
		const a = 'Harbour march\n\nThe Green Shore campaign has grown all year. Demonstrators later held a vigil outside the town hall.';
		const b = 'Harbour march\n\nGreen Shore demonstrators blocked the harbour gates with fishing boats on Saturday morning.';
		expect(groups(a, b)).toEqual([]);
	});

	it('does not take a group named only inside a quotation for the report’s own label', () => {
		const a = 'Harbour march\n\nThe Green Shore campaign has grown all year. Demonstrators blocked the harbour gates with fishing boats on Saturday morning.';
		const b = 'Harbour march\n\n“Green Shore demonstrators blocked the harbour gates with fishing boats,” a dock worker said on Saturday morning.';
		expect(groups(a, b)).toEqual([]);
	});

	it('does not take a word that only opens a sentence for a name, though the other report opens one with it too', () => {
		const a = 'Harbour march\n\nSeveral demonstrators blocked the harbour gates with fishing boats on Saturday morning.';
		const b = 'Harbour march\n\nSeveral shops stayed shut. Dock workers said demonstrators blocked the harbour gates with fishing boats on Saturday morning.';
		expect(groups(a, b)).toEqual([]);
	});

	it('does not take a month before the group for its name', () => {
		const a = 'Harbour march\n\nIn March demonstrators blocked the harbour gates with fishing boats, dock workers said.';
		const b = 'Harbour march\n\nThe port had been quiet until March. Dock workers said demonstrators blocked the harbour gates with fishing boats.';
		expect(groups(a, b)).toEqual([]);
	});
});
