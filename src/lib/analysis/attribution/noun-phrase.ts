// Reads the noun phrases of one sentence that can name a speaker: the phrase just before a reporting verb
// ("Foreign Secretary David Lammy said"), the subject of the main clause ("Smith resigned, saying …"), an
// appositive ("Mark Smith, a former diplomat, said"), and resolves each with resolveSpeaker.
import type { Registry } from '../entities';
import { ASIDES, BETWEEN_SUBJECT_AND_VERB, CATENATIVES, COORDINATORS, DETERMINERS, GO_ON, INTRO_WORDS, IRREGULAR_PAST, LONE_QUANTIFIERS, LY_ADVERB, MONTHS, OPENING_PREPOSITIONS, PARTITIVES, PLACE_TIME_PREPOSITIONS, RELATIVES, SUBJECT_STOPS, SUBORDINATORS, TIME_NOUNS, TIME_WORDS, YEAR } from '../lexicons/function-words';
import { BODY_NOUNS, COLLECTIVE_NOUNS, DOCUMENT_NOUNS, ENVOYS, GROUP_NOUNS, NAME_CONNECTORS, NOT_NAME, PLACES, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS, VAGUE_NOUNS } from '../lexicons/names';
import { ANONYMITY_PHRASES, REPORTING_VERBS, STANCE_VERBS } from '../lexicons/reporting-verbs';
import { opensClause, outlet, resolveSpeaker, type Speaker } from '../speaker';
import { isAcronym, isCapitalized, isInitial, isPossessive, type Token } from '../tokens';
import type { Sentence, Span } from '../types';
import { shownBefore } from './cue-word';
import { anonymous } from './found';
import type { QuoteIndex } from './quote-index';
import { wordSet } from '../lexicons/word-set';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Sources familiar with the matter", "an official who spoke on condition of anonymity". */
export const ANONYMOUS_SOURCE = new RegExp(`\\b(?:${ANONYMITY_PHRASES.map(escape).join('|')})\\b`, 'i');

/** "speaking on condition of anonymity", "who spoke on condition …": the words opening the phrase are this few. */
const ANONYMITY_LEAD_TOKENS = 3;
/** The verb that opens an anonymity phrase set off by a comma: "speaking", "who spoke", "was not authorized". */
const SPOKE = /^(?:\p{Ll}+ing|spoke|was|were|is|are)$/u;
/** How far before a verb an anonymity phrase still describes its subject, in characters: about a clause. */
const ANONYMITY_REACH = 90;
/** A source named by its words alone is at most this long; longer, it is a clause, not a name. */
const NAMED_BY_MAX_WORDS = 12;
/** A subject named only by a common noun phrase is at most this many words ("the little polling that was done" is not). */
const PLAIN_PHRASE_MAX_WORDS = 5;
/** A dateline before the first words is this short: "WASHINGTON (Reuters) -", "CLEVELAND, Ohio —". */
const DATELINE_MAX_TOKENS = 7;
/** "Back in 1999, …": an opener that starts with another word is this short. */
const OPENER_MAX_TOKENS = 6;
/** An opening adverbial ends at a comma within this many tokens ("In a statement on Monday, …"). */
const INTRO_MAX_TOKENS = 12;
/** A state or country after a town ("Salem, New Hampshire,") is at most this many tokens. */
const PLACE_MAX_TOKENS = 3;
/** A main-clause subject is at most this many tokens ("The former British ambassador to the UN, …"). */
const SUBJECT_MAX_TOKENS = 10;
/** Verbs of publishing, whose subject opening a sentence is an outlet ("Politico reported that …"). */
const PUBLISHING = new Set(['report', 'write']);
/** A relative clause holding a speaker's name as its object ("who had direct contact with Steele") is at most this many tokens. */
const RELATIVE_CLAUSE_MAX_TOKENS = 8;
/** A participle's clause ("leaving a two-hour talk with the former secretary of state in the Capitol") runs longer. */
const REDUCED_RELATIVE_MAX_TOKENS = 14;
const PAST_VERB = /^\p{Ll}{2,}ed$/u;
/** What stands between two tokens where a dash was typed as hyphens, which the tokenizer drops: " -- ", " - ". */
export const TYPED_DASH = /^\s+-{1,2}\s+$/;
/** An appositive between commas before the verb is at most this many tokens ("Smith, …, said"). */
const APPOSITIVE_MAX_TOKENS = 30;
/** A speaker phrase read leftwards from the verb is at most this many words ("Foreign Secretary David Lammy"). */
const NAME_PHRASE_MAX_WORDS = 9;
/** A complement after a person's role is this short: "a blogger on the Web site Freedom’s Lighthouse". */
const COMPLEMENT_MAX_TOKENS = 7;
/** "A group of nearly 90 professors": the people a collective gathers are named within this many tokens of "of". */
const COLLECTIVE_REACH = 5;
/** Lower-case words a role phrase may hold before its head ("a senior British government official"). */
const ROLE_PHRASE_MAX_WORDS = 5;

// Patterns used in loops, compiled once (a literal in a loop is a new RegExp object each time round).
const ADVERB_OR_PARTICIPLE = /^\p{Ll}+(?:ed|ly)$/u;
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
/** A common noun's possessive ("the party's"), not a pronoun's "is" ("he's", "that's"). */
const OWNED_BY = /^(?!(?:he|she|it|that|there)['’])\p{Ll}{2,}['’]s$/u;
/** Words of degree or time, not ending in -ly, that may stand before an opening clause's conjunction ("Just before …"). */
const CONJUNCTION_LEADS = new Set(['just', 'even', 'soon', 'right', 'long', 'hours', 'minutes', 'moments']);
/** Marks that end a clause; not the full stop of a title or an initial ("close to Mr. Hale", "U.S. officials"). */
const CLAUSE_PUNCTUATION = /[;:]|(?<!\b\p{Lu}\p{Ll}{0,3})\./u;
const LETTER = /\p{L}/u;
const PARTICIPLE = /^\p{Ll}{3,}(?:ing|ed)$/u;
/**
 * "a memo obtained by CNN", "documents reviewed by The Post", "voters polled by Gallup": a paper the reporter
 * got, or people the reporter reached, who speak for themselves, not for whoever got or reached them ("a report
 * released by Brookings" is Brookings', and stays so).
 */
const RECEIVED = wordSet('obtained reviewed received seen acquired contacted interviewed surveyed polled');
/** Words that end a phrase read leftwards: question words, "to", "including", "than". */
const NOT_IN_PHRASE = wordSet('what which who whom whose where when why how to including than about against if whether not also only just');
/** An appositive description opens with an article: "the Harbour Trust, a local charity, which …". */
const INDEFINITE = wordSet('a an');
/** …and runs this many words at most ("a gay and lesbian Republican group"). */
const APPOSITION_MAX_TOKENS = 8;
/** A role with its body and place runs longer: "the leader of the opposition in North-Rhine Westphalia". */
const ROLE_IN_PLACE_MAX_TOKENS = 12;

/** Words opening a time between a subject and its verb: "on Sunday", "last week", "this month", "earlier today". */
const TIME_OPENERS = wordSet('on last this earlier late early next that');
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', '’s', "'s", '’re', "'re"]);
/** Prepositions whose object is no subject ("supporters of the law say"); not "while", "when", "as", which open clauses. */
export const OBJECT_PREPOSITIONS = wordSet('of for with by about over at in on to from near without against among between toward towards like');
/** Endings of nouns, not adjectives: "the organization", "the government", "the researcher", "the agency". */
const NOUN_SHAPE = /(?:tion|sion|ment|ist|er|or|ian|ant|ent|ee|ity|ship|ure|ness|cy)$/;
/** Prepositions of a setting between a subject and its verb ("Ryan also on Fox News defended …"). */
const SETTING_BEFORE_VERB = wordSet('on in at during');
/** Quantifiers that stand alone for people just named: "another said", "one says", "both agreed". */
const NUMBER_WORDS = wordSet('one two three four five six seven eight nine ten');
/** A count or an ordinal: "40", "2,400", "9%", "9th". */
const NUMBER = /^\d[\d,.]*(?:%|[a-z]{2})?$/;
/** Words that size a share of people: "about", "nearly", "less than", "just over" (the APPROXIMATORS of a count). */
const APPROXIMATORS = wordSet('about nearly almost roughly around approximately just over under less more fewer than only some');
const SHARE_WORD = /^(?:half|third|quarter|majority|minority|plurality|fifth|tenth|\d[\d,.]*%?|percent|(?:one|two|three)-(?:thirds?|quarters?|fourths?))$/;

/** What leftNP finds before a verb: the speaker and the appositive that describes them, if any. */
export interface LeftPhrase {
	speaker: Speaker | null;
	description: Span | null;
	/** The token the whole subject starts at, appositives included. */
	from?: number;
}

/**
 * A source the report keeps unnamed on purpose ("a person familiar with the planning", "sources close to the
 * campaign"), named by those words so a reader sees who is meant; a long phrase is a clause, and stays blank.
 */
function unnamedBy(text: string, words: number): Speaker {
	const speaker = anonymous();
	// "who spoke on condition of anonymity" says why the name is kept back; it is not the name. Set off by
	// commas, the words before it still say who it is: "One former aide, speaking on condition of anonymity, …".
	const why = /\b(?:anonymity|authori[sz]ed|named)\b/i;
	const cut = text.search(/,|\swho\s/);
	const head = cut > 0 && why.test(text.slice(cut)) ? text.slice(0, cut) : text;
	const headWords = head === text ? words : head.split(/\s+/).length;
	if (headWords <= NAMED_BY_MAX_WORDS && !why.test(head)) speaker.name = /^(?:A|An|The|Some|Several|Two|Three)\b/.test(head) ? head.charAt(0).toLowerCase() + head.slice(1) : head;
	return speaker;
}

/** A subject of parts joined by "and" ("Sanders and his supporters"): one group named by its words. */
const partsOf = (text: string): Speaker => ({ ...unnamedBy(text, 0), kind: 'group', resolvedBy: 'group' });

/** One sentence as the attribution rules read it: its tokens, the report's names and quotations. */
export class SentenceReader {
	constructor(
		readonly src: string,
		readonly s: Sentence,
		readonly tokens: readonly Token[],
		readonly reg: Registry,
		readonly quotes: QuoteIndex,
		/** End of the lede's paragraph: a role named there ("a senior diplomat") may be named just after. */
		readonly ledeEnd: number,
	) {}

	/** Every match of a global pattern in the sentence; match indexes count from the sentence's start. */
	matches(re: RegExp): RegExpExecArray[] {
		const line = this.src.slice(this.s.start, this.s.end);
		const out: RegExpExecArray[] = [];
		re.lastIndex = 0;
		for (let m = re.exec(line); m; m = re.exec(line)) out.push(m);
		return out;
	}

	/** True when only spaces separate the two tokens (no dash: "million -- supporters"). */
	joinedTo(a: Token, b: Token | undefined): boolean {
		return !b || /^\s*$/.test(this.src.slice(a.end, b.start));
	}

	/** The tokens from..to, less full stops. */
	/**
	 * The phrase a relative clause is about, for the "who" or "which" at `j`: "business leaders who say …",
	 * "a poll which found …". A place set off by commas before "who" is where the person is from, not who
	 * they are: "Sheriff Joe Arpaio of Maricopa County, Ariz., who calls …" is about the sheriff.
	 */
	relativeHead(j: number): { start: number; end: number } | null {
		const ts = this.tokens;
		let end = ts[j - 1]?.text === ',' ? j - 1 : j;
		let start = this.walkLeft(end - 1);
		if (ts[j]?.lower === 'who' && end < j && ts[start - 1]?.text === ',' && this.isPlaceTag(start, end)) {
			end = start - 1;
			start = this.walkLeft(end - 1);
		}
		// "issued an alert to its staff in China, which states: …": after a place's preposition the "which" may be
		// about any noun before it (the alert); no one is named rather than the wrong one.
		// ("according to the Senate report, which claims …" is the report's.)
		if (ts[j]?.lower === 'which' && PLACE_TIME_PREPOSITIONS.has(ts[start - 1]?.lower ?? '') && /^\p{Ll}/u.test(ts[start - 2]?.text ?? '') && ts[start - 2]?.lower !== 'according') return null;
		// "the Harbour Trust, a local charity, which said …": a description in apposition, set off by commas,
		// stands for the name before it, and the clause is about that name.
		if (end < j) {
			let comma = end - 1;
			while (comma > 0 && end - comma <= ROLE_IN_PLACE_MAX_TOKENS && /^[\p{L}\p{N}’'-]/u.test(ts[comma]?.text ?? '')) comma--;
			// "Armin Laschet, the leader of the opposition in Saxony, who …": "who" is about a person, never a place
			// ending the description.
			// ("the ranking Democrat on the Senate Intelligence Committee, who": nor a body.)
			let place = end - 1;
			while (place > comma + 1 && ts[place]?.cap) place--;
			const of = place < end - 1 ? (ts[place]?.lower === 'the' ? place - 1 : place) : -1;
			const placeLast = ts[j]?.lower === 'who' && ts[comma + 1]?.lower === 'the' && (PLACE_TIME_PREPOSITIONS.has(ts[of]?.lower ?? '') || ts[of]?.lower === 'of');
			if (ts[comma]?.text === ',' && ((INDEFINITE.has(ts[comma + 1]?.lower ?? '') && end - comma - 1 <= APPOSITION_MAX_TOKENS) || placeLast)) {
				const nameStart = this.walkLeft(comma - 1);
				if (nameStart <= comma - 1 && ts.slice(nameStart, comma).some((t) => t.cap)) {
					end = comma;
					start = nameStart;
				}
			}
		}
		return start <= end - 1 ? { start, end } : null;
	}

	/**
	 * The relative word ("who", "which") whose clause holds the phrase starting at token `start` as its
	 * object ("who had contact with Steele", "which hired Smith"): a past verb or a preposition stands right
	 * before the phrase, and no punctuation between; else -1.
	 */
	private relativeOver(start: number): number {
		const ts = this.tokens;
		const before = ts[start - 1]?.lower ?? '';
		// Not "of", which is part of a speaker's own phrase ("a majority of Americans say").
		if (!((OBJECT_PREPOSITIONS.has(before) && before !== 'of') || IRREGULAR_PAST.has(before) || PAST_VERB.test(before) || PARTICIPLE.test(before))) return -1;
		for (let m = start - 1; m >= 0 && start - m <= REDUCED_RELATIVE_MAX_TOKENS; m--) {
			const t = ts[m];
			if (!t || !/^[\p{L}\p{N}’'-]/u.test(t.text)) return -1;
			if (RELATIVES.has(t.lower) && start - m <= RELATIVE_CLAUSE_MAX_TOKENS) return m;
			// "Democrats leaving a meeting in the Capitol said", "a report written for the council in Leeds says": a
			// participle after a noun opens a clause about that noun, and the noun speaks. Not an agent ("compiled by
			// Crowdpac"), nor a past verb and its object ("Critics mocked Diaz’s claim"; "a document filed Monday" is one).
			// "a textbook just published for pupils explains": an adverb may stand between the noun and its participle.
			const adverb = +BETWEEN_SUBJECT_AND_VERB.has(ts[m - 1]?.lower ?? '');
			const head = ts[m - 1 - adverb];
			// A phrase that opens on a preposition ("published for 9th graders") is the participle's complement, not its object.
			if (head && before !== 'by' && (t.lower.endsWith('g') || m < start - 1 || TIME_WORDS.has(ts[start]?.lower ?? '') || OBJECT_PREPOSITIONS.has(ts[start]?.lower ?? '')) && opensClause(ts, m) && (head.cap ? !INTRO_WORDS.has(head.lower) : isPeopleWord(head.lower) || DOCUMENT_NOUNS.has(head.lower) || DETERMINERS.has(ts[this.walkLeft(m - 1 - adverb)]?.lower ?? ''))) return m - adverb;
		}
		return -1;
	}

	/** A place written as a tag after another name: a state's abbreviation ("Ariz.", "N.Y.") or a known place. */
	private isPlaceTag(start: number, end: number): boolean {
		const words = this.tokens.slice(start, end).filter((t) => t.text !== '.');
		const abbreviated = words.length === 1 && this.tokens[end - 1]?.text === '.' && /^\p{Lu}[\p{Ll}.]{0,4}$/u.test(words[0]?.text ?? '');
		return abbreviated || PLACES.has(words.map((t) => t.lower).join(' '));
	}

	np(from: number, to: number): Token[] {
		return this.tokens.slice(Math.max(0, from), Math.max(0, to)).filter((t) => t.text !== '.');
	}

	/** Speakers resolved in this sentence, by the span of their phrase: several rules ask about the same subject. */
	private readonly resolved = new Map<string, Speaker | null>();
	/** leftNP's answer by verb index: the cue rules and the stance rule read the same subject. */
	private readonly left = new Map<number, LeftPhrase | 'coordinated' | null>();

	/** "Roger Pilon of the Cato Institute said": the person speaks; the body says where they are from. */
	personOfBody(np: readonly Token[]): { speaker: Speaker; description: Span } | null {
		const of = np.findIndex((t, n) => n > 0 && t.lower === 'of' && np[n + 1]?.lower === 'the' && np[n - 1]?.cap === true);
		const person = of > 0 ? this.resolve(np.slice(0, of)) : null;
		const body = np[of + 2];
		const b = np[np.length - 1];
		return person?.kind === 'person' && person.entity && body && b ? { speaker: person, description: { start: body.start, end: b.end } } : null;
	}

	resolve(tokens: readonly Token[]): Speaker | null {
		const a = tokens[0];
		const b = tokens[tokens.length - 1];
		if (!a || !b) return null;
		const key = `${a.start}:${b.end}:${tokens.length}`;
		const known = this.resolved.get(key);
		if (known !== undefined) return known;
		const text = this.src.slice(a.start, b.end);
		const speaker = (tokens.length === 1 && (a.lower === 'they' || a.lower === 'it') ? this.theySubject(a) : null) ?? (ANONYMOUS_SOURCE.test(text) ? unnamedBy(text, tokens.length) : resolveSpeaker(this.reg, this.src, tokens, this.ledeEnd));
		this.resolved.set(key, speaker);
		return speaker;
	}

	private readingSubject = false;

	/**
	 * "Investors see a one-in-five chance …, implying that they expect …": a "they" after the sentence's own
	 * subject, when that subject is people named by a common noun ("investors", "many voters"), is those people,
	 * not a body named in an earlier sentence; an "it" ("its attacks") after a subject that is a body, that body.
	 */
	private theySubject(they: Token): Speaker | null {
		if (this.readingSubject) return null;
		this.readingSubject = true;
		const subject = this.mainSubject();
		this.readingSubject = false;
		const first = this.tokens[this.afterDateline()];
		const fits = they.lower === 'it' ? subject?.kind === 'organization' && subject.resolvedBy !== 'pronoun' : subject?.resolvedBy === 'group' || subject?.resolvedBy === 'vague';
		if (!subject || !first || first.start >= they.start || !fits) return null;
		if (!subject.name || subject.name.toLowerCase() === 'they') return null;
		return { ...subject, resolvedBy: 'pronoun', description: null };
	}

	/**
	 * A source named only by the words of a phrase that resolves to nothing known ("a RealClearPolitics
	 * average of recent polls", "three television networks"): a document or a body, by its head noun.
	 */
	namedBy(tokens: readonly Token[]): Speaker | null {
		const a = tokens[0];
		const b = tokens[tokens.length - 1];
		if (!a || !b || tokens.length > NAMED_BY_MAX_WORDS) return null;
		const name = this.src.slice(a.start, b.end).replace(/^(?:a|an)\s+/i, 'the ');
		const head = tokens.find((t, k) => k > 0 && (t.lower === 'of' || t.lower === 'from' || t.lower === 'by')) ? tokens[tokens.findIndex((t, k) => k > 0 && (t.lower === 'of' || t.lower === 'from' || t.lower === 'by')) - 1] : b;
		const kind = head && DOCUMENT_NOUNS.has(head.lower) ? 'document' : 'organization';
		return { name, kind, entity: null, resolvedBy: kind === 'document' ? 'document' : 'description', description: null };
	}

	/**
	 * A subject the report names only by a common noun phrase none of the other readings knows ("some courses",
	 * "the little polling that was done", "many clubs"): an unnamed source named by its words. Only a short
	 * phrase with a determiner or a plural head; a lone singular word ("plan said") is no subject.
	 */
	plainPhrase(tokens: readonly Token[]): Speaker | null {
		const a = tokens[0];
		const head = tokens[tokens.length - 1];
		// "another says", "One says", "both said": a quantifier standing for one of those just named.
		if (a && tokens.length === 1 && LONE_QUANTIFIERS.has(a.lower)) return { name: a.lower, kind: 'anonymous', entity: null, resolvedBy: 'vague', description: null };
		if (!a || !head || tokens.length > PLAIN_PHRASE_MAX_WORDS || head.cap || !LOWER_WORD.test(head.text) || PARTICIPLE.test(head.text) || LY_ADVERB.test(head.text)) return null;
		const plural = /[^s]s$/.test(head.lower);
		if (!(DETERMINERS.has(a.lower) || PARTITIVES.has(a.lower)) && !plural) return null;
		// "a snappy retort", "the time": a singular word the lists do not know as a noun for people, bodies or
		// papers may be an adjective before a noun read as a verb; only a plural head stands on its own.
		if (!plural && !isSpeakingNoun(head.lower) && !NOUN_SHAPE.test(head.lower)) return null;
		// "Trump at the time said", "supporters of the law say": the object of a preposition is no subject.
		const before = this.tokens[this.tokens.indexOf(a) - 1];
		if (before && (PLACE_TIME_PREPOSITIONS.has(before.lower) || OBJECT_PREPOSITIONS.has(before.lower))) return null;
		const text = this.src.slice(a.start, head.end);
		// "Critics of the plan" opens a sentence with a capital that is no part of the words; "FBI statistics" keeps its acronym.
		const name = a.cap && !isAcronym(a) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
		return { name, kind: 'anonymous', entity: null, resolvedBy: 'vague', description: null };
	}

	/**
	 * The conjunction (token index) that opens a clause at token `k`: "When …", "Days after …", "Shortly after …",
	 * "Even though …", "Just before …"; else -1.
	 */
	private subordinatorAt(k: number): number {
		const lead = this.tokens[k]?.lower ?? '';
		const at = TIME_NOUNS.has(lead) || LY_ADVERB.test(lead) || CONJUNCTION_LEADS.has(lead) ? k + 1 : k;
		return SUBORDINATORS.has(this.tokens[at]?.lower ?? '') ? at : -1;
	}

	/**
	 * The comma (token index) that ends an opening clause, at or after `at`: "When Maddow pointed out that …,
	 * Clinton seized …", "Years after Clinton claimed …, Obama won …"; else -1. A comma that closes a
	 * quotation ("as “Medicare for all,” Clinton …") ends the clause too; one inside it does not.
	 */
	openingClause(at = 0): number {
		const ts = this.tokens;
		const k = this.afterDateline();
		// "By refusing to admit any fault, Hale …", "Despite challenging the leader, Cruz …" open a clause as "When …" does;
		// so does a verb of saying that opens the sentence ("Noting that the plan failed, Allen said …").
		const lead = ts[k]?.lower ?? '';
		const next = ts[k + 1]?.text ?? '';
		const by = (lead === 'by' && PARTICIPLE.test(next)) || (OPENING_PREPOSITIONS.has(lead) && /^\p{Ll}+ing$/u.test(next)) || (lead.endsWith('ing') && !INTRO_WORDS.has(lead) && (REPORTING_VERBS.has(lead) || STANCE_VERBS.has(lead)));
		if (!by && this.subordinatorAt(k) < 0) return -1;
		// "While one company says there are 2,400 …,": a comma between digits groups thousands, and ends no clause.
		return ts.findIndex((t, m) => t.text === ',' && t.start >= at && !groupsDigits(ts, m) && !this.quotes.list.some((q) => q.start < t.start && LETTER.test(this.src.slice(t.end, q.end))));
	}

	/**
	 * The subject of the sentence's main clause: "Dr. Iain Overton, …, commented …, saying …"; for a cue at
	 * token `at` inside an opening clause ("Although the agency … has maintained that …, Lopez said"), that
	 * clause's own subject. `loose`: when the words before the verb name no one, a shorter phrase from the start
	 * that does (subjectBeforeVerb); only for readers that need a subject whatever the main verb is.
	 */
	mainSubject(at = Infinity, from = this.afterDateline(), loose = false): Speaker | null {
		const ts = this.tokens;
		let k = from;
		// "But the court overruled and said …": a conjunction joining the sentence to the last is no part of it.
		if (SENTENCE_CONJUNCTIONS.has(ts[k]?.lower ?? '')) k++;
		const comma = ts.findIndex((t, m) => m >= k && t.text === ',');
		const lead = ts[k]?.lower ?? '';
		const opening = this.openingClause();
		// "While saying that …, he continued": an opening clause with no subject of its own has the main one.
		const own = Math.max(k, this.subordinatorAt(k)) + 1;
		if (opening > k && at < opening && at > own) k = own;
		else if (opening > k) for (k = opening + 1; /^["“”'’]/.test(ts[k]?.text ?? ''); ) k++;
		else if (INTRO_WORDS.has(lead) || PLACE_TIME_PREPOSITIONS.has(lead)) {
			if (comma < 0 || comma - k > INTRO_MAX_TOKENS) return null;
			k = comma + 1;
			// "Speaking in Salem, New Hampshire, Reed …": the state after the town is the opener's too.
			const next = ts.findIndex((t, m) => m > k && t.text === ',');
			if (next > k && next - k <= PLACE_MAX_TOKENS && this.resolve(this.np(k, next))?.kind === 'government') k = next + 1;
			// "On Thursday, after weeks of silence, Warren …": a second opener after the first; "As a CNN correspondent,
			// host of his own podcast and Twitter junkie, Axelrod …": the opener's list goes on before the name.
			else if ((PLACE_TIME_PREPOSITIONS.has(ts[k]?.lower ?? '') || (LOWER_WORD.test(ts[k]?.text ?? '') && ts[next + 1]?.cap)) && next > k && next - k <= INTRO_MAX_TOKENS) k = next + 1;
		} else if (comma > k && comma - k <= OPENER_MAX_TOKENS) {
			// "Back in 1999, Mr. Trump …", "Reached by POLITICO, Bennett …", "Hours later, …": an opening
			// adverbial (a word, then a preposition or a word of time), not the subject.
			const second = ts[k + 1]?.lower ?? '';
			if (PLACE_TIME_PREPOSITIONS.has(second) || TIME_WORDS.has(second) || second === 'by' || second === 'ago') k = comma + 1;
		}
		let e = k;
		while (e < ts.length && e - k < SUBJECT_MAX_TOKENS) {
			const t = ts[e];
			if (!t || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(') break;
			if (e > k && (BETWEEN_SUBJECT_AND_VERB.has(t.lower) || LY_ADVERB.test(t.text))) break;
			if (SUBJECT_STOPS.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
			if (e > k && (ADVERB_OR_PARTICIPLE.test(t.text) || IRREGULAR_PAST.has(t.text))) break;
			// "Maria Lopez threw her support behind Sen. Tom Reed": after a name, a lower-case word is its verb,
			// unless it is a role before the name ("Head coach Dan Petrov", "Party presidential candidate …").
			const role = ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(ts[e + 1]?.lower ?? '') || ts.slice(k, e).every((x) => TITLE_WORDS.has(x.lower));
			// "Cornyn's Democratic campaign counterpart": a capital right after a possessive is the noun's adjective;
			// "China's state-owned giant CITIC": a word right after one is its noun's, never the verb.
			const possessed = isPossessive(ts[e - 1]) || (e - 2 === k && isPossessive(ts[k]));
			// "some Democratic strategists": after a determiner or a quantifier the noun follows its capitals.
			const led = DETERMINERS.has(ts[k]?.lower ?? '') || (e - 1 > k && PARTITIVES.has(ts[k]?.lower ?? ''));
			if (e > k && LOWER_WORD.test(t.text) && !role && !possessed && !NAME_CONNECTORS.has(t.lower) && !led && ts[e - 1]?.cap) break;
			e++;
		}
		// "A group of nearly 90 professors …": a collective speaks as the people it gathers.
		const of = ts.findIndex((t, m) => m > k && m <= e && t.lower === 'of' && COLLECTIVE_NOUNS.has(ts[m - 1]?.lower ?? ''));
		if (of > 0) {
			const people = ts.findIndex((t, m) => m > of && m - of <= COLLECTIVE_REACH && LOWER_WORD.test(t.text) && t.lower.endsWith('s'));
			const them = people > 0 ? this.resolve(this.np(k, people + 1)) : null;
			if (them) return them;
		}
		const subject = this.resolve(this.np(k, e));
		// "the other candidate on the stage, former Secretary of State Hillary Clinton, drew …": the name in apposition.
		const open = ts.findIndex((t, m) => m >= e && t.text === ',');
		const close = ts.findIndex((t, m) => m > open + 1 && t.text === ',');
		if (open >= 0 && open - k <= SUBJECT_MAX_TOKENS && !subject?.entity && close > 0 && close - open <= NAME_PHRASE_MAX_WORDS + 1) {
			const named = this.resolve(this.np(open + 1, close));
			if (named?.entity && named.kind === 'person') return named;
		}
		return subject ?? (loose ? this.subjectBeforeVerb(k, e) : null);
	}

	/**
	 * "The president left no doubt of his support, saying …", "Both parents stiffened their denunciation, saying
	 * …": a subject of common nouns runs on into its verb when the verb has no ending that shows it. The longest
	 * phrase from the sentence's start that names someone; else a short plain phrase ("both parents").
	 */
	private subjectBeforeVerb(k: number, e: number): Speaker | null {
		const plain = this.plainPhrase(this.np(k, e));
		if (plain) return plain;
		// A phrase of two words at least ("Both" alone would stand for people named before), ending where a verb
		// in lower case may start: not inside a phrase that goes on ("Nevada’s Democratic | party’s estimates").
		const ts = this.tokens;
		for (let m = e - 1; m > k + 1; m--) {
			const next = ts[m];
			if (!next || !LOWER_WORD.test(next.text) || DETERMINERS.has(next.lower)) continue;
			const named = this.resolve(this.np(k, m));
			if (named) return named;
		}
		return null;
	}

	/** The first token after a dateline that opens the sentence ("WASHINGTON —", "Washington (AFP) –"), else 0. */
	afterDateline(): number {
		const ts = this.tokens;
		for (let m = 1; m < Math.min(ts.length, DATELINE_MAX_TOKENS); m++) {
			const a = ts[m - 1];
			const b = ts[m];
			if (!a || !b) break;
			if (a.text === '—' || a.text === '–' || TYPED_DASH.test(this.src.slice(a.end, b.start))) return ts.slice(0, m - 1).every((t) => t.cap || t.text === '(' || t.text === ')' || t.text === ',') ? m : 0;
		}
		return 0;
	}

	/** The noun phrase that ends just before token i, walking left over names, titles and role words. */
	leftNP(i: number): LeftPhrase | 'coordinated' | null {
		const known = this.left.get(i);
		if (known !== undefined) return known;
		const found = this.readLeft(i);
		this.left.set(i, found);
		return found;
	}

	private readLeft(i: number): LeftPhrase | 'coordinated' | null {
		const ts = this.tokens;
		const verb = ts[i];
		// "Sources familiar with the matter said", "an official, speaking on condition of anonymity, said".
		const lead = verb ? this.src.slice(Math.max(this.s.start, verb.start - ANONYMITY_REACH), verb.start) : '';
		const unnamed = lead.search(ANONYMOUS_SOURCE);
		const k = unnamed >= 0 && verb ? ts.findIndex((t) => t.start >= verb.start - lead.length + unnamed) : -1;
		// "An aide, speaking on condition of anonymity, said Gates described …": the phrase is the first verb's
		// subject's, not the second's.
		const spoken = k >= 0 && ts.slice(k, i).some((t) => REPORTING_VERBS.has(t.lower) && !PARTICIPLE.test(t.text));
		if (verb && unnamed >= 0 && !spoken && !CLAUSE_PUNCTUATION.test(lead.slice(unnamed))) {
			// Named by the phrase: its head before "familiar with" to the last word before the verb.
			// "One former aide, speaking on condition of anonymity, said", "an official who spoke on condition of
			// anonymity said": the phrase before the comma or "who".
			let c = k - 1;
			while (c > 0 && k - c <= ANONYMITY_LEAD_TOKENS && ts[c]?.text !== ',' && ts[c]?.lower !== 'who') c--;
			const opens = (ts[c]?.text === ',' && SPOKE.test(ts[k - 1]?.text ?? '')) || ts[c]?.lower === 'who';
			const before = opens ? (ts[c - 1]?.text === ',' ? c - 2 : c - 1) : k - 1;
			const head = before >= 0 ? this.walkLeft(before) : k;
			const from = head <= before ? head : k;
			let end = i - 1;
			while (end > from && (ts[end]?.text === ',' || ts[end]?.text === '—')) end--;
			const a = ts[from];
			const b = ts[end];
			return { speaker: a && b && from < k && end >= k ? unnamedBy(this.src.slice(a.start, b.end), end - from + 1) : anonymous(), description: null };
		}
		let j = i - 1;
		let skippedSetting = 0;
		// "Kasich is telling voters …", "most are planning …": the progressive's "be" sits between subject and verb.
		const progressive = verb !== undefined && verb.lower.endsWith('ing');
		// "Mr. Cole is shown saying", "was quoted as saying": the passive of showing goes with the "be".
		if (progressive) j = shownBefore(ts, i) - 1;
		while (j >= 0) {
			const t = ts[j];
			if (progressive && t && BE_FORMS.has(t.lower)) {
				j--;
				continue;
			}
			// "has also said", "tended to support", "would have to explain": auxiliaries, adverbs, "verb to".
			const catenated = t?.lower === 'to' && CATENATIVES.has(ts[j - 1]?.lower ?? '');
			if (catenated) {
				j -= 2;
				// "Yellen is expected to stress", "is likely to say": the "be" before the catenative too.
				while (BE_FORMS.has(ts[j]?.lower ?? '')) j--;
				continue;
			}
			// "BigGovernment.com first reported", "Smith, an author, first pointed out": after a name or an
			// appositive, "first" says who reported before others ("the first
			// lady" keeps it: there it is part of the phrase).
			if (t?.lower === 'first' && (ts[j - 1]?.cap || ts[j - 1]?.text === ',')) {
				j--;
				continue;
			}
			if (t?.lower === 'to' && ts[j - 1]?.lower === 'on' && GO_ON.has(ts[j - 2]?.lower ?? '')) {
				j -= 3;
				continue;
			}
			// "Donald Trump on Sunday tweeted", "Sanders last week said": a time between the subject and its verb.
			if (t && (TIME_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower)) && TIME_OPENERS.has(ts[j - 1]?.lower ?? '')) {
				j -= 2;
				continue;
			}
			// "The Ledger on July 20, 2006, described him as …", "The paper in 2006 said …": a date, not the subject.
			const date = dateEndingAt(ts, j);
			if (date >= 0) {
				j = date - 1;
				continue;
			}
			// "Ryan … also on Fox News defended his budget": a phrase of place or medium, not the subject.
			if (t && j === i - 1 - skippedSetting && (t.cap || LOWER_WORD.test(t.text))) {
				const start = this.walkLeft(j);
				// Not the complement of a participle about the subject: "A poll conducted in Ohio found".
				if (start <= j && SETTING_BEFORE_VERB.has(ts[start - 1]?.lower ?? '') && start - 1 > 0 && !opensClause(ts, start - 2)) {
					skippedSetting += j - start + 2;
					j = start - 2;
					continue;
				}
			}
			// "He did say he found Trump charming": "did" before the verb's base form stresses it (not "did not say").
			const stressed = DO_SUPPORT.has(t?.lower ?? '') && verb !== undefined && REPORTING_VERBS.get(verb.lower)?.lemma === verb.lower;
			if (!t || !(BETWEEN_SUBJECT_AND_VERB.has(t.lower) || LY_ADVERB.test(t.text) || stressed)) break;
			j--;
		}
		const tj = ts[j];
		if (!tj) return null;
		if (COORDINATORS.has(tj.lower)) return 'coordinated';
		// "business leaders who say …", "a poll which found …": the one the relative clause is about.
		if (tj.lower === 'who' || tj.lower === 'which') {
			const head = this.relativeHead(j);
			return head ? { speaker: this.resolve(this.np(head.start, head.end)), description: null } : null;
		}
		if (tj.text === ',') return this.beforeAppositive(j);
		// "Jason Sims — a teacher from Mount Pleasant — says": the name before the opening dash speaks.
		if (tj.text === '—' || tj.text === '–') {
			for (let o = j - 1; o > 0 && j - o <= APPOSITIVE_MAX_TOKENS; o--) {
				if (ts[o]?.text !== '—' && ts[o]?.text !== '–') continue;
				const from = this.walkLeft(o - 1);
				const a = ts[o + 1];
				const b = ts[j - 1];
				return from <= o - 1 ? { speaker: this.resolve(this.np(from, o)), description: a && b && b.end > a.start ? { start: a.start, end: b.end } : null, from } : null;
			}
			return null;
		}
		// "The justice -- who has been in a scuffle with him -- said", "Mr. Bush - in a line aimed at Mr. Trump - declared".
		const dash = this.dashBefore(j + 1);
		if (dash >= 0) {
			const open = this.dashBefore(dash, j - dash + APPOSITIVE_MAX_TOKENS);
			if (open > 0) {
				const from = this.walkLeft(open - 1);
				if (from <= open - 1) return { speaker: this.resolve(this.np(from, open)), description: null };
			}
			return null;
		}
		const start = this.walkLeft(j);
		if (start > j) return null;
		// "One insider who had contact with Steele told …": a name inside a relative clause is that clause's
		// object; the one the clause is about speaks.
		const relative = this.relativeOver(start);
		if (relative >= 0) {
			const head = this.relativeHead(relative);
			return head ? { speaker: this.resolve(this.np(head.start, head.end)), description: null } : null;
		}
		let np = this.np(start, j + 1);
		const agent = np.findIndex((t, k) => k > 0 && RECEIVED.has(t.lower) && np[k + 1]?.lower === 'by');
		if (agent > 0) np = np.slice(0, agent);
		// "Justices Kennedy and Samuel Alito said": a plural title before names joined by "and" names them all.
		const title = (np[0]?.lower ?? '').replace(/\.$/, '');
		const a = np[0];
		const b = np[np.length - 1];
		if (a && b && title.endsWith('s') && TITLE_WORDS.has(title.slice(0, -1)) && np.some((t) => t.lower === 'and')) return { speaker: partsOf(this.src.slice(a.start, b.end)), description: null };
		// "when Cruz and Rubio implied": two people the report has named, joined in one run of capitals, speak together.
		const and = np.findIndex((t, k) => k > 0 && t.lower === 'and');
		const x = and > 0 ? this.resolve(np.slice(0, and)) : null;
		const y = x?.kind === 'person' && x.entity ? this.resolve(np.slice(and + 1)) : null;
		if (a && b && x?.entity && y?.kind === 'person' && y.entity && y.entity !== x.entity) {
			// "John Lewis, Andre Carson and Emanuel Cleaver said": the names of the list before, over its commas.
			let first = start;
			for (let p = first; ts[p - 1]?.text === ',' && ts[p - 2]?.cap; p = first) {
				const part = this.walkLeft(p - 2);
				if (part > p - 2 || this.resolve(ts.slice(part, p - 1))?.kind !== 'person') break;
				first = part;
			}
			return { speaker: partsOf(this.src.slice(ts[first]?.start ?? a.start, b.end)), description: null };
		}
		const fromBody = this.personOfBody(np);
		if (fromBody) return fromBody;
		const speaker = this.conjoined(start, j) ?? this.resolve(np) ?? this.plainPhrase(np);
		const only = np.length === 1 ? np[0] : undefined;
		if (!speaker && only && start === this.afterDateline() && PUBLISHING.has(REPORTING_VERBS.get(verb?.lower ?? '')?.lemma ?? '')) return { speaker: outlet(this.reg, only), description: null };
		return { speaker, description: null };
	}

	/**
	 * "Sanders and his supporters argue", "Friends, rivals and former aides say": a subject of several parts
	 * joined by "and" that opens the sentence speaks as all of them, not as its last part.
	 */
	private conjoined(start: number, j: number): Speaker | null {
		const ts = this.tokens;
		// "And Justice Elena Kagan said": an "and" that opens the sentence joins it to the one before, no parts.
		if (ts[start - 1]?.lower !== 'and' || start - 1 <= this.afterDateline()) return null;
		let from = start;
		// Each part back to the first, over the commas of a list; a part that is no phrase stops the walk.
		do from = this.walkLeft(from - 2);
		while (ts[from - 1]?.text === ',' && from > 1);
		const a = ts[from];
		const b = ts[j];
		const d = this.afterDateline();
		if (!a || !b || a.text === ',' || !(from === d || (from === d + 1 && SENTENCE_CONJUNCTIONS.has(ts[d]?.lower ?? '')))) return null;
		return partsOf(this.src.slice(a.start, b.end));
	}

	/**
	 * The token that follows a dash (a "—" token, or " - " / " -- " between words) at or before token k,
	 * looking back at most `reach` tokens; -1 when there is none.
	 */
	private dashBefore(k: number, reach = 1): number {
		const ts = this.tokens;
		for (let m = k; m > 0 && k - m < reach; m--) {
			const a = ts[m - 1];
			const b = ts[m];
			if (!a || !b) continue;
			if (a.text === '—' || a.text === '–' || /\s-{1,2}\s/.test(this.src.slice(a.end, b.start))) return m;
		}
		return -1;
	}

	/**
	 * The speaker of "X, …, said" where token j is the comma before the verb: "Mark Smith, a former diplomat,
	 * said" (the name before, the appositive a description), "The official, who spoke on condition of
	 * anonymity, said" (a relative clause, commas and all), "A Twitter spokesman, Christopher Abboud, said"
	 * (a role, then the name in apposition: the name speaks).
	 */
	private beforeAppositive(j: number): LeftPhrase | null {
		const ts = this.tokens;
		let c0 = -1;
		const d0 = this.afterDateline();
		for (let k = j - 1; k >= Math.max(0, j - APPOSITIVE_MAX_TOKENS); k--) {
			if (ts[k]?.text !== ',') continue;
			if (c0 < 0) c0 = k;
			// A relative clause may hold commas of its own ("who lost her daughter in Aurora, Colorado, in 2012"): its start wins.
			// Not one about an opening phrase of place or time ("At that event, which …, Blumenthal, advocating …,
			// says"): the subject comes after it.
			if (RELATIVES.has(ts[k + 1]?.lower ?? '')) {
				if (PLACE_TIME_PREPOSITIONS.has(ts[d0]?.lower ?? '') && !ts.slice(d0, k).some((t) => t.text === ',')) break;
				c0 = k;
				break;
			}
		}
		if (c0 < 1) return null;
		// "…, Bishop Daniel Jenky, of Peoria, Ill., said": a state after a town belongs to the phrase before it.
		if (this.isPlaceTag(c0 + 1, j)) return this.beforeAppositive(c0);
		const inner = ts.slice(c0 + 1, j);
		// "Making her way around the diner, Clinton and her husband, thanked …": after an opening participle
		// clause the subject is the phrase between the commas, not the clause's last noun.
		const d = this.afterDateline();
		if (PARTICIPLE.test(ts[d]?.lower ?? '') && !ts[d + 1]?.cap && ts.findIndex((t, m) => m > d && t.text === ',') === c0) {
			const a = inner[0];
			const b = inner[inner.length - 1];
			// "Clinton and her husband": a subject of parts speaks as all of them, as conjoined() reads it.
			const parts = a && b && inner.some((t) => t.lower === 'and') ? partsOf(this.src.slice(a.start, b.end)) : null;
			return { speaker: parts ?? this.resolve(inner), description: null, from: c0 + 1 };
		}
		// "The judges, for instance, said": an aside, not an appositive; the subject is before it.
		if (ASIDES.has(inner.map((t) => t.lower).join(' '))) {
			const start = this.walkLeft(c0 - 1);
			return start <= c0 - 1 ? { speaker: this.resolve(this.np(start, c0)), description: null, from: start } : null;
		}
		// "Yin Myint May, 60, a doctor, said": an age between commas belongs to the name before it.
		if (/^\d{1,3}$/.test(ts[c0 - 1]?.text ?? '') && ts[c0 - 2]?.text === ',') {
			const start = this.walkLeft(c0 - 3);
			const a = inner[0];
			const b = inner[inner.length - 1];
			return start <= c0 - 3 ? { speaker: this.resolve(this.np(start, c0 - 2)), description: a && b ? { start: a.start, end: b.end } : null, from: start } : null;
		}
		// "Cory James, 22, of Flint, Mich., said", "Mark Smith, counter-terrorism officer at the embassy in
		// Dublin, said": a name opening the sentence, then appositives up to the verb — the name speaks.
		const first = ts.findIndex((t) => t.text === ',');
		// Not an opener of place or time: "At Boca West, …, Jay DiPietro, the club's president, suggested".
		if (first > 0 && first < c0 && j - first <= APPOSITIVE_MAX_TOKENS && !INTRO_WORDS.has(ts[0]?.lower ?? '') && ts.slice(0, first).every((t) => t.cap || t.text === '.' || t.text === '(' || t.text === ')' || NAME_CONNECTORS.has(t.lower))) {
			const named = this.resolve(this.np(0, first));
			const a = ts[first + 1];
			const b = ts[j - 1];
			if (named?.entity && (named.kind === 'person' || named.kind === 'organization')) return { speaker: named, description: a && b && !RELATIVES.has(a.lower) && b.end > a.start ? { start: a.start, end: b.end } : null, from: 0 };
		}
		const before = ts[c0 - 1];
		if (!before) return null;
		const start = this.walkLeft(c0 - 1);
		const lead = ts[start];
		// "A Twitter spokesman, Christopher Abboud, said": a role before, a person's name between the commas. The
		// role may end on a name: "One pastor supporting Mr. Cruz, Darran Whiting, said".
		// "The new foreign secretary of Ruritania, Ann Cole, said": a role after a few adjectives, and its place.
		const roleAt = [1, 2, 3].find((n) => ROLE_NOUNS.has(ts[d + n]?.lower ?? '') || TITLE_HEADS.has(ts[d + n]?.lower ?? ''));
		const roleOpens = (DETERMINERS.has(ts[d]?.lower ?? '') || LONE_QUANTIFIERS.has(ts[d]?.lower ?? '')) && roleAt !== undefined && ts.slice(d + 1, d + roleAt).every((t) => /^\p{Ll}/u.test(t.text));
		const role = roleOpens ? ts[d] : lead;
		if (inner[0]?.cap && !NOT_NAME.has(inner[0].lower) && role && (!before.cap || roleOpens)) {
			// "…, Darran Whiting of Liberty Baptist Church in Marion, said": the name up to its place.
			const cut = inner.findIndex((t, k) => k > 0 && !t.cap && t.text !== '.' && !NAME_CONNECTORS.has(t.lower));
			const named = this.resolve(cut > 0 ? inner.slice(0, cut) : inner);
			if (named?.kind === 'person') return { speaker: named, description: { start: role.start, end: before.end }, from: roleOpens ? d : start };
		}
		// "Germany's largest lender, Deutsche Bank, said": a body's name after a phrase whose noun is a body.
		if (inner[0]?.cap && !before.cap && lead && (isPossessive(lead) || DETERMINERS.has(lead.lower)) && BODY_NOUNS.has(before.lower)) {
			const named = this.resolve(inner);
			if (named?.kind === 'organization' && named.entity) return { speaker: named, description: { start: lead.start, end: before.end }, from: start };
		}
		if (!(isCapitalized(before) || before.text === ')' || (lead && DETERMINERS.has(lead.lower)))) return null;
		let speaker = this.resolve(this.np(start, c0));
		const a = inner[0];
		const b = inner[inner.length - 1];
		// "the Independent, a British newspaper, revealed": a capitalized word after "the" that an appositive calls a
		// body is that body, not a person the "the" phrase was read as referring back to.
		if (speaker?.kind === 'person' && (speaker.resolvedBy === 'unresolved' || speaker.resolvedBy === 'role') && before.cap && BODY_NOUNS.has(b?.lower ?? '') && INDEFINITE.has(a?.lower ?? '') && !inner.some((t) => OBJECT_PREPOSITIONS.has(t.lower))) speaker = this.namedBy(this.np(start, c0));
		const description = a && b && inner.length >= 2 && !RELATIVES.has(a.lower) ? { start: a.start, end: b.end } : null;
		return { speaker, description, from: start };
	}

	/** First token of the noun phrase that ends at token j. */
	walkLeft(j: number): number {
		const ts = this.tokens;
		const head = ts[j];
		if (!head) return j + 1;
		let k = j;
		let sawParen = false;
		if (head.text === ')') {
			const open = ts.slice(0, j).map((t) => t.text).lastIndexOf('(');
			if (open < 0) return j + 1;
			k = open - 1;
			sawParen = true;
		}
		// "the very reason he said": a pronoun is the whole subject.
		if (PRONOUN_HEADS.has(head.lower)) return j;
		const lowerHead = !isCapitalized(ts[k] ?? head) && !sawParen;
		let start = k + 1;
		let count = 0;
		while (k >= 0 && count < NAME_PHRASE_MAX_WORDS) {
			const t = ts[k];
			if (!t) break;
			const left = ts[k - 1];
			// "Roger Pilon of the Cato Institute": a name, "of the" and the body the person is from.
			if (t.lower === 'the' && ts[k - 1]?.lower === 'of' && ts[k - 2]?.cap && k < j && !lowerHead) {
				start = k;
				k -= 2;
				count += 2;
				continue;
			}
			if (DETERMINERS.has(t.lower) && !isInitial(ts, k)) {
				start = k;
				// "most of the candidates", "some of his aides": the quantifier heads the phrase.
				if (ts[k - 1]?.lower === 'of' && PARTITIVES.has(ts[k - 2]?.lower ?? '')) start = k - 2;
				break;
			}
			// "At least one insider", "at most 10 people": the bound sizes the count after it.
			if (lowerHead && (t.lower === 'least' || t.lower === 'most') && left?.lower === 'at' && isCount(ts[k + 1])) {
				start = k - 1;
				k -= 2;
				count += 2;
				continue;
			}
			// "About 9 percent", "Nearly a third", "Less than half": a share and the words that size it.
			// "Four in 10 voters", "one in five": a rate is one share.
			// "nine out of 10": "of" and "out" between the two numbers.
			const outOf = t.lower === 'of' && left?.lower === 'out';
			const rate = (t.lower === 'in' || outOf || (t.lower === 'out' && ts[k + 1]?.lower === 'of')) && isCount(ts[outOf ? k + 1 : t.lower === 'out' ? k + 2 : k + 1]) && isCount(outOf ? ts[k - 2] : left);
			if (lowerHead && (rate || NUMBER.test(t.text) || NUMBER_WORDS.has(t.lower) || APPROXIMATORS.has(t.lower) || (t.lower === 'a' && SHARE_WORD.test(ts[k + 1]?.lower ?? '')))) {
				start = k;
				k--;
				count++;
				continue;
			}
			// "While some friends say": a conjunction opening the sentence is not part of the phrase; inside a name
			// between capitals it is ("the Gay and Lesbian Alliance Against Defamation").
			if (t.cap && (INTRO_WORDS.has(t.lower) || COORDINATORS.has(t.lower)) && !(left?.cap && this.joinedTo(left, t))) break;
			// "Sanders’ aides": the apostrophe of a plural's possessive belongs to the phrase.
			const possessive = (t.text === '’' || t.text === "'") && left !== undefined && left.end === t.start && left.lower.endsWith('s') && k < j;
			// "on Saturday -- Reed claimed": a dash between two words ends the phrase.
			const cap = (isCapitalized(t) || t.text === '.' || possessive) && this.joinedTo(t, ts[k + 1]);
			const connector = NAME_CONNECTORS.has(t.lower) && left !== undefined && isCapitalized(left) && k < j;
			const bracketComma = t.text === ',' && sawParen && left !== undefined && isCapitalized(left) && isCapitalized(ts[k + 1] ?? t);
			// Lower-case words before a role or group: its adjectives and nouns ("senior Republican aides"), not a
			// conjunction, a question word, a participle or "to" ("while others", "intended to give Republicans").
			const lower =
				lowerHead &&
				// "Nevada's Democratic party's initial estimates": a common noun's possessive owns the words after it.
				(LOWER_WORD.test(t.text) || (k < j && OWNED_BY.test(t.text))) &&
				!SUBJECT_STOPS.has(t.lower) &&
				// "The report said", "One tweet said": right before the verb, a word that is also a verb is its subject;
				// further left it ends the phrase, but for "state" ("black Democratic state lawmakers"), a noun there.
				(!REPORTING_VERBS.has(t.lower) || k === j || t.lower === STATE) &&
				!COORDINATORS.has(t.lower) &&
				// "Even though people hailed …": a conjunction opening a clause ends the phrase.
				!SUBORDINATORS.has(t.lower) &&
				!NOT_IN_PHRASE.has(t.lower) &&
				// "the national tracking poll", "the published guidelines": right before a paper's noun a participle describes
				// it (not "the sitting president", a role: that reads as a label for someone else named before).
				(!PARTICIPLE.test(t.text) || (k === j - 1 && DOCUMENT_NOUNS.has(ts[j]?.lower ?? '')) || (k === j && RECEIVED.has(t.lower) && left?.lower === 'those')) &&
				this.joinedTo(t, ts[k + 1]) &&
				count < ROLE_PHRASE_MAX_WORDS;
			if (cap || connector || bracketComma || lower || (t.lower === 'for' && lowerHead)) {
				start = k;
				k--;
				count++;
				continue;
			}
			break;
		}
		// "Less than a third", "Nearly a third": the words sizing a share come before its article.
		const sized = SHARE_WORD.test(ts[start]?.lower ?? '') || SHARE_WORD.test(ts[start + 1]?.lower ?? '');
		while (sized && start > 0 && APPROXIMATORS.has(ts[start - 1]?.lower ?? '')) start--;
		// "A letter from the union obtained by The Associated Press warns": the one who obtained it is no subject.
		if (ts[start - 1]?.lower === 'by' && RECEIVED.has(ts[start - 2]?.lower ?? '')) {
			const head = this.walkLeft(start - 3);
			if (head <= start - 3 && (DETERMINERS.has(ts[head]?.lower ?? '') || ts[head]?.cap)) return head;
		}
		// "Officials in Minnesota", "residents of Flint": people named by a kind and a place. "Supporters of the
		// plan", "critics of the deal": the people, not the thing they are for or against. "a blogger on the Web
		// site Freedom’s Lighthouse": the complement may run to a few words.
		for (let p = start - 1; p > 0 && start - p <= COMPLEMENT_MAX_TOKENS; p--) {
			const prep = ts[p];
			if (!prep || !LETTER.test(prep.text) || REPORTING_VERBS.has(prep.lower)) break;
			const kind = ts[p - 1]?.lower ?? '';
			// "Aides to Mrs. Clinton", "staff to the governor": people who serve someone (not "to give").
			const served = ts[p + 1];
			const serving = prep.lower === 'to' && !!served && (served.cap || DETERMINERS.has(served.lower));
			const near = ['in', 'from', 'at', 'of', 'with', 'on', 'for'].includes(prep.lower) || serving;
			// Further back only for one person a/an introduces ("a lawyer for Mr. Hale", "an aide to the senator"), or an
			// envoy to a place, with or without "a" ("The former nuncio to the United States").
			const oneRole = OBJECT_PREPOSITIONS.has(prep.lower) && ((ROLE_NOUNS.has(kind) && /^an?$/.test(ts[this.walkLeft(p - 1)]?.lower ?? '')) || (prep.lower === 'to' && ENVOYS.has(kind)));
			// "the government in Riyadh", "an earlier report in a local paper": a body or a paper and its place.
			// "Thomas Goldstein of the law firm of Goldstein & Russell": a name, then "of the" and a body too long or too
			// lower-case for one run of capitals; the name is the head, not the firm's last word.
			const nameOfThe = prep.lower === 'of' && ts[p + 1]?.lower === 'the' && p < start - 1 && !!ts[p - 1]?.cap && !ts.slice(p + 1, start).some((x) => x.text === ',' || REPORTING_VERBS.has(x.lower));
			if ((p === start - 1 && near && (isPeopleWord(kind) || DOCUMENT_NOUNS.has(kind) || BODY_NOUNS.has(kind))) || oneRole || nameOfThe) return this.walkLeft(p - 1);
		}
		return start;
	}
}

/**
 * Where a date that ends at token k starts, at its preposition, or -1: "on July 20, 2006,", "in 2006", "on May 23".
 * A comma after a day's year is part of the date (the one that sets the year off); after "in 2006" it closes an
 * aside the date stands in.
 */
function dateEndingAt(ts: readonly Token[], k: number): number {
	const comma = ts[k]?.text === ',';
	let e = comma ? k - 1 : k;
	const last = ts[e]?.text ?? '';
	if (YEAR.test(last)) {
		// "Grayson, elected in 2008, criticized …": that comma closes an aside, and the year is inside it.
		if (ts[e - 1]?.lower === 'in') return comma ? -1 : e - 1;
		if (ts[e - 1]?.text !== ',') return -1;
		e -= 2;
	} else if (comma) return -1;
	const day = ts[e];
	const month = ts[e - 1];
	return day && /^\d{1,2}$/.test(day.text) && month && MONTHS.has(month.lower) && ts[e - 2]?.lower === 'on' ? e - 2 : -1;
}

/** The comma at token k sits inside a number ("2,400", "$1,500"): digits touch it on both sides. */
export const groupsDigits = (ts: readonly Token[], k: number): boolean => {
	const a = ts[k - 1];
	const b = ts[k + 1];
	const c = ts[k];
	return !!a && !!b && !!c && a.end === c.start && c.end === b.start && /\d$/.test(a.text) && /^\d/.test(b.text);
};

/** A singular noun that can speak on its own: a role, a body, a paper ("the aide", "the committee", "the memo"). */
const isSpeakingNoun = (w: string): boolean => ROLE_NOUNS.has(w) || BODY_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || GROUP_NOUNS.has(w);
const isCount = (t: Token | undefined): boolean => !!t && (NUMBER.test(t.text) || NUMBER_WORDS.has(t.lower));
/** "did", "does", "do" before a verb's base form: the stress of "he did say", no word of the subject. */
const DO_SUPPORT = wordSet('did does do');
const PRONOUN_HEADS = wordSet('he she they it we i you');
const SENTENCE_CONJUNCTIONS = wordSet('and but yet so');
/** The reporting verb that is most often a noun before another noun: "state lawmakers", "state officials". */
const STATE = 'state';

/** A noun for people ("officials", "residents", "spokesman", "engineers"), which a place or a body may follow. */
const isPeopleWord = (w: string): boolean => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')) || GROUP_NOUNS.has(w) || VAGUE_NOUNS.has(w);
