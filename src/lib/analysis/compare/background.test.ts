import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { trimSpan } from '../segment';
import { backgroundOnly } from './background';
import { clauseRanges } from './clauses';
import { readSentences } from './words';

/** The background clauses of report `a` that report `b` lacks, as text. */
function backgroundOf(a: string, b: string): string[] {
	const ra = analyzeReport(a);
	const wa = readSentences(ra);
	const other = readSentences(analyzeReport(b)).words.map((ws) => new Set(ws.map((w) => w.stem)));
	return ra.sentences.flatMap((s, k) => {
		const words = wa.words[k] ?? [];
		return clauseRanges(a, s, words)
			.filter((c) => backgroundOnly(ra, c, words, wa.capitals[k], () => other))
			.map((c) => a.slice(trimSpan(a, c.span).start, trimSpan(a, c.span).end));
	});
}

const B = [
	'Dam plan approved',
	'',
	'Ministers approved the Kessel dam on Monday after a review of its costs by the treasury found them sound.',
	'',
	'Farmers upstream said the reservoir would drown their best fields.',
].join('\n');

describe('background one report gives and the other lacks', () => {
	it('finds a legal process the other report names only for another actor', () => {
		const a = 'Dam approved\n\nMinisters approved the Kessel dam on Monday.\n\nCampaigners are bringing a judicial review of the decision in the high court.';
		expect(backgroundOf(a, B)).toEqual(['Campaigners are bringing a judicial review of the decision in the high court.']);
	});

	it('finds a body’s promise the other report never mentions, and not one it reports for the same body', () => {
		const a = 'Dam approved\n\nMinisters approved the Kessel dam on Monday.\n\nThe Greenfield council has promised to compensate farmers whose fields are flooded.';
		expect(backgroundOf(a, B)).toEqual(['The Greenfield council has promised to compensate farmers whose fields are flooded.']);
		const b = `${B}\n\nThe Greenfield council will compensate farmers, its leader confirmed.`;
		expect(backgroundOf(a, b)).toEqual([]);
	});

	it('finds the dated start of something', () => {
		const a = 'Dam approved\n\nMinisters approved the Kessel dam on Monday.\n\nThe campaign against the dam began in 1998 with a march on the capital.';
		expect(backgroundOf(a, B)).toEqual(['The campaign against the dam began in 1998 with a march on the capital.']);
	});

	it('leaves a process word that is no process ("after hearing from"), and background in a speaker’s words', () => {
		const a =
			'Dam approved\n\nMinisters approved the Kessel dam after hearing from engineers and farmers.\n\nA lawyer for the farmers said they had filed a lawsuit in the high court.';
		expect(backgroundOf(a, B)).toEqual([]);
	});
});
