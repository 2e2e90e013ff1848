// A tap-the-words question: tap every word of a sentence that hedges or distances. Only sentences whose every
// hedge the analysis found (at any confidence) is sure, does the job its explanation says (sense.ts), and
// that hold no other hedge-like word the analysis left unmarked: the keyed set is the whole set, so a student
// who taps a real hedge is never marked wrong for it.
import type { HedgeCategory } from '../../analysis/types';
import { ev, makeTap } from '../make';
import { type Pair, sure } from '../pair';
import { hedgeInSense, unmarkedHedgeWords } from '../sense';
import { listWords, overlaps, reportName, textOf, unfitAlone } from '../text';
import type { Question } from '../types';
import { HEDGE_DIFFICULTY, HEDGE_WHY } from '../wording';

const PER_REPORT = 4;
const MAX_WORDS = 45;

export function spotHedge(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text, hedges } = side.analysis;
		const candidates = side.units.flatMap((s) => {
			const inside = hedges.filter((h) => overlaps(h, s));
			if (inside.length === 0 || !inside.every((h) => sure(pair, h) && hedgeInSense(side, h))) return [];
			if (unmarkedHedgeWords(side, s, inside).length > 0) return [];
			if (s.words > MAX_WORDS || unfitAlone(textOf(text, s))) return [];
			// "According to" or "claims" keeps a distance too: if the analysis did not key it as a hedge, a
			// student who taps it would be marked wrong, so such a sentence is not asked.
			const distancingCue = side.analysis.attributions.some(
				(a) =>
					overlaps(a.cue, s) &&
					(a.verbColour === 'distancing' || a.category === 'according-to' || /^according\b/i.test(textOf(text, a.cue))) &&
					!inside.some((h) => overlaps(h, a.cue)),
			);
			if (distancingCue) return [];
			return [{ sentence: s, hedges: inside }];
		});
		// Spread over kinds of hedge: a sentence with a kind not yet asked about comes first.
		const used = new Set<HedgeCategory>();
		const picked: typeof candidates = [];
		for (let round = 0; round < 2 && picked.length < PER_REPORT; round++) {
			for (const c of candidates) {
				if (picked.length >= PER_REPORT || picked.includes(c)) continue;
				if (round === 0 && c.hedges.every((h) => used.has(h.category))) continue;
				picked.push(c);
				for (const h of c.hedges) used.add(h.category);
			}
		}
		picked.sort((x, y) => x.sentence.start - y.sentence.start);
		for (const { sentence, hedges: inside } of picked) {
			// One line per distinct hedge wording: "more than" twice is named once.
			const distinct = inside.filter((h, i) => inside.findIndex((x) => textOf(text, x).toLowerCase() === textOf(text, h).toLowerCase()) === i);
			const named = distinct.slice(0, 2).map((h) => {
				const times = inside.filter((x) => textOf(text, x).toLowerCase() === textOf(text, h).toLowerCase()).length;
				return `“${textOf(text, h)}”${times > 1 ? ` (${times === 2 ? 'twice' : `${times} times`})` : ''} is a hedge: ${HEDGE_WHY[h.category]}.`;
			});
			const q = makeTap(pair, {
				type: 'spot-hedge',
				difficulty: Math.max(...inside.map((h) => HEDGE_DIFFICULTY[h.category])) as 1 | 2 | 3,
				prompt: `Tap every word in this sentence from ${reportName(side.key)} that hedges a claim (makes it less certain) or keeps the writer at a distance from it.`,
				sentence,
				keyed: inside,
				explanation: [
					...named,
					distinct.length > 2 ? `So ${distinct.length > 3 ? 'are' : 'is'} ${listWords(distinct.slice(2).map((h) => `“${textOf(text, h)}”`))}.` : '',
					distinct.length > 2 ? '' : 'The rest of the sentence states things plainly.',
				]
					.filter(Boolean)
					.join(' '),
				evidence: [ev(side.key, sentence), ...inside.map((h) => ev(side.key, h))],
			});
			if (q) out.push(q);
		}
	}
	return out;
}
