// "Foreign Secretary David Lammy said on Tuesday that Kyiv would not …" / "A council spokesperson said:
// “…”" / "The court ruled that …" / "Smith described the plan as …" / "Records show he gave $500 …" (a
// paper's finding, with no "that") — the speaker is the noun phrase just before the verb (with an
// appositive between commas kept as a description); "… and said …" takes the
// subject of the main clause, or of a clause joined on with "and yet". A saying in a condition ("If the mayor
// says …") or one the writer denies ("you cannot say that Lefebvre said …") passes on nothing.
import type { Speaker } from '../../speaker';
import type { Span } from '../../types';
import { contentAfter, passagesAfter } from '../content';
import type { CueVerb } from '../cue-word';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { joinedSubject } from './participle';
import { LY_ADVERB, PLACE_TIME_PREPOSITIONS, RELATIVES, SUBORDINATORS } from '../../lexicons/function-words';
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import { wordSet } from '../../lexicons/word-set';
import type { Token } from '../../tokens';

const RULE = 'cue-before';

/** "Unless O’Malley says …", "if the mayor says …": a saying that has not happened. */
const CONDITIONS = wordSet('unless if');
/** Words that may come before a condition at the start of its clause: "even if", "and if", "only if". */
const CONDITION_LEADS = wordSet('even and but or only so then');
/** "you cannot say that Lefebvre said …": the words before a saying that deny it. */
const DENIALS = wordSet('not never cannot can’t can\'t couldn’t couldn\'t didn’t didn\'t');
/** A denial comes at most this many words before its verb ("cannot really say that"). */
const DENIAL_WITHIN = 2;

/** A condition or a denial stands at most this many tokens before the verb ("Unless Cardinal O’Malley comes forward and says"). */
const CLAUSE_REACH = 10;
/** The marks an aside is set off with ("O’Malley – who has remained silent – comes forward"). */
const DASHES = /^[—–]$/;

/**
 * The cue at token i stands in a condition ("Unless O’Malley says …", "If the mayor says …") or in a clause
 * whose saying is denied ("you cannot say that Lefebvre said …"): nothing was said.
 */
function notSaid(ts: readonly Token[], i: number): boolean {
	// "The U.S. has never formally accused …": a saying the sentence itself denies.
	let d = i - 1;
	while (LY_ADVERB.test(ts[d]?.text ?? '')) d--;
	if (DENIALS.has(ts[d]?.lower ?? '')) return true;
	let aside = 0;
	for (let k = i - 1; k >= 0 && i - k - aside <= CLAUSE_REACH; k--) {
		const t = ts[k];
		// "unless Cardinal O’Malley – who has, as of this writing, remained silent – comes forward and says": an
		// aside between dashes is passed over whole.
		if (t && DASHES.test(t.text)) {
			let open = k - 1;
			while (open >= 0 && !DASHES.test(ts[open]?.text ?? '')) open--;
			if (open >= 0) {
				aside += k - open;
				k = open;
				continue;
			}
		}
		if (!t || t.text === ',' || t.text === ';' || t.text === ':' || /^[“”"]$/.test(t.text)) return false;
		// A condition opens its clause ("If the mayor says", "even if they thought"); "asked if he believes" is a question.
		if (CONDITIONS.has(t.lower)) return t.lower === 'unless' || k === 0 || !/^\p{L}/u.test(ts[k - 1]?.text ?? '') || CONDITION_LEADS.has(ts[k - 1]?.lower ?? '');
		// "If we are hearing him right when he says …": a clause of its own between the condition and the verb.
		if (SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower)) return false;
		if (t.lower === 'that' && REPORTING_VERBS.has(ts[k - 1]?.lower ?? '')) return ts.slice(Math.max(0, k - 1 - DENIAL_WITHIN), k - 1).some((x) => DENIALS.has(x.lower));
	}
	return false;
}

/** Verbs whose object, after a paper's subject, is what the paper found: "A new poll shows Clinton ahead". */
const FINDING = wordSet('show find');

/**
 * "Records show he gave $500 …", "The audit found no sign of fraud": after a paper, poll or recording, a verb of
 * finding passes on its object with no "that" (a person who "showed reporters the pool" shows a thing). Not in
 * a question: "Did the investigation find reasons to doubt …?" asks what it found.
 */
function paperFinding(r: SentenceReader, cue: CueVerb): { at: number; direct: [] } | null {
	const t = r.tokens[cue.end + 1];
	// A word opens it, not "up" ("showed up"), and no question mark closes the sentence. The subject is read last:
	// reading a pronoun there ("He said nothing") moves who a later "she" may be.
	const left = t && FINDING.has(cue.verb.lemma) && !PLACE_TIME_PREPOSITIONS.has(t.lower) && /^(?!up\b)\w.*[^?]$/s.test(r.src.slice(t.start, r.s.end)) && r.leftNP(cue.i);
	return t && left && left !== 'coordinated' && left.speaker?.kind === 'document' ? { at: t.start, direct: [] } : null;
}

export function cueBefore(r: SentenceReader, cue: CueVerb): Found[] {
	const said = contentAfter(r, cue.end, cue.verb);
	const after = said ?? paperFinding(r, cue);
	if (!after || notSaid(r.tokens, cue.i)) return [];
	let speaker: Speaker | null = null;
	let description: Span | null = null;
	const left = r.leftNP(cue.i);
	if (left === 'coordinated') {
		// "…, and yet the Pope continues to shrug and say …": the joined clause's own subject, else the main one.
		const join = joinedSubject(r.tokens, cue.i, true);
		speaker = (join > 0 ? r.mainSubject(cue.i, join) : null) ?? r.mainSubject(cue.i);
	} else if (left) {
		speaker = left.speaker;
		description = left.description;
	}
	if (!speaker) return [];
	if (description && speaker.entity) speaker.entity.descriptions.push(description);
	// A paper's finding is a shape measured apart ("attribution/cue-before/finding/…").
	return passagesAfter(r, cue, after, speaker, said ? RULE : `${RULE}/finding`);
}
