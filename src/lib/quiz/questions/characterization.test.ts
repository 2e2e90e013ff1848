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

describe('characterization of a mood', () => {
	it('does not ask which report "calls" someone a bare comparative, but still asks about a comparative with its noun', () => {
		const ask = (labelA: string, textA: string) => {
			const a = new Marked(textA);
			const b = new Marked('Coach speaks\n\nClub manager Sam Ortiz spoke to fans on Sunday.');
			const comparison = {
				...emptyComparison(),
				characterizations: [{ entity: 'Sam Ortiz', byReport: [[a.span(labelA)], [b.span('Club manager')]] as [never[], never[]], explanation: '' }],
			};
			return characterization(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		};
		const mood = ask('more relaxed', 'Coach speaks\n\nA more relaxed Sam Ortiz spoke to fans on Sunday.');
		expect(mood.filter((q) => q.prompt.includes('“more relaxed”'))).toEqual([]);
		const rank = ask('the more senior coach', 'Coach speaks\n\nOn Sunday the more senior coach Sam Ortiz spoke to fans.');
		expect(rank.some((q) => q.prompt.includes('“the more senior coach”'))).toBe(true);
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

describe('characterization of lawmakers and people identified later', () => {
	const asked = (textA: string, textB: string, labelA: string, labelB?: string) => {
		const a = new Marked(textA);
		const b = new Marked(textB);
		a.source('Anne Marsh', 'person');
		b.source('Anne Marsh', 'person');
		const comparison = {
			...emptyComparison(),
			characterizations: [{ entity: 'Anne Marsh', byReport: [[a.span(labelA)], labelB ? [b.span(labelB)] : []] as [never[], never[]], explanation: '' }],
		};
		return characterization(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
	};

	it('does not ask which report calls a lawmaker “Republican of Virginia” when the other tags her R-Va.', () => {
		const a = 'Bill vote\n\nAnne Marsh, Republican of Virginia, voted against the bill on Friday.';
		expect(asked(a, 'Bill vote\n\nRep. Anne Marsh, R-Va., voted no on Friday.', 'Republican of Virginia')).toEqual([]);
		expect(asked(a, 'Bill vote\n\nRep. Anne Marsh voted no on Friday.', 'Republican of Virginia').map((q) => keyed(q))).toEqual(['Report A']);
	});

	it('reads a description the name is later identified as, and shows it', () => {
		const qs = asked(
			'Photo row\n\nAnne Marsh, a student at Lakeside College in Avon, received the photo.',
			'Photo row\n\nThe photo went to a Seattle woman, later identified as Anne Marsh, on Friday.',
			'a student at Lakeside College in Avon',
			'a Seattle woman',
		);
		expect(qs.map((q) => keyed(q))).toEqual(['Report A']);
		expect(qs[0]?.explanation).toContain('report B calls Anne Marsh “a Seattle woman”');
	});
});

describe('characterization label ends', () => {
	it('cuts a label before what the person does it for, not before a noun after “to”', () => {
		const a = new Marked('Mayor online\n\nAnne Marsh, one of the city’s most active users of video apps to reach young voters, spoke on Friday.');
		const b = new Marked('Mayor online\n\nAnne Marsh, an adviser to the governor, spoke on Friday.');
		a.source('Anne Marsh', 'person');
		b.source('Anne Marsh', 'person');
		const comparison = {
			...emptyComparison(),
			characterizations: [
				{ entity: 'Anne Marsh', byReport: [[a.span('one of the city’s most active users of video apps to reach young voters')], [b.span('an adviser to the governor')]] as [never[], never[]], explanation: '' },
			],
		};
		const qs = characterization(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.map((q) => q.prompt)).toContain('The two reports describe Anne Marsh in different words. Which report calls Anne Marsh “one of the city’s most active users of video apps”?');
		expect(qs.map((q) => q.explanation).join(' ')).toContain('“an adviser to the governor”');
	});
});

describe('characterization labels before a name', () => {
	const pool = (textA: string, textB: string, spansA: string[], spansB: string[]) => {
		const a = new Marked(textA);
		const b = new Marked(textB);
		const comparison = {
			...emptyComparison(),
			characterizations: [{ entity: 'Anne Marsh', byReport: [spansA.map((x) => a.span(x)), spansB.map((x) => b.span(x))] as [never[], never[]], explanation: '' }],
		};
		return characterization(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
	};

	it('asks about the part of a label the other report lacks: a title led by a name after “and”', () => {
		const qs = pool(
			'Rally call\n\nCrowds answered a call from Anne Marsh, the former mayor of Avon, on Friday.',
			'Rally call\n\nFormer Avon mayor and City Radio host Anne Marsh called the rally.',
			['the former mayor of Avon'],
			['Former Avon mayor and City Radio host'],
		);
		expect(qs.map((q) => [q.prompt, keyed(q)])).toEqual([['The two reports describe Anne Marsh in different words. Which report calls Anne Marsh “City Radio host”?', 'Report B']]);
	});

	it('reads “a leading voice” as a label and leaves a title off its end', () => {
		const qs = pool(
			'Vote\n\nThe plan was backed by Anne Marsh, a leading voice of the housing campaign, on Friday.',
			'Vote\n\nThe plan was opposed by union-backed Sen. Anne Marsh on Friday.',
			['a leading voice of the housing campaign'],
			['union-backed Sen.'],
		);
		const prompts = qs.map((q) => q.prompt);
		expect(prompts).toContain('The two reports describe Anne Marsh in different words. Which report calls Anne Marsh “a leading voice of the housing campaign”?');
		expect(qs.map((q) => q.explanation).join(' ')).toContain('“union-backed”');
	});

	it('keeps the title on a label whose last word before it says where the office is (“former Avon Gov.”)', () => {
		const qs = pool(
			'Vote\n\nThe plan was backed by Anne Marsh, a leading voice of the housing campaign, on Friday.',
			'Vote\n\nThe plan was opposed by former Avon Gov. Anne Marsh on Friday.',
			['a leading voice of the housing campaign'],
			['former Avon Gov.'],
		);
		const explained = qs.map((q) => q.explanation).join(' ');
		expect(explained).toContain('“former Avon Gov.”');
		expect(explained).not.toContain('“former Avon”');
	});

	it('does not ask who makes someone sound more important when a description of them could not be read', () => {
		const texts = [
			'Vote\n\nThe plan was backed by Anne Marsh, a leading voice of the housing campaign, on Friday.',
			'Vote\n\nCity Radio host Anne Marsh, who led the charge against the old plan, backed it on Friday.',
		] as const;
		const standing = (spansB: string[]) => pool(texts[0], texts[1], ['a leading voice of the housing campaign'], spansB).filter((q) => q.prompt.endsWith('sound more important?'));
		expect(standing(['City Radio host'])).toHaveLength(1);
		expect(standing(['City Radio host', 'who led the charge against the old plan'])).toEqual([]);
	});
});

/** The prompts of the characterization questions on Dana Price, a source in both reports, labelled by the given spans. */
function promptsOn(textA: string, textB: string, spansA: string[], spansB: string[]): string[] {
	const [a, b] = [new Marked(textA), new Marked(textB)];
	for (const side of [a, b]) side.source('Dana Price', 'person');
	const byReport = [spansA.map((x) => a.span(x)), spansB.map((x) => b.span(x))] as [never[], never[]];
	return characterization(makePair(a.analysis, b.analysis, { ...emptyComparison(), characterizations: [{ entity: 'Dana Price', byReport, explanation: '' }] })).map((q) => q.prompt);
}

describe('characterization of a role one report tells as what the person does', () => {
	const asking = (textA: string, textB: string, label: string) => promptsOn(textA, textB, [], [label]).filter((p) => p.includes(`“${label}”`)).length;

	it('does not ask which report calls someone a candidate when the other says she is running', () => {
		expect(asking('Treasurer answers critics\n\nDana Price answered her critics. Ms. Price is now running for the Senate.', 'Candidate answers critics\n\nSenate candidate Dana Price answered her critics.', 'Senate candidate')).toBe(0);
	});

	it('does not ask which report calls someone the nominee when the other tells of her nomination', () => {
		expect(asking('Treasurer answers critics\n\nDana Price answered her critics as she prepares to accept the party’s nomination next week.', 'Nominee answers critics\n\nPresumptive party nominee Dana Price answered her critics.', 'Presumptive party nominee')).toBe(0);
	});

	it('does not ask which report calls someone the incumbent when the other gives her title of office', () => {
		expect(asking('Treasurer loses\n\nThe challenger won the primary against Senator Dana Price.', 'Incumbent loses\n\nThe challenger beat incumbent Dana Price in the primary.', 'incumbent')).toBe(0);
	});

	it('still asks when the other report tells no such role', () => {
		expect(asking('Treasurer answers critics\n\nDana Price answered her critics. Ms. Price is now running the state treasury.', 'Candidate answers critics\n\nSenate candidate Dana Price answered her critics.', 'Senate candidate')).toBe(1);
	});
});

describe('characterization of standing when one label is an office', () => {
	it('does not say a “veteran” aide sounds more important than a “longtime” one', () => {
		const prompts = promptsOn('Aide speaks\n\nDana Price, a veteran party operative, spoke on Friday.', 'Aide speaks\n\nLongtime party official Dana Price spoke on Friday.', ['a veteran party operative'], ['Longtime party official']);
		expect(prompts.filter((p) => p.endsWith('sound more important?'))).toEqual([]);
	});

	it('does not say a “senior adviser” sounds more important than the chairman of a body', () => {
		const prompts = promptsOn('Aide speaks\n\nDana Price, the outgoing chairman of the Harbour Council, spoke on Friday.', 'Aide speaks\n\nSenior harbour adviser Dana Price spoke on Friday.', ['the outgoing chairman of the Harbour Council'], ['Senior harbour adviser']);
		expect(prompts.filter((p) => p.endsWith('sound more important?'))).toEqual([]);
	});
});

describe('characterization of a title abbreviated in one report and written out in the other', () => {
	const calls = (textB: string) => promptsOn('Senator answers critics\n\nVermont Sen. Dana Price answered her critics on Friday.', textB, ['Vermont Sen.'], []).filter((p) => p.includes('“Vermont Sen.”')).length;

	it('does not ask which report calls someone “Vermont Sen.” when the other calls her “the Vermont senator”', () => {
		expect(calls('Critics answered\n\nDana Price answered her critics. The Vermont senator spoke for an hour.')).toBe(0);
	});

	it('still asks when the other report gives her another office', () => {
		expect(calls('Critics answered\n\nDana Price answered her critics. The Vermont treasurer spoke for an hour.')).toBe(1);
	});
});

describe('characterization of a label that ranks the person', () => {
	it('keeps what someone was the first to do: “the first woman to lead the harbour board”, not “the first woman”', () => {
		const [a, b] = [new Marked('Chief speaks\n\nDana Price, the first woman to lead the harbour board, spoke on Friday.'), new Marked('Chief speaks\n\nHarbour chief Dana Price spoke on Friday.')];
		for (const side of [a, b]) side.source('Dana Price', 'person');
		const byReport = [[a.span('the first woman to lead the harbour board')], [b.span('Harbour chief')]] as [never[], never[]];
		const shown = characterization(makePair(a.analysis, b.analysis, { ...emptyComparison(), characterizations: [{ entity: 'Dana Price', byReport, explanation: '' }] }))
			.map((q) => `${q.prompt} ${q.explanation}`)
			.join(' ');
		expect(shown).toContain('“the first woman to lead the harbour board”');
		expect(shown).not.toContain('“the first woman”');
	});
});
