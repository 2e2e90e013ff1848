// Finds a claim stated more firmly than its source put it: the same words ("complicit in war crimes")
// once with a hedge ("this Department may be complicit") and once without ("the government’s actions
// are complicit"), in the same report or across the two.
import type { Hedge, HedgeDrift, ReportAnalysis, ReportIndex, Span } from '../types';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs';
import { contentWords, type Word } from './words';

const FIRM = /\b(?:is|are|was|were|has|have|had|will|did)\b/i;
const FIRM_ALL = new RegExp(FIRM.source, 'gi');
// "had doubts about whether Obama was born there": an open question, not the claim stated.
const OPEN_QUESTION = /\b(?:whether|if)\b[^,.;:]*$/i;
// A negation turns the claim round: "was not born here" is not the hedged "may have been born here" made firm.
// "No. 10-277" is a number.
export const NEGATION = /\b(?:not|never|no)\b(?!\. ?\d)|n[’']t\b/gi;
const negations = (text: string): number => text.match(NEGATION)?.length ?? 0;
// Nouns of likelihood: a verb before them states the odds, not the claim.
const ODDS = /\b(?:chances?|odds|possibility|possibilities|probability|likelihood|risk|prospect|prospects)\b/i;
/** "has accused China of hacking", "have claimed that it is": the verb passes on a charge, it does not state it. */
const charges = (lead: string): boolean =>
	lead.split(/[^\p{L}]+/u).some((w) => {
		const verb = REPORTING_VERBS.get(w.toLowerCase());
		return verb?.colour === 'distancing' || verb?.frame === 'of';
	});

interface Hedged {
	report: ReportIndex;
	hedge: Hedge;
	/** The hedged clause: from the hedge to the end of its key words. */
	clause: Span;
	keys: string[];
}

function hedgedClauses(r: ReportAnalysis, report: ReportIndex): Hedged[] {
	const out: Hedged[] = [];
	for (const h of r.hedges) {
		if (h.category !== 'modal' && h.category !== 'speculation' && h.category !== 'softener') continue;
		const sentence = r.sentences.find((s) => s.start <= h.start && h.end <= s.end);
		if (!sentence) continue;
		// The clause runs from the hedge to the next comma, colon or quotation mark: "may be complicit in war
		// crimes,” Smith wrote" ends at "crimes".
		const stop = r.text.slice(h.end, sentence.end).search(/[,;:“”"]/);
		const end = stop < 0 ? sentence.end : h.end + stop;
		const words = contentWords(r.text, { start: h.end, end }).slice(0, 5);
		if (words.length < 3) continue;
		const last = words[words.length - 1];
		// Its subject: the content word just before the hedge ("this Department may").
		const subject = contentWords(r.text, { start: sentence.start, end: h.start }).slice(-1)[0];
		out.push({ report, hedge: h, clause: { start: subject?.start ?? h.start, end: last?.end ?? h.end }, keys: words.map((w) => w.stem) });
	}
	return out;
}

/** Where the key words occur in order, close together, in a sentence with no hedge before them. */
function firmMatch(r: ReportAnalysis, sentenceWords: readonly Word[][], keys: readonly string[], skip: Span | null, negated: number): Span | null {
	// Counted by hand: entries() made a pair for each sentence, at every claim tried.
	let n = -1;
	for (const s of r.sentences) {
		n++;
		if (skip && s.start <= skip.start && skip.end <= s.end) continue;
		const words = sentenceWords[n] ?? [];
		// Before the loop below, whose body holds closures and so makes a context at each word it visits.
		if (!words.some((w) => w.stem === keys[0])) continue;
		for (let i = 0; i < words.length; i++) {
			if (words[i]?.stem !== keys[0]) continue;
			const found: Word[] = [];
			let k = 0;
			for (let j = i; j < words.length && j < i + keys.length + 2 && k < keys.length; j++) {
				if (words[j]?.stem === keys[k]) {
					const w = words[j];
					if (w) found.push(w);
					k++;
				}
			}
			if (k < Math.min(3, keys.length)) continue;
			const first = found[0];
			const last = found[found.length - 1];
			if (!first || !last) continue;
			// The firm version: a plain verb just before the key words, and no hedge in between.
			const lead = r.text.slice(Math.max(s.start, first.start - 40), first.start);
			if (!FIRM.test(lead) || OPEN_QUESTION.test(lead)) continue;
			// Words in quotation marks are a speaker's, not the report stating a fact.
			if (r.quotes.some((q) => q.start <= first.start && first.start < q.end)) continue;
			const verb = lead.search(FIRM);
			if (negations(lead.slice(verb) + r.text.slice(first.start, last.end)) !== negated) continue;
			// "had a one-in-three chance of losing control": a claim about odds is no firmer than "could lose".
			if (ODDS.test(lead.slice(verb))) continue;
			if (charges(lead.slice([...lead.matchAll(FIRM_ALL)].pop()?.index))) continue;
			const softening = (h: Hedge) => h.category === 'modal' || h.category === 'speculation' || h.category === 'softener';
			if (r.hedges.some((h) => softening(h) && h.start >= s.start && h.end <= first.start && first.start - h.end < 40)) continue;
			// Start at the subject word just before the verb: "actions are complicit in war crimes".
			const before = words[i - 1];
			return { start: before?.start ?? first.start, end: last.end };
		}
	}
	return null;
}

/** `words` holds the content words of each sentence of a and of b (see readSentences). */
export function findHedgeDrift(a: ReportAnalysis, b: ReportAnalysis, words: readonly [Word[][], Word[][]]): HedgeDrift[] {
	const reports = [a, b] as const;
	const out: HedgeDrift[] = [];
	for (const h of [...hedgedClauses(a, 0), ...hedgedClauses(b, 1)]) {
		for (const report of [0, 1] as const) {
			const hedgedText = reports[h.report].text.slice(h.hedge.end, h.clause.end);
			// The hedged sentence itself is skipped in its own report only: its offsets mean nothing in the other.
			const strong = firmMatch(reports[report], words[report], h.keys, report === h.report ? h.clause : null, negations(hedgedText));
			if (!strong) continue;
			if (out.some((d) => d.strong.start === strong.start && d.report === report)) continue;
			const firm = reports[report].text.slice(strong.start, strong.end);
			const soft = reports[h.report].text.slice(h.clause.start, h.clause.end);
			out.push({
				report,
				strong,
				hedgedReport: h.report,
				hedged: h.clause,
				explanation: `Report ${report === 0 ? 'A' : 'B'} says “${firm}” as a plain fact, but ${h.report === report ? 'elsewhere the same report' : `report ${h.report === 0 ? 'A' : 'B'}`} gives it with a hedge: “${soft}”. The firm version claims more than the hedged one.`,
			});
		}
	}
	return out;
}
