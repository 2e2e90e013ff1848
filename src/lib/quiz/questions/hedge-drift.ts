// Asks about a claim stated more firmly than its source put it: the hedge that was dropped on the way. Only
// when the quiz can check it in the texts: the hedged wording holds hedges the analysis is sure of and that
// do a hedge's job there, the firm wording holds none at all, and the two carry the same content.
import { ev, makeChoice } from '../make';
import { type Pair, sure } from '../pair';
import { stemsShare } from '../same-claim';
import { hedgeInSense } from '../sense';
import { ReportName, listWords, overlaps, quote, reportName, tidySpan, textOf } from '../text';
import type { Question } from '../types';

/** The firm and the hedged wording share at least this share of the smaller one's content words. */
const SAME_CONTENT = 0.5;

const WRONG = [
	'A hedge was added, so the claim sounds weaker than its source put it',
	'Nothing: both say it with the same certainty',
	'The claim was turned into a question',
];

export function hedgeDrift(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const d of pair.comparison.hedgeDrift) {
		const firm = pair.sides[d.report];
		const source = pair.sides[d.hedgedReport];
		const strong = tidySpan(firm.analysis.text, d.strong);
		const hedged = tidySpan(source.analysis.text, d.hedged);
		if (strong.end <= strong.start || hedged.end <= hedged.start) continue;
		// The hedges inside the source's wording: the words that went missing.
		const inside = source.analysis.hedges.filter((h) => overlaps(h, hedged));
		if (inside.length === 0 || !inside.every((h) => sure(pair, h) && hedgeInSense(source, h))) continue;
		if (firm.analysis.hedges.some((h) => overlaps(h, strong))) continue;
		if (stemsShare(pair, firm, strong, source, hedged) < SAME_CONTENT) continue;
		const dropped = inside.map((h) => `“${textOf(source.analysis.text, h)}”`);
		const where = d.report === d.hedgedReport ? `Elsewhere the same report gives the source’s own wording` : `${ReportName(source.key)} gives the source’s wording`;
		const right = `The hedge ${listWords(dropped)} was dropped, so a possibility reads as a fact`;
		const q = makeChoice(pair, {
			type: 'hedge-drift',
			difficulty: 3,
			prompt: `${ReportName(firm.key)} says ${quote(firm.analysis.text, strong, 30, true)}. ${where}: ${quote(source.analysis.text, hedged, 30, true)}. What changed between the two?`,
			right: [right],
			wrong: WRONG,
			explanation: `The source’s wording, ${quote(source.analysis.text, hedged, 20)}, has ${listWords(dropped)}; ${reportName(firm.key)}’s ${quote(firm.analysis.text, strong, 20)} has no such word and states it as fact. Stating a claim more firmly than its source did changes what the reader believes without telling them.`,
			evidence: [ev(firm.key, strong), ev(source.key, hedged)],
		});
		if (q) out.push(q);
	}
	return out;
}
