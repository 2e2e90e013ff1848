import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

// Two reports of an invented flood: B hears the council and its engineer; A hears only the council.
const A = [
	'Town floods after river bursts its banks',
	'',
	'Hundreds of homes in Marlow were flooded on Sunday after the river burst its banks following three days of rain.',
	'',
	'The county council said the flood defences had held along most of the river and that emergency shelters were open.',
	'',
	'Ruth Okafor, an insurer, said claims from the town would cost local firms more than ten million pounds.',
	'',
	'It is understood that the council had ordered extra pumps from a firm in Leeds.',
].join('\n');
const B = [
	'Misery in Marlow as river bursts banks',
	'',
	'Homes across Marlow were flooded on Sunday when the swollen river burst its banks after days of rain.',
	'',
	'The county council said its flood defences had mostly held and that shelters were open for families.',
	'',
	'Paul Dunne, the county council’s chief engineer, said homes near the river would get new pumps and shelters.',
	'',
	'Residents said they had been warned too late.',
].join('\n');

const c = compareReports(analyzeReport(A), analyzeReport(B));
const onlyIn = (r: 0 | 1) => c.onlyIn[r].map((s) => [A, B][r]?.slice(s.start, s.end));

describe('passages in a voice the other report never hears', () => {
	it('are unique to their report though they share the story’s words with the other', () => {
		// "months", "town", "water damage" are in B too, but B never hears the insurer.
		expect(onlyIn(0)).toContain('Ruth Okafor, an insurer, said claims from the town would cost local firms more than ten million pounds.');
	});

	it('include a sourcing phrase that names no source', () => {
		expect(onlyIn(0).join(' ')).toContain('the council had ordered extra pumps from a firm in Leeds');
	});

	it('are not unique when the voice speaks for a body the other report hears', () => {
		// A never hears the engineer, but he speaks for the county council, which A hears. Each of his words is
		// somewhere in A, but no one sentence of A holds most of them.
		expect(onlyIn(1).join(' ')).not.toContain('Paul Dunne');
		const alone = B.replace('the county council’s chief engineer', 'a local engineer');
		const c2 = compareReports(analyzeReport(A), analyzeReport(alone));
		expect(c2.onlyIn[1].map((s) => alone.slice(s.start, s.end))).toContain('Paul Dunne, a local engineer, said homes near the river would get new pumps and shelters.');
	});

	it('are not unique when the other report’s narration makes the same claim', () => {
		const a = analyzeReport('Flood in Marlow\n\nThe river burst its banks in Marlow on Sunday and flooded hundreds of homes near the old bridge.');
		const b = analyzeReport('Marlow floods\n\nHydrologist Anna Berg said the river burst its banks in Marlow and flooded hundreds of homes.');
		expect(compareReports(a, b).onlyIn[1]).toEqual([]);
	});

	it('are not unique when the voice is a document known only by a common noun, which the other report may call otherwise', () => {
		const text = 'Club fined\n\nThe league fined the club on Monday. The missive urged the FA to strip the club of its licence for persistent breaches.';
		const other = 'Club punished\n\nThe league fined the club on Monday. A petition from rivals asked the Football Association to withdraw the licence over repeated breaches.';
		const onlyInA = (t: string) => compareReports(analyzeReport(t), analyzeReport(other)).onlyIn[0].map((s) => t.slice(s.start, s.end));
		expect(onlyInA(text)).toEqual([]);
		// Named, the same voice is one the other report never hears.
		const named = text.replace('The missive', 'Fan group Red Army');
		expect(onlyInA(named).join(' ')).toContain('Red Army urged the FA');
	});
});

describe('a guess in the reporter’s own voice', () => {
	it('is no unheard voice: the other report may make the same point spread over two sentences of its own', () => {
		// A guesses with "appears"; B makes the point in two sentences, neither holding most of A's words.
		const a = 'Budget fight\n\nThe governor met lawmakers on Monday to discuss the budget. The governor appears ready to veto the spending bill over its school funding. Lawmakers said they would try again.\n';
		const b = 'Governor weighs veto\n\nThe governor met lawmakers on Monday about the spending bill. Aides say a veto is likely, citing school funding. Lawmakers said they would try again.\n';
		const cmp = compareReports(analyzeReport(a), analyzeReport(b));
		const sentence = a.indexOf('The governor appears');
		expect(cmp.onlyIn[0].some((s) => s.start <= sentence + 20 && s.end > sentence)).toBe(false);
	});
});
