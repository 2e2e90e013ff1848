import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analysis/analyze';
import type { Source } from '../analysis/types';
import { type CastMember, type Side, displayName, namedAnywhere } from './pair';

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
