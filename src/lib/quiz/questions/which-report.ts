// Asks which report includes a passage: A only, B only, or both. "Only" is keyed only for a sentence the
// comparison lists as having no counterpart and pairs with nothing; "both" only for sentences it aligned.
import { ev, makeChoice } from '../make';
import { type Pair, type Side, type Unit, alignedSentences, memberOf, sure, unitAt } from '../pair';
import { ReportName, contains, leansOnContext, quote, reportName, textOf, wordCount } from '../text';
import type { Span } from '../../analysis/types';
import type { Question } from '../types';

const A_ONLY = 'Report A only';
const B_ONLY = 'Report B only';
const BOTH = 'Both reports';
const OPTIONS = [A_ONLY, B_ONLY, BOTH];
const ONLY_PER_REPORT = 3;
const BOTH_PER_PAIR = 2;
/** Aligned pairs below this overlap are too loose to call "the same point". */
const MIN_ALIGN = 0.3;

const PROMPT = (t: string) => `Which report includes this point, in these words or others? ${t}`;

function standsAlone(side: Side, s: Unit): boolean {
	const t = textOf(side.analysis.text, s);
	const n = wordCount(t);
	return !s.headline && n >= 8 && n <= 35 && !leansOnContext(t);
}

export function whichReport(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text, attributions } = side.analysis;
		const only = pair.comparison.onlyIn[side.index];
		const candidates = side.units
			// A sentence the comparison calls unique as a whole; none that it calls unique only in part (one clause
			// with no counterpart, the rest shared), since the question quotes the whole sentence.
			.filter((s) => {
				const sentences = side.analysis.sentences.slice(s.first, s.last + 1);
				const whole = (x: Span) => only.some((o) => contains(o, x));
				const part = (x: Span) => !whole(x) && only.some((o) => o.start < x.end && x.start < o.end);
				return sentences.some(whole) && !sentences.some(part);
			})
			.filter((s) => standsAlone(side, s) && alignedSentences(pair, side, s).length === 0)
			// Sentences that bring in a source or a number are the details worth noticing.
			.map((s) => ({
				s,
				weight: (attributions.some((a) => sure(pair, a) && a.speaker !== '' && a.cue.start >= s.start && a.cue.end <= s.end) ? 2 : 0) + (/\d/.test(textOf(text, s)) ? 1 : 0),
			}))
			.sort((x, y) => y.weight - x.weight || x.s.start - y.s.start)
			.slice(0, ONLY_PER_REPORT);
		// Who the passage comes from, when the analysis is sure: "…, from Israel".
		const voice = (u: Unit): string | undefined => {
			const att = attributions.find((x) => sure(pair, x) && x.cue.start >= u.start && x.cue.end <= u.end);
			const member = att ? memberOf(pair, side, att) : undefined;
			// Not when the quoted words already name it ("Israel insists …").
			return member && !textOf(text, u).toLowerCase().includes(member.name.toLowerCase()) ? member.display : undefined;
		};
		for (const { s } of candidates) {
			const q = makeChoice(pair, {
				type: 'which-report',
				difficulty: 2,
				prompt: PROMPT(quote(text, s, 35)),
				right: [side.key === 'a' ? A_ONLY : B_ONLY],
				wrong: OPTIONS.filter((o) => o !== (side.key === 'a' ? A_ONLY : B_ONLY)),
				order: OPTIONS,
				explanation: `Only ${reportName(side.key)} includes ${quote(text, s, 12, true)}${voice(s) ? `, from ${voice(s)}` : ''}; ${reportName(side.key === 'a' ? 'b' : 'a')} has nothing like it. What a report leaves out changes what its readers get to know.`,
				evidence: [ev(side.key, s)],
			});
			if (q) out.push(q);
		}
	}
	const [a, b] = pair.sides;
	const both = [...pair.comparison.aligned]
		.filter((p) => p.score >= MIN_ALIGN)
		.sort((x, y) => y.score - x.score || x.a - y.a)
		.flatMap((p) => {
			const sa = a.analysis.sentences[p.a];
			const sb = b.analysis.sentences[p.b];
			const ua = sa ? unitAt(a, sa.start) : undefined;
			const ub = sb ? unitAt(b, sb.start) : undefined;
			return ua && ub && standsAlone(a, ua) && !ub.headline ? [{ sa: ua, sb: ub }] : [];
		})
		.slice(0, BOTH_PER_PAIR);
	for (const { sa, sb } of both) {
		const q = makeChoice(pair, {
			type: 'which-report',
			difficulty: 1,
			prompt: PROMPT(quote(a.analysis.text, sa, 35)),
			right: [BOTH],
			wrong: [A_ONLY, B_ONLY],
			order: OPTIONS,
			explanation: `Report A says ${quote(a.analysis.text, sa, 25, true)}, and report B says ${quote(b.analysis.text, sb, 25, true)}. The two make the same point in different words.`,
			evidence: [ev('a', sa), ev('b', sb)],
		});
		if (q) out.push(q);
	}
	return out;
}
