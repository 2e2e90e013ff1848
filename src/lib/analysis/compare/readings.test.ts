// The comparison against careful readings of twenty-two real report pairs: six read for the project
// (../shared/corpus/readings) and sixteen read for this module (./readings, anchors only: the text is read from
// ../shared/corpus/pairs and laid out as ../shared/corpus/readings/make-pair.mjs writes it). Skipped when the
// corpus is absent; the corpus text never enters the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';
import { missingAnchors, scoreReading, type Reading, type ReadingScore } from './readings/score-reading';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(HERE, '../../../..', process.env.DT_SHARED ?? '../shared', 'corpus');
const OURS = join(HERE, 'readings');

interface Pair {
	id: string;
	reading: Reading;
	texts: { A: string; B: string };
}

/** Report A (New York Times) and B (Fox News) of one BASIL event, as make-pair.mjs writes a.txt and b.txt. */
function pairTexts(id: string): { A: string; B: string } {
	const p = JSON.parse(readFileSync(join(CORPUS, 'pairs', `${id}.json`), 'utf8')) as {
		event?: { main_event?: string };
		reports: { outlet_code: string; outlet?: string; title?: string; text: string }[];
	};
	const text = (code: string) => {
		const rep = p.reports.find((r) => r.outlet_code === code);
		if (!rep) throw new Error(`${id}: no ${code} report`);
		const title = (rep.title ?? '').trim() ? rep.title : p.event?.main_event || rep.outlet || 'Untitled';
		const t = `${title}\n\n${rep.text}`;
		return t.endsWith('\n') ? t : `${t}\n`;
	};
	return { A: text('nyt'), B: text('fox') };
}

function pairs(): { shared: Pair[]; ours: Pair[] } {
	const dir = join(CORPUS, 'readings');
	const shared = readdirSync(dir)
		.filter((d) => existsSync(join(dir, d, 'reading.json')))
		.sort()
		.map((id) => ({
			id,
			reading: JSON.parse(readFileSync(join(dir, id, 'reading.json'), 'utf8')) as Reading,
			texts: { A: readFileSync(join(dir, id, 'a.txt'), 'utf8'), B: readFileSync(join(dir, id, 'b.txt'), 'utf8') },
		}));
	const ours = readdirSync(OURS)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const id = f.replace(/\.json$/, '');
			return { id, reading: JSON.parse(readFileSync(join(OURS, f), 'utf8')) as Reading, texts: pairTexts(id) };
		});
	return { shared, ours };
}

function score(p: Pair): ReadingScore {
	const a = analyzeReport(p.texts.A);
	const b = analyzeReport(p.texts.B);
	return scoreReading(p.reading, p.texts, [a, b], compareReports(a, b));
}

const sum = (xs: ReadingScore[]) => xs.reduce((t, x) => ({ found: t.found + x.found, total: t.total + x.total, shared: t.shared + x.sharedCalledUnique }), { found: 0, total: 0, shared: 0 });

const corpus = existsSync(join(CORPUS, 'readings')) && existsSync(join(CORPUS, 'pairs'));

/**
 * Readings made while no rule was being changed with them in view: the branches that changed the comparison
 * meanwhile never saw them. The first four were then worked on; the second four, read in the style of the six
 * project readings, have not been.
 */
const HELD_OUT = new Set(['basil_2010_38f7cbb7', 'basil_2011_2058ec60', 'basil_2011_2153fb3e', 'basil_2012_2ec04201']);
const HELD_OUT_2 = new Set(['basil_2010_85475456', 'basil_2011_005a2961', 'basil_2011_a28a0329', 'basil_2012_b5eefefb']);
/** Six more, read by hand on 27 November before any output on them was looked at; then worked on. */
const HELD_OUT_3 = new Set(['basil_2010_74708dbf', 'basil_2010_ae243a95', 'basil_2011_0ffb34cd', 'basil_2011_3db93526', 'basil_2012_08bb9bee', 'basil_2012_f11c2566']);
/** The last two BASIL pairs, read the same day and never worked on. */
const HELD_OUT_4 = new Set(['basil_2010_df5fe55a', 'basil_2012_cad4bba5']);
const heldOutAny = (id: string) => HELD_OUT.has(id) || HELD_OUT_2.has(id) || HELD_OUT_3.has(id) || HELD_OUT_4.has(id);

describe.skipIf(!corpus)('the comparison on thirty pairs read by hand', () => {
	const all = corpus ? pairs() : { shared: [], ours: [] };
	const { shared } = all;
	const ours = all.ours.filter((p) => !heldOutAny(p.id));
	const heldOut = all.ours.filter((p) => HELD_OUT.has(p.id));
	const heldOut2 = all.ours.filter((p) => HELD_OUT_2.has(p.id));
	const heldOut3 = all.ours.filter((p) => HELD_OUT_3.has(p.id));
	const heldOut4 = all.ours.filter((p) => HELD_OUT_4.has(p.id));

	it('has readings whose every anchor is in its report, as the corpus checker requires', () => {
		expect(ours.length).toBe(8);
		expect(heldOut.length).toBe(4);
		expect(heldOut2.length).toBe(4);
		expect(heldOut3.length).toBe(6);
		expect(heldOut4.length).toBe(2);
		for (const p of [...shared, ...ours, ...heldOut, ...heldOut2, ...heldOut3, ...heldOut4]) expect(missingAnchors(p.reading, p.texts), p.id).toEqual([]);
	});

	// The issue asks for 30 of the six readings' 43 differences with at most 4 shared passages called unique.
	// Where these bars stand is what the comparison reaches now: they guard against a step back. The shared
	// bar is 3, not the 2 once reached: taking a line that points to lost photos out as page text changed the
	// words' weights enough that "the line for the drive-thru looped twice around the building" (one report's
	// detail of "long lines were seen") fell just under the share a clause needs to count as told in both.
	// Paraphrase keys (paraphrase.ts) brought it back to 2 ("others outside the organization detected a shift"
	// now meets "organize" and "change") and the headline-drift rule found a 31st difference. On the four
	// readings made here, a sentence about someone the other report never names (absent-names.ts: "Linda
	// McMahon, the party's candidate …, was in the audience") completed a 14th. A clause quoting a word of
	// someone's that the other report never uses (quoted-terms.ts: "called the idea … “anachronistic”") completed
	// a 15th there; with a refusal to comment compared with the other report's refusals only (negated-claims.ts),
	// the same rule completed a 32nd of the six ("Reductions in benefits should be “minimal”" and "Republican
	// leaders … had no immediate comments").
	it('finds the differences of the six project readings and calls almost no shared passage unique', () => {
		const t = sum(shared.map(score));
		expect(t.found).toBeGreaterThanOrEqual(32);
		expect(t.shared).toBeLessThanOrEqual(2);
	}, 60_000);

	// Four more readings (2010_6f95dcb9, 2011_97566c74, 2012_8dc7ccfe, 2012_b4dbeda7) were made before the
	// comparison was changed with them in view: on them it found 7 of 29 and called 6 shared passages unique,
	// against 15 of 27 and 3 on the first four. That held-out figure is the honest one. An epithet of place and
	// party further on in a sentence ("an unflattering photo of the Minnesota Republican", labels.ts) completed
	// a 16th on the first four; a full name taken for a person because the other report gives it a title
	// ("Glenn Beck, the hero of the political right" / "Fox News host Glenn Beck", names.ts) an 8th on the new.
	// Two quotations of one remark that part for good ("closer and closer to nuclear arms" / "… to a nuclear
	// bomb", quote-variants.ts) completed a 25th and 26th.
	it('finds the differences of the eight readings made for this module and calls few shared passages unique', () => {
		const t = sum(ours.map(score));
		expect(t.found).toBeGreaterThanOrEqual(26);
		expect(t.shared).toBeLessThanOrEqual(8);
	}, 60_000);

	// The held-out four are the honest measure of what the comparison finds on pairs it was not built with: 8 of
	// their 39 differences before the branches that never saw them were merged, 9 after (a vote tally only one
	// report gives, figures.ts), with 6 shared passages called unique both times; the six and the eight above
	// read 32 of 43 and 26 of 56. Most of what they miss: quotations one report cuts shorter than the other,
	// labels given as predicates ("is run by …"), and facts whose topic words the other report shares. A remark
	// one report quotes in part and the other at more length (quote-variants.ts partQuoted) then found three of
	// the cut kind: 12 of 39, the rule made with those misses in view, so no longer a held-out figure for it.
	// A sentence that says what a named person is ("Sestak was also a loyal and tireless supporter of …",
	// labels.ts copular) then found a 13th.
	it('finds some of the differences of the four readings held out while the comparison changed', () => {
		const t = sum(heldOut.map(score));
		expect(t.found).toBeGreaterThanOrEqual(14);
		expect(t.shared).toBeLessThanOrEqual(6);
	}, 60_000);

	// The second four measured the branches merged after the first four were in view (cut quotations, a
	// sentence saying what someone is): 6 of their 35 before and after, 8 shared passages called unique. Then
	// their missed sources were read (27 November): a titled person whose name is a place ("Rep. Steve Israel")
	// and papers that "reported on May 23, 2008, that …" made 8, so they too are no longer held out; a label
	// holding "the United States Senate" (labels.ts: a capital is no verb of saying) made 9.
	it('finds some of the differences of the second four held-out readings', () => {
		const t = sum(heldOut2.map(score));
		expect(t.found).toBeGreaterThanOrEqual(9);
		expect(t.shared).toBeLessThanOrEqual(8);
	}, 60_000);

	// The third six, read before any output on them was seen: 9 of 54 found, 16 shared passages called unique
	// (the honest figure). Worked on after: "known for …" as a label, "Co-Chairwoman" as a title, "R.N.C." the
	// same word as "RNC", a guess with "appears" no unheard voice: 11 of 54, 14.
	it('finds some of the differences of the third six held-out readings', () => {
		const t = sum(heldOut3.map(score));
		expect(t.found).toBeGreaterThanOrEqual(11);
		expect(t.shared).toBeLessThanOrEqual(14);
	}, 60_000);

	// The last two, never worked on: 4 of 25 and no shared passage called unique, before this session's rules
	// and after them.
	it('finds some of the differences of the last two held-out readings', () => {
		const t = sum(heldOut4.map(score));
		expect(t.found).toBeGreaterThanOrEqual(4);
		expect(t.shared).toBeLessThanOrEqual(0);
	}, 60_000);
});
