import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { voicesOnlyIn } from './voices';

const A = 'Port deal signed\n\nHarbour master Lena Vogt said the new pier would open in May. Union leader Sam Hale said jobs were safe.';

/** Names of A's sources heard nowhere in `b`, as if no source of b had been matched to them. */
const onlyInA = (b: string) => {
	const a = analyzeReport(A);
	return a.sources.filter((s) => voicesOnlyIn(a, analyzeReport(b), () => false).includes(s.id)).map((s) => s.name);
};

describe('voicesOnlyIn', () => {
	it('lists a source the other report never shows speaking', () => {
		expect(onlyInA('Pier to open\n\nThe new pier will open in May, Lena Vogt told reporters.')).toEqual(['Sam Hale']);
	});

	it('does not list a source the other report shows speaking, even past a phrase set off by commas', () => {
		expect(onlyInA('Pier to open\n\nVogt, who has run the harbour for ten years, announced: “The pier opens in May.” Hale, the union leader, said jobs were safe.')).toEqual([]);
	});

	it('lists a source the other report names only as the one spoken to or about', () => {
		expect(onlyInA('Pier to open\n\nThe pier opens in May, said Vogt, accusing Sam Hale of spreading needless panic among the dockers.')).toEqual(['Sam Hale']);
	});
});

describe('voicesOnlyIn, names after a preposition', () => {
	it('lists a source the other report names only as the object of a preposition before a verb of saying', () => {
		expect(onlyInA('Pier to open\n\nThe council handed the pier to Sam Hale, saying the harbour needed him. Vogt said it opens in May.')).toEqual(['Sam Hale']);
	});

	it('does not list a source the other report cites with "according to"', () => {
		expect(onlyInA('Pier to open\n\nThe pier opens in May, according to Lena Vogt. Jobs are safe, according to Sam Hale.')).toEqual([]);
	});
});
