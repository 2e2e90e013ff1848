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

	it('sets side by side what each report says the thing does, right after it', () => {
		const a = 'Council vote\n\nThe council passed a motion Tuesday urging the mayor to review bus fares. The motion won by four votes, and the motion now goes to the mayor.';
		const b = 'Council vote\n\nThe council passed a motion attacking the mayor over bus fares. Critics said the motion was a stunt, and the motion has no legal force.';
		expect(things(a, b)).toEqual([['the motion', ['a motion Tuesday urging the mayor to review bus fares'], ['a motion attacking the mayor over bus fares']]]);
	});

	it('reads a clause opened by “which” and words before the thing set apart by a comma', () => {
		const a = 'Road plan\n\nThe minister defended his plan, which cuts bus routes, on Monday. The plan goes to a vote in May, and the plan may change.';
		const b = 'Road plan\n\nThe minister defended his cost-saving, popular plan on Monday. The plan goes to a vote in May, and the plan may change.';
		expect(things(a, b)).toEqual([['the plan', ['his plan, which cuts bus routes'], ['his cost-saving, popular plan']]]);
	});

	it('does not take two verbs that only pass words on for two labels', () => {
		const a = 'Club news\n\nThe club issued a statement Tuesday saying the coach had left. The statement was short, and the statement named no successor.';
		const b = 'Club news\n\nThe club issued a statement announcing the coach had gone. The statement was brief, and the statement gave no reason.';
		expect(things(a, b)).toEqual([]);
	});

	it('does not take a noun in -ing after the thing for what it does', () => {
		const a = 'Charter day\n\nThe charter reading happened on Monday. The charter was read aloud, and the charter was cheered.';
		const b = 'Charter day\n\nThe charter signing drew crowds on Monday. The charter was read aloud, and the charter was cheered.';
		expect(things(a, b)).toEqual([]);
	});
});
