import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { matchNamed } from './match-named';
import { readNames } from './names';
import { compareReports } from './compare-reports';

const named = (text: string) => readNames(analyzeReport(text)).named;
const pairsOf = (a: string, b: string) => matchNamed(named(a), named(b)).map(([x, y]) => [x.name, y.name]);

describe('readNames', () => {
	it('finds a person by full name and every later mention by surname or title', () => {
		const n = named('Storm hits coast\n\nCounty leader Diane Moss said the sea wall had held. Later, Ms. Moss visited the harbour, and Moss thanked the crews.');
		expect(n.map((e) => [e.name, e.mentions.length])).toContainEqual(['Diane Moss', 3]);
	});

	it('does not take a capitalized phrase for a person without a title or a later surname', () => {
		const n = named('Storm hits coast\n\nThe Coastal Road was closed and Harbour Street flooded overnight.');
		expect(n.filter((e) => e.kind === 'person')).toEqual([]);
	});

	it('gives a bare surname to the person of that surname named last before it', () => {
		const n = named('Two Clarks\n\nSenator Ruth Clark spoke first. Her brother, Mayor Daniel Clark, spoke next. Clark said the bridge was safe.');
		const daniel = n.find((e) => e.name === 'Daniel Clark');
		expect(daniel?.mentions.length).toBe(2);
	});
});

describe('readNames of a name after a noun for a body', () => {
	it('reads a capitalized run after a noun for a body as that body', () => {
		expect(named('Ad war\n\nThe spot was paid for by the advocacy group Safe Harbor Now, which spent heavily.').map((e) => [e.name, e.kind])).toEqual([['Safe Harbor Now', 'body']]);
	});
});

describe('readNames with two people of one surname', () => {
	it('keeps “Mrs. Clark” for the person the report has called so, though the other Clark is named nearer', () => {
		const n = named(
			'Two Clarks\n\nSenator Ruth Clark spoke first. Mrs. Clark said the bridge was safe. Aides from the Daniel Clark years said Mrs. Clark had won the vote.',
		);
		const ruth = n.find((e) => e.name === 'Ruth Clark');
		const daniel = n.find((e) => e.name === 'Daniel Clark');
		expect(ruth?.mentions.length).toBe(3);
		expect(daniel?.mentions.length ?? 0).toBeLessThanOrEqual(1);
	});
});

describe('readNames beside the other report', () => {
	const a = 'Film festival opens\n\nNadia Brennan, the darling of the art-house crowd, opened the festival on Friday with a speech about cinemas.';
	const b = 'Festival opens\n\nAward-winning actress Nadia Brennan opened the festival on Friday. Brennan said cinemas were closing.';

	it('takes a full name with nothing to vouch for it for a person when the other report names that person', () => {
		const other = readNames(analyzeReport(b)).named;
		const known = (key: string) => other.some((e) => e.kind === 'person' && e.keys.has(key));
		expect(readNames(analyzeReport(a)).named.map((e) => e.name)).not.toContain('Nadia Brennan');
		expect(readNames(analyzeReport(a), undefined, known).named.map((e) => [e.name, e.kind])).toContainEqual(['Nadia Brennan', 'person']);
	});

	it('so that the labels of both reports are set side by side', () => {
		const ch = compareReports(analyzeReport(a), analyzeReport(b)).characterizations.find((c) => c.entity === 'Nadia Brennan');
		expect(ch?.byReport[0].map((s) => a.slice(s.start, s.end))).toContain('the darling of the art-house crowd');
	});
});

describe('characterizations of the same person', () => {
	const labelled = (a: string, b: string) => compareReports(analyzeReport(a), analyzeReport(b)).characterizations.map((c) => c.entity);

	it('finds no difference between a party’s label with and without “Party”', () => {
		const a = 'Race\n\nHe will run, said Glen Potts, former Ohio Republican Party chairman.';
		const b = 'Race\n\nHe will run, said Glen Potts, former Ohio Republican chairman.';
		expect(labelled(a, b)).toEqual([]);
		expect(labelled(a, b.replace('former Ohio', 'controversial former Ohio'))).toEqual(['Glen Potts']);
	});
});

describe('matchNamed', () => {
	it('meets one person under two first names when only one person has that surname in each report', () => {
		expect(pairsOf('Vote\n\nSen. Charles Schumer said the vote was close. Schumer left.', 'Vote\n\nSen. Chuck Schumer voted no. Schumer said so.')).toEqual([
			['Charles Schumer', 'Chuck Schumer'],
		]);
	});

	it('keeps apart two people who share a surname in one report unless the first names agree', () => {
		const a = 'Visit\n\nFormer President Bill Clinton spoke. Secretary Hillary Clinton spoke later. Clinton then left.';
		const b = 'Visit\n\nSecretary Hillary Clinton arrived first. Clinton spoke for an hour.';
		expect(pairsOf(a, b)).toEqual([['Hillary Clinton', 'Hillary Clinton']]);
	});

	it('meets a body by its acronym written with or without stops', () => {
		expect(pairsOf('Vote\n\nThe N.A.A.C.P. passed a resolution on Tuesday.', 'Vote\n\nThe NAACP passed a resolution.')).toEqual([['N.A.A.C.P', 'NAACP']]);
	});
});
