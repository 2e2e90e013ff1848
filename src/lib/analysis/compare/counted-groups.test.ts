import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { findCountedGroups } from './counted-groups';

function groups(a: string, b: string): [string, string[], string[]][] {
	return findCountedGroups(analyzeReport(a), analyzeReport(b)).map((x) => [x.entity, x.byReport[0].map((s) => a.slice(s.start, s.end)), x.byReport[1].map((s) => b.slice(s.start, s.end))]);
}

describe('counted groups', () => {
	it('sets side by side the nouns two reports give a group they count alike', () => {
		const a = 'Open letter\n\nThe letter was signed by about 40 nurses and porters at the hospital on Friday.';
		const b = 'Open letter\n\nA letter from about 40 union activists connected to the hospital reached the minister on Friday.';
		expect(groups(a, b)).toEqual([['the nurses and porters', ['about 40 nurses and porters'], ['about 40 union activists']]]);
	});

	it('does not set apart a group both reports name with one noun in common', () => {
		const a = 'Open letter\n\nThe letter was signed by about 40 nurses and porters at the hospital.';
		const b = 'Open letter\n\nThe letter was signed by about 40 senior nurses at the hospital.';
		expect(groups(a, b)).toEqual([]);
	});

	it('takes neither an exact figure, another approximate count, a span of time nor a speaker’s count for one group', () => {
		const a = 'Flood\n\nThe water reached 40 homes. Nearly 60 residents left. The river rose for nearly 12 hours. “About 30 officers came,” the mayor said.';
		const b = 'Flood\n\nThe water reached 40 farms. About 60 tenants left. The river rose for nearly 12 days. “About 30 firefighters came,” the chief said.';
		expect(groups(a, b)).toEqual([]);
	});
});
