// Asks whose voices are heard in only one report (choose all that apply). A voice counts as heard when the
// report attributes something to it with confidence; voices both reports hear, or only the other, are wrong.
import { ev, makeChoice } from '../make';
import { type CastMember, type Pair, heardIn, inSide, memberOf, sure } from '../pair';
import { listWords, reportName, capitalise } from '../text';
import type { Evidence, Question } from '../types';

const MAX_RIGHT = 3;
const MAX_WRONG = 2;

export function missingVoice(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const other = pair.sides[1 - side.index];
		if (!other) continue;
		const listed = pair.comparison.sourcesOnlyIn[side.index];
		const onlyHere = pair.cast.filter(
			(m) =>
				heardIn(pair, side, m) &&
				!inSide(m, other) &&
				(listed.length === 0 || listed.includes(m.bySide[side.index]?.id ?? '')),
		);
		const inBoth = pair.cast.filter((m) => heardIn(pair, side, m) && heardIn(pair, other, m));
		const onlyThere = pair.cast.filter((m) => heardIn(pair, other, m) && !inSide(m, side));
		const right = onlyHere.slice(0, MAX_RIGHT);
		const wrong = [...inBoth, ...onlyThere].slice(0, MAX_WRONG);
		if (right.length === 0 || wrong.length === 0) continue;
		const evidence: Evidence[] = right.flatMap((m: CastMember) => {
			const att = side.analysis.attributions.find((a) => sure(pair, a) && memberOf(pair, side, a) === m);
			return att ? [ev(side.key, att.cue)] : [];
		});
		const names = (ms: CastMember[]) => listWords(ms.slice(0, 2).map((m) => m.display));
		const verb = (ms: CastMember[]) => (Math.min(ms.length, 2) > 1 ? 'are' : 'is');
		const others =
			inBoth.length > 0 && onlyThere.length > 0
				? `${names(inBoth)} ${verb(inBoth)} heard in both reports, and ${names(onlyThere)} only in ${reportName(other.key)}.`
				: inBoth.length > 0
					? `${names(inBoth)} ${verb(inBoth)} heard in both reports.`
					: `${names(onlyThere)} ${verb(onlyThere)} heard only in ${reportName(other.key)}.`;
		const q = makeChoice(
			pair,
			{
				type: 'missing-voice',
				difficulty: 2,
				multiple: true,
				prompt: `Which of these sources are heard in ${reportName(side.key)} but not in ${reportName(other.key)}? Choose all that apply.`,
				right: right.map((m) => capitalise(m.display)),
				wrong: wrong.map((m) => capitalise(m.display)),
				explanation: [
					`Only ${reportName(side.key)} hears from ${listWords(right.map((m) => m.display))}; ${reportName(other.key)} leaves ${right.length > 1 ? 'their sides' : 'that side'} out.`,
					others,
					'Reading one report alone, you would miss the voices it leaves out.',
				]
					.filter(Boolean)
					.join(' '),
				evidence,
			},
			5,
		);
		if (q) out.push(q);
	}
	return out;
}
