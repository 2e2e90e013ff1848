import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { readNames } from './names';

const namesOf = (text: string): string[] => readNames(analyzeReport(text)).named.map((n) => `${n.name} (${n.kind})`);

describe('readNames', () => {
	it('reads a person after a title that holds "of" ("Chief of Staff", "Director of National Intelligence")', () => {
		const names = namesOf('Talks stall\n\nThe call came from Town Hall Chief of Staff Wanda Pryce on Monday. Director of Harbor Safety Ivan Dorsey said little. Director of Port Affairs Lena Holt agreed.');
		expect(names).toContain('Wanda Pryce (person)');
		expect(names).toContain('Ivan Dorsey (person)');
		expect(names).toContain('Lena Holt (person)');
		expect(namesOf('Envoy named\n\nSecretary of State Ann Marie Voss flew in on Monday.')).toContain('Ann Marie Voss (person)');
	});

	it('still ends a name before "of" and a place, and reads a body whose name holds "of"', () => {
		const names = namesOf('Vote set\n\nSenator Wanda Pryce of Nevada spoke first. The Bank of Lisbon said it would lend. He was then the Bishop of Glen Harbor, Maine, a post once held by a friend of Kurt Lee Olsen, who led the parish.');
		expect(names).toContain('Wanda Pryce (person)');
		expect(names).toContain('Bank of Lisbon (body)');
		expect(names.some((n) => n.startsWith('Glen Harbor'))).toBe(false);
		expect(names).toContain('Kurt Lee Olsen (person)');
		expect(namesOf('Ruling due\n\nJustice Ann Marie Voss wrote the opinion.')).toContain('Ann Marie Voss (person)');
	});
});
