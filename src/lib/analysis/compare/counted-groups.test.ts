import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { findCountedGroups } from './counted-groups';

function groups(a: string, b: string): [string, string[], string[]][] {
	return findCountedGroups(analyzeReport(a), analyzeReport(b)).map((x) => [x.entity, x.byReport[0].map((s) => a.slice(s.start, s.end)), x.byReport[1].map((s) => b.slice(s.start, s.end))]);
}

describe('counted groups', () => {
	it('sets side by side the nouns two reports give a group they count the same', () => {
		const a = 'Open letter\n\nThe letter was signed by about 40 nurses and porters at the hospital on Friday.';
		const b = 'Open letter\n\nA letter from about 40 union activists connected to the hospital reached the minister on Friday.';
		expect(groups(a, b)).toEqual([['the nurses and porters', ['about 40 nurses and porters'], ['about 40 union activists']]]);
	});

	it('does not set apart a group both reports name with one noun in common', () => {
		const a = 'Open letter\n\nThe letter was signed by about 40 nurses and porters at the hospital.';
		const b = 'Open letter\n\nThe letter was signed by about 40 senior nurses at the hospital.';
		expect(groups(a, b)).toEqual([]);
	});

	it('does not take a different count, a small count, a unit or a date for one group', () => {
		const a = 'Flood\n\nAbout 40 residents left on Friday. Three officers helped. The river rose 12 feet. The Sept. 11 memorials were closed.';
		const b = 'Flood\n\nNearly 40 tenants left on Friday. Three firefighters helped. The river rose 12 metres. The Sept. 11 ceremonies were cancelled.';
		expect(groups(a, b)).toEqual([]);
	});
});
