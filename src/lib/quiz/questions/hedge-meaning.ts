// Asks what a hedge ("it is understood that", "was said to be", "likely", "at least") tells the reader.
// One question per distinct hedge wording in the pair; verbs that the reporting-verb question covers are left
// to it. Only a hedge that does, in its sentence, what its category's meaning says (sense.ts): the right
// option is true of this sentence, and the wrong ones are meanings of other categories that cannot also be.
import { ev, makeChoice } from '../make';
import { type Pair, sure, unitAt } from '../pair';
import { hedgeInSense } from '../sense';
import { overlaps, quoteAround, reportName, textOf, unfitAlone } from '../text';
import type { Question } from '../types';
import { HEDGE_ASK, HEDGE_DIFFICULTY, HEDGE_DISTRACTORS, HEDGE_FIRM_DISTRACTOR, HEDGE_MEANING, HEDGE_WHY } from '../wording';

const PER_CATEGORY = 2;

export function hedgeMeaning(pair: Pair): Question[] {
	const out: Question[] = [];
	const seen = new Set<string>();
	const perCategory = new Map<string, number>();
	for (const side of pair.sides) {
		const { text, attributions } = side.analysis;
		for (const h of side.analysis.hedges) {
			if (!sure(pair, h) || !hedgeInSense(side, h)) continue;
			const cue = textOf(text, h);
			const key = cue.toLowerCase();
			if (seen.has(key) || (perCategory.get(h.category) ?? 0) >= PER_CATEGORY) continue;
			if (h.category === 'distancing-verb' && attributions.some((a) => a.verbColour !== 'neutral' && overlaps(a.cue, h))) continue;
			const sentence = unitAt(side, h.start);
			// A sentence not fit to quote alone (a heading run into it, half of a quotation) makes no question.
			if (!sentence || unfitAlone(textOf(text, sentence))) continue;
			const q = makeChoice(pair, {
				type: 'hedge-meaning',
				difficulty: HEDGE_DIFFICULTY[h.category],
				prompt: `In this sentence from ${reportName(side.key)}, what ${/\s/.test(cue) ? 'do the words' : 'does the word'} “${cue}” tell you? ${quoteAround(text, sentence, h, 30)}`,
				right: [HEDGE_MEANING[h.category]],
				wrong: [...HEDGE_DISTRACTORS[h.category].map((c) => HEDGE_MEANING[c]), HEDGE_FIRM_DISTRACTOR],
				explanation: `“${cue}” is a hedge: ${HEDGE_WHY[h.category]}. ${HEDGE_ASK[h.category]}`,
				evidence: [ev(side.key, h), ev(side.key, sentence)],
			});
			if (!q) continue;
			out.push(q);
			seen.add(key);
			perCategory.set(h.category, (perCategory.get(h.category) ?? 0) + 1);
		}
	}
	return out;
}
