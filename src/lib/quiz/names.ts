// Whether a source's name is one a student can be offered as an answer: a whole name as the report writes it,
// never a piece cut out of a longer name ("United" of "United States", "York Democrat"), a clause fragment
// ("The more will"), a description read as a name ("Arizona Republican", "Press Secretary Jay Carney"), a
// dateline or a platform in place of the person who posted on it. The engine finds the names; this is the
// quiz's own check before it puts one in front of a student, so a misread name costs a question, never a
// wrong answer.
import { COUNTRIES, DEMONYMS, DOCUMENT_NOUNS, GROUP_NOUNS, HONORIFICS, NOT_NAME, ORG_WORDS, PLACES, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from '../analysis/lexicons/names';
import { NUMBER_WORDS } from '../analysis/lexicons/hedges';
import { REPORTING_VERBS } from '../analysis/lexicons/reporting-verbs';
import type { Source, SourceKind, Span } from '../analysis/types';
import { wordSet } from '../analysis/lexicons/word-set';


// Words the engine's name lists do not hold but that, in a name, show it is a description: party nouns and
// roles that newspapers put before or instead of a name ("the New York Democrat", "Historian Alan Brinkley",
// "Congressman Sestak"). From AP style's list of titles that are descriptions rather than formal titles.
const PARTY_WORDS = wordSet('democrat democrats democratic republican republicans gop tory tories labour conservative liberal socialist independent');
const MORE_ROLES = wordSet(
	'editor columnist anchor host publisher historian author writer strategist pollster commentator pastor ' +
		'congressman congresswoman congressmen assemblyman assemblywoman alderman lawmaker candidate nominee ' +
		'chairman chairwoman ceo cfo founder owner manager coach analyst organizer organiser treasurer supervisor counsel',
);
// A body named by its head noun alone is a whole name only for the few that stand alone in news English.
const STANDALONE_BODIES = wordSet('senate congress parliament pentagon kremlin whitehall cabinet');
const WEEKDAYS_MONTHS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

// Small words that may sit inside a name ("Department of Health and Human Services", "Ludwig van Beethoven").
const PARTICLES = wordSet('of the and for on in at de del della da di du van von der den bin ibn al el la le y &');
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|his|its|their|us|me|who|this|that)$/i;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
// A dateline or a shouted word: all capitals and longer than an acronym ("WASHINGTON").
const SHOUTED = /^\p{Lu}{6,}$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,5}$/u;

/** A word as the lexicons list it: lower case, without a possessive or trailing punctuation. */
const bare = (w: string): string => w.toLowerCase().replace(/[’']s$/u, '').replace(/[.,;:’'"”)]+$/u, '');
const listed = (set: ReadonlySet<string>, w: string): boolean => set.has(bare(w)) || set.has(`${bare(w)}.`);

/** Kinds a student is offered as "who said it": speakers with a name. A platform is not a speaker. */
const SPEAKING_KINDS = new Set<SourceKind>(['person', 'organization', 'government', 'document', 'group']);

// Names of bodies longer than this need a head noun ("Committee", "Ministry") to be read as one name:
// "Planned Parenthood" or "Cato Institute" stand alone, "Weekly Standard Editor Bill Kristol" does not.
const MAX_BODY_WORDS_WITHOUT_HEAD = 3;

const nameWords = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);

/**
 * The words of a name as written: every word capitalised but for particles; not a pronoun, not opened by a
 * verb or a sentence word ("Asked Bill Clinton"), not a dateline, not ended by a day. A document or a group
 * may be named by its common noun ("the emails", "Republican officials").
 */
/** The words the quiz uses for the two articles themselves. */
const QUIZ_OWN_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'article', 'story']);

function wellFormed(name: string, kind: SourceKind): boolean {
	const ws = nameWords(name);
	const first = ws[0];
	const last = ws[ws.length - 1];
	// ("One" opening a sentence, a number word, is no one's name.)
	if (!first || !last || PRONOUN.test(name.trim()) || NUMBER_WORDS.has(name.trim().toLowerCase())) return false;
	if (ws.some((w) => SHOUTED.test(w)) || WEEKDAYS_MONTHS.test(bare(last))) return false;
	// "R-Texas", "D-N.Y.": a party and a state after a politician's name, never a name; nor is a possessive
	// ("the Obama administration’s"), which names what belongs to someone.
	if (/^[RDI]-\p{Lu}/u.test(first) || /[’']s$/u.test(last)) return false;
	// Two places joined by "and" ("Alabama, Georgia and Virginia said") are two, and no one's voice.
	const joined = /^(.+) and (.+)$/.exec(name);
	if (joined && PLACES.has((joined[1] ?? '').toLowerCase()) && PLACES.has((joined[2] ?? '').toLowerCase())) return false;
	// Nor are two people ("Justices Kennedy and Samuel A. Alito Jr."), each named: offered as one group, the source
	// would be "not named one by one". A body may hold "and" in its name ("Health and Human Services").
	if (joined && (kind === 'person' || kind === 'group') && CAPITALISED.test(joined[1]?.split(' ').pop() ?? '') && CAPITALISED.test(last) && !GROUP_NOUNS.has(bare(last))) return false;
	if (first.toLowerCase() !== 'the' && (REPORTING_VERBS.has(bare(first)) || NOT_NAME.has(bare(first)))) return false;
	const head = bare(last);
	// A document is named by its noun with the "the" that makes it this one ("the emails"), or with a name
	// ("the Georgetown letter"); a bare "report" or "statement" could be any.
	// The quiz calls the two articles "report A" and "report B": a source called only "the report" or "the
	// article" reads as one of them ("the report’s claim, passed on by the report"), so it needs a name.
	if (kind === 'document' && DOCUMENT_NOUNS.has(head))
		return ws.length > 1 && ws.slice(0, -1).every((w, i) => (i === 0 && /^the$/i.test(w) ? ws.length > 2 || !QUIZ_OWN_NOUNS.has(head) : CAPITALISED.test(w)));
	// A group needs a word saying which: "Republican officials", never "the officials".
	if (kind === 'group' && GROUP_NOUNS.has(head)) {
		const qualifiers = ws.slice(0, -1).filter((w) => !/^the$/i.test(w));
		return qualifiers.length > 0 && qualifiers.every((w) => CAPITALISED.test(w));
	}
	// A body described in common words, with its head noun: "the county library workers’ union", "the Obama
	// administration"; not a head noun alone ("the company"), which could be any company.
	if ((kind === 'organization' || kind === 'government') && ORG_WORDS.has(head) && !CAPITALISED.test(last)) {
		const rest = ws.slice(/^the$/i.test(first) ? 1 : 0, -1);
		return rest.length > 0 && rest.every((w) => /^[\p{L}’'-]+$/u.test(w) && !NOT_NAME.has(bare(w)));
	}
	if (!CAPITALISED.test(last)) return false;
	return ws.every((w, i) => CAPITALISED.test(w) || (PARTICLES.has(w.toLowerCase()) && (i > 0 || w.toLowerCase() === 'the')));
}

// "Americans" as well as "American".
const demonym = (w: string): boolean => listed(DEMONYMS, w) || DEMONYMS.has(bare(w).replace(/s$/, ''));

/** Whether a name holds a word that describes rather than names: a role, a title, or for a person a party. */
function described(name: string, kind: SourceKind): boolean {
	const ws = nameWords(name);
	// A group's or document's head noun is its name ("officials", "the letter").
	const body = kind === 'group' || kind === 'document' ? ws.slice(0, -1) : ws;
	// "Cardinal", "Archbishop", "President": an office alone, which stands for whoever holds it in this report.
	// ("the Nuncio" is no body either.)
	const office = ws.filter((w, i) => i > 0 || !/^the$/i.test(w));
	if (office.length > 0 && office.every((w) => listed(TITLE_HEADS, w) || listed(HONORIFICS, w) || listed(ROLE_NOUNS, w) || listed(MORE_ROLES, w))) return true;
	return body.some(
		(w, i) =>
			listed(ROLE_NOUNS, w) ||
			listed(HONORIFICS, w) ||
			listed(MORE_ROLES, w) ||
			(kind === 'person' && (demonym(w) || listed(PARTY_WORDS, w) || (i < ws.length - 1 && listed(TITLE_WORDS, w)))) ||
			// "House Republican Thomas Massie": a party member and a name, not a body ("House Republican Conference" is one).
			((kind === 'organization' || kind === 'government') && listed(PARTY_WORDS, w) && i < ws.length - 1 && !ws.slice(i + 1).some((x) => listed(ORG_WORDS, x))),
	);
}

/** A body's name: an acronym, a country, a brand, or a name with a head noun; never a bare head noun. */
function bodyShaped(name: string): boolean {
	const ws = nameWords(name).filter((w) => !PARTICLES.has(w.toLowerCase()));
	const only = ws[0];
	if (ws.length === 1 && only) return ACRONYM.test(only) || listed(COUNTRIES, only) || listed(STANDALONE_BODIES, only) || !listed(ORG_WORDS, only);
	return ws.length <= MAX_BODY_WORDS_WITHOUT_HEAD || ws.some((w) => listed(ORG_WORDS, w));
}

const WORD_BEFORE = /(\S+)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+(\S+)/u;
const CLAUSE_END = /[,;:.!?"“”'‘’)\]]$/u;

/** A title that may stand before a person's name ("Sen.", "President", "Mr."), not a party or nationality. */
const personTitle = (w: string): boolean =>
	(listed(HONORIFICS, w) || listed(TITLE_WORDS, w) || listed(ROLE_NOUNS, w) || listed(MORE_ROLES, w)) && !listed(PARTY_WORDS, w) && !listed(DEMONYMS, w);

/** The word just before a mention on the same line, and where it starts. */
function wordBefore(text: string, m: Span): { word: string; at: number } | undefined {
	const window = text.slice(Math.max(0, m.start - 40), m.start);
	const found = WORD_BEFORE.exec(window);
	return found?.[1] ? { word: found[1], at: m.start - found[0].length } : undefined;
}

const ARTICLE = /(?:^|\s)(?:the|a|an)\s+$/i;

/**
 * A word before a name that says the name is a person's: a title ("Sen.", "Mr."), a role ("organizer Bill
 * Hennessy"), or a party with no article before it ("Republican Sharron Angle", where "the Conservative
 * Political Action Conference" is a body).
 */
function personMarker(text: string, m: Span): boolean {
	const before = wordBefore(text, m);
	if (!before) return false;
	if (!CAPITALISED.test(before.word)) return listed(ROLE_NOUNS, before.word) || listed(MORE_ROLES, before.word);
	if (personTitle(before.word)) return true;
	return (listed(PARTY_WORDS, before.word) || listed(DEMONYMS, before.word)) && !ARTICLE.test(text.slice(Math.max(0, before.at - 5), before.at));
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * Whether the word just before a mention makes it the end of a longer name, even where a sentence or a line
 * starts: an outlet in capitals ("POLITICO Florida"), or a given name after a title ("Rep. Steve Israel").
 */
export function endOfLongerName(text: string, m: Span): boolean {
	const before = wordBefore(text, m);
	if (!before || !CAPITALISED.test(before.word) || CLAUSE_END.test(before.word)) return false;
	const title = wordBefore(text, { start: before.at, end: before.at })?.word;
	return ALL_CAPITALS.test(before.word) || (!!title && title.endsWith('.') && personTitle(title));
}

/** The capitalised word just before a mention, unless punctuation, a possessive or a new sentence comes between. */
function capitalBefore(text: string, m: Span): string | undefined {
	const before = wordBefore(text, m);
	if (!before || !CAPITALISED.test(before.word) || /[’']s$/u.test(before.word)) return undefined;
	// "Mr." and "Sen." end in a full stop without ending anything.
	if (CLAUSE_END.test(before.word) && !(before.word.endsWith('.') && personTitle(before.word))) return undefined;
	// The first word of a sentence or a line is capitalised for that reason alone.
	if (/(?:^|[.!?:;"“”]|\n)\s*$/u.test(text.slice(0, before.at))) return undefined;
	return before.word;
}

/**
 * Whether a mention is glued to a capitalised word that belongs to the same name: "United" before "States",
 * "York" after "New". A title or a party before a person ("Sen.", "Republican") is not; nor is a day after a name.
 */
export function gluedMention(text: string, m: Span, person: boolean): boolean {
	const before = capitalBefore(text, m);
	if (before && !(person && personMarker(text, m))) return true;
	if (/^[’']s\b/u.test(text.slice(m.end, m.end + 2))) return false;
	const after = WORD_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
	return after !== undefined && CAPITALISED.test(after) && !WEEKDAYS_MONTHS.test(bare(after));
}

const mentionsOf = new WeakMap<Source, Span[]>();

/** The mentions of a source that are its name or an alias (not a pronoun, not a cue), in text order. */
export function nameMentions(text: string, source: Source): Span[] {
	const known = mentionsOf.get(source);
	if (known) return known;
	const found = findNameMentions(text, source);
	mentionsOf.set(source, found);
	return found;
}

function findNameMentions(text: string, source: Source): Span[] {
	const keys = [source.name, ...source.aliases].map((n) => n.replace(/^the\s+/i, '').toLowerCase()).filter((k) => k.length > 1);
	const listed = namesAmong(text, source.mentions, keys);
	// An engine that lists only where a source speaks ("says") still left its name in the text: find it there.
	return listed.length > 0 ? listed : writtenNames(text, source, keys);
}

/** Where the text writes the name itself (a document's with any case: "The letter", "the letter"). */
/** Where the text writes any of the keys (lower case) as whole words, a person's or body's with its capitals. */
export function writtenNames(text: string, source: Source, keys: readonly string[]): Span[] {
	const out: Span[] = [];
	const lower = text.toLowerCase();
	for (const key of keys) {
		for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
			const end = at + key.length;
			if (/\p{L}/u.test(text[at - 1] ?? ' ') || /\p{L}/u.test(text[end] ?? ' ')) continue;
			// A name keeps its capitals; a document or a group may be written either way.
			if (source.kind !== 'document' && source.kind !== 'group' && text.slice(at, end) !== [source.name, ...source.aliases].find((n) => n.toLowerCase().endsWith(key))?.slice(-key.length)) continue;
			out.push({ start: at, end });
		}
	}
	return out.sort((x, y) => x.start - y.start);
}

function namesAmong(text: string, mentions: readonly Span[], keys: readonly string[]): Span[] {
	return mentions.filter((m) => {
		const t = text
			.slice(m.start, m.end)
			.replace(/^the\s+/i, '')
			.replace(/[’']s$/u, '')
			.toLowerCase();
		return keys.some((k) => t === k || t.endsWith(` ${k}`) || k.endsWith(` ${t}`));
	});
}

// What follows a person's name in apposition: ", a spokesman", ", who", ", 56,", ", R-Ariz.", ", director of
// the Office", " (@handle), a journalist". Not ", issued an apology" or ", as several lawmakers".
const APPOSITIVE_SHAPE = /^(?:\s*\([^)]{1,40}\))?,\s+(?:(?:a|an|the|who|whose)\s|\d|\p{Lu}-\p{Lu}|(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|for|at)\s)/u;
// A description that makes the name a body's: "Third Way, a moderate Democratic group", "AARP, the powerful
// lobby for older Americans".
const BODY_DESCRIPTION = /^(?:\s*\([^)]{1,40}\))?,\s+(?:a|an|the)\s+([^,.;:()]{1,60})/u;
const BODY_HEADS = new Set(
	('group groups lobby organization organisation tank think-tank firm company agency coalition nonprofit newspaper network ' +
		'committee union association institute foundation campaign movement party bank fund council caucus alliance outlet ' +
		'publication magazine website chain charity center program bloc').split(' '),
);
function appositive(after: string): boolean {
	if (!APPOSITIVE_SHAPE.test(after)) return false;
	const body = BODY_DESCRIPTION.exec(after);
	if (!body) return true;
	// The head of the description, before it goes on about something else: "lobby" in "the powerful lobby for
	// older Americans", "official" (a person) in "a Democratic party official", "spokesman" in "a spokesman for
	// the group".
	const head = (body[1] ?? '').split(/\s+(?:that|which|who|whose|for|of|in|with|at|on|based|to)\s/u)[0] ?? '';
	const last = head.trim().toLowerCase().split(/\s+/).pop() ?? '';
	return !BODY_HEADS.has(last);
}
const APPOSITIVE = { test: appositive };

/**
 * Whether the report treats a name as a person's: a title before it somewhere ("Mr. Steele", "Sen. Jim
 * DeMint"), the surname alone in a later mention, or a description after it (", a spokesman"). A place or a
 * body misread as a person ("North Carolina", "Political Action Conference") has none of these.
 */
function treatedAsPerson(text: string, source: Source, mentions: readonly Span[]): boolean {
	const ws = nameWords(source.name);
	const surname = ws[ws.length - 1] ?? '';
	// "Peter King" is a name; "America's Toughest Sheriff" is a description: a surname that is also a title
	// word needs a title before it.
	if (ws.length > 1 && listed(TITLE_WORDS, surname)) return mentions.some((m) => personMarker(text, m));
	return mentions.some((m) => {
		if (personMarker(text, m)) return true;
		const words = nameWords(text.slice(m.start, m.end));
		if (ws.length > 1 && words.length === 1 && words[0] === surname) return true;
		return APPOSITIVE.test(text.slice(m.end, m.end + 60));
	});
}

/**
 * Whether a name written at `m` reads as a person's there: a title or role before it ("Mr. Gingrich",
 * "organizer Bill Hennessy") or a description after it ("Sarah Palin, the party’s nominee"). "Ground Zero"
 * or "Park 51" have neither.
 */
export const personAt = (text: string, m: Span): boolean => personMarker(text, m) || APPOSITIVE.test(text.slice(m.end, m.end + 60));

/**
 * Whether a source's name can be offered to a student as who said something: a well-formed whole name of a
 * speaking kind, shaped like its kind, that the report writes at least once standing on its own.
 */
const wholeNames = new WeakMap<Source, boolean>();

export function wholeName(text: string, source: Source): boolean {
	const known = wholeNames.get(source);
	if (known !== undefined) return known;
	const whole = checkName(text, source);
	wholeNames.set(source, whole);
	return whole;
}

function checkName(text: string, source: Source): boolean {
	const { name, kind } = source;
	if (!SPEAKING_KINDS.has(kind)) return false;
	if (!wellFormed(name, kind) || described(name, kind)) return false;
	const person = kind === 'person';
	if ((kind === 'organization' || kind === 'government') && !bodyShaped(name)) return false;
	const mentions = nameMentions(text, source);
	if (person && !treatedAsPerson(text, source, mentions)) return false;
	// A single word only ever written after "of", "in" or "from" (perhaps with a word between) is a place ("the
	// bishop of Peoria", "in lower Manhattan").
	if (!person && nameWords(name).length === 1 && mentions.length > 0 && mentions.every((m) => /\b(?:of|in|from|near)\s+(?:\p{Ll}+\s+)?$/iu.test(text.slice(Math.max(0, m.start - 20), m.start))))
		return false;
	// One word of a body the report names in full elsewhere ("Oversight" of "Oversight Committee") is a piece of
	// that name wherever it stands ("said Oversight ranking Democrat Elijah Cummings").
	if (!person && nameWords(name).length === 1 && !ACRONYM.test(name) && mentions.some((m) => ORG_WORDS.has(bare(WORD_AFTER.exec(text.slice(m.end, m.end + 40))?.[1] ?? '')))) return false;
	return mentions.some((m) => !gluedMention(text, m, person));
}

/**
 * Whether the words between two names make one the other's spokesman, adviser, officer or employer: "NRSC
 * spokesman Brian Walsh", "Jim Manley, a top adviser to Mr. Reid", "AARP CEO Barry Rand", "Twitter's Adam
 * Sharp". A role noun and no verb ("Arpaio endorsed Texas Gov. Rick Perry" is two people, not one voice).
 */
export function roleBetween(gap: string): boolean {
	const g = gap.trim();
	if (/^[’']s$/u.test(g) || g === '') return true;
	const ws = g.split(/[\s,()]+/).filter(Boolean);
	if (ws.some((w) => /^\p{Ll}+(?:ed|ing)$/u.test(w) || REPORTING_VERBS.has(w.toLowerCase()))) return false;
	return ws.some((w) => /^\p{Ll}/u.test(w) && (listed(ROLE_NOUNS, w) || listed(MORE_ROLES, w))) || ws.some((w) => /^(?:CEO|CFO|COO)$/.test(w));
}

/** The last word of a name, lower case, for telling one person from another: "kristol" for "William Kristol". */
export const surnameOf = (name: string): string =>
	nameWords(name)
		.map(bare)
		.filter((w) => !PARTICLES.has(w) && !/^(?:jr|sr|ii|iii|iv)$/.test(w))
		.pop() ?? '';
