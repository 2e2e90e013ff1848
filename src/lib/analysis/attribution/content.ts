// Where the attributed words are: after a cue ("said (that) …", "told reporters: “…”", "in a statement
// that …"), trimmed of the punctuation around them.
import { COORDINATORS, DETERMINERS, LY_ADVERB, MONTHS, PLACE_TIME_PREPOSITIONS, RELATIVES, SETTING_NOUNS, SETTING_PREPOSITIONS, SUBJECT_PRONOUNS, TIME_MODIFIERS, TIME_NOUNS, TIME_WORDS, YEAR } from '../lexicons/function-words';
import { CLAIM_TAKE_OBJECTS, CONCEDED_THINGS } from '../lexicons/hedges';
import { GROUP_NOUNS, ROLE_NOUNS } from '../lexicons/names';
import { COMPLEMENTS, REPORTING_VERBS, type ReportingVerb } from '../lexicons/reporting-verbs';
import type { Speaker } from '../speaker';
import type { Token } from '../tokens';
import type { Quote, Span } from '../types';
import type { CueVerb } from './cue-word';
import { type Found, passage } from './found';
import { groupsDigits, type SentenceReader } from './noun-phrase';
import { wordSet } from '../lexicons/word-set';

/** "told a packed crowd in Windham on the last day of the campaign that …": the "that" comes within this many words. */
const TOLD_THAT_WITHIN = 18;
/** A lower-case singular word (no "-s", no apostrophe): "story", "joke", not "investigators" nor "she’s". */
const THING_TOLD = /^\p{Ll}+(?<!s)$/u;
/** Things one tells that are not a clause passed on: "told jokes", "told the truth", "told a story". */
const TOLD_THINGS = wordSet('joke jokes story stories tale tales lie lies truth anecdote anecdotes');
/** The prepositions of a setting in a document or at a time or place: "in a 2016 article", "on Monday", "at a rally". */
const IN_ON_AT = wordSet('in on at');
/** Verbs that also judge a thing ("thought appropriate to convey", "deemed necessary to act"), with no clause. */
const JUDGING = wordSet('think consider deem find believe');
/** "said the same", "said much the same", "said almost exactly the same": the object stands for words given elsewhere. */
const SAME_LEAD = wordSet('almost exactly much nearly largely roughly virtually essentially pretty');
/** Words opening an aside or a clause of the reporter's after "said,": "said, however, …", "said, according to …", "said, and …". */
const ASIDE_STARTS = wordSet('however though according and but as in on at for which who when while before after then too also');
/** Subject pronouns that open the clause said after a setting ("said on Friday he met …"); lower case, so not a name. */
const CLAUSE_SUBJECTS = wordSet('he she they we it I there');
/** A quotation opens this close after a cue to be what the cue introduces (a space and the mark). */
const QUOTE_OPENS_WITHIN = 3;
/** "said in a statement on Monday that …": a phrase of place or time before the content is this short. */
const SETTING_MAX_TOKENS = 8;
/** "claims, without evidence, that …": an aside between the verb and "that" is this short. */
const ASIDE_MAX_TOKENS = 6;
/** "described the plan as …": the "as" of the frame comes within this many tokens of the verb. */
const AS_WITHIN = 12;
/** What is cast when nothing is presented as anything: a vote, a doubt, a shadow, a spell, a glance. */
const NOT_CAST_AS = wordSet('ballot ballots vote votes doubt doubts shadow shadows aspersions spell eye eyes glance net lot');
/** "cast their absentee ballots": the object's noun comes within this many tokens of the verb. */
const CAST_OBJECT_WITHIN = 3;
/** "accused the minister of …": the "of" of the frame comes within this many tokens of the verb. */
const OF_WITHIN = 8;
/** "called the new tax plan a disgrace": what the thing was called comes within this many tokens. */
const NAMED_WITHIN = 5;
/** A quotation holding a cue opens at most this far before it: longer than any one quoted passage in news. */
const QUOTE_REACH = 4000;
/** Shorter than this (after trimming) is not a passage: a stray mark or a letter. */
const MIN_CONTENT_CHARS = 3;

const TRIM_START = /[\s,:;—–-]/;
const TRIM_END = /[\s.,;:—–-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Verbs that tell someone something, the one told straight after the verb: "wrote Ms. Lane last week that …",
 * "assured voters that …", "reminded reporters on Monday that …".
 */
const TELLS_SOMEONE = wordSet('warn write assure remind inform notify reassure promise caution');
/**
 * Words between the one told and "that" that show the "that" is no conjunction: a thing given ("promised
 * voters a tax cut that …"), an infinitive ("cautioned me not to make that speech").
 */
const NOT_TOLD_SETTING = wordSet('a an to not');

/**
 * The one told stands at token k: a pronoun, a name ("Ms. Lane", "Congress"), or people named by a noun of
 * people or roles, after a possessive or not ("voters", "reporters", "his priests", "the lawmakers").
 */
function toldAt(ts: readonly Token[], k: number): boolean {
	const t = ts[k];
	if (!t) return false;
	// A pronoun, but not "it": "wrote it that way" tells no one.
	if ((OBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it') || t.cap) return true;
	const head = DETERMINER_AFTER_TELL.has(t.lower) ? ts[k + 1] : t;
	return !!head && (GROUP_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower.replace(/s$/, '')) || head.cap);
}

/** Pronouns after "to" that make it a preposition ("replied to him"), not an infinitive's mark. */
const OBJECT_PRONOUNS = wordSet('him her them us me you it');
/** Words after a verb that show it does not introduce what was said ("said to", "said yes", "told by"). */
const NOT_CONTENT = wordSet('to by for about . ? ! so nothing goodbye yes no');
/** A claimed or conceded thing stands within this many words of its verb: "claims more territory", "conceded the race". */
const TAKEN_WITHIN = 3;
const QUESTION_VERBS = wordSet('ask wonder question doubt');
const QUESTION_WORDS = wordSet('whether if how what why who when where which about');
const DETERMINER_AFTER_TELL = wordSet('the a an his her their');
const OPENS_CONTENT = ['that', ':', ',', '“', '"'];

/** The span less leading and trailing spaces and punctuation; null when nothing is left to attribute. */
export function trimContent(src: string, start: number, end: number): Span | null {
	let s = start;
	let e = end;
	while (s < e && TRIM_START.test(src[s] ?? '')) s++;
	while (e > s && TRIM_END.test(src[e - 1] ?? '')) e--;
	if (e - s < MIN_CONTENT_CHARS || !LETTER_OR_DIGIT.test(src.slice(s, e))) return null;
	return { start: s, end: e };
}

/**
 * The "that" after the ones told and a setting, from token k ("told a packed crowd in Windham on the last day
 * that …"), or -1: near enough, with no clause mark or other reporting verb before it; `strict`, nor a comma or
 * a main verb ("warned the company would fail in a way that …" has its clause already).
 */
function thatAfterTold(ts: readonly Token[], k: number, strict = false): number {
	const that = ts.findIndex((x, m) => m > k && m - k <= TOLD_THAT_WITHIN && x.lower === 'that');
	const stops = (x: Token): boolean => x.text === ';' || x.text === ':' || REPORTING_VERBS.has(x.lower) || (strict && (x.text === ',' || MAIN_VERB.has(x.lower)));
	return that > 0 && !ts.slice(k, that).some(stops) ? that : -1;
}

/** The quotation (with those it continues into) that opens just after `pos`, or none. */
function quotesAt(r: SentenceReader, pos: number): readonly Quote[] {
	const q = r.quotes.startingIn(pos, pos + QUOTE_OPENS_WITHIN);
	return q ? r.quotes.group(q) : [];
}

/** Where what was said starts, after the verb at token i: skips "that", an object of "told", a place. */
export function contentAfter(r: SentenceReader, i: number, verb: ReportingVerb): { at: number; direct: readonly Quote[] } | null {
	const ts = r.tokens;
	let k = i + 1;
	// "asks at a school, “…?”": a preposition of place or time after the verb opens a setting, not the one asked
	// or told ("asked to leave", "asked for privacy" are what was asked).
	const setting = ts[k]?.lower !== 'to' && PLACE_TIME_PREPOSITIONS.has(ts[k]?.lower ?? '');
	// "warned his priests in a letter that …": the ones warned, a setting, then what they were warned.
	if (verb.lemma === 'warn' && DETERMINERS.has(ts[k]?.lower ?? '')) {
		const that = ts[thatAfterTold(ts, k, true)];
		if (that) return { at: that.end, direct: [] };
	}
	// The one told, a setting, then what they were told; never over a thing given ("promised voters a tax cut
	// that would …": the "that" opens a relative clause about the thing).
	if (TELLS_SOMEONE.has(verb.lemma) && toldAt(ts, k)) {
		const at = thatAfterTold(ts, k, true);
		const that = ts[at];
		if (that && !ts.slice(k, at).some((x) => NOT_TOLD_SETTING.has(x.lower))) return { at: that.end, direct: [] };
	}
	if ((verb.lemma === 'tell' || verb.lemma === 'ask') && !setting) {
		// "is telling a packed crowd in snowy Windham, on the campaign's last day, that …": a long one told and
		// setting, then "that".
		const that = ts[thatAfterTold(ts, k)];
		if (that && verb.lemma === 'tell') return { at: that.end, direct: [] };
		// The one told is short: "reporters", "the BBC", "Sky News", "the paper", "AOAV".
		let m = k;
		const t0 = ts[m];
		if (!t0) return null;
		if (OPENS_CONTENT.includes(t0.text)) {
			// "Cole asked, “Will you run?”": the question itself, in quotation marks.
			const qs = t0.text === ',' || t0.text === ':' ? quotesAt(r, t0.end) : [];
			return qs.length ? { at: t0.end, direct: qs } : null;
		}
		if (DETERMINER_AFTER_TELL.has(t0.lower)) m++;
		if (ts[m]?.cap) while (ts[m]?.cap) m++;
		else m++;
		// "told a local reporter on Monday …", "told her closest advisers as …": a role after an adjective is still the one told.
		if (DETERMINER_AFTER_TELL.has(t0.lower) && ROLE_NOUNS.has((ts[m]?.lower ?? '').replace(/s$/, ''))) m++;
		k = m;
		// "told a humanizing story about …": a singular noun and a preposition after the one told is the thing told,
		// no clause ("told federal investigators in July she …" is people, and a setting).
		// "told more jokes", "told the truth", "told lies": what is told is a thing, not a clause.
		if (TOLD_THINGS.has(ts[k]?.lower ?? '')) return null;
		if (THING_TOLD.test(ts[k]?.text ?? '') && SETTING_PREPOSITIONS.has(ts[k + 1]?.lower ?? '') && !SETTING_PREPOSITIONS.has(ts[k]?.lower ?? '') && !ROLE_NOUNS.has(ts[k]?.lower ?? '')) return null;
	}
	// "said Friday that", "said earlier this week that", "said repeatedly that".
	while (ts[k] && (LY_ADVERB.test(ts[k]?.text ?? '') || TIME_WORDS.has(ts[k]?.lower ?? '') || TIME_NOUNS.has(ts[k]?.lower ?? '') || (TIME_MODIFIERS.has(ts[k]?.lower ?? '') && TIME_WORDS.has(ts[k + 1]?.lower ?? '')))) k++;
	// "said in a statement that", "wrote on X:", "said for the first time that".
	const t0 = ts[k];
	// "insist on cuts to anything that …": what is insisted on is a thing, and a "that" after it opens a relative clause.
	if (verb.lemma === 'insist' && t0?.lower === 'on' && !TIME_WORDS.has(ts[k + 1]?.lower ?? '')) return null;
	// "is pledging to go further if she wins": the infinitive the verb takes (rules/stance.ts reads it), not a
	// setting ("replied to him that …" is one).
	const toVerb = ts[k + 1];
	if (t0?.lower === 'to' && COMPLEMENTS.get(verb.lemma)?.has('to') && toVerb && /^\p{Ll}/u.test(toVerb.text) && !DETERMINERS.has(toVerb.lower) && !OBJECT_PRONOUNS.has(toVerb.lower)) return null;
	if (t0 && SETTING_PREPOSITIONS.has(t0.lower)) {
		let m = k + 1;
		// "said on Friday he met …", "said in an interview she would …": a clause opens with its subject pronoun.
		// (A colon between digits tells the time: "tweeted at 6:46 p.m.")
		while (m < ts.length && m - k < SETTING_MAX_TOKENS && (!OPENS_CONTENT.includes(ts[m]?.text ?? '') || groupsDigits(ts, m)) && !(m > k + 1 && CLAUSE_SUBJECTS.has(ts[m]?.text ?? ''))) m++;
		const stop = ts[m];
		// A verb of stance takes its object, not a clause, so a "that" after its phrase opens a relative clause
		// about the phrase's noun: "pushed through a law last year that would have …" passes on nothing.
		// "As Politico pointed out in a 2016 article, …": after an opening "As", the comma.
		const leadsOn = stop && ((stop.text === 'that' && verb.frame !== 'stance') || stop.text === ':' || (stop.text === ',' && (quotesAt(r, stop.end).length > 0 || (ts[0]?.lower === 'as' && IN_ON_AT.has(t0.lower) && verb.frame === 'clause'))));
		// "reported on May 23, 2008, that …": a date's year set off by commas, then "that".
		const dated = stop?.text === ',' && YEAR.test(ts[m + 1]?.text ?? '') && ts[m + 2]?.text === ',' && ts[m + 3]?.lower === 'that' && verb.frame !== 'stance';
		if (dated && m - k < SETTING_MAX_TOKENS) k = m + 3;
		else if (leadsOn && m - k < SETTING_MAX_TOKENS) k = m;
		else if (stop && CLAUSE_SUBJECTS.has(stop.text)) {
			// "will speak with members on Monday in which he is expected to …": a relative clause about the setting,
			// not what was said.
			if (RELATIVES.has(ts[m - 1]?.lower ?? '')) return null;
			// A verb of stance takes its object or infinitive: "declined to say on Tuesday whether he would …" passes on nothing.
			// Nor a verb that says nothing without a quotation: "will continue to invest there" is no saying.
			if (m - k < SETTING_MAX_TOKENS && verb.frame !== 'stance' && verb.frame !== 'quote') return { at: stop.start, direct: [] };
		}
	}
	// "claims, without evidence, that"; "acknowledged, however, “…”", "responded pointedly, with a smile: “…”".
	if (ts[k]?.text === ',' && !quotesAt(r, ts[k]?.end ?? 0).length) {
		const close = ts.findIndex((t, m) => m > k && m <= k + ASIDE_MAX_TOKENS && (t.text === ',' || t.text === ':'));
		const c = ts[close];
		if (c && ts[close + 1]?.lower === 'that') k = close + 1;
		// (Not over another cue: "At another point, Mr. Smythe said, “…”" is his.)
		else if (c && quotesAt(r, c.end).length && !ts.slice(k, close).some((x) => REPORTING_VERBS.has(x.lower))) k = close;
	}
	const t = ts[k];
	if (!t) return null;
	if (t.text === ':' || t.text === ',') {
		const qs = quotesAt(r, t.end);
		if (qs.length) return { at: t.end, direct: qs };
		if (t.text === ':') return verb.frame === 'quote' && !r.quotes.startingIn(t.end, t.end + QUOTE_OPENS_WITHIN, (q) => q.marks === 'colon') ? null : { at: t.end, direct: [] };
		// "As the economist John Kay has pointed out, productivity …"
		if (ts[0]?.lower === 'as' && t.text === ',') return { at: t.end, direct: [] };
		if (verb.frame === 'clause' && ts[k + 1]?.lower === 'that') return { at: ts[k + 1]?.end ?? t.end, direct: [] };
		// "Rubio says, win or lose in Florida, he’s staying in the race": a clause after the comma, not a participle
		// ("said, adding …"), an aside ("said, however, …") or a name ("said, Smith added").
		const next = ts[k + 1];
		if (verb.lemma === 'say' && k === i + 1 && next && /^\p{Ll}/u.test(next.text) && !next.lower.endsWith('ing') && !LY_ADVERB.test(next.text) && !ASIDE_STARTS.has(next.lower)) return { at: next.start, direct: [] };
		return null;
	}
	// A quotation that opens right here, at the mark itself: "said “…”", not "said he “…”".
	const here = r.quotes.startingIn(t.start, t.start);
	if (here) return { at: t.start, direct: r.quotes.group(here) };
	if (t.lower === 'that') {
		if (verb.frame === 'quote') return null;
		// "said that was not the point", "said that's unfair": a verb straight after "that" makes it the clause's
		// subject, a pronoun, not the conjunction, so it belongs to what was said (not "had he known", where the
		// verb comes first because the clause is a condition).
		const next = ts[k + 1];
		const pronounSubject = next && (MAIN_VERB.has(next.lower.replace(/n[’']t$/u, '')) || /^[’']s$/u.test(next.text)) && !SUBJECT_PRONOUNS.has(ts[k + 2]?.lower ?? '');
		return { at: pronounSubject ? t.start : t.end, direct: [] };
	}
	if (verb.frame === 'as') {
		// "cast their ballots as the polls opened", "cast doubt on …": casting a vote or a doubt presents no one as anything.
		if (verb.lemma === 'cast' && ts.slice(k, k + CAST_OBJECT_WITHIN).some((x) => NOT_CAST_AS.has(x.lower))) return null;
		const as = ts.findIndex((x, m) => m > k && m <= k + AS_WITHIN && x.lower === 'as');
		return as > 0 ? { at: t.start, direct: [] } : null;
	}
	if (verb.frame === 'of') {
		const of = ts.findIndex((x, m) => m > k && m <= k + OF_WITHIN && x.lower === 'of');
		return of > 0 ? { at: t.start, direct: [] } : null;
	}
	// "The bureau cited in Trump’s tweet …": a participle with a place after it, not a cue.
	if (verb.frame === 'cite') return PLACE_TIME_PREPOSITIONS.has(t.lower) || t.lower === 'by' ? null : { at: t.start, direct: [] };
	// "asked Sanders about the deportations", "wondered whether …", "questioned how …": a question.
	if (QUESTION_VERBS.has(verb.lemma) && QUESTION_WORDS.has(t.lower)) return { at: t.start, direct: [] };
	// "called for a strike", "called on Congress to act": a stance with its preposition (rules/stance.ts).
	if (verb.frame === 'name' && (t.lower === 'for' || t.lower === 'on')) return null;
	if (verb.frame === 'name') {
		// "called the plan a disgrace", "called it “reckless”": an object, then what it was called; when that is
		// a quotation, the quotation is the source's own words.
		const named = ts.findIndex((x, m) => m > k && m <= k + NAMED_WITHIN && (x.lower === 'a' || x.lower === 'an' || r.quotes.startingIn(x.start, x.start) !== undefined));
		if (named < 0) return null;
		const q = namedQuote(r, k);
		return { at: t.start, direct: q ? [q] : [] };
	}
	// Not a question's verb ("asked who he was" is read above), nor "show", whose subject is mostly evidence, not a
	// source, and is hard to tell from the last noun before it ("amendments to abolish slavery and other injustices showed it was …").
	if (verb.frame === 'weak') return !QUESTION_VERBS.has(verb.lemma) && verb.lemma !== 'show' && bareClause(ts, k) ? { at: t.start, direct: [] } : null;
	if (verb.frame === 'quote' || verb.frame === 'stance') return null;
	// "told the paper in a rare interview in Macau when asked …": a setting that never reaches what was said.
	if (NOT_CONTENT.has(t.lower) || dashCloses(r, k)) return null;
	// "the information he thought appropriate to convey": a word and an infinitive, no clause with a subject.
	if (JUDGING.has(verb.lemma) && ts[k + 1]?.lower === 'to' && /^\p{Ll}/u.test(t.text) && !SUBJECT_PRONOUNS.has(t.lower) && !DETERMINERS.has(t.lower)) return null;
	// "He said the same in 2013": the words stand elsewhere, and nothing is passed on here.
	let same = k;
	while (SAME_LEAD.has(ts[same]?.lower ?? '') && same < k + 2) same++;
	const afterSame = ts[same + 2];
	if (ts[same]?.lower === 'the' && ts[same + 1]?.lower === 'same' && (!afterSame || /^[.,;:!?”"’)]/u.test(afterSame.text) || SETTING_PREPOSITIONS.has(afterSame.lower) || PLACE_TIME_PREPOSITIONS.has(afterSame.lower) || AFTER_COMMA_STOPS.has(afterSame.lower))) return null;
	// "tried to warn the constituents of her city of impending raids": warned of a thing, with no clause passed on.
	if (verb.lemma === 'warn' && ts.slice(k).some((x) => x.lower === 'of' || x.lower === 'about' || x.lower === 'against') && !ts.slice(k).some((x) => MAIN_VERB.has(x.lower))) return null;
	if (takesAThing(verb, ts, k)) return null;
	const next = ts[k + 1];
	if (PLACE_TIME_PREPOSITIONS.has(t.lower) && next && (next.cap || DETERMINERS.has(next.lower))) return null;
	// What was said is a clause; a preposition opens none: "reductions that they insist upon as a condition".
	if (NOT_CLAUSE_OPENERS.has(t.lower)) return null;
	return { at: t.start, direct: [] };
}

/** A bare clause's subject is at most this many words ("the city's new budget office"). */
const BARE_SUBJECT_MAX = 4;

/**
 * "announced it was closing", "revealed her husband had taken her name", "complained the council had ignored
 * him": a verb that takes "that" may leave it out when a clause follows, told by a short subject (a pronoun, a
 * name, or a phrase opened by "the", "her" …) and a finite "be", "have" or modal straight after it. A time, a
 * preposition, a relative or a second subject ends the phrase first, and then no clause follows: "the plan he
 * announced last week would …", "a decision she had made", "every question that I was asked" name a thing.
 */
function bareClause(ts: readonly Token[], k: number): boolean {
	const t = ts[k];
	let m = k + 1;
	if (t && !SUBJECT_PRONOUNS.has(t.lower)) {
		if (!(t.cap || DETERMINERS.has(t.lower))) return false;
		while (m < k + BARE_SUBJECT_MAX && inSubject(ts[m])) m++;
	}
	return MAIN_VERB.has(ts[m]?.lower ?? '');
}

const inSubject = (x: Token | undefined): boolean =>
	!!x && /^[\p{L}’'-]+$/u.test(x.text) && ![MAIN_VERB, SUBJECT_PRONOUNS, RELATIVES, TIME_WORDS, TIME_NOUNS, SETTING_PREPOSITIONS, COORDINATORS].some((w) => w.has(x.lower)) && x.lower !== 'that';

/**
 * "higher than previous studies have suggested - a report found …", "she said - and charged …": a dash, then a
 * new phrase or a joined verb, closes the clause the verb ends ("argued - rebuking him - that …" goes on).
 */
export function dashCloses(r: SentenceReader, k: number): boolean {
	const t = r.tokens[k];
	return !!t && (DETERMINERS.has(t.lower) || COORDINATORS.has(t.lower)) && /\s-{1,2}\s/.test(r.src.slice(r.tokens[k - 1]?.end ?? t.start, t.start));
}

/**
 * "claimed responsibility for the attacks", "claims more territory": to claim a thing is to take it, not to say
 * something; "is conceding the race" gives a contest up. The verb's object starts at token k.
 */
export function takesAThing(verb: ReportingVerb, ts: readonly Token[], k: number): boolean {
	// "boasts a 45-point lead", "asserting a religious objection": an indefinite object straight after the verb
	// is a thing held or invoked; a clause said would open on its subject ("boasted the crowd was the biggest").
	if ((verb.lemma === 'boast' || verb.lemma === 'assert') && (ts[k]?.lower === 'a' || ts[k]?.lower === 'an')) return true;
	const taken = verb.lemma === 'claim' ? CLAIM_TAKE_OBJECTS : verb.lemma === 'concede' ? CONCEDED_THINGS : null;
	return !!taken && ts[k]?.lower !== 'that' && ts.slice(k, k + TAKEN_WITHIN).some((x) => taken.has(x.lower));
}

/** Prepositions, which open a phrase, never the clause a cue passes on. */
const NOT_CLAUSE_OPENERS = wordSet('upon on as about of for with against into onto toward towards under');

/** Words that open such a phrase at the end of a clause: "on Monday", "last week", "earlier this month". */
const SETTING_OPENERS = wordSet('on in at during over last this earlier late early next since until');
/** A phrase of setting at the end of a clause is at most this many words ("in a statement on Monday night"). */
const SETTING_MAX_WORDS = 5;

/** The end of the clause less a phrase of time or setting at its end ("… Ted Cruz on Wednesday", "… in a statement"). */
export function lessSetting(ts: readonly Token[], from: number, to: number): number {
	let e = to;
	for (let guard = 0; guard < 3; guard++) {
		const last = ts[e - 1];
		if (!last) break;
		const w = last.lower;
		if (!(TIME_WORDS.has(w) || TIME_NOUNS.has(w) || MONTHS.has(w) || SETTING_NOUNS.has(w) || /^\d{1,2}$/.test(w))) break;
		let k = e - 1;
		while (k > from && e - k <= SETTING_MAX_WORDS && !SETTING_OPENERS.has(ts[k]?.lower ?? '')) k--;
		// A lone "Monday" or "Thursday night" after the object is a setting too.
		if (!SETTING_OPENERS.has(ts[k]?.lower ?? '')) k = TIME_WORDS.has(w) || TIME_NOUNS.has(w) ? (TIME_WORDS.has(ts[e - 2]?.lower ?? '') ? e - 2 : e - 1) : -1;
		if (k <= from) break;
		e = k;
	}
	return e;
}

/** Words that end a clause when a comma comes before them ("…, saying …", "…, but …"). */
const AFTER_COMMA_STOPS = wordSet(
	'and but or while as because although though which who where when whereas since so yet according even if unless ' +
		'before after despite',
);
/** Words that end it even without a comma ("refused to speak to reporters as she left"). */
const CLAUSE_STOPS = wordSet('because while although though whereas unless but');
/** Forms of "be", "have" and the modals: in a relative clause ("voters who want X are …") the main verb. */
export const MAIN_VERB = wordSet('is are was were has have had will would could can may might should must');
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
const PAST = /^\p{Ll}{3,}ed$/u;

/**
 * The token that closes a clause, from token k on: a stop, a dash, a second predicate ("… and
 * armed his campaign"), the main verb after a relative clause, or the sentence's end.
 */
export function clauseEnd(r: SentenceReader, k: number, relative: boolean): number {
	const ts = r.tokens;
	let listed = false;
	// "When liberal groups advocated for a public option, Emanuel pressured them": the opening clause's comma.
	const opening = r.openingClause();
	for (let m = k; m < ts.length; m++) {
		const t = ts[m];
		if (!t) break;
		if (m === opening) return m;
		if (m > k && relative && MAIN_VERB.has(t.lower)) return m;
		if (t.lower === 'and' && PAST.test(ts[m + 1]?.text ?? '')) return m;
		// A full stop inside the sentence ends an abbreviation ("the Sept. 11 attacks"), not the clause.
		if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || ((t.text === '.' || t.text === '?' || t.text === '!') && m === ts.length - 1)) return m;
		if (m > k && CLAUSE_STOPS.has(t.lower)) return m;
		if (t.text === ',' && !groupsDigits(ts, m)) {
			const next = ts[m + 1];
			// "GOP voters, lawmakers, and thinkers": after a list's earlier comma, ", and" goes on with the list.
			const listGoesOn = (next?.lower === 'and' || next?.lower === 'or') && listed;
			if (!next || (AFTER_COMMA_STOPS.has(next.lower) && !listGoesOn) || PARTICIPLE.test(next.text) || (next.cap && ts[m + 2]?.text !== ',' && /^\p{Ll}/u.test(ts[m + 2]?.text ?? ''))) return m;
			// "Blumenthal, advocating for troops, clearly says, “…”": the comma closes an aside before the subject's verb.
			if (REPORTING_VERBS.has(next.lower) || (LY_ADVERB.test(next.text) && REPORTING_VERBS.has(ts[m + 2]?.lower ?? ''))) return m;
			listed = true;
		}
		const prev = ts[m - 1];
		if (m > k && prev && /\s-{1,2}\s/.test(r.src.slice(prev.end, t.start))) return m;
	}
	return ts.length;
}

/** A word in -ing whose stem holds a vowel: "using", "streamlining"; not "thing", "bring", nor "during". */
const ING = /^(?!during$)\p{Ll}*[aeiouy]\p{Ll}*ing$/u;

/**
 * The words a participle passes on, less what the reporter adds after them: a second participle joined by
 * "and" ("explaining that the agenda cannot pass and using a slur") and, when the participle is set off after
 * the subject (`aside`), the subject's own verb ("Harding’s article, claiming that …, is full of holes").
 */
export function participleWords(r: SentenceReader, content: Span, aside: boolean): Span {
	const ts = r.tokens;
	let ing = false;
	for (let m = ts.findIndex((t) => t.start > content.start); m > 0 && (ts[m]?.end ?? Infinity) <= content.end; m++) {
		const t = ts[m];
		const next = ts[m + 1]?.text ?? '';
		// (Not "he was refining X and streamlining Y": there the words hold the participle "and" joins.)
		const joined = t?.lower === 'and' && ING.test(next) && !ing;
		ing ||= ING.test(t?.text ?? '');
		if (t && (joined || (aside && t.text === ',' && MAIN_VERB.has(next)))) return trimContent(r.src, content.start, t.start) ?? content;
	}
	return content;
}

const isColonQuote = (q: Quote): boolean => q.marks === 'colon';

/** "called the council a “wrecking crew”", "branded it “reckless”": the quotation naming the object after token k. */
export function namedQuote(r: SentenceReader, k: number): Quote | undefined {
	const ts = r.tokens;
	for (let m = k + 1; m <= k + NAMED_WITHIN && m < ts.length; m++) {
		const x = ts[m];
		if (!x) break;
		const at = x.lower === 'a' || x.lower === 'an' ? ts[m + 1] : x;
		const q = at ? r.quotes.startingIn(at.start, at.start) : undefined;
		if (q && q.marks !== 'colon') return q;
		if (x.lower === 'a' || x.lower === 'an') break;
	}
	return undefined;
}

/**
 * Where the words a cue introduces end: the sentence's end, or, when the cue sits in an opening clause
 * ("When Maddow pointed out that Sanders calls it X, Clinton seized on it"), the comma that ends that clause.
 */
function subordinateEnd(r: SentenceReader, cue: CueVerb, at: number): number {
	const comma = r.tokens[r.openingClause(at)];
	if (!comma || r.tokens.slice(0, cue.i).some((t) => t.text === ',')) return r.s.end;
	// "… calls it “a fresh start,” Jones …": the quotation the comma closes is said whole.
	return r.quotes.list.find((q) => q.start < comma.start && comma.start < q.end)?.end ?? comma.start;
}

/**
 * The passages a cue before its content introduces: each part of a quotation that opens right after it, or
 * the words to the end of the sentence (a later cue in the sentence cuts them short: see two-cues.ts).
 */
export function passagesAfter(r: SentenceReader, cue: CueVerb, after: { at: number; direct: readonly Quote[] }, speaker: Speaker, rule: string): Found[] {
	const { src } = r;
	const base = { cue: cue.cue, verb: cue.verb, verbText: cue.text, speaker, rule };
	const q0 = after.direct[0];
	// "Sanders says “the wind is at our backs” despite his loss": a quotation that opens the words passed on and
	// does not end them is part of a mixed passage running on to the clause's end.
	if (after.direct.length === 1 && q0 && q0.end < r.s.end && q0.marks !== 'colon') {
		const rest = src.slice(q0.end, r.s.end);
		const ts = r.tokens;
		const next = ts.find((t) => t.start >= q0.end);
		// After the quotation a pronoun opens the cue that closes it ("“…” he said"), not more of the passage.
		if (next && /^\p{Ll}/u.test(next.text) && !REPORTING_VERBS.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower) && /[\p{L}]{2}/u.test(rest)) {
			const k = ts.indexOf(next);
			const stop = ts[clauseEnd(r, k, false)];
			const mixed = trimContent(src, q0.start, stop ? stop.start : r.s.end);
			if (mixed) return [passage(base, throughQuote(r, mixed), false, 'said')];
		}
	}
	if (after.direct.length) {
		const out: Found[] = [];
		for (const q of after.direct) {
			const c = trimContent(src, q.inner.start, q.inner.end);
			if (c) out.push(passage(base, c, true, 'quote'));
		}
		return out;
	}
	let end = subordinateEnd(r, cue, after.at);
	// "called the plan a disgrace in a statement on Monday": the calling's setting, not what it was called.
	if (cue.verb.frame === 'name' || cue.verb.frame === 'as' || cue.verb.frame === 'of') {
		const ts = r.tokens;
		const first = ts.findIndex((t) => t.start >= after.at);
		let last = ts.findIndex((t) => t.start >= end);
		if (last < 0) last = ts.length;
		while (last > first && /^[.!?”"]$/.test(ts[last - 1]?.text ?? '')) last--;
		const kept = first >= 0 ? lessSetting(ts, first, last) : last;
		if (kept < last) end = ts[kept]?.start ?? end;
	}
	// "“I believe what the Bible says,” Fields told us": a cue inside a quotation passes on words that end
	// where the quotation closes; the words after it are the reporter's, cue and speaker and all.
	const around = r.quotes.startingIn(cue.cue.start - QUOTE_REACH, cue.cue.start, (x) => x.marks !== 'colon' && x.inner.start <= cue.cue.start && x.inner.end >= cue.cue.end && x.inner.end < end);
	if (around) end = around.inner.end;
	const content = trimContent(src, after.at, end);
	if (!content) return [];
	const q = r.quotes.startingIn(after.at - 2, after.at + 2, isColonQuote);
	if (q) return [passage(base, { start: q.inner.start, end: q.inner.end }, true, 'colon-quote')];
	return [passage(base, throughQuote(r, content), false, cue.verb.frame === 'as' ? 'described-as' : 'said')];
}

/**
 * "Trump said that “ethanol people” “do a fantastic job. And it’s so important.”": words passed on that end
 * inside a quotation which runs on past the sentence are the source's up to where the quotation closes.
 */
export function throughQuote(r: SentenceReader, content: Span): Span {
	const q = r.quotes.startingIn(content.start, content.end - 1, (x) => x.marks !== 'colon' && x.end > r.s.end && x.inner.end > content.end);
	if (!q) return content;
	return trimContent(r.src, content.start, q.inner.end) ?? content;
}
