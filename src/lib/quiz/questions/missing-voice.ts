// Asks whose voices are heard in only one report (choose all that apply). A voice is heard where the quiz can
// vouch for one of its attributions (pair.trustedSpeaker). A right answer is heard in this report, through more
// than a stance told in the present tense, and not even named in the other (the engine may miss a quotation
// there, never a name); a wrong answer is heard in
// the other report, which makes "not in the other" false whatever this one does. Anyone in between (heard
// here, named but maybe not heard there) is left out: either answer could be argued. A spokesman and the body
// he speaks for are one voice: only the first of them is offered.
// A person both reports name but only one lets speak is asked about in named-not-heard.ts.
import { STANCE_VERBS } from '../../analysis/lexicons/reporting-verbs';
import { ev, makeChoice } from '../make';
import { type CastMember, type Pair, type Side, affiliated, heardIn, inCommonWords, mayBeOne, nameIn, namedAnywhere, speakers, trustedSpeaker } from '../pair';
import { capitalise, listWords, reportName } from '../text';
import type { Evidence, Question } from '../types';
import type { Attribution } from '../../analysis/types';

const MAX_RIGHT = 3;
const MAX_WRONG = 2;

/**
 * The members in order, less any that may be the same referent as one before it (a shared surname), or as a
 * body the report names ("the company" beside "Kestrel": the name is kept).
 */
function distinct(ms: readonly CastMember[]): CastMember[] {
	const named = [...ms].sort((x, y) => Number(inCommonWords(x)) - Number(inCommonWords(y)));
	const kept = named.filter((m, i) => !named.slice(0, i).some((x) => mayBeOne(x, m)));
	return ms.filter((m) => kept.includes(m));
}

/**
 * One member for each voice: of two affiliated members (a spokesman and his body, an aide and her boss) the
 * person is kept over a body, else the first.
 */
function oneVoiceEach(pair: Pair, members: readonly CastMember[]): CastMember[] {
	const rank = (m: CastMember) => (m.kind === 'person' ? 0 : 1);
	const kept: CastMember[] = [];
	for (const m of [...members].sort((x, y) => rank(x) - rank(y))) if (!kept.some((k) => affiliated(pair, k, m))) kept.push(m);
	return members.filter((m) => kept.includes(m));
}

/**
 * A stance in the present tense ("Mr. Putin backs adversaries around the world", "Lee opposes the plan") is the
 * report telling where someone stands, often by what they do: no words of theirs a student could point to.
 */
function standingStance(side: Side, a: Attribution): boolean {
	const cue = side.analysis.text.slice(a.cue.start, a.cue.end).toLowerCase();
	const verb = STANCE_VERBS.get(cue);
	return verb !== undefined && verb.lemma !== cue && cue.endsWith('s');
}

/** Heard in the side through more than a stance in the present tense: what "heard here" keys. */
const voicedIn = (pair: Pair, side: Side, m: CastMember): boolean =>
	side.analysis.attributions.some((a) => trustedSpeaker(pair, side, a) === m && !standingStance(side, a));

export function missingVoice(pair: Pair): Question[] {
	const out: Question[] = [];
	const cast = speakers(pair);
	const asked: { right: CastMember[]; wrong: CastMember[] }[] = [];
	for (const side of pair.sides) {
		const other = pair.sides[1 - side.index];
		if (!other) continue;
		const onlyHere = cast.filter((m) => voicedIn(pair, side, m) && !namedAnywhere(other, m));
		const inBoth = cast.filter((m) => heardIn(pair, side, m) && heardIn(pair, other, m));
		const onlyThere = cast.filter((m) => heardIn(pair, other, m) && !heardIn(pair, side, m));
		const all = oneVoiceEach(pair, distinct([...onlyHere, ...inBoth, ...onlyThere]));
		const right = all.filter((m) => onlyHere.includes(m)).slice(0, MAX_RIGHT);
		const wrong = all.filter((m) => !onlyHere.includes(m)).slice(0, MAX_WRONG);
		if (right.length === 0 || wrong.length === 0) continue;
		// Each one's answers the other's wrong options (no voice heard in both): the first question and its
		// explanation answer the second.
		if (asked.some((x) => right.every((m) => x.wrong.includes(m)) && wrong.every((m) => x.right.includes(m)))) continue;
		const evidence: Evidence[] = right.flatMap((m: CastMember) => {
			const att = side.analysis.attributions.find((a) => trustedSpeaker(pair, side, a) === m && !standingStance(side, a));
			return att ? [ev(side.key, att.cue)] : [];
		});
		const here = (m: CastMember) => nameIn(m, side);
		const both = wrong.filter((m) => inBoth.includes(m));
		const there = wrong.filter((m) => !inBoth.includes(m));
		const are = (ms: readonly CastMember[]) => (ms.length > 1 ? 'are' : 'is');
		const others = [
			both.length > 0 ? `${listWords(both.map(here))} ${are(both)} heard in both reports` : '',
			there.length > 0 ? `${listWords(there.map(here))} ${are(there)} heard in ${reportName(other.key)}` : '',
		]
			.filter(Boolean)
			.join(', and ');
		const q = makeChoice(
			pair,
			{
				type: 'missing-voice',
				difficulty: 2,
				multiple: true,
				prompt: `Which of these sources are heard in ${reportName(side.key)} but not in ${reportName(other.key)}? Choose all that apply.`,
				right: right.map((m) => capitalise(here(m))),
				wrong: wrong.map((m) => capitalise(here(m))),
				explanation: [
					`Only ${reportName(side.key)} hears from ${listWords(right.map(here))}; ${reportName(other.key)} does not name ${right.length > 1 ? 'them' : 'that source'} at all.`,
					`${capitalise(others)}.`,
					'Reading one report alone, you would miss the voices it leaves out.',
				].join(' '),
				evidence,
			},
			5,
		);
		if (!q) continue;
		out.push(q);
		asked.push({ right, wrong });
	}
	return out;
}
