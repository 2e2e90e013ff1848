// Asks who is the source of a quoted or passed-on passage. Wrong options are other sources of the pair,
// never one the analysis has saying the same thing (here, or in the matching sentence of the other report).
import { ev, makeChoice } from '../make';
import { type CastMember, type Pair, inSide, memberOf, saidAnywhere, sure, unitAt } from '../pair';
import { ReportName, normName, reportName, possessive, quote, textOf, tidySpan, wordCount, capitalise } from '../text';
import type { Question } from '../types';

/** At most this many questions about one speaker in one report, so one voice does not fill the pool. */
const PER_SPEAKER = 2;

export function whoSaid(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text } = side.analysis;
		const other = pair.sides[1 - side.index] ?? side;
		const asked = new Map<CastMember, number>();
		// Direct quotes first: they make the clearest questions.
		const candidates = side.analysis.attributions
			.filter((a) => sure(pair, a) && a.speaker !== '' && a.sourceKind !== 'anonymous')
			.sort((x, y) => Number(y.direct) - Number(x.direct) || x.content.start - y.content.start);
		for (const att of candidates) {
			const member = memberOf(pair, side, att);
			if (!member || (asked.get(member) ?? 0) >= PER_SPEAKER) continue;
			const content = tidySpan(text, att.content);
			if (wordCount(textOf(text, content)) < 4) continue;
			// A passage that names its own speaker gives the answer away.
			const words = ` ${normName(textOf(text, content))} `;
			if (normName(member.name).split(' ').some((w) => w.length > 2 && words.includes(` ${w} `))) continue;
			const sentence = unitAt(side, att.content.start);
			// Sources of this report first: they are the plausible wrong answers.
			const wrong = [...pair.cast]
				.filter((m) => m !== member && (inSide(m, side) || inSide(m, other)))
				.sort((x, y) => Number(inSide(y, side)) - Number(inSide(x, side)))
				.filter((m) => !saidAnywhere(pair, side, m, att.content, sentence))
				.map((m) => capitalise(m.display));
			const cue = textOf(text, att.cue);
			// The pronoun before the cue ("He said"), named in the explanation so the resolution can be checked.
			const pronoun = /\b(he|she|they|it|we)\s*$/i.exec(text.slice(Math.max(0, att.cue.start - 12), att.cue.start))?.[1];
			const resolved =
				att.resolvedBy === 'pronoun'
					? pronoun
						? ` (“${pronoun}” there means ${member.display}, the last one named before it)`
						: ` (the report means ${member.display}, named just before)`
					: '';
			const q = makeChoice(
				pair,
				{
					type: 'who-said',
					difficulty: att.resolvedBy === 'pronoun' ? 3 : att.direct ? 1 : 2,
					prompt: att.direct
						? `Who said these words, according to ${reportName(side.key)}? ${quote(text, content, 28)}`
						: `According to ${reportName(side.key)}, whose claim is this? ${quote(text, content, 28)}`,
					right: [capitalise(member.display)],
					wrong: wrong.slice(0, 3),
					order: undefined,
					explanation: [
						`${ReportName(side.key)} ties these words to ${member.display} with “${cue}”${resolved}.`,
						att.direct
							? `They are set out as a quotation, so they are meant to be ${possessive(member.display)} own words.`
							: `They are not a quotation: the report is putting ${possessive(member.display)} point in its own words.`,
						'None of the other options said this in either report.',
					].join(' '),
					evidence: [ev(side.key, content), ev(side.key, att.cue)],
				},
				4,
			);
			if (!q) continue;
			out.push(q);
			asked.set(member, (asked.get(member) ?? 0) + 1);
		}
	}
	return out;
}
