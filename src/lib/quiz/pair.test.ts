import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analysis/analyze';
import type { Source } from '../analysis/types';
import { type CastMember, type Side, displayName, makePair, namedAnywhere, unitAt } from './pair';
import { compareReports } from '../analysis/compare/compare-reports';

describe('a source’s name as an option reads it', () => {
	it('puts "the" before an initialism the report writes with it, and not before one it writes bare', () => {
		expect(displayName('FCDO', 'government', true)).toBe('the FCDO');
		expect(displayName('AARP', 'organization', false, true)).toBe('AARP');
		expect(displayName('BBC', 'organization')).toBe('the BBC');
	});

	it('keeps a person’s name as it is', () => {
		expect(displayName('Ann Lee', 'person', true)).toBe('Ann Lee');
	});
});

describe('whether a report names a source anywhere', () => {
	const side = (text: string): Side => ({ key: 'b', index: 1, analysis: analyzeReport(text), units: [], lower: text.toLowerCase() });
	const person: Source = { id: 'ann-okafor', name: 'Ann Okafor', kind: 'person', aliases: ['Okafor'], mentions: [], descriptions: [] };
	const member: CastMember = { name: 'Ann Okafor', display: 'Ann Okafor', kind: 'person', bySide: [person, undefined] };

	it('finds the surname as a whole word in any case, also at the very start or end of the text', () => {
		expect(namedAnywhere(side('The minister, OKAFOR, left early.'), member)).toBe(true);
		expect(namedAnywhere(side('Okafor left early.'), member)).toBe(true);
		expect(namedAnywhere(side('The plan was drawn up by Okafor'), member)).toBe(true);
	});

	it('does not take the surname inside a longer word for it', () => {
		expect(namedAnywhere(side('The Okaforville council met and the Nokafor fund paid.'), member)).toBe(false);
	});
});

describe('the sentences a question quotes', () => {
	const unitText = (text: string, other: string, at: string): string => {
		const a = analyzeReport(text);
		const b = analyzeReport(other);
		const side = makePair(a, b, compareReports(a, b)).sides[0];
		const unit = unitAt(side, text.indexOf(at));
		return unit ? text.slice(unit.start, unit.end) : '';
	};
	const other = 'Rail vote\n\nThe council voted on Monday to close the old rail depot by the end of next year.';

	it('leave out the dateline that opens a story, in capitals before a dash, as a reader skips it', () => {
		expect(unitText('Depot to close\n\nSPRINGFIELD -- The council voted on Monday to close the old rail depot.', other, 'The council')).toBe('The council voted on Monday to close the old rail depot.');
		expect(unitText('Depot to close\n\nNEW YORK (AP) — The council voted on Monday to close the old rail depot.', other, 'The council')).toBe('The council voted on Monday to close the old rail depot.');
	});

	it('keep a name in capitals set off by a dash, which is the sentence’s subject, not a dateline', () => {
		const text = 'Depot to close\n\nAMTRAK — the national rail company — said on Monday it would close the old depot.';
		expect(unitText(text, other, 'the national')).toBe('AMTRAK — the national rail company — said on Monday it would close the old depot.');
	});
});
