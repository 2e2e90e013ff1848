// Asks about the same words of a source quoted two ways: which wording is whose, and what that tells a reader.
import { ev, makeChoice } from '../make';
import type { Pair } from '../pair';
import { fnv1a } from '../rng';
import { nestQuotes, normName, textOf, tidySpan } from '../text';
import type { Question } from '../types';

const CONCLUDE_RIGHT = 'At least one report has not kept to the exact words, so check the original if the wording matters';
const CONCLUDE_WRONG = [
	'Both reports quote exactly the same words',
	'Neither report says who used these words',
	'A report’s quotations are always word for word, so nothing changed',
];

export function quoteVariant(pair: Pair): Question[] {
	const out: Question[] = [];
	const [a, b] = pair.sides;
	for (const v of pair.comparison.quoteVariants) {
		const [sa, sb] = v.byReport;
		const spanA = tidySpan(a.analysis.text, sa);
		const spanB = tidySpan(b.analysis.text, sb);
		const wa = nestQuotes(textOf(a.analysis.text, spanA));
		const wb = nestQuotes(textOf(b.analysis.text, spanB));
		if (!wa || !wb || normName(wa) === normName(wb)) continue;
		// The name as it reads mid-sentence: "the Foreign, Commonwealth and Development Office", "Mark Smith".
		const member = pair.cast.find((m) => m.name === v.speaker || m.bySide.some((x) => x?.name === v.speaker));
		const who = member ? member.display : v.speaker || 'the same source';
		const evidence = [ev('a', spanA), ev('b', spanB)];
		// Ask for one report's wording, chosen by the words themselves so it is the same on every rebuild.
		const askB = fnv1a(wa + wb) % 2 === 1;
		const which = makeChoice(pair, {
			type: 'quote-variant',
			difficulty: 2,
			prompt: `Both reports give the same words of ${who}, but not in the same form: one has “${wa}”, the other “${wb}”. Which is report ${askB ? 'B' : 'A'}’s wording?`,
			right: [`“${askB ? wb : wa}”`],
			wrong: [`“${askB ? wa : wb}”`],
			explanation: `Report A has “${wa}”; report B has “${wb}”. Both cannot be exactly what ${who} said, so at least one report changed the words.`,
			evidence,
		});
		if (which) out.push(which);
		const conclude = makeChoice(pair, {
			type: 'quote-variant',
			variant: 'conclude',
			difficulty: 2,
			prompt: `Report A gives ${who} as saying “${wa}”; report B gives the same point as “${wb}”. What should a careful reader take from this?`,
			right: [CONCLUDE_RIGHT],
			wrong: CONCLUDE_WRONG,
			explanation: `The two reports put different words in the mouth of ${who}: “${wa}” against “${wb}”. Small changes can make a source sound stronger or softer, so the original words are worth finding.`,
			evidence,
		});
		if (conclude) out.push(conclude);
	}
	return out;
}
