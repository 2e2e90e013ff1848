import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusPairs } from '../../../scripts/corpus-pairs';
import { analyzeReport } from './analyze';
import { oneFindingPerSpan } from './one-per-span';
import type { Attribution, Hedge, ReportAnalysis, Source, Span } from './types';

// A report written for these tests: two quotations in a row, each speaker named after their own.
const text = [
	'Council votes to close the library',
	'',
	'“We have no money left for it,” Mrs. Lane said.',
	'',
	'“I find that very hard to believe,” Mr. Ortiz said, and he told The Daily Courier that the vote was rushed.',
].join('\n');

const at = (words: string, from = 0): Span => {
	const start = text.indexOf(words, from);
	if (start < 0) throw new Error(`"${words}" is not in the text`);
	return { start, end: start + words.length };
};

function reading(speaker: string, content: Span, cue: Span, confidence: number): Attribution {
	return {
		kind: 'attribution',
		category: 'quote',
		start: content.start,
		end: content.end,
		explanation: `${speaker} said it.`,
		rule: 'test',
		confidence,
		speaker,
		sourceId: speaker.toLowerCase().replace(/\W+/g, '-'),
		sourceKind: 'person',
		cue,
		content,
		direct: true,
		verb: 'said',
		verbColour: 'neutral',
		resolvedBy: 'name',
	};
}

const source = (a: Attribution): Source => ({ id: a.sourceId, name: a.speaker, kind: a.sourceKind, aliases: [], mentions: [a.cue], descriptions: [] });

function analysisWith(attributions: Attribution[], hedges: Hedge[] = []): ReportAnalysis {
	const base = analyzeReport(text);
	return { ...base, attributions, sources: attributions.map(source), hedges };
}

describe('one finding per span', () => {
	const believe = at('I find that very hard to believe');
	const laneSaid = at('said', at('Mrs. Lane').start);
	const ortizSaid = at('said', at('Mr. Ortiz').start);

	it('gives a quotation to the speaker named in its own paragraph, not the nearer cue closing the paragraph before', () => {
		// Mrs. Lane's "said" ends 4 characters before the quotation, Mr. Ortiz's starts 13 after it.
		const lane = reading('Mrs. Lane', believe, laneSaid, 0.9);
		const ortiz = reading('Mr. Ortiz', believe, ortizSaid, 0.9);
		const out = oneFindingPerSpan(analysisWith([lane, ortiz]));
		expect(out.attributions.map((a) => a.speaker)).toEqual(['Mr. Ortiz']);
		// Mrs. Lane named nothing else, so she is no longer listed as a source of this report.
		expect(out.sources.map((s) => s.name)).toEqual(['Mr. Ortiz']);
	});

	it('keeps the more confident reading of the same words', () => {
		const weak = reading('Mr. Ortiz', believe, ortizSaid, 0.6);
		const strong = reading('Mrs. Lane', believe, laneSaid, 0.9);
		expect(oneFindingPerSpan(analysisWith([weak, strong])).attributions).toEqual([strong]);
	});

	it('never takes a capitalised word of a name ("The Daily Courier") for the reporting verb', () => {
		const claim = at('the vote was rushed');
		const told = reading('Mr. Ortiz', claim, at('told'), 0.75);
		const courier = reading('Daily', claim, at('Courier'), 0.9);
		expect(oneFindingPerSpan(analysisWith([courier, told])).attributions.map((a) => a.speaker)).toEqual(['Mr. Ortiz']);
	});

	it('keeps one of two hedges or loaded words on the same words, and distinct spans untouched', () => {
		const hedge = (span: Span, confidence: number): Hedge => ({ kind: 'hedge', category: 'modal', ...span, explanation: 'A hedge.', rule: 'test', confidence });
		const hard = at('very hard');
		const out = oneFindingPerSpan(analysisWith([], [hedge(hard, 0.5), hedge(hard, 0.8), hedge(at('believe'), 0.7)]));
		expect(out.hedges.map((h) => [text.slice(h.start, h.end), h.confidence])).toEqual([
			['very hard', 0.8],
			['believe', 0.7],
		]);
	});

	it('gives a quotation one speaker: a reading inside it with its cue inside it becomes a source the speaker passes on', () => {
		const quote = analyzeReport(text).quotes.find((q) => text.slice(q.start, q.end).includes('hard to believe'));
		expect(quote).toBeDefined();
		const whole = reading('Mr. Ortiz', believe, ortizSaid, 0.9);
		// A misreading of "find" as a cue inside the quotation, giving part of it to someone else.
		const part = reading('Someone', at('very hard to believe'), at('find'), 0.9);
		const out = oneFindingPerSpan(analysisWith([whole, part]));
		const inner = out.attributions.find((a) => a.speaker === 'Someone');
		expect(inner?.nested).toBe(true);
		expect(inner?.confidence).toBeLessThanOrEqual(0.6);
		expect(out.attributions.find((a) => a.speaker === 'Mr. Ortiz')?.nested).toBeUndefined();
		expect(out.sources.map((s) => s.name)).toEqual(['Mr. Ortiz']);
	});
});

describe('the invariant over the corpus pairs', () => {
	const pairs = corpusPairs();
	const title = 'no finding kind repeats a span and no quotation has two speakers, in every report of the 30 pairs';
	it.skipIf(pairs.length === 0)(pairs.length ? title : `${title} (skipped: ${CORPUS_MISSING})`, () => {
		expect(pairs.length).toBe(30);
		const problems: string[] = [];
		for (const pair of pairs) {
			for (const [i, report] of pair.all.entries()) {
				const r = analyzeReport(`${report.headline}\n\n${report.text}`);
				const where = `${pair.id} report ${i}`;
				const spans: [string, Span[]][] = [
					['attribution', r.attributions.map((a) => a.content)],
					['hedge', r.hedges],
					['loaded', r.loaded],
					['verdict', r.verdicts],
					['noise', r.noise],
				];
				for (const [kind, xs] of spans) {
					const keys = xs.map((x) => `${x.start}:${x.end}`);
					const twice = keys.filter((k, j) => keys.indexOf(k) !== j);
					if (twice.length) problems.push(`${where}: ${kind} twice at ${twice.join(', ')}`);
				}
				for (const q of r.quotes) {
					const speakers = new Set(r.attributions.filter((a) => !a.nested && a.content.start >= q.start && a.content.end <= q.end).map((a) => a.speaker));
					if (speakers.size > 1) problems.push(`${where}: ${[...speakers].join(' and ')} for ${r.text.slice(q.start, q.end).slice(0, 60)}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});
