// Asks which report lets a person speak whom both reports name: "Both reports name Mitt Romney. In which
// report does he speak?" One report quotes or paraphrases them (an attribution the quiz's checks vouch for); the
// other names them as a person (in full or with a title) and is plainly silent: no sentence that names them
// holds a quotation mark, a reporting verb, a verb of judging out loud ("criticized") or "according to", and the
// sentence after each holds no quotation
// mark, no pronoun and no reporting verb after a description ("The former governor said …") that could carry
// their words on. Anything less sure makes no question (missing-voice.ts leaves such a person out too).
import { DETERMINERS } from '../../analysis/lexicons/function-words';
import { PLAIN_JUDGING, REPORTING_VERBS, STANCE_VERBS } from '../../analysis/lexicons/reporting-verbs';
import { ev, makeChoice } from '../make';
import { type CastMember, type Pair, type Side, heardIn, memberOf, nameIn, namedAnywhere, speakers, trustedSpeaker } from '../pair';
import { surnameOf } from '../names';
import { escapeRegExp, reportName } from '../text';
import type { Question } from '../types';

const QUOTE_MARK = /["“”]/u;
const ACCORDING = /\baccording to\b/iu;
const PRONOUN = /\b(?:he|she|they|his|her|their)\b/iu;
/** How far back from a reporting verb "the" may open a description as its subject: "the former governor has said". */
const DESCRIPTION_REACH = 5;
const SPEAKS = ['Report A', 'Report B', 'Both reports', 'Neither report'];

/** Whether the side names the person only in sentences that give no one's words, followed by sentences that carry none on. */
function silentIn(pair: Pair, side: Side, member: CastMember): boolean {
	if (side.analysis.attributions.some((a) => memberOf(pair, side, a) === member)) return false;
	const own = member.bySide.find((s) => s);
	const key = own ? surnameOf(own.name) : '';
	if (key.length < 3) return false;
	const text = side.analysis.text;
	const surname = key.charAt(0).toUpperCase() + key.slice(1);
	const naming = side.units.filter((u) => text.slice(u.start, u.end).includes(surname));
	// Named as a person, in full or with a title: "v. Dukes" in a case's name is not Betty Dukes named.
	const full = member.bySide.flatMap((s) => (s && s.name.includes(' ') ? [s.name] : []));
	if (naming.length === 0 || !(full.some((n) => text.includes(n)) || new RegExp(`\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.? ${escapeRegExp(surname)}\\b`, 'u').test(text))) return false;
	// A reporting verb's form after a determiner is a noun: "in this state", "the claim". A verb of judging out
	// loud gives the person's view too ("Lee and other union leaders have criticized the offer as stingy"), in
	// its past or -ing form: its base and -s forms are mostly nouns ("a bitter attack").
	const judged = (w: string) => {
		const verb = STANCE_VERBS.get(w);
		return !!verb && (verb.colour === 'emotive' || PLAIN_JUDGING.has(verb.lemma)) && verb.lemma !== w && !w.endsWith('s');
	};
	const gives = (t: string) => {
		const ws = t.toLowerCase().match(/\p{L}+/gu) ?? [];
		return QUOTE_MARK.test(t) || ACCORDING.test(t) || ws.some((w, i) => (REPORTING_VERBS.has(w) || judged(w)) && !DETERMINERS.has(ws[i - 1] ?? ''));
	};
	return naming.every((u) => {
		const next = side.units[side.units.indexOf(u) + 1];
		const after = next ? text.slice(next.start, next.end) : '';
		// "The former governor said …": a reporting verb with "the" a few words before it.
		const ws = after.toLowerCase().match(/\p{L}+/gu) ?? [];
		const described = ws.some((w, i) => REPORTING_VERBS.has(w) && !DETERMINERS.has(ws[i - 1] ?? '') && ws.slice(Math.max(0, i - DESCRIPTION_REACH), i).includes('the'));
		return !gives(text.slice(u.start, u.end)) && !QUOTE_MARK.test(after) && !PRONOUN.test(after) && !described;
	});
}

/** "Both reports name X: which lets X speak?", for a person heard in one report and plainly silent in the other. */
export function namedNotHeard(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const m of speakers(pair)) {
		if (m.kind !== 'person') continue;
		const heard = pair.sides.filter((side) => heardIn(pair, side, m));
		const [side] = heard;
		const other = side && pair.sides[1 - side.index];
		if (heard.length !== 1 || !side || !other || !namedAnywhere(other, m) || !silentIn(pair, other, m)) continue;
		const att = side.analysis.attributions.find((a) => trustedSpeaker(pair, side, a) === m);
		if (!att) continue;
		const who = nameIn(m, side);
		// Where the silent report names them, shown beside the words the other gives.
		const key = surnameOf(who);
		const at = other.analysis.text.indexOf(key.charAt(0).toUpperCase() + key.slice(1));
		const right = side.key === 'a' ? 'Report A' : 'Report B';
		const q = makeChoice(pair, {
			type: 'which-report',
			variant: 'voice',
			difficulty: 2,
			prompt: `Both reports name “${who}”. In which report does ${who} speak, in a quotation or in reported words?`,
			right: [right],
			wrong: SPEAKS.filter((x) => x !== right),
			order: SPEAKS,
			explanation: `Only ${reportName(side.key)} gives ${who}’s words; ${reportName(other.key)} names ${who} but never says what ${who} said. A report can mention someone without letting them speak: you then read about them, not their side.`,
			evidence: [ev(side.key, att.cue), ev(side.key, att.content), ...(at >= 0 ? [ev(other.key, { start: at, end: at + key.length })] : [])],
		});
		if (q) out.push(q);
	}
	return out;
}
