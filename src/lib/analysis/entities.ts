// Finds the people, organizations and places a report names, and every later mention of them (surname,
// "Mr Smith", acronym), so that a pronoun or a short name can be resolved to the fullest name the report
// gives: one entity per referent, with the titles and labels the report gives it kept as descriptions.
// A capitalized run counts as a person only with evidence: a title or role before it, or a comma, bracket,
// possessive or verb after it — never "the Middle East", never "Senior Israeli government". A name is
// always whole: "United States" is a place, not a person called "States"; "Senate Majority Leader Ann
// Cole" is Ann Cole with her title; a dateline ("CLEVELAND - Donald Trump") never joins a name.
import { SpanIndex, type ReadingContext } from './context';
import {
	COUNTRIES,
	DEMONYMS,
	HONORIFIC_GENDER,
	HONORIFICS,
	lessOfficePrefix,
	NAME_CONNECTORS,
	NOT_NAME,
	NO_ARTICLE,
	ORG_WORDS,
	PARTY_MEMBERS,
	PLACES,
	ROLE_NOUNS,
	TITLE_HEADS,
	TITLE_WORDS,
} from './lexicons/names';
import { MONTHS, TIME_WORDS } from './lexicons/function-words';
import { memoByWord } from './memo';
import { isAcronym, isCapitalized, isInitial, isPossessive, perWord, tokenize, type Token } from './tokens';
import type { SourceKind, Span } from './types';
import { wordSet } from './lexicons/word-set';

export interface Entity {
	id: string;
	name: string;
	kind: SourceKind;
	aliases: Set<string>;
	mentions: Span[];
	descriptions: Span[];
	gender?: 'he' | 'she';
	/** Where it is first named. */
	first: number;
}

export interface Registry {
	entities: Entity[];
	/** The entities' ids, so that a new one is told apart without walking them all. */
	ids: Set<string>;
	/** Lower-cased name, alias or surname → entity. */
	byKey: Map<string, Entity>;
	/** Every mention in text order. */
	mentions: { at: number; end: number; entity: Entity }[];
	tokens: Map<number, Token[]>;
	/**
	 * Person-shaped names the report gives without evidence enough to register them ("Sam Boyd spoke"),
	 * by their last word: a later "Boyd said" is then that person, not a body called Boyd.
	 */
	candidates: Map<string, { name: string; at: Span }>;
	/** Words the report capitalizes inside a sentence: evidence that a lone capitalized word is a name. */
	midCaps: Set<string>;
	/** True while a headline is read: its capitals are the headline's style, not evidence of names. */
	inHeadline: boolean;
	/** Where the headline ends: a name there does not introduce anyone to the body. */
	headlineEnd: number;
	/**
	 * Where the sentence before the one being read starts, and the last source the report quoted: set by the
	 * reader sentence by sentence, so that a pronoun is read against the people in view; `lastSaidEnd`, where the
	 * words that source passed on end.
	 */
	view: { from: number; sentence: number; lastSpeaker: Entity | null; lastSpeakerAt: number; lastSaidEnd: number };
	/** Mentions made as a subject: not after a preposition ("attacks on Clinton" is no subject). */
	subjects: Set<number>;
	/** Mentions that open their sentence, after their titles: most often its subject. */
	leads: Set<number>;
	/** The words inside quotation marks: a name there is the quoted speaker's, not an antecedent for the narrator's "he". */
	quoted: SpanIndex<Span>;
}

// Patterns used in loops, compiled once (a literal in a loop is a new RegExp object each time round).
const LETTER = /[\p{L}]/u;
const FINAL_STOP = /\.$/;
const DESCRIPTOR = /^\p{Lu}\p{Ll}*-\p{Ll}/u;
const POSSESSIVE_END = /[’']s$/u;
const TRAILING_APOSTROPHE = /[’']$/u;
const VERB_LIKE = /^[\p{Ll}]+(?:ed|s)$/u;
const PLAIN_WORD = /^[\p{L}.-]+$/u;
const SPACE_ONLY = /^\s*$/;
/** An initial or initials before a full stop inside a name: "James E. Clyburn", "J.M. Berger", "the U.S. Census Bureau". */
const INITIAL = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** Suffixes after a surname: "Samuel Alito Jr.", "John Smith III". */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** "Hillary Clinton (D-N.Y.)", "R-Ohio": a party and state tag, a description. */
export const PARTY_TAG = /^[RDI]-[A-Z][\p{L}.]*$/u;

// Made for every entity a report registers, and two reports of one event name the same people: each name
// is made into an id once.
const slug = memoByWord(
	(s: string): string =>
		s
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-|-$/g, '') || 'source',
);

export interface Run {
	tokens: Token[];
	/** Index in the sentence's tokens of the first and one past the last token. */
	from: number;
	to: number;
}

/** Only spaces between a and b in `src` (no text to read: taken as joined). */
const joinedIn = (src: string | undefined, a: Token | undefined, b: Token | undefined): boolean =>
	!src || !a || !b || (b.start - a.end === 1 && src.charCodeAt(a.end) === 32) || SPACE_ONLY.test(src.slice(a.end, b.start));

/**
 * Runs of capitalized words in a sentence, joined over "of", "and", "on" between capitals. Only spaces may
 * separate the words of one name: "CLEVELAND - Donald Trump" is a dateline and a name.
 */
export function capitalRuns(tokens: readonly Token[], src?: string): Run[] {
	const runs: Run[] = [];
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		if (!t || !isCapitalized(t) || !LETTER.test(t.text) || isPartyTag(t)) {
			i++;
			continue;
		}
		let j = i + 1;
		for (;;) {
			const n = tokens[j];
			// "James E. Clyburn", "Theodore J. Boutrous Jr.": the full stop after an initial stays in the name.
			const initial = tokens[j - 1];
			if (n?.text === '.' && initial && INITIAL.test(initial.text) && tokens[j + 1]?.cap && joinedIn(src, n, tokens[j + 1])) {
				j++;
				continue;
			}
			// ("White House WON’T say": a verb shouted in a headline ends the name.)
			if (n && isCapitalized(n) && !isPartyTag(n) && !isPossessive(tokens[j - 1]) && joinedIn(src, tokens[j - 1], n) && !afterHeading(tokens, j) && !/N[’']T$/.test(n.text)) {
				j++;
				continue;
			}
			// "Action on Armed Violence", "Secretary of State": a connector between capitals; not "… on Monday",
			// "… in March", which say when.
			const after = tokens[j + 1];
			if (n && NAME_CONNECTORS.has(n.lower) && after && isCapitalized(after) && !TIME_WORDS.has(after.lower) && !MONTHS.has(after.lower) && !isPossessive(tokens[j - 1]) && joinedIn(src, tokens[j - 1], n) && !((n.lower === 'and' || n.lower === '&') && joinsTwoPeople(tokens, i, j))) {
				j += 2;
				continue;
			}
			break;
		}
		// "Speaker of the House Newt Gingrich", "Secretary of the Treasury Steven Mnuchin": after a title's "of the",
		// the body closes the title and the words after it are the name.
		const office = tokens[i - 3];
		const cut = office && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of' && isTitleHead(office) ? bodyThenName(tokens, i, j) : j;
		const from = cut < j ? cut : i;
		if (from > i) runs.push({ tokens: tokens.slice(i, from), from: i, to: from });
		runs.push({ tokens: tokens.slice(from, j), from, to: j });
		i = j;
	}
	return runs;
}

/** Where a person's name starts after a body's name in one run ("House | Newt Gingrich"); `to` when none does. */
function bodyThenName(tokens: readonly Token[], from: number, to: number): number {
	for (let p = from + 1; p <= to - 2; p++) {
		const rest = tokens.slice(p, to);
		// The name is all capitals, and the body before it ends on one ("Center for | Biological Diversity" is one name).
		if (rest.length <= 4 && tokens[p - 1]?.cap && rest.every((t) => t.cap) && !rest.some((t) => isOrgWord(t) || (isTitle(t) && !HONORIFICS.has(t.lower))) && nameKind(splitTitle(rest).name) === 'person') return p;
	}
	return to;
}

/** "R-Ky.", "D-N.Y.": the pattern is tried only on words whose second character is a hyphen. */
const isPartyTag = (t: Token): boolean => t.text.charCodeAt(1) === 45 && PARTY_TAG.test(t.text);

/** The parts of a run joined by "and" or "&": "Reed and Cole" → "Reed", "Cole". */
function splitAtAnd(run: readonly Token[]): Token[][] {
	const parts: Token[][] = [[]];
	for (const t of run) {
		if (t.lower === 'and' || t.lower === '&') parts.push([]);
		else parts[parts.length - 1]?.push(t);
	}
	return parts.length > 1 ? parts.filter((p) => p.length > 0) : [];
}

/**
 * Whether "and" joins two people rather than the words of one name: "Mayor Ada Lind and Councillor Ben
 * Ortiz", "Ada Lind and Ben Ortiz" — but "Procter and Gamble", "Department of Health and Human Services".
 */
function joinsTwoPeople(tokens: readonly Token[], from: number, and: number): boolean {
	const after = tokens[and + 1];
	if (!after) return false;
	if (isTitle(after) || HONORIFICS.has(after.lower)) return true;
	let start = and - 1;
	while (start > from && tokens[start - 1]?.cap) start--;
	let end = and + 1;
	while (tokens[end]?.cap) end++;
	const personShaped = (ts: readonly Token[]): boolean => ts.length >= 2 && ts.length <= 3 && !ts.some((t) => ORG_WORDS.has(t.base.toLowerCase()) || PLACES.has(t.lower));
	return personShaped(tokens.slice(start, and)) && personShaped(tokens.slice(and + 1, end));
}
const ALL_CAPS = /^[\p{Lu}\d]+$/u;
/**
 * "… DEADLY ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan": a word in ordinary case after two
 * in capitals starts a new name; the capitals were a heading. ("NAACP President" is one acronym, not a heading.)
 */
const afterHeading = (ts: readonly Token[], j: number): boolean => {
	const n = ts[j];
	const a = ts[j - 1];
	const b = ts[j - 2];
	return !!n && !!a && !!b && a.text.length > 1 && b.text.length > 1 && a.text === a.text.toUpperCase() && ALL_CAPS.test(a.text) && ALL_CAPS.test(b.text) && !ALL_CAPS.test(n.text);
};
const bare = (t: Token): string => t.lower.replace(FINAL_STOP, '');
/** A word as the name lists hold it: lower case, without a possessive ("Smith’s" → "smith", "Sanders’" → "sanders"). */
const listWord = memoByWord((lower): string => lower.replace(POSSESSIVE_END, '').replace(TRAILING_APOSTROPHE, ''));

// What the lists say of a word, asked of every capitalized word of a report many times over (splitting titles,
// judging kinds), so worked out once per distinct word as bits.
const TITLE = 1;
const TITLE_HEAD = 2;
/** A word that starts a name's title or label rather than the name: "the", "former", "Democrat", "Sen.", "minister". */
const LEADS_NAME = 4;
const ORGANIZATION = 8;
const wordFlags = perWord(({ lower: written }): number => {
	const lower = lessOfficePrefix(written);
	const b = lower.replace(FINAL_STOP, '');
	const base = lower.replace(POSSESSIVE_END, '');
	const honorific = HONORIFICS.has(lower) || HONORIFICS.has(`${b}.`);
	const title = honorific || TITLE_WORDS.has(b) || TITLE_WORDS.has(lower);
	const head = honorific || TITLE_HEADS.has(b) || TITLE_HEADS.has(lower);
	const leads = title || NOT_NAME.has(b) || ROLE_NOUNS.has(b) || PARTY_MEMBERS.has(b) || NAME_CONNECTORS.has(b);
	return (title ? TITLE : 0) | (head ? TITLE_HEAD : 0) | (leads ? LEADS_NAME : 0) | (ORG_WORDS.has(base) ? ORGANIZATION : 0);
});
const isTitle = (t: Token): boolean => (wordFlags(t) & TITLE) !== 0;
const isTitleHead = (t: Token): boolean => (wordFlags(t) & TITLE_HEAD) !== 0;
const isOrgWord = (t: Token): boolean => (wordFlags(t) & ORGANIZATION) !== 0;

/**
 * Splits a run into the title before a name and the name: "Foreign Secretary David Lammy" → "Foreign
 * Secretary" + "David Lammy"; "Senate Majority Leader Ann Cole" → "Senate Majority Leader" + "Ann Cole".
 * A body's name keeps its words ("Republican National Committee"); only words that start any sentence go.
 */
export function splitTitle(run: readonly Token[]): { title: Token[]; name: Token[] } {
	// Asked of every run of capitals, and again of each speaker phrase: each wording is split once.
	const key = run.length === 1 ? (run[0]?.text ?? '') : run.map((t) => t.text).join(' ');
	let k = SPLITS.get(key);
	if (k === undefined) {
		k = titleLength(run);
		if (SPLITS.size >= KINDS_MAX) SPLITS.clear();
		SPLITS.set(key, k);
	}
	return { title: run.slice(0, k), name: run.slice(k) };
}

const SPLITS = new Map<string, number>();

/** How many words of the run are its title (splitTitle). */
function titleLength(run: readonly Token[]): number {
	// "House Republican Thomas Massie", "Arizona Republican Ann Cole": a party's member, then a full name with no
	// body's word in it, is a label before a person.
	let party = run.length - 3;
	while (party >= 0 && !PARTY_MEMBERS.has(listWord(run[party]?.lower ?? ''))) party--;
	const member = party >= 0 && !run.slice(party + 1).some(isOrgWord) ? party + 1 : 0;
	const org = run.some(isOrgWord);
	if (org || (run.length > 1 ? PLACES.has(run.map((t) => listWord(t.lower)).join(' ')) : PLACES.has(listWord(run[0]?.lower ?? '')))) {
		let k = 0;
		while (k < run.length - 1 && NOT_NAME.has(run[k]?.lower ?? '')) k++;
		// "the Clinton campaign" keeps its words; "Weekly Standard Editor Bill Kristol" is a person with a title.
		const head = lastTitleHead(run);
		if (head < 0 || run.slice(head + 1).some(isOrgWord)) return Math.max(k, member);
	}
	// "Martin Luther King Jr.": a suffix closes the name and is never all of it, so the title is read
	// without it ("King" is no office here).
	let end = run.length;
	while (end > 1 && (NAME_SUFFIX.test(run[end - 1]?.text ?? '') || run[end - 1]?.text === '.')) end--;
	if (end < run.length) return titleLength(run.slice(0, end));
	let k = 0;
	while (k < run.length - 1) {
		const t = run[k];
		if (!t) break;
		// "The American Legion", "the British Museum": a nationality before one word names a body; before a
		// person it stands before a full name ("American author Ann Cole", "British Prime Minister Ann Cole").
		if (DEMONYMS.has(t.lower) && run.length - k === 2) break;
		// "Mum-of-two Sarah Jones": a hyphenated descriptor before the name.
		// "Democrat Hillary Clinton", "Republican Sen. John Thune": a party before the name is a label.
		if ((wordFlags(t) & LEADS_NAME) !== 0 || DESCRIPTOR.test(t.text)) k++;
		else break;
	}
	// "Senate Majority Leader Ann Cole": words of the title before its head office.
	const head = lastTitleHead(run);
	if (head >= k && head < run.length - 1 && (run.length - head > 2 || head > 0)) k = head + 1;
	return Math.max(k, member);
}

/** Index of the last title head in a run that a name follows, or -1. */
function lastTitleHead(run: readonly Token[]): number {
	// Read right to left: once a title or an organization word is seen, no head before it qualifies.
	for (let k = run.length - 1; k >= 0; k--) {
		const t = run[k];
		if (!t) continue;
		const flags = wordFlags(t);
		if (k < run.length - 1 && (flags & TITLE_HEAD) !== 0) return k;
		if ((flags & (TITLE | ORGANIZATION)) !== 0) return -1;
	}
	return -1;
}

/**
 * "Alan Brinkley of Columbia University", "Andrew Pincus of Mayer Brown": a person's name, then "of" and
 * the body they belong to. Returns the person's part, or null when the run is one name ("Bank of England").
 */
export function personOf(name: readonly Token[]): Token[] | null {
	const of = name.findIndex((t) => t.lower === 'of');
	if (of < 2 || of > 4) return null;
	// "Historian Alan Brinkley of Columbia University": the person's name less the words of a title or role.
	const person = splitTitle(name.slice(0, of)).name;
	return person.length >= 2 && nameKind(person) === 'person' && !person.some((t) => isTitle(t)) ? person : null;
}

export type NameKind = 'person' | 'organization' | 'government' | 'group' | 'label' | 'unknown';

/**
 * What a bare name looks like on its own: a place ("United States", "North Carolina") speaks as a
 * government; "Democrats" is a group and "Arizona Republican" a label for a person, never a name.
 */
export function nameKind(name: readonly Token[]): NameKind {
	const words = name.map((t) => listWord(t.lower));
	if (words.length === 0) return 'unknown';
	// A report names the same people and bodies again and again: each wording is judged once.
	const key = words.length === 1 && name[0] && isAcronym(name[0]) ? `${words[0]}|acronym` : words.join(' ');
	const known = KINDS.get(key);
	if (known) return known;
	const kind = kindOf(name, words);
	if (KINDS.size >= KINDS_MAX) KINDS.clear();
	KINDS.set(key, kind);
	return kind;
}

const KINDS = new Map<string, NameKind>();
/** The wordings kept: emptied at this size, so a long-lived worker does not grow without end. */
const KINDS_MAX = 20_000;

/** Nouns that end the name of a street, a square or a district; too rare as surnames to be read as one. */
const PLACE_HEADS = new Set(['street', 'avenue', 'road', 'boulevard', 'square', 'plaza', 'county', 'island', 'valley']);
/** A person's name is at most this many words ("Martin Luther King Jr."); a longer run of capitals is a body's. */
const PERSON_MAX_WORDS = 4;

function kindOf(name: readonly Token[], words: readonly string[]): NameKind {
	if (PLACES.has(words.join(' '))) return 'government';
	// "House Republicans", "Senate Democrats", "Arizona Republican": members of a party, not the body.
	const last = words[words.length - 1] ?? '';
	const singular = last.endsWith('s') ? last.slice(0, -1) : last;
	if (PARTY_MEMBERS.has(singular) || (last.endsWith('s') && DEMONYMS.has(singular))) {
		if (last === singular) return 'label';
		// "Log Cabin Republicans", "Blue Dog Democrats": two or more words of a name of its own before the
		// members make a body (a club, a caucus); a chamber, a place or a word like "Leading" makes a group.
		const qualifiers = words.slice(0, -1);
		const named = qualifiers.length >= 2 && qualifiers.every((w) => !ORG_WORDS.has(w) && !PLACES.has(w) && !DEMONYMS.has(w) && !NOT_NAME.has(w) && !TITLE_WORDS.has(w) && !PARTY_MEMBERS.has(w));
		return named ? 'organization' : 'group';
	}
	// "Toughest Sheriff", "Top Economic Aide": a title or role at the end is a description, not a name.
	if (words.length > 1 && (TITLE_HEADS.has(last) || ROLE_NOUNS.has(last))) return 'label';
	if (words.some((w) => ORG_WORDS.has(w))) return 'organization';
	if (words.length === 1) {
		const only = name[0];
		if (COUNTRIES.has(last)) return 'government';
		if (only && isAcronym(only)) return 'organization';
		return 'unknown';
	}
	if (words.every((w) => PLACES.has(w) || DEMONYMS.has(w) || NOT_NAME.has(w))) return 'government';
	// "Wall Street", "Pennsylvania Avenue", "Orange County": a place named by its kind, never a person.
	if (PLACE_HEADS.has(last)) return 'unknown';
	// "American Legion", "British Museum": a nationality and one word of a name are a body's (titleLength).
	const [w0 = '', w1 = ''] = words;
	// Not a nationality that is as often a given name, first: "Christian Lindner", "Christian Estrosi".
	const given = (w: string, k: number): boolean => k === 0 && w === 'christian';
	if (words.length === 2 && DEMONYMS.has(w0) && !given(w0, 0) && !(PLACES.has(w1) || DEMONYMS.has(w1) || NOT_NAME.has(w1))) return 'organization';
	// "John A. Boehner": an initial is a letter, not the article "a" or the pronoun "I".
	if (words.some((w, k) => ((DEMONYMS.has(w) && !given(w, k)) || PLACES.has(w) || NOT_NAME.has(w)) && !isInitial(name, k))) return 'unknown';
	// Words, not tokens: the full stops of "Joseph R. Biden Jr." are no words of the name.
	if (name.length <= PERSON_MAX_WORDS || name.filter((t) => t.text !== '.').length <= PERSON_MAX_WORDS) return 'person';
	return 'organization';
}

/**
 * After a courtesy title or an office, a short name that reads as a place only because a word of it names one
 * is a person: "Rep. Steve Israel", "Sen. Jordan Brooks", "Premier Tim Houston" (surnames and given names are
 * often places). A name made only of places ("Gov. New Mexico" is no one) or ending in a street or county word
 * stays what it was.
 */
export function titledKind(name: readonly Token[], kind: NameKind): NameKind {
	if (kind !== 'unknown' || name.length < 2 || name.length > TITLED_NAME_MAX_WORDS) return kind;
	const words = name.map((t) => listWord(t.lower));
	const last = words[words.length - 1] ?? '';
	if (PLACE_HEADS.has(last) || PLACES.has(words.join(' ')) || words.every((w) => PLACES.has(w) || DEMONYMS.has(w)) || words.some((w) => NOT_NAME.has(w))) return kind;
	return 'person';
}
/** A given name, a middle name and a surname: a longer run after a title is more than a person's name. */
const TITLED_NAME_MAX_WORDS = 3;

export const textOf = (ts: readonly Token[], src: string): string => {
	const a = ts[0];
	const b = ts[ts.length - 1];
	return a && b ? src.slice(a.start, b.end).replace(POSSESSIVE_END, '') : '';
};

function add(reg: Registry, written: string, kind: SourceKind, at: Span): Entity {
	const key = written.toLowerCase();
	const known = reg.byKey.get(key);
	if (known) return known;
	// "the Senate", "the Times", "the Administration": a body named by a common noun keeps its article.
	const name = kind !== 'person' && !written.includes(' ') && ORG_WORDS.has(key) && !NO_ARTICLE.has(key) ? `the ${written}` : written;
	let id = slug(name);
	while (reg.ids.has(id)) id += '-2';
	reg.ids.add(id);
	const e: Entity = { id, name, kind, aliases: new Set(), mentions: [], descriptions: [], first: at.start };
	reg.entities.push(e);
	reg.byKey.set(key, e);
	reg.byKey.set(name.toLowerCase(), e);
	if (kind === 'person') {
		const parts = name.split(/\s+/).filter((w) => w !== '.');
		while (parts.length > 2 && NAME_SUFFIX.test(parts[parts.length - 1] ?? '')) parts.pop();
		const surname = parts[parts.length - 1]?.replace(/,$/, '');
		// "Hillary Clinton … Bill Clinton’s affairs": the surname alone stays with whoever the report named first,
		// even without evidence then (a candidate); a first name that differs from theirs is someone else.
		const first = reg.candidates.get(surname?.toLowerCase() ?? '')?.name.slice(0, 2);
		if (surname && parts.length > 1 && !reg.byKey.has(surname.toLowerCase()) && (!first || first === name.slice(0, 2))) {
			reg.byKey.set(surname.toLowerCase(), e);
			e.aliases.add(surname);
		}
	}
	return e;
}

export function alias(reg: Registry, e: Entity, name: string): void {
	const key = name.toLowerCase();
	if (!reg.byKey.has(key)) reg.byKey.set(key, e);
	if (name !== e.name) e.aliases.add(name);
}

/** Registers a named entity found by a rule elsewhere (a speaker), or returns the one already known. */
export function ensure(reg: Registry, name: string, kind: SourceKind, at: Span): Entity {
	return reg.byKey.get(name.toLowerCase()) ?? (kind === 'person' ? withoutSuffix(reg, name) : undefined) ?? add(reg, name, kind, at);
}

/** "Biden Jr." for the registered "Joseph R. Biden Jr.": a surname with its suffix is that person's. */
function withoutSuffix(reg: Registry, name: string): Entity | undefined {
	const parts = name.split(/\s+/);
	if (parts.length < 2 || !NAME_SUFFIX.test(parts[parts.length - 1] ?? '')) return undefined;
	const e = reg.byKey.get(parts.slice(0, -1).join(' ').toLowerCase());
	return e?.kind === 'person' ? e : undefined;
}

/** Looks a name up: full name, surname, acronym or alias. */
export function lookup(reg: Registry, name: string): Entity | undefined {
	const key = name.toLowerCase();
	return reg.byKey.get(key) ?? (key.startsWith('the ') ? reg.byKey.get(key.slice(4).trimStart()) : withoutSuffix(reg, name));
}

/** The person a lone surname stands for when the report gives the full name without other evidence. */
export function candidate(reg: Registry, surname: string): Entity | undefined {
	const c = reg.candidates.get(surname.toLowerCase());
	if (!c) return undefined;
	const e = ensure(reg, c.name, 'person', c.at);
	alias(reg, e, surname);
	return e;
}

/** Words that cannot open a description of someone: prepositions, conjunctions, verbs of other clauses. */
const NOT_DESCRIPTION_START = wordSet(
	'in on at to toward towards including as then and but or when while after before with by for from of who which ' +
		'would will could said says told the following during if that this',
);
/** A description is a noun phrase of at most this many words ("the state’s third-largest daily"). */
const DESCRIPTION_MAX_WORDS = 14;

/**
 * The part of a span that describes someone, or null: a noun phrase ("a former adviser to Mr. Reid",
 * "Senate Majority Leader"), cut before a relative clause or a second comma; never a clause, a setting
 * ("in an interview with Fox News"), another's possession ("Akin's ad") or a verb's words.
 */
export function describes(src: string, span: Span): Span | null {
	let text = src.slice(span.start, span.end);
	const cut = text.search(/,|;|\s[—–]\s|\s-{1,2}\s|\s(?:who|which|whose|that)\s/);
	if (cut > 0) text = text.slice(0, cut);
	// A final full stop ends the sentence, unless it ends an abbreviation ("Sen.", "R-S.C.", "Jr.").
	let trimmed = text.replace(/[\s,;:]+$/u, '');
	if (/\.$/.test(trimmed) && !/(?:^|\s)(?:[\p{L}-]*\.[\p{L}-]+\.|\p{Lu}\p{Ll}{0,3}\.|[RDI]-\p{L}+\.)$/u.test(trimmed)) trimmed = trimmed.slice(0, -1);
	const lead = trimmed.length - trimmed.trimStart().length;
	const words = trimmed.trim().split(/\s+/);
	const first = words[0]?.toLowerCase() ?? '';
	if (!first || words.length > DESCRIPTION_MAX_WORDS || /^\d+$/.test(first) && words.length === 1) return null;
	if (NOT_DESCRIPTION_START.has(first) && words.length === 1) return null;
	if (NOT_DESCRIPTION_START.has(first) && first !== 'the') return null;
	// "trying to put to rest …", "issued last month", "Following President …": a verb, not an adjective
	// ("Disgraced minister", "outgoing governor" are descriptions).
	const second = words[1] ?? '';
	if (/(?:ing|ed)$/.test(first) && (!second || /^\p{Lu}/u.test(second) || NOT_DESCRIPTION_START.has(second.toLowerCase()) || /^(?:a|an|last|this|next|up|out|down|off)$/i.test(second))) return null;
	if (/^\p{Lu}.*[’']s$/u.test(words[0] ?? '') && words.length <= 2) return null;
	if (words.some((w) => /^(?:said|says|told|tells|would|could|will|has|had|is|was|are|were)$/i.test(w))) return null;
	return { start: span.start + lead, end: span.start + lead + trimmed.trim().length };
}

/** Sets a person's pronoun from an honorific ("Mr", "Ms") or a gendered role noun ("spokeswoman"). */
export function learnGenderFrom(e: Entity, word: string, from: ReadonlyMap<string, 'he' | 'she' | null>): void {
	const g = from.get(word.toLowerCase());
	if (g && !e.gender && e.kind === 'person') e.gender = g;
}

/** The marks that open a quotation: a capital after one opens the quoted words, not a name. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"']);

export function buildRegistry(ctx: ReadingContext): Registry {
	const reg: Registry = {
		entities: [],
		ids: new Set(),
		byKey: new Map(),
		mentions: [],
		tokens: new Map(),
		candidates: new Map(),
		midCaps: new Set(),
		inHeadline: false,
		headlineEnd: ctx.sentences.filter((x) => x.headline).reduce((e, x) => Math.max(e, x.end), 0),
		view: { from: 0, sentence: 0, lastSpeaker: null, lastSpeakerAt: -1, lastSaidEnd: -1 },
		subjects: new Set(),
		leads: new Set(),
		quoted: new SpanIndex(ctx.quotes.map((q) => q.inner)),
	};
	const src = ctx.text;
	// Each sentence's tokens and capitalized runs (split into title and name), found once for both passes.
	const sentences = ctx.sentences.map((s) => {
		const tokens = tokenize(src, s);
		reg.tokens.set(s.index, tokens);
		if (!s.headline) {
			for (let k = 1; k < tokens.length; k++) {
				const t = tokens[k];
				if (t?.cap && !OPENING_QUOTES.has(tokens[k - 1]?.text ?? '')) reg.midCaps.add(t.lower);
			}
		}
		return { tokens, headline: s.headline, runs: capitalRuns(tokens, src).map((run) => ({ run, ...splitTitle(run.tokens) })) };
	});

	// Pass 1: names with evidence of what they are. A headline capitalizes every word: no evidence there.
	for (const { tokens, runs, headline } of sentences) {
		if (headline) continue;
		for (const { run, title, name: whole } of runs) {
			const name = personOf(whole) ?? whole;
			if (name.length === 0) continue;
			const before = tokens[run.from - 1];
			const after = tokens[run.to];
			const last = name[name.length - 1];
			const titled = title.some((t) => isTitle(t));
			// "President Obama"; "Rep. Peter King", "Judge Ann Bishop": after an office, an office word ending the name is a surname.
			const full = textOf(name, src);
			// "Bernie Sanders toured Ohio. … Sanders pivoted": a lone word that is the last word of a name given in full
			// before is that person's surname (news names someone in full once, by surname after); the evidence below decides.
			const surname = name.length === 1 && reg.candidates.has(full.toLowerCase());
			const kind = surname || (titled && title.some((t) => isTitleHead(t)) && (name.length === 1 || (last !== undefined && isTitleHead(last) && !isTitle(name[0] ?? last)))) ? 'person' : titled ? titledKind(name, nameKind(name)) : nameKind(name);
			const span = { start: name[0]?.start ?? 0, end: last?.end ?? 0 };
			if (kind === 'organization' || kind === 'government') {
				// "The Foreign, Commonwealth and Development Office (FCDO)": commas inside a bracketed name.
				let from = run.from;
				const bracketed = tokens[run.to]?.text === '(' && tokens[run.to + 2]?.text === ')';
				while (bracketed && tokens[from - 1]?.text === ',' && tokens[from - 2]?.cap === true) from -= 2;
				const lead = tokens.slice(from, run.to);
				while (lead.length > 1 && NOT_NAME.has(lead[0]?.lower ?? '')) lead.shift();
				const e = from < run.from ? add(reg, textOf(lead, src), kind, { start: lead[0]?.start ?? span.start, end: span.end }) : add(reg, full, kind, span);
				// "The Foreign, Commonwealth and Development Office (FCDO)": the bracket gives the acronym.
				const open = tokens[run.to];
				const acr = tokens[run.to + 1];
				if (open?.text === '(' && acr && isAcronym(acr) && tokens[run.to + 2]?.text === ')') alias(reg, e, acr.base);
				continue;
			}
			if (kind !== 'person') continue;
			if (before?.lower === 'the' && title.length === 0) continue;
			// Not a phrase quoted whole: the “Never Trump” movement, our 'Stop Soros' law (its closing mark is no possessive),
			// a place named “Wilayat Twitter,” (a comma or full stop before the mark, American style).
			const opens = run.tokens[0]?.start ?? 0;
			const closes = run.tokens[run.tokens.length - 1]?.end ?? 0;
			if (opens > 0 && /[“"‘']/.test(src[opens - 1] ?? '') && /^[,.]?[”"’']/.test(src.slice(closes, closes + 2))) continue;
			const evidence =
				titled ||
				// "Transport minister Li Wen", "election officer Sam Boyd": a role noun just before.
				(before !== undefined && (ROLE_NOUNS.has(before.lower) || isTitleHead(before))) ||
				(last !== undefined && last.base !== last.text) ||
				(after !== undefined && [',', '(', 'who', 'said', 'says', 'told', 'wrote', 'added'].includes(after.lower)) ||
				(after !== undefined && VERB_LIKE.test(after.text) && !(before && isCapitalized(before)));
			if (!evidence) {
				const key = (last?.base ?? '').toLowerCase();
				if (name.length >= 2 && key && !reg.candidates.has(key)) reg.candidates.set(key, { name: full, at: span });
				continue;
			}
			// "He met Joseph Sellers on Monday. … Mr. Sellers said": a lone surname with evidence is the person the
			// report named in full before without it.
			const named = name.length === 1 && !reg.byKey.has(full.toLowerCase()) ? reg.candidates.get(full.toLowerCase()) : undefined;
			const e = named ? add(reg, named.name, 'person', named.at) : add(reg, full, 'person', span);
			if (named) alias(reg, e, full);
			// "Transport minister Helen Carter", "Senior British diplomat Mark Smith": a role just before the name.
			if (title.length === 0 && before && (ROLE_NOUNS.has(before.lower) || isTitleHead(before))) {
				let k = run.from - 1;
				while (k > 0 && run.from - k < 4 && PLAIN_WORD.test(tokens[k - 1]?.text ?? '') && !NOT_NAME.has(tokens[k - 1]?.lower ?? 'the')) k--;
				const d0 = tokens[k];
				if (d0) e.descriptions.push({ start: d0.start, end: before.end });
			}
			for (const t of title) learnGenderFrom(e, t.lower, HONORIFIC_GENDER);
			// The title before the name, less courtesy titles: "Foreign Secretary", "Senate Majority Leader".
			const t0 = title.findIndex((t) => !NOT_NAME.has(bare(t)) && !HONORIFICS.has(t.lower));
			const t1 = title[title.length - 1];
			const first = title[t0];
			if (first && t1 && !HONORIFICS.has(t1.lower) && title.some((t) => isTitle(t) && !NOT_NAME.has(t.lower))) e.descriptions.push({ start: first.start, end: t1.end });
		}
	}
	// Later mentions of people by surname only, "Mr Smith", or the acronym.
	const mention = (e: Entity, name: readonly Token[], title: readonly Token[], before: Token | undefined): void => {
		const first = name[0];
		const last = name[name.length - 1];
		if (!first || !last) return;
		reg.mentions.push({ at: first.start, end: last.end, entity: e });
		if (!before || !OBJECT_PREPOSITIONS.has(before.lower)) reg.subjects.add(first.start);
		// "Majority Leader Mitch McConnell agreed …": the name, after its titles, opens the sentence.
		if (!before && title.every(isTitle)) reg.leads.add(first.start);
		// "the Senate": a body named with its article is mentioned with it.
		const from = before?.lower === 'the' && e.name.startsWith('the ') && name.length === 1 ? before.start : first.start;
		e.mentions.push({ start: from, end: last.end });
		e.first = Math.min(e.first, first.start);
		// "Mr. Schumer": the courtesy form is another name the report uses.
		const h = title[title.length - 1];
		if (h && HONORIFICS.has(h.lower) && e.kind === 'person' && name.length === 1) {
			alias(reg, e, `${h.text} ${textOf(name, src)}`);
			learnGenderFrom(e, h.lower, HONORIFIC_GENDER);
		}
	};
	for (const { runs, tokens } of sentences) {
		for (const { run, name, title } of runs) {
			const full = textOf(name, src);
			const last = name[name.length - 1];
			const known = lookup(reg, full);
			const parts = known ? [] : splitAtAnd(name);
			const e = known ?? (parts.length === 0 && last ? lookup(reg, last.base) : undefined);
			// "the Clinton campaign", "the Trump meeting", "Obama consultant Cornell Belcher": a person's name after "the",
			// or before a role and the name of the one who holds it, only qualifies the noun after it.
			const next = tokens[run.to];
			const qualifies = title.length === 0 && (tokens[run.from - 1]?.lower === 'the' || (!!next && !next.cap && ROLE_NOUNS.has(next.lower) && !!tokens[run.to + 1]?.cap));
			if (e && !(e.kind === 'person' && qualifies)) mention(e, name, title, tokens[run.from - 1]);
			// "Reed and Cole met": two names joined by "and", each a mention of its own.
			for (const part of parts) {
				const p = splitTitle(part);
				const pe = lookup(reg, textOf(p.name, src)) ?? lookup(reg, p.name[p.name.length - 1]?.base ?? '');
				if (pe) mention(pe, p.name, p.title, tokens[run.from - 1]);
			}
			// Bracketed acronyms on their own: "(FCDO)".
			for (const t of run.tokens) {
				if (t === name[0] || !isAcronym(t)) continue;
				const a = lookup(reg, t.base);
				if (a) reg.mentions.push({ at: t.start, end: t.end, entity: a });
			}
		}
	}
	reg.mentions.sort((a, b) => a.at - b.at);
	learnGenders(reg, sentences.map((x) => x.tokens));
	return reg;
}

/** After these a name is an object, not the one a sentence is about: "attacks on Clinton", "a call with Trump". */
const OBJECT_PREPOSITIONS = wordSet('on by with to for of against about at from than like toward towards between among');

const HE = wordSet('he him his himself');
const SHE = wordSet('she her hers herself');
/** A person's pronoun is taken from the text when one reading outweighs the other more than this many times to one. */
const GENDER_MAJORITY = 2;

/**
 * Learns each person's pronoun from the report itself: in a sentence that names one person before its first
 * he/his/she/her, the pronoun most likely refers to them ("Smith said his plan …"). Votes are counted over
 * the report, and a clear majority decides; an honorific or a gendered role already learned stands.
 */
function learnGenders(reg: Registry, sentences: readonly (readonly Token[])[]): void {
	const votes = new Map<Entity, [he: number, she: number]>();
	let m = 0;
	for (const tokens of sentences) {
		const first = tokens[0];
		const last = tokens[tokens.length - 1];
		if (!first || !last) continue;
		while (m < reg.mentions.length && (reg.mentions[m]?.at ?? 0) < first.start) m++;
		let k = m;
		while (k < reg.mentions.length && (reg.mentions[k]?.at ?? Infinity) < last.end && reg.mentions[k]?.entity.kind !== 'person') k++;
		const x = reg.mentions[k];
		if (!x || x.at >= last.end) continue;
		// "“… horrified by Donald Trump,” she said": a name in quoted words and the narrator's pronoun after them
		// are two people; only a pronoun on the same side of the quotation marks as the name refers to it.
		const quoted = reg.quoted.holds({ start: x.at, end: x.end });
		const p = tokens.find((t) => t.start >= x.end && (HE.has(t.lower) || SHE.has(t.lower)) && reg.quoted.holds(t) === quoted);
		if (!p) continue;
		// Only the people named before the pronoun can be the one it means ("Obama said he would meet Netanyahu").
		const people = new Set<Entity>();
		for (let j = k; j < reg.mentions.length && (reg.mentions[j]?.at ?? Infinity) < p.start; j++) {
			const e = reg.mentions[j]?.entity;
			if (e?.kind === 'person') people.add(e);
		}
		const [only] = people;
		if (people.size !== 1 || !only) continue;
		const v = votes.get(only) ?? [0, 0];
		v[HE.has(p.lower) ? 0 : 1]++;
		votes.set(only, v);
	}
	for (const [e, [he, she]] of votes) {
		if (e.gender) continue;
		if (he > GENDER_MAJORITY * she) e.gender = 'he';
		else if (she > GENDER_MAJORITY * he) e.gender = 'she';
	}
}

export const isPronounCompatible = (e: Entity, pronoun: string): boolean => {
	// "person": a label that refers back to someone ("the New York Democrat"), of either gender.
	if (pronoun === 'person') return e.kind === 'person';
	if (pronoun === 'he' || pronoun === 'she') return e.kind === 'person' && (!e.gender || e.gender === pronoun);
	if (pronoun === 'it') return e.kind === 'organization' || e.kind === 'government' || e.kind === 'document';
	if (pronoun === 'they') return e.kind === 'organization' || e.kind === 'government' || e.kind === 'group';
	return false;
};

/** A pronoun refers to someone mentioned in the last few paragraphs: look back at most this many mentions… */
const PRONOUN_MAX_MENTIONS_BACK = 150;
/** …and at most this many characters (about four paragraphs of news). */
const PRONOUN_MAX_CHARS_BACK = 3000;

/**
 * The one entity the pronoun can stand for, or null. Of those it fits (kind, number, known gender) and that
 * the sentence or the one before names: the only one; else the source quoted last, if among them (news
 * keeps its speaker: "“…,” Smith said. He added …"). A cue set off inside the words passed on ("…, he said, …")
 * looks past the names in those words; after a closing quotation mark (`afterQuote`), the sentence's own subject
 * named before the quotation speaks. With none in view, the nearest named before if it is the last source quoted, a
 * person of the pronoun's known gender, a person before the quotation, or past a person in view of the other gender;
 * else no one. Two or more in view and none the last speaker: the reader cannot tell either, so neither is chosen.
 * A he/she with one person in view teaches that person's gender.
 */
export function resolvePronoun(reg: Registry, pronoun: string, at: number, interrupting = false, afterQuote = false): Entity | null {
	const inView = new Set<Entity>();
	const inSentence = new Set<Entity>();
	const subjects = new Set<Entity>();
	let own: { at: number; end: number; entity: Entity } | undefined;
	let nearest: Entity | null = null;
	let passed = false;
	const gendered = pronoun === 'he' || pronoun === 'she';
	const outsideQuotes = !reg.quoted.holds({ start: at, end: at + 1 });
	for (let i = mentionsBefore(reg, at) - 1, seen = 0; i >= 0 && seen < PRONOUN_MAX_MENTIONS_BACK; i--, seen++) {
		const m = reg.mentions[i];
		if (!m) continue;
		if (at - m.at > PRONOUN_MAX_CHARS_BACK) break;
		if (!isPronounCompatible(m.entity, pronoun)) {
			// "Ortiz waited. She said …": someone in view whom the pronoun cannot mean points past them.
			passed ||= gendered && m.entity.kind === 'person' && m.at >= reg.view.from;
			continue;
		}
		// A name inside someone's quoted words is theirs to use; the narrator's "he" looks past it.
		if (outsideQuotes && reg.quoted.holds({ start: m.at, end: m.end })) continue;
		nearest ??= m.entity;
		if (m.at < reg.view.from) break;
		inView.add(m.entity);
		if (m.at >= reg.view.sentence) inSentence.add(m.entity);
		if (reg.subjects.has(m.at)) subjects.add(m.entity);
		if (reg.subjects.has(m.at) && m.at >= reg.view.sentence) own = m;
	}
	const last = reg.view.lastSpeaker;
	const lastInView = last !== null && reg.view.lastSpeakerAt >= reg.view.from;
	// "Biden weighed in, telling a reporter, “…,” he said": the quotation is the words passed on, and the sentence's
	// subject, named before it, goes on speaking (not the source quoted before). Not one the quotation goes on
	// from ("Clinton “caused havoc,” he said": Clinton is what the words are about).
	if (afterQuote && own && !reg.quoted.holds({ start: own.end + 2, end: own.end + 3 })) return own.entity;
	// "“…?” he asked. Saying Obama, he said, was …": the one who has been speaking goes on, when no one else
	// is named between his last words and this sentence (a name in those words is what he talked about:
	// "Reed said voters backed Obama. “…,” he said").
	if (interrupting && last && isPronounCompatible(last, pronoun) && at - reg.view.lastSpeakerAt <= PRONOUN_MAX_CHARS_BACK) {
		if (!namedBetween(reg, pronoun, last, Math.max(reg.view.lastSpeakerAt, reg.view.lastSaidEnd), reg.view.sentence, outsideQuotes)) return last;
	}
	if (inView.size <= 1) {
		// "Carla Diaz disagreed. She warned …": the one person a "she" can mean shows her gender, and a later "he"
		// looks past her. Only then: a guess (the last speaker, the nearest out of view) teaches nothing.
		if (nearest && inView.size && gendered) nearest.gender ??= pronoun;
		// With no one in view, the nearest one named before only when the report has shown that it fits: someone in
		// view the pronoun cannot mean points past them, and so does the source quoted last, who goes on speaking; a
		// person whose "he" or "she" is known (a title, an earlier pronoun) fits, as does one named before a quotation
		// of several sentences that "he said" closes ("… a reply from Rev. Moss. “…. …,” he said"). Else it is a
		// guess: "It told the story of …" is the film, not the body named two sentences back.
		return inView.size || passed || nearest === last || nearest?.gender === pronoun || (afterQuote && nearest?.kind === 'person') ? nearest : null;
	}
	const only = <T,>(set: Set<T>): T | null => (set.size === 1 ? ([...set][0] ?? null) : null);
	// "Prager disagrees … and he believes": one fits in the pronoun's own sentence, unless the pronoun's cue
	// interrupts the words passed on, which name whom they are about ("Saying Obama, he said, was …").
	const here = interrupting ? null : only(inSentence);
	if (here) return here;
	// "Johnson met Cole on Monday and told him he would stay": a he or she after the person who opens the
	// sentence, known by that pronoun, is that person, not a name the sentence has as its object (in that
	// person's own quoted words it is someone else).
	if (own && outsideQuotes && reg.leads.has(own.at) && own.entity.gender === pronoun) return own.entity;
	if (last && lastInView && inView.has(last)) return last;
	// "Trump sought to rally Republicans with attacks on Clinton. … he said": the one the sentence is about.
	return only(subjects);
}

/**
 * Whether someone the pronoun could stand for, other than `who`, is named from `from` to `to`; for a pronoun
 * outside quotation marks, not counting names in quoted words ("“… horrified by Trump,” she said").
 */
function namedBetween(reg: Registry, pronoun: string, who: Entity, from: number, to: number, outsideQuotes: boolean): boolean {
	for (let i = mentionsBefore(reg, to) - 1; i >= 0; i--) {
		const m = reg.mentions[i];
		if (!m || m.at <= from) break;
		if (m.entity !== who && isPronounCompatible(m.entity, pronoun) && !(outsideQuotes && reg.quoted.holds({ start: m.at, end: m.end }))) return true;
	}
	return false;
}

/** How many mentions start before `at` (binary search: mentions are in text order). */
export function mentionsBefore(reg: Registry, at: number): number {
	let lo = 0;
	let hi = reg.mentions.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((reg.mentions[mid]?.at ?? 0) < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
