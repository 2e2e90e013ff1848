import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

// Two reports of an invented party dinner: only A tells who sat in the audience. B has the party, the audience
// and the state in other sentences, so the words around the name are all over B.
const A = [
	'Party chief under fire after dinner speech',
	'',
	'The party chairman, Tom Reyes, was criticised on Friday for a speech at a fund-raising dinner in Hartford.',
	'',
	'Marta Lindqvist, the party’s candidate for governor, was in the audience with other state leaders.',
	'',
	'Several members of the party called on Mr. Reyes to apologise.',
].join('\n');
const B = [
	'Reyes speech draws anger',
	'',
	'Tom Reyes, the party chairman, faced calls to apologise after a speech at a dinner in Hartford.',
	'',
	'The audience was made up of donors from across the state.',
	'',
	'Members of the party and its leaders said the remarks were careless.',
	'',
	'The race for governor is next year.',
].join('\n');

const onlyInA = (a: string, b: string) => compareReports(analyzeReport(a), analyzeReport(b)).onlyIn[0].map((s) => a.slice(s.start, s.end)).join(' | ');

describe('a sentence about someone the other report never names', () => {
	it('is unique to its report though the other shares the words around the name', () => {
		expect(onlyInA(A, B)).toContain('Marta Lindqvist, the party’s candidate for governor, was in the audience');
	});

	it('is not unique once the other report names them, by surname alone or otherwise', () => {
		expect(onlyInA(A, B)).toContain('Marta Lindqvist');
		expect(onlyInA(A, B.replace('The race for governor', 'The race Ms. Lindqvist runs in'))).not.toContain('Marta Lindqvist');
	});

	it('is not unique when the name is not what the sentence is about, or someone speaks in it', () => {
		expect(onlyInA(A, B)).toContain('Marta Lindqvist');
		// A name further on may be a detail of a point the other report makes without it.
		const detail = A.replace('Marta Lindqvist, the party’s candidate for governor, was in the audience', 'The audience included the party’s candidate for governor, Marta Lindqvist,');
		expect(onlyInA(detail, B)).not.toContain('Marta Lindqvist');
		// Words in someone's mouth are left to the rules on voices.
		const said = A.replace('was in the audience with other state leaders.', 'was in the audience with other state leaders, an aide said.');
		expect(onlyInA(said, B)).not.toContain('Marta Lindqvist');
	});
});
