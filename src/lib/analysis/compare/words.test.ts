import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';
import { contentWords, readSentences, stem } from './words';

describe('stems for comparing what two reports say', () => {
	it('meets a noun of state in -dom with its adjective, but leaves short words in -dom whole', () => {
		expect(stem('freedom')).toBe(stem('free'));
		expect(stem('freedoms')).toBe(stem('freedom'));
		expect(stem('boredom')).toBe(stem('bored'));
		expect(stem('random')).not.toBe(stem('ran'));
		expect(stem('wisdom')).not.toBe(stem('wise'));
	});

	it('does not call a passage about free choice unique when the other report speaks of freedom', () => {
		const a = 'Cafe row\n\nThe cafe owner closed the shop on Monday. Several diners said they had come to defend freedom.';
		const b = 'Cafe row\n\nThe cafe owner shut the shop on Monday. But for the crowd, it is about free choice.';
		const c = compareReports(analyzeReport(a), analyzeReport(b));
		const at = b.indexOf('free choice');
		expect(at).toBeGreaterThan(0);
		expect(c.onlyIn[1].some((s) => s.start <= at && at < s.end)).toBe(false);
	});

	it('reads an acronym spelled with full stops as the same word as one spelled without, on both reading paths', () => {
		const text = 'Party meets\n\nThe R.N.C. chairman met the N.A.A.C.P. leaders. The RNC and the NAACP spoke in the U.S. on Monday.';
		const r = analyzeReport(text);
		const stems = readSentences(r).words.map((ws) => ws.map((w) => w.stem));
		expect(stems[1]).toEqual(expect.arrayContaining(['rnc', 'naacp']));
		expect(stems[2]).toEqual(expect.arrayContaining(['rnc', 'naacp']));
		expect(readSentences(r).words).toEqual(r.sentences.map((s) => contentWords(text, s)));
		// Two letters ("U.S.") abbreviate common words as often as they name a body: no word "us" comes of them.
		expect(stems[2]).not.toContain('us');
	});

	it('reads the same words from the analysis’s tokens as from the text, marks and all', () => {
		const text = [
			'Mr. Sanders’ plan for the U.S. economy — “un-ac-cept-able,” said @JaneDoe_MP in a post.',
			'Dr. Ayşe Öztürk, 52, called it a ’rock’n’roll’ budget -- e.g. the snake_case rule of 2024–25.',
		].join('\n\n');
		const r = analyzeReport(text);
		const fromTokens = readSentences(r);
		// contentWords scans the text itself.
		expect(fromTokens.words).toEqual(r.sentences.map((s) => contentWords(text, s)));
		expect(fromTokens.capitals.flatMap((c) => [...c])).toEqual(['mr', 'sanders’', 'u', 's', 'janedoe', 'mp', 'dr', 'ayşe', 'öztürk']);
		const said = fromTokens.words.flat().map((w) => text.slice(w.start, w.end));
		expect(said).toEqual(expect.arrayContaining(['Sanders’', 'JaneDoe', 'MP', 'Öztürk', 'rock’n’roll’', 'snake']));
	});
});
