import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { characterization } from './characterization';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1];

function pair() {
	const a = new Marked('Official quits\n\nDana Price, a junior press officer at the ministry, resigned on Friday.');
	const b = new Marked('Top aide quits\n\nSenior government adviser Dana Price has walked out in protest.');
	a.source('Dana Price', 'person');
	b.source('Dana Price', 'person');
	const comparison = {
		...emptyComparison(),
		characterizations: [{ entity: 'Dana Price', byReport: [[a.span('a junior press officer at the ministry')], [b.span('Senior government adviser')]] as [never[], never[]], explanation: '' }],
	};
	return makePair(a.analysis, b.analysis, comparison);
}

describe('characterization', () => {
	it('asks which report uses a label the other never uses', () => {
		const qs = characterization(pair()).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const which = qs.find((q) => q.prompt.startsWith('The two reports describe Dana Price'));
		expect(which).toBeDefined();
		expect(which && keyed(which)).toBe(which?.prompt.includes('Senior') ? 'Report B' : 'Report A');
	});

	it('asks which report makes the person sound more important when the status words point one way', () => {
		const qs = characterization(pair()).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const standing = qs.find((q) => q.prompt.endsWith('Which report makes Dana Price sound more important?'));
		expect(standing && keyed(standing)).toBe('Report B');
		expect(standing?.explanation).toContain('“senior”');
		expect(standing?.explanation).toContain('“junior”');
	});

	it('does not ask which report "calls" someone a relative clause', () => {
		const a = new Marked('Coach leaves\n\nSam Ortiz, who led the club to two titles, left on Friday.');
		const b = new Marked('Coach out\n\nSam Ortiz, who lost his last six games, has gone.');
		const comparison = {
			...emptyComparison(),
			characterizations: [{ entity: 'Sam Ortiz', byReport: [[a.span('who led the club to two titles')], [b.span('who lost his last six games')]] as [never[], never[]], explanation: '' }],
		};
		const qs = characterization(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.filter((q) => q.prompt.includes('calls Sam Ortiz “who'))).toEqual([]);
	});
});

describe('characterization evidence', () => {
	it('asks nothing about a label the text does not tie to the person, or one the other report gives in other words', () => {
		const a = new Marked('Aide quits\n\nDana Price, a spokeswoman for the mayor, quit. The row was a bitter blow to the council.');
		const b = new Marked('Aide quits\n\nMayoral spokeswoman Dana Price quit on Friday.');
		a.source('Dana Price', 'person');
		b.source('Dana Price', 'person');
		const comparison = {
			...emptyComparison(),
			characterizations: [
				{ entity: 'Dana Price', byReport: [[a.span('a spokeswoman for the mayor'), a.span('a bitter blow to the council')], [b.span('Mayoral spokeswoman')]] as [never[], never[]], explanation: '' },
			],
		};
		const qs = characterization(makePair(a.analysis, b.analysis, comparison));
		// "a bitter blow" is not about her; "a spokeswoman for the mayor" is "Mayoral spokeswoman" in other words.
		expect(qs.map((q) => q.prompt).join(' ')).not.toMatch(/bitter blow|spokeswoman for the mayor”\?/);
	});
});
