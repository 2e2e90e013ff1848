// Finds the people and bodies a report names, wherever it names them (not only where they speak), so that
// the labels each report gives them can be set side by side: "Senate Majority Leader Harry Reid", "Mr. Reid",
// "Reid"; "AARP", "the N.A.A.C.P.". A capitalized run ends in a person's name when its last two or three
// words are name words (not titles, places, organisation heads or sentence words); what comes before them in
// the run is a title or label ("Weekly Standard Editor | Bill Kristol"). A single name word counts as a
// person after a courtesy title or office ("Mr. Ryan", "Sen. Reid"), or as the surname of a person the
// report named in full. A run with an organisation head or an acronym is a body.
import { BODY_HEADS, COUNTRIES, DEMONYMS, HONORIFICS, lessOfficePrefix, NOT_NAME, ORG_WORDS, PLACES, ROLE_NOUNS, TITLE_WORDS } from '../lexicons/names';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs';
import { memoByWord } from '../memo';
import { perWord, tokenize, type Token } from '../tokens';
import type { ReportAnalysis, Span } from '../types';
import { wordSet } from '../lexicons/word-set';

export type NamedKind = 'person' | 'body';

export interface Named {
	/** The fullest form the report gives: "Harry Reid", "National Organization for Women", "AARP". */
	name: string;
	kind: NamedKind;
	/** Lower-case surname of a person; null for a body. */
	surname: string | null;
	/** Lower-case keys another report's name can meet this one by: full name, surname, acronym. */
	keys: Set<string>;
	mentions: Span[];
}

/** One place a name stands in a sentence, by token index: tokens[from..to) are the name itself. */
export interface NameAt {
	named: Named;
	sentence: number;
	from: number;
	to: number;
	/** Start of the title or label run before the name inside the same capitalized run ("Senate Majority Leader"). */
	runFrom: number;
}

export interface SentenceTokens {
	span: Span;
	tokens: Token[];
}

export interface NameReading {
	sentences: SentenceTokens[];
	/** The report's quotations (with their marks). */
	quotes: Span[];
	/** Indices of the headline sentences. */
	headline: number[];
	named: Named[];
	/** Every name mention, in text order. */
	at: NameAt[];
	/** Full names (keys) that nothing here vouches for as a person's (see `known` of readNames). */
	unconfirmed: string[];
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const ACRONYM = /^\p{Lu}(?:\.?\p{Lu}){1,7}$/u;
const CONNECTORS = wordSet('of for and on against to');
const FINAL_STOP = /\.$/;
/** Words after the connector of an office that hold its object and a two-word name: "of | Staff Rahm Emanuel". */
const OFFICE_OBJECT_AND_NAME = 3;

/** True when the token's text holds a letter (not a number or a mark), worked out once per distinct text. */
export const hasLetter = memoByWord((text: string): boolean => LETTER.test(text));

/** A word lower-cased without its final stop ("Sen." → "sen"), worked out once per distinct word. */
export const plainWord = memoByWord((base: string): string => base.toLowerCase().replace(FINAL_STOP, ''));
const plain = perWord((w): string => plainWord(w.base));
/** A token holds a letter (hasLetter). */
const lettered = perWord((w): boolean => hasLetter(w.text));
const plainAt = (tokens: readonly Token[], i: number): string => {
	const t = tokens[i];
	return t ? plain(t) : '';
};
/** A noun for someone who does something: "editor", "contributor", "strategist", "historian". */
const AGENT_NOUN = /^\p{L}{3,}(?:or|er|ist|ian)$/u;
// Title case capitalizes the words of four letters and more (short function words may stay lower case);
// sentence case leaves most of them lower case.
const TITLE_CASE_WORD = 4;
const TITLE_CASE_SHARE = 0.7;
/** Generational suffixes after a name: "Jr.", "III". */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;
const isAcronym = perWord(({ base }): boolean => ACRONYM.test(base.replace(/\./g, '')) && ACRONYM.test(base));
const acronymOf = (t: Token): string => t.base.replace(/\./g, '').toLowerCase();

// Members of a party and ordinal words are capitalized in "the New York Democrat" and "Third District", but
// are never part of a person's name.
const PARTY_MEMBERS = wordSet('democrat democrats republican republicans');
const ORDINALS = wordSet('first second third fourth fifth sixth seventh eighth ninth tenth');

/** A word that can be part of a person's name. */
const nameWord = (t: Token | undefined): boolean => !!t && t.cap && isNameWord(t);
const isNameWord = perWord(({ base }): boolean => {
	if (!LETTER.test(base) || !LOWER.test(base)) return false;
	const w = lessOfficePrefix(base.toLowerCase().replace(FINAL_STOP, ''));
	return !PARTY_MEMBERS.has(w) && !ORDINALS.has(w) && !TITLE_WORDS.has(w) && !TITLE_WORDS.has(`${w}.`) && !ROLE_NOUNS.has(w) && !HONORIFICS.has(w) && !HONORIFICS.has(`${w}.`) && !ORG_WORDS.has(w) && !NOT_NAME.has(w) && !COUNTRIES.has(w) && !DEMONYMS.has(w);
});

/**
 * Titles after which one name word is a person: a courtesy title ("Mr."), an abbreviated office ("Sen.",
 * "Rep.", "Gen."), or a noun for a person's role ("Senator", "President", "Chairman").
 */
function personTitle(t: Token | undefined): boolean {
	if (!t) return false;
	const w = plain(t);
	return HONORIFICS.has(w) || HONORIFICS.has(`${w}.`) || TITLE_WORDS.has(`${w}.`) || ROLE_NOUNS.has(w) || w === 'representative';
}

const joinable = (t: Token | undefined): boolean => !!t && t.cap && lettered(t) && !NOT_NAME.has(plain(t));

/** Runs of capitalized tokens (with initials "D." and connectors between capitals), as [from, to). */
function runs(tokens: readonly Token[]): [number, number][] {
	const out: [number, number][] = [];
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		if (!t || !t.cap || !lettered(t)) {
			i++;
			continue;
		}
		let j = i + 1;
		for (;;) {
			const n = tokens[j];
			const prev = tokens[j - 1];
			if (prev && prev.base !== prev.text) break; // a possessive ends the run: "Obama’s | agenda"
			if (n && n.cap && lettered(n)) j++;
			// "Anthony D. Weiner": the stop after an initial.
			else if (n && n.text === '.' && prev && SINGLE_CAPITAL.test(prev.text) && tokens[j + 1]?.cap) j++;
			else if (n && CONNECTORS.has(n.lower) && joinable(tokens[j + 1])) j += 2;
			else break;
		}
		out.push([i, j]);
		i = j;
	}
	return out;
}

/** Most longer words capitalized: "Rep. Weiner Denies Sending Lewd Photo". */
function titleCase(tokens: readonly Token[]): boolean {
	const long = tokens.filter((t) => t.text.length >= TITLE_CASE_WORD && lettered(t));
	return long.length > 0 && long.filter((t) => t.cap).length >= long.length * TITLE_CASE_SHARE;
}

const keyOf = memoByWord((name: string): string => name.toLowerCase().replace(/[’']s$/, '').replace(/\./g, '').replace(/^the\s+/, '').trim());

function initialsOf(tokens: readonly Token[]): string {
	return tokens
		.filter((t) => t.cap && lettered(t) && !CONNECTORS.has(t.lower))
		.map((t) => t.base[0] ?? '')
		.join('')
		.toLowerCase();
}

/** The tokens of sentence k of the report (tokenize keeps them: the analysis has read them already). */
export function sentenceTokens(r: ReportAnalysis, k: number): Token[] {
	const s = r.sentences[k];
	return s ? tokenize(r.text, s) : [];
}

/**
 * `keep` limits the reading to the sentences it accepts (their index): a comparison reads only sentences
 * that hold a capitalized word the other report also has, since a name the other report lacks has no
 * labels to set beside another's. The rest are read as holding no tokens. `known`: whether the other report
 * gives a full name (a key) as a person's, with a title or a verb of saying: the same two names here, with
 * nothing to vouch for them ("Glenn Beck, the hero of the political right, …" against "Fox News host Glenn
 * Beck"), are that person too.
 */
export function readNames(r: ReportAnalysis, keep: (sentence: number) => boolean = () => true, known: (key: string) => boolean = () => false): NameReading {
	const sentences: SentenceTokens[] = r.sentences.map((s, k) => ({ span: s, tokens: keep(k) ? sentenceTokens(r, k) : [] }));
	const byKey = new Map<string, Named>();
	const named: Named[] = [];
	const at: NameAt[] = [];
	const entity = (name: string, kind: NamedKind, surname: string | null, keys: string[]): Named => {
		const key = keyOf(name);
		let e = byKey.get(key);
		if (!e) {
			e = { name, kind, surname, keys: new Set(), mentions: [] };
			named.push(e);
			byKey.set(key, e);
		}
		for (const k of [key, ...keys]) if (k) e.keys.add(k);
		return e;
	};
	const text = (ts: readonly Token[], from: number, to: number): string => {
		const a = ts[from];
		const b = ts[to - 1];
		return a && b ? r.text.slice(a.start, b.end).replace(/[’']s$/, '') : '';
	};

	const confirmed = new Set<Named>();
	const pending: { sentence: number; from: number; to: number; runFrom: number }[] = [];
	// First pass: full names of people, and bodies. A headline in title case is left out: every word in it is
	// a capital.
	sentences.forEach(({ tokens }, k) => {
		if (r.sentences[k]?.headline && titleCase(tokens)) return;
		for (const [from, runTo] of runs(tokens)) {
			// "Senator Harry Reid of Nevada": the person's name ends before "of"; "Nick J. Rahall II" before "II". After
			// an office and before three words more the connector is the title's own ("Chief of Staff Rahm Emanuel",
			// "Secretary of State Ann Lee"), not with two ("the Bishop of Rapid City").
			let to = runTo;
			let office = -2;
			for (let c = from + 1; c < runTo; c++) {
				if (CONNECTORS.has(tokens[c]?.lower ?? '')) {
					if (personTitle(tokens[c - 1]) && runTo - c > OFFICE_OBJECT_AND_NAME && (office = c)) continue;
					to = c;
					break;
				}
			}
			while (to > from + 1 && SUFFIX.test(tokens[to - 1]?.base ?? '')) to--;
			// Name words from the end of the run back, over initials.
			let start = to;
			let words = 0;
			while (start > from) {
				const t = tokens[start - 1];
				if (nameWord(t)) words++;
				else if (!(t?.text === '.' && SINGLE_CAPITAL.test(tokens[start - 2]?.text ?? '')) && !SINGLE_CAPITAL.test(t?.text ?? '')) break;
				start--;
			}
			while (start < to && !nameWord(tokens[start])) start++;
			// "Weekly Standard Editor | Bill Kristol": past three name words, or when the first of three is a
			// noun for a role or the word after an office's connector ("Chief of Staff | Rahm Emanuel", but "Secretary of
			// State Hillary Rodham Clinton"), the name is the last two.
			if (words >= 3 && (words > 3 || AGENT_NOUN.test(tokens[start]?.lower ?? '') || start === office + 1)) {
				let kept = 0;
				let s = to;
				while (s > start && kept < 2) {
					if (nameWord(tokens[s - 1])) kept++;
					s--;
				}
				start = s;
				words = 2;
			}
			const name = text(tokens, start, to);
			// Two name words may be a place ("New Hampshire", "South Carolina"): no person, so no labels.
			if (PLACES.has(name.toLowerCase())) continue;
			// A name right after a common noun for a body is that body's ("the advocacy group | Secure America Now"),
			// unless it goes on past an owner ("the group America’s | Voice") or is a title ("the committee Chairman …").
			const head = tokens[from - 1];
			const last = tokens[runTo - 1];
			const ofBody = !!head && !head.cap && last?.base === last?.text && BODY_HEADS.has(plain(head)) && !personTitle(tokens[from]) && !PARTY_MEMBERS.has(plain(tokens[from] ?? head));
			if (words >= 2 && words <= 3 && !ofBody) {
				const surname = plainAt(tokens, to - 1);
				const e = entity(name, 'person', surname, [surname]);
				// A title in the run or just before it is the evidence that this is a person ("GOP Rep. | Paul Ryan").
				// So is a verb of saying next to it ("said Jon Thompson", "Mike Flynn wrote").
				// So is a verb of saying next to it ("said Jon Thompson", "Mike Flynn wrote"), a noun for what someone
				// does just before it ("Fox News contributor Mike Huckabee", "Weekly Standard Editor Bill Kristol") or
				// "who" after it.
				if (!confirmed.has(e)) {
					const byRole = AGENT_NOUN.test(tokens[start - 1]?.lower ?? '') || AGENT_NOUN.test(tokens[from - 1]?.lower ?? '');
					const who = tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'who';
					let titled = personTitle(tokens[from - 1]);
					for (let c = from; c < start && !titled; c++) titled = personTitle(tokens[c]);
					if (titled || byRole || who || REPORTING_VERBS.has(plainAt(tokens, from - 1)) || REPORTING_VERBS.has(plainAt(tokens, to))) confirmed.add(e);
				}
				at.push({ named: e, sentence: k, from: start, to, runFrom: from });
				continue;
			}
			let plainRun = true;
			let bodyWord = false;
			for (let c = from; c < runTo; c++) {
				const t = tokens[c];
				if (!t) continue;
				if (!COUNTRIES.has(t.lower) && !NOT_NAME.has(plain(t))) plainRun = false;
				if (ORG_WORDS.has(plain(t)) || isAcronym(t)) bodyWord = true;
			}
			if (plainRun) continue;
			if (ofBody) bodyWord = true;
			if (bodyWord) {
				// A body: the run less any leading sentence word ("The").
				let s = from;
				while (s < runTo - 1 && NOT_NAME.has(plainAt(tokens, s))) s++;
				const body = tokens.slice(s, runTo);
				const only = body.length === 1 ? body[0] : undefined;
				const acr = only && isAcronym(only) ? acronymOf(only) : initialsOf(body);
				const name = text(tokens, s, runTo);
				if (!name) continue;
				const e = entity(name, 'body', null, acr.length >= 2 ? [acr] : []);
				at.push({ named: e, sentence: k, from: s, to: runTo, runFrom: s });
			} else pending.push({ sentence: k, from, to: runTo, runFrom: from });
		}
	});

	// Second pass: a single name word after a title, or the surname of a person named in full: of two people
	// with one surname ("Bill Clinton", "Hillary Clinton"), the one named last before it.
	const full = at.filter((m) => m.named.kind === 'person');
	const surnameAt = (surname: string, sentence: number, from: number): Named | undefined => {
		let found: Named | undefined;
		for (const m of full) {
			if (m.named.surname !== surname) continue;
			if (m.sentence > sentence || (m.sentence === sentence && m.from > from)) return found ?? m.named;
			found = m.named;
		}
		return found;
	};
	// A report keeps one form for one person ("Mrs. Clinton" for her, "Mr. Clinton" for him): a title and surname
	// it has already read as someone stay that someone, whoever of the name stands nearer.
	const byTitle = new Map<string, Named>();
	for (const p of pending) {
		const tokens = sentences[p.sentence]?.tokens ?? [];
		if (p.to - p.from > 2) continue;
		const last = tokens[p.to - 1];
		if (!last || !nameWord(last)) continue;
		const title = tokens[p.to - 2];
		const form = title && personTitle(title) ? `${plain(title)} ${plain(last)}` : '';
		const known = (form ? byTitle.get(form) : undefined) ?? surnameAt(plain(last), p.sentence, p.to - 1);
		if (known && form && !byTitle.has(form)) byTitle.set(form, known);
		if (known) {
			// Named in full, then by surname alone: how news refers to a person, not to "Tea Party" or "Ground Zero".
			confirmed.add(known);
			at.push({ named: known, sentence: p.sentence, from: p.to - 1, to: p.to, runFrom: p.runFrom });
		} else if (personTitle(tokens[p.to - 2])) {
			const e = entity(last.base, 'person', plain(last), [plain(last)]);
			confirmed.add(e);
			at.push({ named: e, sentence: p.sentence, from: p.to - 1, to: p.to, runFrom: p.runFrom });
		}
	}
	const people = named.filter((e) => e.kind === 'person');
	for (const e of people) if (known(keyOf(e.name))) confirmed.add(e);
	// A capitalized pair with no title and never shortened to a surname is not taken for a person.
	const kept = at.filter((m) => m.named.kind === 'body' || confirmed.has(m.named));
	kept.sort((x, y) => x.sentence - y.sentence || x.from - y.from);
	for (const m of kept) {
		const tokens = sentences[m.sentence]?.tokens ?? [];
		const a = tokens[m.from];
		const b = tokens[m.to - 1];
		if (a && b) m.named.mentions.push({ start: a.start, end: b.end });
	}
	return { sentences, quotes: r.quotes, headline: r.sentences.filter((s) => s.headline).map((s) => s.index), named: named.filter((e) => e.kind === 'body' || confirmed.has(e)), at: kept, unconfirmed: people.filter((e) => !confirmed.has(e)).map((e) => keyOf(e.name)) };
}
