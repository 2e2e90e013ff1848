import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { namedNotHeard } from './named-not-heard';

describe('named-not-heard', () => {
	const asked = (textB: string) => {
		const a = new Marked('Dock strike\n\nUnion leader Ann Lee said the strike would go on. Mayor Bo Kim said talks were planned.')
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'the strike would go on' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'talks were planned' });
		const b = new Marked(textB).said({ speaker: 'Bo Kim', cue: 'said', content: 'talks were planned' });
		return namedNotHeard(makePair(a.analysis, b.analysis, emptyComparison()))
			.filter((q): q is ChoiceQuestion => q.format !== 'tap')
			.filter((q) => q.prompt.startsWith('Both reports name'));
	};

	it('asks which report lets them speak when the other only names them', () => {
		const qs = asked('Dock strike\n\nThe strike led by Ann Lee entered its third day. Mayor Bo Kim said talks were planned.');
		expect(qs.map((q) => [q.prompt, q.options[q.answer[0] ?? -1]])).toEqual([['Both reports name “Ann Lee”. In which report does Ann Lee speak, in a quotation or in reported words?', 'Report A']]);
	});

	it('asks nothing when the sentence after the name could carry their words on', () => {
		expect(asked('Dock strike\n\nThe strike led by Ann Lee entered its third day. She wants a better pay offer. Mayor Bo Kim said talks were planned.')).toEqual([]);
		expect(asked('Dock strike\n\nThe strike led by Ann Lee entered its third day. The union leader said the pay offer was too low. Mayor Bo Kim said talks were planned.')).toEqual([]);
	});

	it('asks nothing when the other report tells that they judged something out loud', () => {
		expect(asked('Dock strike\n\nAnn Lee and other union leaders have criticized the pay offer as stingy. Mayor Bo Kim said talks were planned.')).toEqual([]);
		expect(asked('Dock strike\n\nThe strike led by Ann Lee entered its third day after a bitter attack on the offer. Mayor Bo Kim said talks were planned.').length).toBe(1);
	});

	it('asks nothing when the other report gives the surname only in the name of something else', () => {
		expect(asked('Dock strike\n\nThe case, Port Authority v. Lee, entered its third day. Mayor Bo Kim said talks were planned.')).toEqual([]);
	});
});
