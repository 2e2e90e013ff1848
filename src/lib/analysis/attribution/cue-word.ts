// Finds a reporting verb used as a verb at a token: "said", "pointed out", "hit out at"; not "the claims",
// "insurance claims were", "was said" (passive: the impersonal rules read it) or a bare "saying" that
// does not follow a comma, a coordinator or "by".
import { BE, CATENATIVES, COORDINATORS, DETERMINERS, GO_ON, LY_ADVERB, OPENING_PREPOSITIONS, PARTITIVES, SETTING_NOUNS, SETTING_PREPOSITIONS, SHOWN_SAYING, TIME_MODIFIERS, TIME_NOUNS, TIME_WORDS } from '../lexicons/function-words';
import { ANONYMITY_PHRASES, PAST_IS_BASE, PHRASAL_CUES, PHRASAL_FIRST_WORDS, PHRASAL_SECOND_WORDS, REPORTING_VERBS, STANCE_VERBS, type ReportingVerb } from '../lexicons/reporting-verbs';
import { perWord, type Token } from '../tokens';
import type { Span } from '../types';
import { wordSet } from '../lexicons/word-set';

/** How many characters a phrasal cue may run ("hit out at" and its inflections fit). */
const PHRASAL_MAX_CHARS = 30;

// Every word a cue can start with: most tokens are none, and one lookup rules them out.
const CUE_WORDS: ReadonlySet<string> = new Set([...PHRASAL_FIRST_WORDS, ...REPORTING_VERBS.keys(), ...STANCE_VERBS.keys()]);
const isCueWord = perWord((w) => CUE_WORDS.has(w.lower));
/** After these a verb form is an infinitive or a gerund object ("declined to say", "for saying"), or a noun ("of claims"). */
const NOT_BEFORE_A_FINITE_VERB = wordSet('of to for');
/** After a plural form these show it is a noun: "claims were rejected", "reports of …". */
const NOUN_FOLLOWERS = wordSet('were are have of is was');
const PLURAL = /s$/;
/**
 * A past tense with its object at token k, right after "that": "attacks that killed four", "that cited the agency".
 * With no subject between, the "that" is a relative pronoun. Not an adjective before its noun ("warns that armed
 * groups").
 */
function relativeVerb(ts: readonly Token[], k: number): boolean {
	const object = ts[k + 1];
	return /^\p{Ll}+ed$/u.test(ts[k]?.text ?? '') && !!object && (DETERMINERS.has(object.lower) || COUNT.test(object.text) || object.cap);
}
/** Plural nouns without an -s, which take a verb's base form: "People say", "Police say". */
const PLURAL_NOUNS = wordSet('people police staff media clergy personnel folk');
const COUNT = /^\d/;
/** Quantifiers that take a singular verb: "each says", "one says", "none claims", "a majority says". */
const SINGULAR_QUANTIFIERS = wordSet('each one none majority half');
/** Verbs of need or aim before "to": what follows is not yet done. */
const AIMS = wordSet('have has had need needs needed want wants wanted try tries tried hope hopes hoped');
/** After "know" these ask, they pass nothing on. */
const ASKING = wordSet('when how what where why whether who which');
/** "declined to say", "refused to comment": a refusal to speak says nothing; the refusal is the stance (rules/stance.ts). */
const NOT_A_CUE_AFTER = wordSet('decline declines declined refuse refuses refused fail fails failed');

export interface CueVerb {
	verb: ReportingVerb;
	/** The cue's tokens: i to end, inclusive. */
	i: number;
	end: number;
	cue: Span;
	/** The cue as written, lower-cased. */
	text: string;
	/** A present participle ("saying"): its subject is the main clause's. */
	participle: boolean;
	/** A participle after a form of "be" ("is saying", "is also arguing"): its subject stands before it, as with "says". */
	progressive: boolean;
}

function verbAt(ts: readonly Token[], i: number, src: string): { verb: ReportingVerb; end: number } | null {
	const t = ts[i];
	if (!t || !isCueWord(t)) return null;
	// A pattern can only match at one of its first words; the patterns are not tried at every token.
	if (PHRASAL_FIRST_WORDS.has(t.lower) && PHRASAL_SECOND_WORDS.has(ts[i + 1]?.lower ?? '')) {
		for (const [re, verb] of PHRASAL_CUES) {
			const m = re.exec(src.slice(t.start, t.start + PHRASAL_MAX_CHARS));
			if (m) {
				const last = ts.findIndex((x, k) => k >= i && x.end >= t.start + m[0].length);
				return { verb, end: last < 0 ? i : last };
			}
		}
	}
	const verb = REPORTING_VERBS.get(t.lower) ?? STANCE_VERBS.get(t.lower);
	return verb ? { verb, end: i } : null;
}

/** Prepositions before a paper that make it one the subject answers or reads, not one it put out. */
const OTHERS_PAPER = wordSet('on about against to from of with by over regarding despite');
/** "released a statement Thursday night condemning …": a statement and its time are this many tokens at most. */
const STATEMENT_WITHIN = 5;

/**
 * "issued a statement over the weekend saying …", "released a statement Thursday night condemning …": a
 * participle right after a statement (and when it was made) reports what the statement says, comma or not.
 */
function afterStatement(ts: readonly Token[], i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= STATEMENT_WITHIN; k--) {
		const t = ts[k];
		if (!t) return false;
		// "pushed back on a report claiming …", "responded to a letter saying …": a paper the subject answers is
		// someone else's, and its words are not the subject's.
		if (SETTING_NOUNS.has(t.lower)) return DETERMINERS.has(ts[k - 1]?.lower ?? '') && !OTHERS_PAPER.has(ts[k - 2]?.lower ?? '');
		if (!(TIME_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower) || TIME_MODIFIERS.has(t.lower) || SETTING_PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower))) return false;
	}
	return false;
}

/** "before adding that …", "after explaining why …": a participle after these tells what the clause's subject said. */
const BEFORE_OR_AFTER = wordSet('before after');
/**
 * Forms of "be" that make a progressive with a participle after them ("is saying"), and a pronoun of the third
 * person with "be" written onto it ("he’s hoping", "they’re saying"; not "Trump’s", which may own a noun, nor
 * "we’re" or "you’re", which inside a quotation are the one quoted, read by the quotation's own cue).
 */
const PROGRESSIVE_BE = wordSet('is are was were am he’s she’s it’s they’re he\'s she\'s it\'s they\'re');
/**
 * Words that may stand between "be" and its participle: "is also saying", "are now arguing". Not "not": "was
 * not suggesting any roundup" passes on nothing the source said.
 */
const BEFORE_PARTICIPLE = wordSet('also still now already just again even only');

/**
 * Token k opens the sentence, after a conjunction at most: "In rejecting the claim, the board …", "And in explaining
 * why, Clinton …" open with a clause whose subject is the main one. Mid-sentence, "in warning that …" may be the
 * nearer clause's ("conceded that critics had a point in warning that …").
 */
const opensSentence = (ts: readonly Token[], k: number): boolean => k === 0 || (k === 1 && COORDINATORS.has(ts[0]?.lower ?? ''));

/** The participle at token i makes a progressive: a form of "be" and at most one adverb before it. */
function progressiveAt(ts: readonly Token[], i: number): boolean {
	const at = shownBefore(ts, i);
	const prev = ts[at - 1];
	const aux = prev && (BEFORE_PARTICIPLE.has(prev.lower) || LY_ADVERB.test(prev.text)) ? ts[at - 2] : prev;
	return !!aux && PROGRESSIVE_BE.has(aux.lower);
}

/**
 * Where a passive of showing or quoting starts before the participle at token i ("is shown | saying", "was quoted
 * as | saying"), or i when there is none: the "be" before it makes the subject the one speaking.
 */
export function shownBefore(ts: readonly Token[], i: number): number {
	const prev = ts[i - 1]?.lower ?? '';
	if (prev === 'as' && ts[i - 2]?.lower === 'quoted') return i - 2;
	return SHOWN_SAYING.has(prev) ? i - 1 : i;
}

/** "with Donald Trump tweeting that …": a name is at most this many tokens between "with" and the participle. */
const WITH_NAME_MAX_TOKENS = 4;

/**
 * "…, with Donald Trump tweeting that …", "ended with Maddow asking Clinton whether …": a participle after
 * "with" and a name has that name for its subject (an absolute clause), not the main clause's. The token
 * after "with", or -1.
 */
export function withSubject(ts: readonly Token[], i: number): number {
	for (let k = i - 1; k >= 0 && i - k <= WITH_NAME_MAX_TOKENS + 1; k--) {
		const t = ts[k];
		if (t?.lower === 'with') return k < i - 1 ? k + 1 : -1;
		if (!t?.cap && t?.text !== '.') return -1;
	}
	return -1;
}

/**
 * The reporting verb at token i, when it is used as an active verb. Outside a headline (set in title case
 * or capitals) a capital inside the sentence makes it part of a name: "The Huffington Post", "New York State".
 */
export function cueVerbAt(ts: readonly Token[], i: number, src: string, headline: boolean): CueVerb | null {
	const found = verbAt(ts, i, src);
	const t = ts[i];
	if (!found || !t) return null;
	if (t.cap && i > 0 && !headline) return null;
	const prev = ts[i - 1];
	const next = ts[found.end + 1];
	const progressive = t.lower.endsWith('ing') && progressiveAt(ts, i);
	// "the government’s claims of …", "Smith’s statement": a noun, not a verb.
	// "tended to support", "used to say": an infinitive after a verb that shares its subject is a cue; after
	// anything else ("declined to say" aside) "to" makes it an infinitive of purpose or a noun ("to claims").
	const catenated = prev?.lower === 'to' && ((CATENATIVES.has(ts[i - 2]?.lower ?? '') && !NOT_A_CUE_AFTER.has(ts[i - 2]?.lower ?? '')) || (ts[i - 2]?.lower === 'on' && GO_ON.has(ts[i - 3]?.lower ?? '')));
	if (prev && !catenated && !progressive && (DETERMINERS.has(prev.lower) || NOT_BEFORE_A_FINITE_VERB.has(prev.lower) || prev.base !== prev.text)) return null;
	// "has to show that he is ready", "wants to show that": a thing yet to be shown, not a finding.
	if (catenated && found.verb.lemma === 'show' && AIMS.has(ts[i - 2]?.lower ?? '')) return null;
	if (next && NOUN_FOLLOWERS.has(next.lower) && PLURAL.test(t.lower)) return null;
	// "the most recent GOP debate that …", "the CNBC report", "Bush's Facebook post": a base form after a
	// capitalized singular modifier is a noun.
	const before2 = ts[i - 2];
	if (t.lower === found.verb.lemma && prev?.cap && !PLURAL.test(prev.lower) && !PLURAL_NOUNS.has(prev.lower)) {
		let k = i - 1;
		while (!headline && ts[k]?.cap && ts[k]?.base === ts[k]?.text) k--;
		const lead = ts[k];
		// Not after a plural and a preposition: "Aides to Clinton say", "officials at the Pentagon say", nor "sources
		// close to Clinton say": those people say. But "remarks on the CNBC report that aired Monday": a noun.
		const p = DETERMINERS.has(lead?.lower ?? '') ? k - 1 : k;
		const w = ts[p - 1]?.lower ?? '';
		if (!(SETTING_PREPOSITIONS.has(ts[p]?.lower ?? '') && (PLURAL.test(w) || PLURAL_NOUNS.has(w) || ANONYMITY_PHRASES.includes(`${w} ${ts[p]?.lower}`)) && !(next?.lower === 'that' && relativeVerb(ts, found.end + 2)))) {
			if (before2 && (/^\p{Ll}/u.test(before2.text) || before2.base !== before2.text) && !COORDINATORS.has(before2.lower)) return null;
			// So after a name of several words with nothing joined to it: "On May 3, Harbour News Daily show on Radio 4
			// …". Not "John Kerry and Sergei Lavrov say", "People say", "So I think", "Jane Roe cast herself as" (a past
			// that is its base), nor a body after "the", which British papers give a plural verb: "the City Council say".
			if (k < i - 2 && prev.text !== 'I' && !PAST_IS_BASE.has(found.verb.lemma) && (!lead || !/^\p{L}/u.test(lead.text) || !(DETERMINERS.has(lead.lower) || COORDINATORS.has(lead.lower)))) return null;
		}
	}
	// "made 150 calls", "2,000 claims", "on both sides", "many states": a plural after a number or a quantifier is a
	// noun (a verb after "both" or "many" has no -s; "each says" and "one says" do).
	if (prev && (COUNT.test(prev.text) || (PARTITIVES.has(prev.lower) && !SINGULAR_QUANTIFIERS.has(prev.lower))) && PLURAL.test(t.lower)) return null;
	// "in favor of", "with plans to", "on the back of": a verb of stance after a preposition is a noun ("by
	// refusing to …" is a verb: participles are sorted out below).
	// So is any reporting verb: "in charge of", "on record" (not "tended to say").
	if (prev && (found.verb.frame === 'stance' || !catenated) && SETTING_PREPOSITIONS.has(prev.lower) && !t.lower.endsWith('ing')) return null;
	// "a summit known as …", "known for …": a name or a reputation, not something known to be so; "knowing when to
	// stick with it", "knows how to win": a skill.
	if ((t.lower === 'known' && (next?.lower === 'as' || next?.lower === 'for')) || (found.verb.lemma === 'know' && ASKING.has(next?.lower ?? ''))) return null;
	// "wrote a book called “Women Who Work”", "founded a group called Citizens First": a thing's name, given to an
	// object, not the thing speaking (a subject may: "A new report called the plan reckless").
	if (found.verb.frame === 'name' && t.lower.endsWith('ed') && /^an?$/.test(ts[i - 2]?.lower ?? '') && /^\p{Ll}+$/u.test(ts[i - 3]?.text ?? '')) return null;
	// "comments that were echoed", "the attacks that killed four": a plural noun with a relative clause, not "Smith
	// comments that …".
	const after = ts[found.end + 2];
	if (next?.lower === 'that' && after && (BE.has(after.lower) || after.lower === 'have' || after.lower === 'had' || relativeVerb(ts, found.end + 2)) && PLURAL.test(t.lower)) return null;
	const participle = t.lower.endsWith('ing');
	if (prev && BE.has(prev.lower) && !participle) return null; // passive: handled by the impersonal rules
	// "…, saying", "… and saying", "“New York values,” saying": a comma (inside a closing quotation mark too).
	const afterComma = prev?.text === ',' || ((prev?.text === '”' || prev?.text === '"') && ts[i - 2]?.text === ',');
	if (participle && prev && !BE.has(prev.lower) && !progressive && !(afterComma || COORDINATORS.has(prev.lower) || prev.lower === 'by' || (OPENING_PREPOSITIONS.has(prev.lower) && opensSentence(ts, i - 1)) || BEFORE_OR_AFTER.has(prev.lower) || afterStatement(ts, i) || withSubject(ts, i) > 0)) return null;
	const cue = { start: t.start, end: ts[found.end]?.end ?? t.end };
	return { verb: found.verb, i, end: found.end, cue, text: src.slice(cue.start, cue.end).toLowerCase(), participle, progressive };
}
