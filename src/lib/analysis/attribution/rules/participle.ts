// "Smith resigned on Monday, saying the party had lost its way." / "“…,” he said, adding that …" — a present
// participle after a comma or "and" reports what the one who speaks in the sentence said: the speaker of a
// cue before it in the sentence, else the subject of the main clause. When a relative clause about other
// people ends right before it ("Biden met House Democrats who oppose the deal, saying it goes too far"), the
// participle may belong to either; the finding then names no one (unresolved), since a wrong name is worse.
// After a clause of time with a subject of its own ("Cole spoke hours after Reed had attacked the plan, saying …")
// the words go on from that nearer clause, and are its subject's.
// "…, with Trump tweeting that …": after "with" and a name, the name is the participle's own subject.
import { MAIN_VERB, contentAfter, participleWords, passagesAfter } from '../content';
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import { type CueVerb, withSubject } from '../cue-word';
import { DETERMINERS, IRREGULAR_PAST, RELATIVES, SUBORDINATORS } from '../../lexicons/function-words';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { type Speaker, unnamed } from '../../speaker';
import type { Token } from '../../tokens';

const RULE = 'participle';

/** A verb that shows a clause after "after" or "when", not a preposition's object ("went after Bush, calling …"). */
const FINITE = /^(?:had|has|have|was|were|is|are|\p{Ll}+ed)$/u;

/**
 * The word opening the clause just before the participle's comma when that clause has a subject of its own, who
 * could be the one speaking, else -1: a relative clause ("…, which Mr. Trump called “a disgrace,” blaming …"),
 * or a clause of time that names someone ("Pompeo spoke hours after President Trump had mounted a defense,
 * saying …"; one set off by commas, "…, after her statement was shown false, stating …", is an aside).
 */
export function ownClause(r: SentenceReader, cue: CueVerb): number {
	const ts = r.tokens;
	// "…,” blaming": the comma inside a closing quotation mark is the participle's.
	const from = /^[”"'’]+$/.test(ts[cue.i - 1]?.text ?? '') ? cue.i - 2 : cue.i - 1;
	for (let k = from; k > 0; k--) {
		const w = ts[k]?.text ?? '';
		if (k < from && (w === ',' || w === ';' || w === '—' || w === '(' || w === ')')) return -1;
		// "that" is not among them: it also opens what is said.
		// The clause's subject is a name, after "the" or not ("after the Pentagon issued a report, claiming …").
		const named = ts[k + 1]?.cap || (ts[k + 1]?.lower === 'the' && ts[k + 2]?.cap);
		if (RELATIVES.has(ts[k]?.lower ?? '') || (SUBORDINATORS.has(ts[k]?.lower ?? '') && ts[k - 1]?.text !== ',' && named && ts.slice(k + 2, from).some((t) => FINITE.test(t.text) || IRREGULAR_PAST.has(t.text)))) return k;
	}
	return -1;
}


/** A clause joined on after a comma: "…, while her rival, Bernie Sanders, has soared by saying …". */
const JOINERS = new Set(['and', 'but', 'yet', 'while', 'whereas']);

/**
 * Who a participle's words are from: the last cue before it in its clause, else its clause's subject. A cue
 * in an opening clause ("When Maddow pointed out that …, Clinton seized on it, saying …") or before a clause
 * joined on after a comma ("Trump pivoted, but Wallace brought him back, asking …") is not its clause's.
 * After a clause of time with a subject of its own (at token `clause`, from ownClause), that subject: the words
 * go on from the nearer clause ("Cole spoke hours after Reed had attacked the plan, saying …" is Reed's, and a
 * cue before the clause is not the participle's); after a relative clause, either may speak, and no one is named.
 */
export function participleSpeaker(r: SentenceReader, cue: CueVerb, before: readonly Found[], clause = -1, loose = false): Speaker | null {
	const ts = r.tokens;
	const join = joinedSubject(ts, cue.i);
	const own = ts[clause];
	const time = own && SUBORDINATORS.has(own.lower);
	const from = time ? own.start : join > 0 ? (ts[join - 1]?.start ?? -1) : -1;
	const open = ts[r.openingClause()]?.start ?? -1;
	const earlier = before.filter((f) => f.cue.end <= cue.cue.start && f.verb && f.cue.start > from && (f.cue.start > open || cue.cue.start < open)).pop();
	if (earlier) return earlier.speaker;
	if (own) return (time && r.mainSubject(cue.i, clause + 1)) || unnamed('', 'person', 'unresolved');
	return (join > 0 ? r.mainSubject(cue.i, join, loose) : null) ?? r.mainSubject(cue.i, undefined, loose);
}

/** Words between a joiner and the joined clause's subject: "…, and yet the Pope …", "…, but then Smith …". */
const AFTER_JOINER = new Set(['yet', 'then', 'still', 'now', 'so']);

/**
 * Where the subject of a clause joined on after a comma starts, before token i ("…, but Wallace brought him
 * back, asking …", "…, and yet the Pope continues to shrug and say …"); 0 when there is none. "…, and took a
 * heckler in stride, saying": a joined verb with no subject of its own keeps the main one.
 */
export function joinedSubject(ts: readonly Token[], i: number, marked = false): number {
	let join = i - 1;
	while (join > 0 && !(JOINERS.has(ts[join]?.lower ?? '') && ts[join - 1]?.text === ',')) join--;
	let k = join + 1;
	while (AFTER_JOINER.has(ts[k]?.lower ?? '')) k++;
	// `marked`: only a join an adverb marks as a clause ("and yet"), not one that may end a list ("Honduras, and El Salvador").
	return join > 0 && (!marked || k > join + 1) && (ts[k]?.cap || DETERMINERS.has(ts[k]?.lower ?? '')) ? k : 0;
}

export function participle(r: SentenceReader, cue: CueVerb, before: readonly Found[]): Found[] {
	const after = contentAfter(r, cue.end, cue.verb);
	if (!after) return [];
	const own = withSubject(r.tokens, cue.i);
	// The words a verb of saying passes on after a comma are the main clause's subject's, whatever its verb: so a
	// subject of common nouns is read even when its verb does not show where it ends (mainSubject's `loose`).
	const speaker = own > 0 ? r.resolve(r.np(own, cue.i)) : participleSpeaker(r, cue, before, ownClause(r, cue), true);
	if (!speaker) return [];
	// "Harding’s latest article, claiming that …, is …": set off after a subject whose verb is still to come.
	const ts = r.tokens;
	const aside = ts[cue.i - 1]?.text === ',' && !ts.slice(r.afterDateline(), cue.i - 1).some((t) => /^\p{Ll}/u.test(t.text) && (MAIN_VERB.has(t.lower) || REPORTING_VERBS.has(t.lower) || /ed$/.test(t.lower)));
	return passagesAfter(r, cue, after, speaker, RULE).map((f) => (f.direct ? f : { ...f, content: participleWords(r, f.content, aside) }));
}
