// "…, a charge that the mayor’s office strongly denied." / "…, something that Trump mocked." / "…, a plan
// the union has criticized." — a relative clause whose subject speaks and whose verb has no object of its own:
// what the verb passes on or takes a side on is the phrase the clause is about (the antecedent), and that
// phrase is the passage; the speaker is the clause's subject, not the subject of the sentence.
import { BETWEEN_SUBJECT_AND_VERB, COORDINATORS, DETERMINERS, LY_ADVERB, MONTHS, PLACE_TIME_PREPOSITIONS, TIME_NOUNS, TIME_WORDS } from '../../lexicons/function-words';
import { wordSet } from '../../lexicons/word-set';
import { trimContent } from '../content';
import type { CueVerb } from '../cue-word';
import { type Found, passage } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'object-relative';

/** Relative words that open such a clause: "a claim that …", "the war, which …". */
const OPENERS = wordSet('that which');
/** "has since modified", "first proposed": words of when, between the clause's subject and its verb. */
const ORDER_WORDS = wordSet('since first');
/** Pronouns that stand alone as the antecedent: "something that Trump mocked". */
const LONE_ANTECEDENTS = wordSet('something anything everything much');
/** Marks and words that close the clause right after its verb: the verb then has no object of its own. */
const CLAUSE_CLOSERS = new Set(['.', ',', ';', '—', '–', ')', '!', '?', 'and', 'but']);
const PAST = /ed$/;
/** A lower-case word that can head a noun phrase: not a preposition or a conjunction. */
const NOUN_HEAD = /^\p{Ll}{4,}$/u;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}’'-]*$/u;
/** An antecedent runs at most this many tokens back from its head to its determiner ("a very well-documented dark side"). */
const ANTECEDENT_MAX_TOKENS = 6;
/** A subject of such a clause is at most this many tokens ("Colorado Republican leaders", "Gowdy’s office"). */
const SUBJECT_MAX_TOKENS = 6;

export function objectRelative(r: SentenceReader, cue: CueVerb): Found[] {
	const ts = r.tokens;
	// A verb that reports speech only beside a quotation ("continued", "read") passes nothing on here.
	if (cue.participle || cue.verb.frame === 'quote') return [];
	// Nothing after the verb but a time or an adverb, then the clause closes.
	let k = cue.end + 1;
	while (ts[k] && (LY_ADVERB.test(ts[k]?.text ?? '') || TIME_WORDS.has(ts[k]?.lower ?? '') || TIME_NOUNS.has(ts[k]?.lower ?? '') || MONTHS.has(ts[k]?.lower ?? ''))) k++;
	const closer = ts[k];
	if (closer && !CLAUSE_CLOSERS.has(closer.lower)) return [];
	// The clause's subject, over auxiliaries and adverbs ("has since modified", "strongly disputes", "first proposed").
	let j = cue.i - 1;
	while (j >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(ts[j]?.lower ?? '') || LY_ADVERB.test(ts[j]?.text ?? '') || ORDER_WORDS.has(ts[j]?.lower ?? ''))) j--;
	const from = r.walkLeft(j);
	if (from > j || j - from >= SUBJECT_MAX_TOKENS) return [];
	// The antecedent: "a charge that", "the war, which", or (no relative word) ", a plan the union criticized".
	const rel = ts[from - 1];
	let headEnd = from - 1;
	if (rel && OPENERS.has(rel.lower)) headEnd = ts[from - 2]?.text === ',' ? from - 3 : from - 2;
	// Without one, only a noun after a comma, and a verb in the past: "…, the group for the Blue Cross plans, which
	// …" is a noun ("plans") and its relative clause, not a clause about "the group".
	else if (!(DETERMINERS.has(ts[r.walkLeft(headEnd)]?.lower ?? '') && ts[r.walkLeft(headEnd) - 1]?.text === ',' && PAST.test(cue.text) && NOUN_HEAD.test(ts[headEnd]?.text ?? ''))) return [];
	const head = ts[headEnd];
	// "… the winner and that Sanders conceded": "that" after a conjunction opens a second clause, not a relative one.
	if (!head || COORDINATORS.has(head.lower) || PLACE_TIME_PREPOSITIONS.has(head.lower)) return [];
	// Back from the head to its determiner over a few words ("a very well-documented dark side"); the head
	// itself may be a word that is also a verb of saying ("a charge", "a claim").
	let start = headEnd;
	while (start > 0 && headEnd - start < ANTECEDENT_MAX_TOKENS && !DETERMINERS.has(ts[start]?.lower ?? '') && !LONE_ANTECEDENTS.has(ts[start]?.lower ?? '') && WORD.test(ts[start - 1]?.text ?? '')) start--;
	const first = ts[start];
	if (!first || start > headEnd || !(DETERMINERS.has(first.lower) || LONE_ANTECEDENTS.has(first.lower))) return [];
	const speaker = r.resolve(r.np(from, j + 1)) ?? r.plainPhrase(r.np(from, j + 1));
	const last = rel && OPENERS.has(rel.lower) ? rel : head;
	const content = trimContent(r.src, first.start, last.end);
	if (!speaker || !content) return [];
	return [passage({ cue: cue.cue, verb: cue.verb, verbText: cue.text, speaker, rule: RULE }, content, false, 'stance')];
}
