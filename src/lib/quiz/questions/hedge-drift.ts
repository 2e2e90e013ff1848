// Asks about a claim stated more firmly than its source put it: the hedge that was dropped on the way. Only
// when the quiz can check it in the texts: the hedged wording holds hedges the analysis is sure of and that
// do a hedge's job there, the firm wording holds none at all, and the two carry the same content. A label
// first given as someone's own claim and later used plainly ("who identifies himself as a student" … "out of
// the student's hands") is asked too, when the plain use is the report's words with the label in them; and a
// headline that drops the limit its own opening puts on the point ("Open to Cuts" / "open to modest reductions").
import { ev, makeChoice } from '../make';
import type { HedgeDrift } from '../../analysis/types';
import { type Pair, inQuote, sure } from '../pair';
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

const LABEL_RIGHT = 'The label, first given as someone’s claim, is later used as plain fact';
const LABEL_WRONG = ['Nothing: both give the label as someone’s claim', 'The later wording adds a hedge, so the label sounds less sure', 'The later wording says the claim was false'];

/** The claimed-label drift as a question, when the plain use holds the label outside quotation marks. */
function labelDrift(pair: Pair, d: HedgeDrift, label: string): Question | null {
	const side = pair.sides[d.report];
	const { text } = side.analysis;
	const strong = tidySpan(text, d.strong);
	const hedged = tidySpan(text, d.hedged);
	const plain = textOf(text, strong);
	if (strong.end <= strong.start || hedged.end <= hedged.start || !new RegExp(`\\b${label}\\b`, 'iu').test(plain) || inQuote(side, strong)) return null;
	return makeChoice(pair, {
		type: 'hedge-drift',
		variant: 'label',
		difficulty: 3,
		prompt: `${ReportName(side.key)} first says ${quote(text, hedged, 30, true)}. Later it says ${quote(text, strong, 30, true)}. What changed between the two?`,
		right: [LABEL_RIGHT],
		wrong: LABEL_WRONG,
		explanation: `${quote(text, hedged, 20)} gives “${label}” as someone’s own claim; ${quote(text, strong, 20)} uses it as plain fact. Once the claim is dropped, the reader takes the label as checked.`,
		evidence: [ev(side.key, hedged), ev(side.key, strong)],
	});
}

const HEADLINE_WRONG = ['The headline adds a hedge, so the point sounds less sure than the report tells it', 'Nothing: both tell the point the same way', 'The headline turns the point into a question'];

/**
 * A headline that drops the limit its own opening puts on the same point, when the opening's wording holds the
 * limiting word and the headline does not.
 */
function headlineDrift(pair: Pair, d: HedgeDrift, limiter: string): Question | null {
	const side = pair.sides[d.report];
	const { text } = side.analysis;
	const headline = tidySpan(text, d.strong);
	const lede = tidySpan(text, d.hedged);
	const word = new RegExp(`\\b${limiter}\\b`, 'iu');
	if (headline.end <= headline.start || lede.end <= lede.start || d.hedgedReport !== d.report) return null;
	if (!word.test(textOf(text, lede)) || word.test(textOf(text, headline))) return null;
	return makeChoice(pair, {
		type: 'hedge-drift',
		variant: 'headline',
		difficulty: 3,
		prompt: `${ReportName(side.key)}’s headline says ${quote(text, headline, 30, true)}. Its opening says ${quote(text, lede, 30, true)}. What changed between the two?`,
		right: [`The headline drops “${limiter}”, so the point reads larger than the report tells it`],
		wrong: HEADLINE_WRONG,
		explanation: `The opening, ${quote(text, lede, 20)}, limits the point with “${limiter}”; the headline, ${quote(text, headline, 20)}, has no such word. Many readers see only the headline, so a limit dropped there changes what they take away.`,
		evidence: [ev(side.key, headline), ev(side.key, lede)],
	});
}

export function hedgeDrift(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const d of pair.comparison.hedgeDrift) {
		if (d.limiter) {
			const q = headlineDrift(pair, d, d.limiter);
			if (q) out.push(q);
			continue;
		}
		if (d.claimedLabel) {
			const q = labelDrift(pair, d, d.claimedLabel);
			if (q) out.push(q);
			continue;
		}
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
