import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

function things(a: string, b: string): [string, string[], string[]][] {
	const c = compareReports(analyzeReport(a), analyzeReport(b));
	return c.characterizations
		.filter((x) => x.entity.startsWith('the '))
		.map((x) => [x.entity, x.byReport[0].map((s) => a.slice(s.start, s.end)), x.byReport[1].map((s) => b.slice(s.start, s.end))]);
}

describe('thing labels', () => {
	it('sets side by side the words each report puts before the story’s thing', () => {
		const a = 'Tower plan\n\nThe council approved the planned tower on Monday. Work on the tower starts in May, and the tower will have 30 floors.';
		const b = 'Tower row\n\nThe council backed the controversial tower on Monday. Neighbours say the tower will block their light, and the tower has no parking.';
		expect(things(a, b)).toEqual([['the tower', ['the planned tower'], ['the controversial tower']]]);
	});

	it('does not take a name before the thing for a label', () => {
		const a = 'New advert\n\nThe Perry advert ran on Monday. The advert shows a church, and the advert ends with a prayer.';
		const b = 'New advert\n\nThe Jones advert ran on Monday. The advert shows a farm, and the advert ends with a song.';
		expect(things(a, b)).toEqual([]);
	});
});
