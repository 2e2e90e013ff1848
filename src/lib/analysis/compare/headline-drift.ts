// Finds a headline firmer than its own report: the headline states a point ("Union Open to Pension Cuts")
// that the report's opening sentences give with a word that makes it smaller ("the union said it was open to
// modest reductions in pensions"). The headline drops the limit, so the point reads larger than the report
// tells it. Headline and lede are matched by what they say (paraphrase.ts: "cuts" / "reductions").
import type { HedgeDrift, ReportAnalysis, ReportIndex, Span } from '../types';
import { LIMITERS } from '../lexicons/limiters';
import { NEGATION } from './hedge-drift';
import type { Word } from './words';

/** The opening sentences after the headline: a news report tells the headline's point in its lede. */
const LEDE_SENTENCES = 2;
/** The lede sentence carries at least this share of the headline's content words: the same point, not a word in common. */
const SAME_POINT = 0.5;
/** The limited word is at most this many words after the limiter ("modest | reductions", "minor | tax | cuts"). */
const LIMITED_WITHIN = 2;
/** The span shown for the lede's wording starts at most this many words before the limiter ("open to | modest"). */
const SHOWN_BEFORE = 2;
/** The lede's wording runs on to its clause's end when that is at most this many words away. */
const PHRASE_TAIL_WORDS = 8;
/** A negation this close before the limiter turns the point round ("not even modest cuts"). */
const NEGATION_REACH = 30;

const lowerAt = (text: string, w: Word) => text.slice(w.start, w.end).toLowerCase();

/** `words`: the content words of each sentence of `r` (see readSentences). */
export function findHeadlineDrift(r: ReportAnalysis, report: ReportIndex, words: readonly Word[][]): HedgeDrift[] {
	const { text } = r;
	const heads = r.sentences.flatMap((s, k) => (s.headline ? (words[k] ?? []) : []));
	const first = r.sentences.findIndex((s) => s.headline);
	if (first < 0 || heads.length === 0 || heads.some((w) => LIMITERS.has(lowerAt(text, w)))) return [];
	const keys = new Set(heads.map((w) => w.stem));
	const headline = { start: r.sentences[first]?.start ?? 0, end: r.sentences.filter((s) => s.headline).at(-1)?.end ?? 0 };
	const out: HedgeDrift[] = [];
	const body = r.sentences.flatMap((s, k) => (s.headline ? [] : [k])).slice(0, LEDE_SENTENCES);
	for (const k of body) {
		const ws = words[k] ?? [];
		const shared = new Set(ws.filter((w) => keys.has(w.stem)).map((w) => w.stem));
		if (shared.size < keys.size * SAME_POINT) continue;
		for (let i = 0; i < ws.length; i++) {
			const limiter = ws[i];
			if (!limiter || !LIMITERS.has(lowerAt(text, limiter))) continue;
			const limited = ws.slice(i + 1, i + 1 + LIMITED_WITHIN).find((w) => keys.has(w.stem));
			if (!limited) continue;
			NEGATION.lastIndex = 0;
			if (NEGATION.test(text.slice(Math.max(0, limiter.start - NEGATION_REACH), limiter.start))) continue;
			const from = ws.slice(Math.max(0, i - SHOWN_BEFORE), i).findLast((w) => keys.has(w.stem)) ?? limiter;
			// The limited phrase runs on to the end of its clause ("modest reductions in benefits for future
			// recipients"), when that is near: what follows often limits the point further.
			const sentenceEnd = r.sentences[k]?.end ?? limited.end;
			const rest = text.slice(limited.end, sentenceEnd);
			const stop = rest.search(/[,;:.!?“”"(—]/);
			const tail = stop < 0 ? rest : rest.slice(0, stop);
			const end = tail.trim().split(/\s+/).length <= PHRASE_TAIL_WORDS ? limited.end + tail.trimEnd().length : limited.end;
			const hedged: Span = { start: from.start, end };
			const name = report === 0 ? 'A' : 'B';
			out.push({
				report,
				strong: headline,
				hedgedReport: report,
				hedged,
				limiter: text.slice(limiter.start, limiter.end),
				explanation: `Report ${name}’s headline says “${text.slice(headline.start, headline.end)}”, but its opening gives the same point with a limit: “${text.slice(hedged.start, hedged.end)}”. The headline drops “${text.slice(limiter.start, limiter.end)}”, so the point reads larger than the report tells it.`,
			});
			return out;
		}
	}
	return out;
}
