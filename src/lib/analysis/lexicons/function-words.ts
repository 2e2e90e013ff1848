// Small closed classes of English words the attribution rules walk over: determiners, forms of "be",
// coordinators, prepositions of place and time, words that cannot sit inside a speaker's noun phrase.
// Provenance: closed word classes of English grammar (Quirk et al., "A Comprehensive Grammar of the English
// Language", 1985, chapters on determiners, auxiliaries and prepositions), cut to the words that decide
// where a noun phrase starts or stops in news sentences.

import { wordSet as set } from './word-set';

/**
 * Words that open a noun phrase: articles, possessives, demonstratives and quantifiers ("no", "any").
 * "That" is left out: after a reporting verb or a noun it is far more often the conjunction or the relative
 * ("said that he …", "a report that said …") than a determiner. "Every" never stands alone, so the word after it
 * is a noun ("with every answer"); "each" does ("Each says …") and is left out.
 */
export const DETERMINERS = set('the a an his her its their our your my this these those such any no every whose');

/** Forms of "be" (with the contracted "’s"): before a reporting verb they make it passive ("was said"). */
export const BE = set("was were is are be been being 's ’s");

/** Forms of "be" before a participle that make it passive: "was asked whether", "is understood to". */
export const PASSIVE_BE = set('is are was were been being');

/** Marks that end a phrase read after a cue ("according to the report, …", "in a poll released Monday."). */
export const PHRASE_END = set(', . ; : ? ! ) — –');

/** An adverb by its shape: "widely", "repeatedly" (a word list could not hold them all). */
export const LY_ADVERB = /^\p{Ll}+ly$/u;

/** Words that join two clauses or two verbs with one subject: "stood up and said". */
export const COORDINATORS = set('and but or while');

/**
 * Auxiliaries and adverbs that may sit between a subject and its reporting verb ("has also said"), and the
 * reflexive that stresses who it was ("Cruz himself said").
 */
export const BETWEEN_SUBJECT_AND_VERB = set(
	'has have had also further previously later then again once earlier yesterday today tonight would will now even still too subsequently reportedly ' +
		'always never often sometimes usually perhaps maybe already just himself herself themselves itself',
);

/** "went on to say", "goes on to argue": a verb of continuing, then "on to" and the cue; one subject throughout. */
export const GO_ON = set('go goes went going gone');

/**
 * Verbs that take another verb after "to" with the same subject: "tended to support", "used to say", "wants to
 * tell", "has to explain". A cue after one of them has its subject before it.
 */
export const CATENATIVES = set(
	'tend tends tended use used continue continues continued need needs needed want wants wanted plan plans planned try tries tried ' +
		'begin begins began start starts started seem seems seemed appear appears appeared have has had going decline declines declined ' +
		'refuse refuses refused promise promises promised vow vows vowed hope hopes hoped expect expects expected agree agrees agreed ' +
		'intend intends intended like likes liked wish wishes wished prefer prefers preferred rush rushes rushed fail fails failed likely reported said ' +
		// "is continuing to insist", "are trying to argue": a progressive before the verb, its "be" read as for "is expected to".
		'continuing trying planning hoping beginning starting',
);

/**
 * Common irregular past tenses, which no "-ed" shows to be verbs: "The aide began calling reporters, saying …".
 * From English grammar's list of irregular verbs; forms that are as often nouns ("left", "won", "rose") are out.
 */
export const IRREGULAR_PAST = set(
	'began took made came went gave got kept met ran sent spent stood wrote led brought held knew saw became broke chose drew fell ' +
		'felt fought lost paid sat spoke struck threw bought caught built heard sought thought',
);

/** Past participles with no "-ed", from the same list, that open a clause about a noun: "exit polls taken in Ohio". */
export const IRREGULAR_PARTICIPLES = set('taken given written shown');

/** Words that end a subject noun phrase read left to right: auxiliaries, relatives and prepositions. */
export const SUBJECT_STOPS = set('has have had is was were are will would could can may might did does do who which that after before in on at to from with by over since as');

/** Words that open a sentence with an adverbial before its subject ("In a statement, …", "For months, …"). */
export const INTRO_WORDS = set(
	'in on after as while despite following speaking at during when since before with without amid but and however meanwhile earlier later yesterday today last this ' +
		'for by from under over within throughout until like unlike among between against toward towards if although though once unless instead still',
);

/** Parenthetical adverbials set off by commas ("The judges, for instance, said"): not an appositive. */
export const ASIDES = new Set(['for instance', 'for example', 'however', 'meanwhile', 'in fact', 'of course', 'too', 'though', 'also', 'moreover', 'in turn', 'in particular', 'instead', 'nonetheless', 'nevertheless', 'in response', 'in a statement', 'in an interview', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'on twitter', 'at the time', 'at a news conference', 'later']);

/** Quantifiers that take "of" before a group: "most of the candidates", "some of his aides". */
export const PARTITIVES = set('most some many all few several none each both one two three four five majority half dozens hundreds thousands millions');

/** Prepositions that open a phrase of place, time or medium after a reporting verb ("said in a statement"). */
export const PLACE_TIME_PREPOSITIONS = set('in on at during to via through from after before outside inside');

/** Words of time that may follow a trailing cue ("…, he said yesterday.", "…, the airline said Thursday."). */
export const MONTHS = set('january february march april may june july august september october november december');
/** A year as news writes one: "in 1994", "since 2010". */
export const YEAR = /^(?:1[89]|20)\d\d$/;
export const TIME_WORDS = set(
	'yesterday today tonight earlier later last this recently previously again once afterward afterwards then ' +
		'monday tuesday wednesday thursday friday saturday sunday',
);

/** Prepositions that open a setting around a reporting verb: "said of Cruz", "told CNN over the phone", "said for the first time". */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_TIME_PREPOSITIONS, ...set('of about over as while when by with without near outside for')]);

/** Nouns of time after a time word: "last year", "earlier this week", "Saturday night". */
/** Words that set a time only before a word of time: "late Thursday", "early this morning" (not "the late senator"). */
export const TIME_MODIFIERS = set('late early');

export const TIME_NOUNS = set('week weeks month months year years night morning afternoon evening weekend day days time ago');

/** Conjunctions that open a clause before the main one: "When Maddow pointed out that …, Clinton seized …". */
export const SUBORDINATORS = set('when after while if because although though since before once until whereas unless');
/** Before a participle opening the sentence, these make it a clause of the main subject ("Despite challenging …, Cruz said …", "Since announcing …, Johnson has …"). */
export const OPENING_PREPOSITIONS = set('in despite since');

/** Quantifiers that stand for one of those just named ("another says") or open a phrase ("said another resident"). */
export const LONE_QUANTIFIERS = set('another one both each either neither');

/** Relative pronouns: "Smith, who …", "said an official who …". */
export const RELATIVES = set('who whom whose which');

/** Subject pronouns. */
export const SUBJECT_PRONOUNS = set('he she it they we i');

/**
 * Passives of showing or hearing before a participle of saying, which keep the subject as the one speaking:
 * "is shown saying", "was heard telling aides", "is seen arguing" ("quoted" takes an "as": cue-word.ts shownBefore).
 */
export const SHOWN_SAYING = set('shown heard seen overheard recorded filmed captured caught');

/** Nouns that close a phrase of setting: "in a statement", "in an interview on Fox", "at a rally", "in a court filing". */
export const SETTING_NOUNS = set(
	'statement interview speech rally event email letter tweet post conference appearance hearing briefing ' +
		'broadcast call video op-ed report memo study filing release',
);
