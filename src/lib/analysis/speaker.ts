// Decides who a noun phrase in speaker position is, and resolves it against the names the report gives:
//   a name ("Foreign Secretary David Lammy", "Reuters", "the United States"), one of its shorter forms
//   ("Lammy", "Mr. Lammy", "the FCDO"), a pronoun ("he": only when one person fits), a role or label that
//   refers back ("the minister", "the New York Democrat"), an owner speaking through its office or
//   campaign ("Mr. Sanders's campaign"), a group ("officials", "House Republicans", "three former
//   employees"), a document ("the emails", "a new poll") or a vague source ("critics", "some analysts").
// A phrase that is none of these ("the final", "Political Action") is not a speaker: null.
import {
	alias,
	candidate,
	personOf,
	capitalRuns,
	ensure,
	learnGenderFrom,
	lookup,
	mentionsBefore,
	nameKind,
	PARTY_TAG,
	resolvePronoun,
	splitTitle,
	titledKind,
	type Entity,
	type Registry,
} from './entities';
import { DETERMINERS, IRREGULAR_PARTICIPLES } from './lexicons/function-words';
import {
	DEMONYMS,
	DOCUMENT_NOUNS,
	ENVOYS,
	GROUP_NOUNS,
	HONORIFIC_GENDER,
	HONORIFICS,
	KNOWN_FOR,
	NOT_NAME,
	PARTY_MEMBERS,
	PRONOUNS,
	ROLE_GENDER,
	BODY_NOUNS,
	OFFICES,
	ROLE_NOUNS,
	TITLE_HEADS,
	VAGUE_NOUNS,
} from './lexicons/names';
import { REPORTING_VERBS } from './lexicons/reporting-verbs';
import { isAcronym, isCapitalized, type Token } from './tokens';
import type { Attribution, SourceKind, Span } from './types';
import { wordSet } from './lexicons/word-set';

export interface Speaker {
	/** The fullest name the report gives; for a group, document or vague source the words naming it; "" for none. */
	name: string;
	kind: SourceKind;
	entity: Entity | null;
	resolvedBy: Attribution['resolvedBy'];
	/** Words that describe the speaker in this phrase ("Foreign Secretary", "a senior British diplomat"). */
	description: Span | null;
}

/** "A senior British diplomat, Mark Smith, …": in the lede, the person a role describes is named within this many characters after it. */
const DELAYED_NAME_REACH = 600;
/** "the minister", "the New York Democrat" refer to someone named within this many characters before. */
const ROLE_REACH = 3000;

const LOWER_WORD = /^\p{Ll}+$/u;
const PARTICIPLE_ED = /^\p{Ll}{3,}ed$/u;
/** Before a participle these make it a verb ("it was argued in", "they have been meeting with"), not a clause about a noun. */
const NOT_A_HEAD = wordSet('is are was were be been has have had he she it they we i who which that');
/**
 * Token k is a participle opening a clause about the word before it: "Democrats leaving a talk", "a report written
 * for the council", "embracing Obama" (an article, a preposition or a name follows). Not an adjective before its
 * noun ("armed forces", "the leading Republican"), nor a verb after its auxiliary or pronoun, nor a verb of saying
 * ("Gates described the plan as …", "the group noted Smith said …"): that opens what is passed on.
 */
export const opensClause = (ts: readonly Token[], k: number): boolean => {
	const h = ts[k - 1];
	const n = ts[k + 1];
	const t = ts[k];
	return !!h && !!n && !!t && (/^\p{Ll}{3,}(?:ing|ed)$/u.test(t.text) || IRREGULAR_PARTICIPLES.has(t.text)) && !REPORTING_VERBS.has(t.lower) && (n.cap || DETERMINERS.has(n.lower) || COMPLEMENT_START.has(n.lower)) && /^\p{L}+$/u.test(h.text) && !DETERMINERS.has(h.lower) && !NOT_A_HEAD.has(h.lower);
};
/** After a participle these show a reduced relative clause: "released by", "published on", "issued last". */
const REDUCED_RELATIVE = wordSet('by on in at last this from to earlier yesterday today');
/** Token k opens "conducted by" and a name: "conducted by Edison Research", "released by the Pew Research Center". */
const madeBy = (ts: readonly Token[], k: number): boolean => PARTICIPLE_ED.test(ts[k]?.text ?? '') && ts[k + 1]?.lower === 'by' && !!(ts[k + 2]?.cap || ts[k + 3]?.cap);
const CONTRACTION = /['’](?:ll|m|re|s|d|ve)$/;
const RELATIVE_START = wordSet('that which who whose where when');
/** Nouns of quantity before "of": "numbers of", "a majority of", "a third of". */
const QUANTITY_NOUNS = wordSet(
	'number numbers majority minority plurality share half third quarter percent dozens hundreds thousands millions ' +
		'group handful lot lots bunch',
);
const LEAD_NOT_NP = wordSet('including and but or while what whereas plus');
/** Endings of common words that a capital at the start of a sentence does not make names: "Hours", "Reached", "Finally". */
const COMMON_SHAPE = /^\p{Lu}\p{Ll}+(?:ed|ing|ly|ers|ours|ays|ies)$|-\p{Ll}+$/u;
/** Words that open a share of people and are never a name: "Less than a third", "Four in 10 voters", "Nearly half". */
const QUANTITY_LEAD = /^(?:less|more|fewer|nearly|almost|about|around|roughly|just|over|under|only|some|most|many|half|one|two|three|four|five|six|seven|eight|nine|ten|\d.*)$/;
const PERCENT = /^(?:percent|per|%)$|%$/;
/** A rate of people, one number in or out of another: "four in 10", "nine out of 10". */
const RATE = /(?:^|\s)(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+\S+$/i;
/** Shares of a group polled, standing for the people: "half", "a third", "two-thirds", "majorities", "43". */
const SHARES = /^(?:half|third|quarter|majority|majorities|minority|plurality|most|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|(?:one|two|three)-(?:thirds?|quarters?|fourths?))$/;
/** Plural nouns for kinds of people: "members", "voters", "activists", "Republicans", "employees". */
const PEOPLE_PLURAL = /^\p{L}{2,}(?:ers|ors|ists|ians|ants|ives|ees|ats|ans)$/u;
const SPOKESPERSON = /^spokes(?:man|woman|person)$/;
/** Heads of a phrase that stop before a complement: "supporters of reform", "a lawyer for the family". */
const COMPLEMENT_START = wordSet('of for at from with in on to who whom which that close familiar involved working based');
/** What an owner speaks through: "Powell’s office", "the Clinton campaign", "Trump’s spokeswoman". */
const OWNED_VOICES = wordSet(
	'office campaign team camp spokesman spokeswoman spokesperson spokespeople administration government lawyer ' +
		'attorney statement website account tweet post',
);
/** Abbreviated titles and the role nouns they stand for, so that "the senator" finds "Sen. Graham". */
const TITLE_ROLE: Record<string, string> = { 'sen.': 'senator', sen: 'senator', 'gov.': 'governor', gov: 'governor', 'rep.': 'representative', rep: 'representative', 'gen.': 'general', 'col.': 'colonel', 'capt.': 'captain', 'prof.': 'professor', 'dr.': 'doctor' };

const textOf = (src: string, ts: readonly Token[]): string => {
	const a = ts[0];
	const b = ts[ts.length - 1];
	return a && b ? src.slice(a.start, b.end) : '';
};
const spanOf = (ts: readonly Token[]): Span | null => {
	const a = ts[0];
	const b = ts[ts.length - 1];
	return a && b ? { start: a.start, end: b.end } : null;
};
/** The words naming a group or a vague source, as they would read mid-sentence: "some analysts", "House Republicans". */
function groupName(src: string, ts: readonly Token[]): string {
	// "those surveyed" keeps its "those": without it the participle names no one.
	const those = ts[0]?.lower === 'those' && PARTICIPLE_ED.test(ts[1]?.text ?? '');
	const words = ts[0] && (DETERMINERS.has(ts[0].lower) || ts[0].lower === 'the') && !those ? ts.slice(1) : ts;
	const text = textOf(src, words);
	const first = words[0];
	// "Some analysts" at the start of a sentence: the capital is the sentence's, not the group's.
	// "Democrats", "Americans": a party or a nation keeps its capital.
	const singular = first?.lower.replace(/s$/, '') ?? '';
	const proper = !!first && !QUANTITY_LEAD.test(first.lower) && !bodies(first.lower) && (isAcronym(first) || (nameLike(first) && !COMMON_SHAPE.test(first.text)) || DEMONYMS.has(singular) || PARTY_MEMBERS.has(singular) || /ans$/.test(first.lower));
	return first && first.cap && !proper ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
/**
 * The words naming someone the report leaves unnamed ("a Cairo airport official", "another advocate"), as they
 * read mid-sentence, so a reader sees who is meant; cut before a relative clause or a long complement.
 */
function unnamedBy(src: string, tokens: readonly Token[]): string {
	const cut = tokens.findIndex((t, k) => k > 0 && (RELATIVE_START.has(t.lower) || t.text === ',' || t.text === '('));
	const words = cut > 0 ? tokens.slice(0, cut) : tokens;
	if (words.length > UNNAMED_MAX_WORDS) return '';
	const text = textOf(src, words);
	return words[0]?.cap && DETERMINERS.has(words[0].lower) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
/** Longer than this, the words are a clause about someone rather than a way of naming them. */
const UNNAMED_MAX_WORDS = 8;

/** A plural noun for people: "officials", "supporters", "Republicans", "aides" — not "laws", "months". */
function isPeople(t: Token): boolean {
	const w = t.base.toLowerCase();
	if (DOCUMENT_NOUNS.has(w) || VAGUE_NOUNS.has(w)) return false;
	return GROUP_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1))) || PEOPLE_PLURAL.test(w) || bodies(w);
}

/** Bodies in the plural, which speak as a group: "companies", "unions", "banks" (a body noun with its -s or -ies). */
const bodies = (w: string): boolean => w.endsWith('s') && (BODY_NOUNS.has(w.slice(0, -1)) || (w.endsWith('ies') && BODY_NOUNS.has(`${w.slice(0, -3)}y`)));

/** A group that speaks ("officials", "House Republicans"): one entity per wording, so "they" can find it. */
function group(reg: Registry, src: string, tokens: readonly Token[], kind: SourceKind = 'group'): Speaker | null {
	const span = spanOf(tokens);
	const name = groupName(src, tokens);
	return span && name ? found(ensure(reg, name, kind, span), 'group') : null;
}

/** A capitalized word that is a name rather than a capitalized common word. */
const nameLike = (t: Token): boolean => t.cap && !/['’](?:t|ll|re|ve|d|m)$/.test(t.lower) && !NOT_NAME.has(t.lower) && !VAGUE_NOUNS.has(t.lower) && !GROUP_NOUNS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower);

const found = (e: Entity, resolvedBy: Attribution['resolvedBy'], description: Span | null = null): Speaker => ({ name: e.name, kind: e.kind, entity: e, resolvedBy, description });
/** A speaker the report does not name, or that cannot be told: no entity behind it. */
export const unnamed = (name: string, kind: SourceKind, resolvedBy: Attribution['resolvedBy'], description: Span | null = null): Speaker => ({ name, kind, entity: null, resolvedBy, description });

/** A role noun phrase ("a senior British diplomat") whose person is named just after it: the delayed lede. */
function delayed(reg: Registry, at: number, limit: number): Entity | null {
	for (let k = mentionsBefore(reg, at + 1); k < reg.mentions.length; k++) {
		const m = reg.mentions[k];
		if (!m || m.at > limit) break;
		// Only someone named for the first time here: "A senior British diplomat, Mark Smith, …".
		if (m.entity.kind === 'person') return m.entity.mentions.every((x) => x.start >= at || x.start < reg.headlineEnd) ? m.entity : null;
	}
	return null;
}

/**
 * The person named last before `at`, within a few paragraphs, whose descriptions use the role noun ("the
 * minister" → "Foreign Minister X") and every capitalized word before it ("the Florida senator" is not the
 * nearest "Texas Sen."). Read from the mentions backwards, so a long report costs no more.
 */
function byRole(reg: Registry, src: string, role: string, at: number, labels: readonly string[]): Entity | null {
	const checked = new Set<Entity>();
	for (let k = mentionsBefore(reg, at) - 1; k >= 0; k--) {
		const m = reg.mentions[k];
		if (!m || at - m.at > ROLE_REACH) break;
		const e = m.entity;
		if (e.kind !== 'person' || checked.has(e)) continue;
		checked.add(e);
		const said = e.descriptions.some((d) => {
			const words = src.slice(d.start, d.end).toLowerCase().split(/\s+/);
			return words.some((w) => w === role || w === `${role}s` || TITLE_ROLE[w] === role);
		}) && labels.every((l) => e.descriptions.some((d) => src.slice(d.start, d.end).toLowerCase().includes(l)));
		if (said) return e;
	}
	return null;
}

/** "Sanders’ aides": a plural's possessive apostrophe, a token of its own, joined back to its word ("Sanders’", base "Sanders"). */
function joinPossessives(np: readonly Token[]): Token[] {
	const out: Token[] = [];
	for (const t of np) {
		const prev = out[out.length - 1];
		if (prev && (t.text === '’' || t.text === "'") && prev.end === t.start && prev.lower.endsWith('s') && prev.base === prev.text) {
			out[out.length - 1] = { ...prev, text: prev.text + t.text, lower: prev.lower + t.text, end: t.end };
			continue;
		}
		out.push(t);
	}
	return out;
}

export function resolveSpeaker(reg: Registry, src: string, np: readonly Token[], ledeEnd: number): Speaker | null {
	let tokens = joinPossessives(np);
	while (tokens[0] && [',', '(', ')', '“', '”', '"', "'", '—', '–'].includes(tokens[0].text)) tokens = tokens.slice(1);
	while (tokens.length && [',', '“', '”', '"', "'", '—', '–'].includes(tokens[tokens.length - 1]?.text ?? '')) tokens = tokens.slice(0, -1);
	// ", including numerous politicians, said": the words that open the phrase but are not part of it.
	while (tokens.length > 1 && tokens[0] && LEAD_NOT_NP.has(tokens[0].lower)) tokens = tokens.slice(1);
	// "Democrats leaving a talk in the Capitol", "a textbook published for pupils": a participle after a noun opens a
	// clause about it, and a name in that clause is not who speaks ("Israeli armed forces", "the ruling party" go on).
	// A paper keeps its clause, which says whose it is ("exit polls conducted for the AP", "figures compiled by Crowdpac").
	const clause = tokens.findIndex((_, k) => opensClause(tokens, k) && !DOCUMENT_NOUNS.has(tokens[k - 1]?.lower ?? ''));
	if (clause > 0 && !tokens.some((t, k) => k > clause && t.lower === 'by')) return resolveSpeaker(reg, src, tokens.slice(0, clause), ledeEnd);
	const first = tokens[0];
	const last = tokens[tokens.length - 1];
	if (!first || !last) return null;
	// "intended to give Republicans": a clause, not a speaker.
	if (tokens.some((t, k) => t.lower === 'to' && k > 0 && LOWER_WORD.test(tokens[k + 1]?.text ?? '') && !DETERMINERS.has(tokens[k + 1]?.lower ?? ''))) return null;

	// "he", "they", and their contractions ("I’ll", "we’re", "he’d").
	const bareFirst = first.lower.replace(CONTRACTION, '');
	if (PRONOUNS.has(bareFirst) && tokens.every((t, k) => k === 0 || LOWER_WORD.test(t.text))) return pronoun(reg, src, first, bareFirst);

	// "… (FCDO)": the acronym names it, the words before spell it out.
	const close = tokens.findIndex((t) => t.text === ')');
	if (close > 1 && tokens[close - 2]?.text === '(') {
		const acr = tokens[close - 1];
		if (acr && isAcronym(acr) && !PARTY_TAG.test(acr.text)) return found(lookup(reg, acr.base) ?? ensure(reg, acr.base, 'organization', acr), 'acronym');
	}
	// "Sen. Claire McCaskill (D-Mo.)", "Mitch McConnell, R-Ky.": a bracket or a party tag is not the name.
	const open = tokens.map((t) => t.text).lastIndexOf('(');
	if (last.text === ')' && open > 0) return resolveSpeaker(reg, src, tokens.slice(0, open), ledeEnd);
	if (PARTY_TAG.test(last.text) && tokens.length > 1) return resolveSpeaker(reg, src, tokens.slice(0, -1), ledeEnd);

	// "a spokesman for the ministry", "a spokeswoman for Hamas": the body speaks.
	const forAt = tokens.findIndex((t) => t.lower === 'for' || t.lower === 'of');
	if (forAt > 0 && tokens.slice(0, forAt).some((t) => SPOKESPERSON.test(t.lower))) {
		const body = resolveSpeaker(reg, src, tokens.slice(forAt + 1), ledeEnd);
		// The spokesman's words describe the spokesman, not the body: no description.
		if (body) return body;
	}
	// "The trustees of the Highway Trust Fund", "members of the city council": the people speak, not the body
	// they belong to (a spokesman speaks for his body; a board's members speak as themselves).
	// So do "Republicans in Congress", "officials in Minnesota": people named by their kind and their place.
	// And "aides to Mrs. Clinton", "officials at the Pentagon", "lawyers for Mr. Hale": people named by whom they
	// serve or where they work (one alone is below).
	const inAt = tokens.findIndex((t) => COMPLEMENT_START.has(t.lower));
	const head = tokens[inAt - 1];
	if (inAt > 0 && inAt <= 2 && head && tokens[inAt + 1]) {
		if (isPeople(head)) return group(reg, src, tokens);
		// "Sources at the Pentagon", "critics of Mrs. Clinton", "some in the White House": people left unnamed, not
		// the place or the one after ("some of Clinton’s allies", a share of named people, is read below).
		if (VAGUE_NOUNS.has(head.lower) && (head.lower.endsWith('s') || tokens[inAt]?.lower !== 'of')) return common(reg, src, tokens, ledeEnd);
	}
	// "a lawyer for Mr. Hale", "a blogger on the site Freedom’s Lighthouse", "one official at the Pentagon": one
	// unnamed person the whole phrase describes, not the name it ends on.
	const complement = tokens.findIndex((t, k) => k > 1 && COMPLEMENT_START.has(t.lower));
	// "the former nuncio to the United States": an envoy, not the country.
	if ((/^(?:an?|one)$/.test(first.lower) && ROLE_NOUNS.has(tokens[complement - 1]?.lower ?? '')) || (tokens[complement]?.lower === 'to' && ENVOYS.has(tokens[complement - 1]?.lower ?? ''))) return common(reg, src, tokens, ledeEnd);
	return named(reg, src, tokens, ledeEnd) ?? common(reg, src, tokens, ledeEnd);
}

/** What stands just before a pronoun whose cue interrupts the words passed on: a comma or a closing quotation mark. */
const INTERRUPTING = /[,”"’]\s*$/u;

/** "he", "she", "they", "it": the one entity the pronoun can stand for, or unresolved. */
function pronoun(reg: Registry, src: string, t: Token, word: string): Speaker | null {
	const p = PRONOUNS.get(word) ?? 'he';
	// "I think", "we believe": the view of whoever speaks in the first person — the writer, or the one answering
	// in a transcript; inside a quotation, the quoted source (the finding is then nested in theirs).
	if (p === 'we' || p === 'i') return unnamed('', p === 'we' ? 'group' : 'person', 'first-person');
	// "Saying Obama, he said, was too simple": a cue set off by commas or quotation marks interrupts the words
	// passed on, and a name in those words is what is talked about, not who talks.
	const before = src.slice(Math.max(0, t.start - 3), t.start);
	const e = resolvePronoun(reg, p, t.start, INTERRUPTING.test(before), /[”"]\s*$/.test(before));
	if (e) return found(e, 'pronoun');
	return unnamed('', p === 'they' ? 'group' : p === 'it' ? 'organization' : 'person', 'unresolved');
}

/** A phrase that ends in a name: "Foreign Secretary David Lammy", "Reuters", "House Republicans". */
function named(reg: Registry, src: string, tokens: readonly Token[], ledeEnd: number): Speaker | null {
	const first = tokens[0];
	const last = tokens[tokens.length - 1];
	if (!first || !last) return null;
	// "Officials said", "Critics say" at the start of a sentence: a capital, but not a name.
	if (tokens.length === 1 && !nameLike(last)) return null;
	const runs = capitalRuns(tokens, src).filter((r) => splitTitle(r.tokens).name.length > 0);
	const run = runs[runs.length - 1];
	if (!run || run.to < tokens.length) return possessor(reg, src, tokens, ledeEnd);
	const { title, name } = splitTitle(run.tokens);
	const nameText = textOf(src, name).replace(/[’']s$/u, '');
	const lastWord = name[name.length - 1];
	if (!lastWord) return null;
	const description = spanOf(title.filter((t) => !HONORIFICS.has(t.lower))) ?? null;
	// "Mr Johnson", "President Obama", "Sen. Graham": a courtesy title or an office makes even a lone word a person.
	const titled = title.some((t) => HONORIFICS.has(t.lower) || TITLE_HEADS.has(t.lower) || TITLE_HEADS.has(t.lower.replace(/\.$/, '')));
	let kind = titled ? titledKind(name, nameKind(name)) : nameKind(name);
	if (titled && name.length === 1 && kind === 'unknown') kind = 'person';
	// "Rep. Peter King", "Judge Ann Bishop": after a title, an office word ending the name is a surname.
	if (titled && kind === 'label' && name.length > 1 && TITLE_HEADS.has(lastWord.lower)) kind = 'person';
	if (kind === 'group') return group(reg, src, tokens);
	if (kind === 'label') return label(reg, src, tokens);
	const of = personOf(name);
	const known = (of ? lookup(reg, textOf(src, of)) : undefined) ?? lookup(reg, nameText) ?? (name.length === 1 ? (candidate(reg, nameText) ?? undefined) : lookup(reg, lastWord.base));
	if (known && (kind === 'unknown' || kind === known.kind || known.kind === 'person')) {
		for (const t of title) learnGenderFrom(known, t.lower, HONORIFIC_GENDER);
		if (name.length === 1 && known.name !== nameText) alias(reg, known, nameText);
		return found(known, known.name === nameText ? 'name' : 'surname', description);
	}
	// A headline capitalizes every word: only a name the report gives elsewhere counts there ("Toughest Sheriff").
	if (reg.inHeadline) return null;
	// "Alan Brinkley of Columbia University": a person's name before "of" and the body they belong to.
	const person = personOf(name);
	if (person) {
		const e = lookup(reg, textOf(src, person)) ?? ensure(reg, textOf(src, person), 'person', { start: person[0]?.start ?? 0, end: person[person.length - 1]?.end ?? 0 });
		return found(e, 'name', spanOf(name.slice(person.length)));
	}
	if (kind === 'person' || kind === 'organization' || kind === 'government') {
		const e = ensure(reg, nameText, kind, { start: name[0]?.start ?? 0, end: lastWord.end });
		for (const t of title) learnGenderFrom(e, t.lower, HONORIFIC_GENDER);
		return found(e, 'name', description);
	}
	// A single unknown capitalized word ("Hamas said", "Reuters reported"): a body that speaks. Not a
	// capitalized common word opening a sentence ("Hours later", "Reached by phone", "Back in 1999").
	if (name.length === 1 && nameLike(lastWord) && !PRONOUNS.has(lastWord.lower) && (isAcronym(lastWord) || (!COMMON_SHAPE.test(lastWord.text) && (reg.midCaps.has(lastWord.lower) || reg.midCaps.has(lastWord.base.toLowerCase()))))) {
		return found(ensure(reg, nameText, 'organization', lastWord), 'name', description);
	}
	return null;
}

/**
 * "Politico reported that …", "Bloomberg wrote …": a lone capital opening the sentence before a verb of
 * publishing is the outlet that published, though the report never writes it mid-sentence. Not a plural
 * ("Researchers reported") nor a common word's shape ("Reached", "Hours").
 */
export function outlet(reg: Registry, t: Token): Speaker | null {
	if (!nameLike(t) || PRONOUNS.has(t.lower) || COMMON_SHAPE.test(t.text) || (t.lower.endsWith('s') && !isAcronym(t))) return null;
	return found(ensure(reg, t.base, 'organization', t), 'name');
}

/** "Mr. Sanders's campaign", "Powell’s office", "Clinton's lawyers", "Kantar Media’s ad tracker". */
function possessor(reg: Registry, src: string, tokens: readonly Token[], ledeEnd: number): Speaker | null {
	const owned = tokens.findIndex((t, k) => k < tokens.length - 1 && t.base !== t.text);
	if (owned < 0) return null;
	const rest = tokens.slice(owned + 1);
	const head = rest[rest.length - 1];
	const owner = resolveSpeaker(reg, src, tokens.slice(0, owned + 1), ledeEnd);
	if (!owner?.entity || !head) return null;
	const whole = spanOf(tokens);
	if (OWNED_VOICES.has(head.lower) || DOCUMENT_NOUNS.has(head.lower)) return { ...owner, resolvedBy: 'role', description: null };
	if (isPeople(head)) return group(reg, src, tokens);
	// "Donald Trump’s campaign manager", "the senator's chief of staff": someone named by whose they are.
	if (ROLE_NOUNS.has(head.lower) && whole) return unnamed(textOf(src, tokens), 'person', 'role', whole);
	return null;
}

/** "the New York Democrat", "a Republican", "another Democrat": a party label for a person named before, or an unnamed one. */
function label(reg: Registry, src: string, tokens: readonly Token[]): Speaker | null {
	const first = tokens[0];
	if (!first) return null;
	const span = spanOf(tokens);
	if (first.lower === 'a' || first.lower === 'an' || first.lower === 'one' || first.lower === 'another') return unnamed(unnamedBy(src, tokens), 'anonymous', 'vague', span);
	if (first.lower !== 'the') return null;
	const e = labelled(reg, src, tokens.slice(1), first.start);
	return e ? found(e, 'role', span) : unnamed('', 'person', 'unresolved', span);
}

const RELATIVE_CLAUSE = /\b(?:who|whom|whose|which)\b/;

/**
 * Who "the Arizona Republican" is: of the people named before, the one whose titles or party tag share a
 * word of the label ("R-Ariz.", "Arizona Sen."); else the one a pronoun would find there.
 */
function labelled(reg: Registry, src: string, words: readonly Token[], at: number): Entity | null {
	const keys = words.map((t) => t.lower.slice(0, 4)).filter((k) => k.length === 4);
	const matches = new Set<Entity>();
	for (let k = mentionsBefore(reg, at) - 1; k >= 0; k--) {
		const m = reg.mentions[k];
		if (!m || at - m.at > ROLE_REACH) break;
		if (m.entity.kind !== 'person') continue;
		// "Mr. Stevens, who took aim at Senator Rubio of Florida": a relative clause tells what they did or whom
		// they met, not their label; only the words before it can say "the Florida Republican".
		const said = m.entity.descriptions.map((d) => src.slice(d.start, d.end).toLowerCase().split(RELATIVE_CLAUSE)[0]).join(' ');
		const tags = said.split(/[^\p{L}]+/u).map((w) => w.slice(0, 4));
		if (keys.some((key) => tags.includes(key))) matches.add(m.entity);
	}
	if (matches.size === 1) return [...matches][0] ?? null;
	return resolvePronoun(reg, 'person', at);
}

/** A phrase headed by a common noun: a role, a group, a document, a body or a vague source. */
function common(reg: Registry, src: string, tokens: readonly Token[], ledeEnd: number): Speaker | null {
	const first = tokens[0];
	if (!first) return null;
	// "supporters of reform", "a lawyer for the family", "a source close to the campaign", "the statement
	// released by each office": the head comes first.
	const stop = tokens.findIndex((t, k) => k > 0 && (COMPLEMENT_START.has(t.lower) || (PARTICIPLE_ED.test(t.text) && REDUCED_RELATIVE.has(tokens[k + 1]?.lower ?? ''))));
	const headed = stop > 0 ? tokens.slice(0, stop) : tokens;
	const last = headed[headed.length - 1];
	if (!last) return null;
	const head = last.base.toLowerCase();
	const span = spanOf(tokens);

	// "large numbers of Republican caucusgoers", "a majority of voters": the people after "of" speak.
	if (QUANTITY_NOUNS.has(head) && tokens[stop]?.lower === 'of') {
		const people = common(reg, src, tokens.slice(stop + 1), ledeEnd);
		if (people?.resolvedBy === 'group') return group(reg, src, tokens);
		if (people?.resolvedBy === 'vague') return unnamed(groupName(src, tokens), 'anonymous', 'vague', span);
	}
	if (VAGUE_NOUNS.has(head) || (head === 'sources' && !headed.some((t) => t !== first && isCapitalized(t)))) return unnamed(groupName(src, tokens), 'anonymous', 'vague', span);
	// "One in five", "nearly nine out of 10": a rate standing for those polled, with no noun after it.
	if (SHARES.test(tokens[tokens.length - 1]?.lower ?? '') && RATE.test(textOf(src, tokens))) return group(reg, src, tokens);
	// "Sixty-six percent", "58%", "Nearly half", "a third", "three-quarters", "43": a share of those polled.
	if (PERCENT.test(head) || SHARES.test(head)) return group(reg, src, tokens);
	// "those surveyed", "those polled".
	if (first.lower === 'those' && headed.length === 2 && /ed$/.test(head)) return group(reg, src, tokens);

	// "A council spokesperson", "a Foreign Office spokesman": the words before the role name the body.
	if (SPOKESPERSON.test(head) && headed.length > 1) {
		const lead = headed.slice(DETERMINERS.has(first.lower) ? 1 : 0, -1);
		const words = textOf(src, lead);
		if (lead.length && lead.every((t) => !ROLE_NOUNS.has(t.lower))) {
			const capital = lead.some((t) => isCapitalized(t));
			const body = capital ? (lookup(reg, words) ?? ensure(reg, words, 'organization', span ?? first)) : null;
			if (body) return found(body, 'role');
			return unnamed(`the ${words}`, 'organization', 'description', span);
		}
	}
	if (DOCUMENT_NOUNS.has(head)) {
		// "the video of his remarks that was circulated by Democrats": named up to its relative clause.
		let rel = tokens.findIndex((t, k) => k > 0 && (RELATIVE_START.has(t.lower) || (PARTICIPLE_ED.test(t.text) && REDUCED_RELATIVE.has(tokens[k + 1]?.lower ?? ''))));
		// "exit polls conducted by Edison Research for …": a name after "by" says whose the paper is, and is kept.
		if (madeBy(tokens, rel)) rel = tokens.findIndex((t, k) => k > rel + 2 && !t.cap && t.lower !== 'of' && t.lower !== 'the');
		const name = textOf(src, rel > 0 ? tokens.slice(0, rel) : tokens).replace(/^(?:a|an)\s+/i, 'the ');
		return found(ensure(reg, name, 'document', span ?? first), 'document');
	}
	if (isPeople(last)) return group(reg, src, tokens, head === 'police' || head === 'authorities' ? 'organization' : 'group');
	if (ROLE_NOUNS.has(head)) {
		const r = role(reg, src, tokens, headed, head, ledeEnd);
		if (r) return r;
	}
	// "the government", "the ministry", "the airline": the nearest body of that kind named before, else
	// the body as the report names it. A "the" phrase with another head ("the meeting") speaks for no one.
	if (BODY_NOUNS.has(head) && (DETERMINERS.has(first.lower) || first.lower === 'the')) {
		for (let k = mentionsBefore(reg, first.start) - 1; k >= 0; k--) {
			const m = reg.mentions[k];
			if (!m || first.start - m.at > ROLE_REACH) break;
			if (m.entity.kind !== 'person' && m.entity.name.toLowerCase().includes(head)) return found(m.entity, 'role');
		}
		return unnamed(textOf(src, headed), head === 'government' ? 'government' : 'organization', 'description');
	}
	return null;
}

/** A role: "a senior British diplomat" (named just after, in the lede) or "the minister" (named before). */
function role(reg: Registry, src: string, tokens: readonly Token[], headed: readonly Token[], head: string, ledeEnd: number): Speaker | null {
	const first = tokens[0];
	const last = headed[headed.length - 1];
	if (!first || !last) return null;
	const description = spanOf(headed.slice(1)) ?? spanOf(headed);
	if (first.lower === 'a' || first.lower === 'an' || first.lower === 'one' || first.lower === 'another') {
		// "a lawyer for Mr. Hale": a role tied to someone by its complement is described already, and the next
		// name may be anyone's.
		const e = first.start < ledeEnd && headed.length === tokens.length ? delayed(reg, last.end, ledeEnd + DELAYED_NAME_REACH) : null;
		if (e) {
			if (description) e.descriptions.push(description);
			return found(e, 'role', description);
		}
		return unnamed(unnamedBy(src, tokens), 'anonymous', 'vague', spanOf(tokens));
	}
	if (first.lower === 'the' || first.lower === 'this') {
		const e = byRole(reg, src, head, first.start, headed.slice(1, -1).filter((t) => isCapitalized(t) && !isAcronym(t)).map((t) => t.lower));
		if (e) {
			const g = ROLE_GENDER.get(head);
			if (g && !e.gender) e.gender = g;
			return found(e, 'role');
		}
		// "The prime minister insists …" with no name in the report: the office speaks. "The aide said", "the
		// source said" refer back to someone the report never names.
		// "The NFL legend said": someone the report named, called by what they are known for; named so here.
		if (OFFICES.has(head) || KNOWN_FOR.has(head)) return unnamed(textOf(src, headed), 'person', 'description', spanOf(tokens));
		return unnamed(unnamedBy(src, tokens), 'anonymous', 'vague', spanOf(tokens));
	}
	return null;
}
