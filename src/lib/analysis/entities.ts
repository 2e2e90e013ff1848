// Finds the people and organizations a report names, and every later mention of them (surname, "Mr Smith",
// acronym), so that a pronoun or a short name can be resolved to the fullest name the report gives.
// A capitalized run counts as a person only with evidence: a title before it, or a comma, bracket,
// possessive or verb after it — never "the Middle East", never "Senior Israeli government".
import type { ReadingContext } from './context';
import { COUNTRIES, DEMONYMS, HONORIFICS, NAME_CONNECTORS, NOT_NAME, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './lexicons/names';
import { isAcronym, isCapitalized, tokenize, type Token } from './tokens';
import type { SourceKind, Span } from './types';

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
	/** Lower-cased name, alias or surname → entity. */
	byKey: Map<string, Entity>;
	/** Every mention in text order. */
	mentions: { at: number; end: number; entity: Entity }[];
	tokens: Map<number, Token[]>;
}

// Patterns used in loops, compiled once (a literal in a loop is a new RegExp object each time round).
const LETTER = /[\p{L}]/u;
const FINAL_STOP = /\.$/;
const DESCRIPTOR = /^\p{Lu}\p{Ll}*-\p{Ll}/u;
const POSSESSIVE_END = /[’']s$/u;
const VERB_LIKE = /^[\p{Ll}]+(?:ed|s)$/u;
const PLAIN_WORD = /^[\p{L}-]+$/u;

const slug = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '') || 'source';

export interface Run {
	tokens: Token[];
	/** Index in the sentence's tokens of the first and one past the last token. */
	from: number;
	to: number;
}

/** Runs of capitalized words in a sentence, joined over "of", "and", "on" between capitals. */
export function capitalRuns(tokens: readonly Token[]): Run[] {
	const runs: Run[] = [];
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		if (!t || !isCapitalized(t) || !LETTER.test(t.text)) {
			i++;
			continue;
		}
		let j = i + 1;
		for (;;) {
			const n = tokens[j];
			if (n && isCapitalized(n) && !isPossessiveEnd(tokens[j - 1])) {
				j++;
				continue;
			}
			// "Action on Armed Violence", "Secretary of State": a connector between capitals.
			const after = tokens[j + 1];
			if (n && NAME_CONNECTORS.has(n.lower) && after && isCapitalized(after) && !isPossessiveEnd(tokens[j - 1])) {
				j += 2;
				continue;
			}
			break;
		}
		runs.push({ tokens: tokens.slice(i, j), from: i, to: j });
		i = j;
	}
	return runs;
}

const isPossessiveEnd = (t: Token | undefined): boolean => !!t && t.base !== t.text;

/** Drops leading sentence words and titles from a run; returns the name part and the title part. */
export function splitTitle(run: readonly Token[]): { title: Token[]; name: Token[] } {
	let k = 0;
	while (k < run.length - 1) {
		const t = run[k];
		if (!t) break;
		const w = t.lower.replace(FINAL_STOP, '');
		// "Mum-of-two Sarah Jones": a hyphenated descriptor before the name.
		const descriptor = DESCRIPTOR.test(t.text);
		if (descriptor || NOT_NAME.has(w) || HONORIFICS.has(w) || HONORIFICS.has(`${w}.`) || TITLE_WORDS.has(w) || TITLE_WORDS.has(t.lower) || ROLE_NOUNS.has(w) || NAME_CONNECTORS.has(w)) k++;
		else break;
	}
	return { title: run.slice(0, k), name: run.slice(k) };
}

export type NameKind = 'person' | 'organization' | 'government' | 'unknown';

/** What a bare name looks like on its own. */
export function nameKind(name: readonly Token[]): NameKind {
	const words = name.map((t) => t.base.toLowerCase());
	if (words.length === 0) return 'unknown';
	if (words.some((w) => ORG_WORDS.has(w))) return 'organization';
	if (words.length === 1) {
		const only = name[0];
		if (COUNTRIES.has(words[0] ?? '')) return 'government';
		if (only && isAcronym(only)) return 'organization';
		return 'unknown';
	}
	if (words.every((w) => COUNTRIES.has(w) || DEMONYMS.has(w) || NOT_NAME.has(w))) return 'government';
	if (words.some((w) => DEMONYMS.has(w) || COUNTRIES.has(w) || NOT_NAME.has(w))) return 'unknown';
	if (name.length <= 4) return 'person';
	return 'organization';
}

const text = (ts: readonly Token[], src: string): string => {
	const a = ts[0];
	const b = ts[ts.length - 1];
	return a && b ? src.slice(a.start, b.end).replace(POSSESSIVE_END, '') : '';
};

function add(reg: Registry, name: string, kind: SourceKind, at: Span): Entity {
	const key = name.toLowerCase();
	const known = reg.byKey.get(key);
	if (known) return known;
	let id = slug(name);
	while (reg.entities.some((e) => e.id === id)) id += '-2';
	const e: Entity = { id, name, kind, aliases: new Set(), mentions: [], descriptions: [], first: at.start };
	reg.entities.push(e);
	reg.byKey.set(key, e);
	if (kind === 'person') {
		const parts = name.split(/\s+/);
		const surname = parts[parts.length - 1];
		if (surname && parts.length > 1 && !reg.byKey.has(surname.toLowerCase())) {
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
	return reg.byKey.get(name.toLowerCase()) ?? add(reg, name, kind, at);
}

/** Looks a name up: full name, surname, acronym or alias. */
export function lookup(reg: Registry, name: string): Entity | undefined {
	const key = name.toLowerCase();
	return reg.byKey.get(key) ?? reg.byKey.get(key.replace(/^the\s+/, ''));
}

export function buildRegistry(ctx: ReadingContext): Registry {
	const reg: Registry = { entities: [], byKey: new Map(), mentions: [], tokens: new Map() };
	const src = ctx.text;
	// Each sentence's tokens and capitalized runs (split into title and name), found once for both passes.
	const sentences = ctx.sentences.map((s) => {
		const tokens = tokenize(src, s);
		reg.tokens.set(s.index, tokens);
		return { tokens, runs: capitalRuns(tokens).map((run) => ({ run, ...splitTitle(run.tokens) })) };
	});

	// Pass 1: names with evidence of what they are.
	for (const { tokens, runs } of sentences) {
		for (const { run, title, name } of runs) {
			if (name.length === 0) continue;
			const before = tokens[run.from - 1];
			const after = tokens[run.to];
			const last = name[name.length - 1];
			const honorific0 = title.some((t) => HONORIFICS.has(t.lower));
			const kind = honorific0 && name.length === 1 ? 'person' : nameKind(name);
			const full = text(name, src);
			const span = { start: name[0]?.start ?? 0, end: last?.end ?? 0 };
			if (kind === 'organization' || kind === 'government') {
				// "The Foreign, Commonwealth and Development Office (FCDO)": commas inside a bracketed name.
				let from = run.from;
				const bracketed = tokens[run.to]?.text === '(' && tokens[run.to + 2]?.text === ')';
				while (bracketed && tokens[from - 1]?.text === ',' && tokens[from - 2]?.cap === true) from -= 2;
				const lead = tokens.slice(from, run.to);
				while (lead.length > 1 && NOT_NAME.has(lead[0]?.lower ?? '')) lead.shift();
				const e = from < run.from ? add(reg, text(lead, src), kind, { start: lead[0]?.start ?? span.start, end: span.end }) : add(reg, full, kind, span);
				// "The Foreign, Commonwealth and Development Office (FCDO)": the bracket gives the acronym.
				const open = tokens[run.to];
				const acr = tokens[run.to + 1];
				if (open?.text === '(' && acr && isAcronym(acr) && tokens[run.to + 2]?.text === ')') alias(reg, e, acr.base);
				continue;
			}
			if (kind !== 'person') continue;
			if (before?.lower === 'the' && title.length === 0) continue;
			const titled = title.some((t) => HONORIFICS.has(t.lower) || TITLE_WORDS.has(t.lower.replace(FINAL_STOP, '')));
			const evidence =
				titled ||
				// "Transport minister Li Wen", "election officer Sam Boyd": a role noun just before.
				(before !== undefined && ROLE_NOUNS.has(before.lower)) ||
				(last !== undefined && last.base !== last.text) ||
				(after !== undefined && [',', '(', 'who', 'said', 'says', 'told', 'wrote', 'added'].includes(after.lower)) ||
				(after !== undefined && VERB_LIKE.test(after.text) && !(before && isCapitalized(before)));
			if (!evidence) continue;
			const e = add(reg, full, 'person', span);
			// "Transport minister Helen Carter", "Senior British diplomat Mark Smith": a role just before the name.
			if (title.length === 0 && before && ROLE_NOUNS.has(before.lower)) {
				let k = run.from - 1;
				while (k > 0 && run.from - k < 4 && PLAIN_WORD.test(tokens[k - 1]?.text ?? '') && !NOT_NAME.has(tokens[k - 1]?.lower ?? 'the')) k--;
				const d0 = tokens[k];
				if (d0) e.descriptions.push({ start: d0.start, end: before.end });
			}
			const honorific = title.find((t) => HONORIFICS.has(t.lower));
			if (honorific && !e.gender) {
				if (/^mr\.?$/.test(honorific.lower) || honorific.lower === 'sir' || honorific.lower === 'lord') e.gender = 'he';
				if (/^(?:mrs|ms|miss)\.?$/.test(honorific.lower) || honorific.lower === 'dame' || honorific.lower === 'lady') e.gender = 'she';
			}
			const t0 = title[0];
			const t1 = title[title.length - 1];
			if (t0 && t1 && title.some((t) => TITLE_WORDS.has(t.lower) && !NOT_NAME.has(t.lower))) {
				const titleStart = title.findIndex((t) => !NOT_NAME.has(t.lower) && !HONORIFICS.has(t.lower));
				const ts = title[titleStart];
				if (ts && !HONORIFICS.has(t1.lower)) e.descriptions.push({ start: ts.start, end: t1.end });
			}
		}
	}
	// Later mentions of people by surname only, "Mr Smith", or the acronym.
	for (const { runs } of sentences) {
		for (const { run, name } of runs) {
			const full = text(name, src);
			let e = lookup(reg, full);
			const last = name[name.length - 1];
			if (!e && last) e = lookup(reg, last.base);
			const first = name[0];
			if (e && first && last) {
				reg.mentions.push({ at: first.start, end: last.end, entity: e });
				e.mentions.push({ start: first.start, end: last.end });
				e.first = Math.min(e.first, first.start);
			}
			// Bracketed acronyms on their own: "(FCDO)".
			for (const t of run.tokens) {
				if (t === first || !isAcronym(t)) continue;
				const a = lookup(reg, t.base);
				if (a) reg.mentions.push({ at: t.start, end: t.end, entity: a });
			}
		}
	}
	reg.mentions.sort((a, b) => a.at - b.at);
	return reg;
}

export const isPronounCompatible = (e: Entity, pronoun: string): boolean => {
	if (pronoun === 'he' || pronoun === 'she') return e.kind === 'person' && (!e.gender || e.gender === pronoun);
	if (pronoun === 'it') return e.kind === 'organization' || e.kind === 'government' || e.kind === 'document';
	if (pronoun === 'they') return e.kind === 'organization' || e.kind === 'government' || e.kind === 'group';
	return false;
};

/** A pronoun refers to someone mentioned in the last few paragraphs: look back at most this many mentions… */
const PRONOUN_MAX_MENTIONS_BACK = 150;
/** …and at most this many characters (about four paragraphs of news). */
const PRONOUN_MAX_CHARS_BACK = 3000;

/** The nearest entity named before `at` that the pronoun can stand for. */
export function resolvePronoun(reg: Registry, pronoun: string, at: number): Entity | null {
	for (let i = mentionsBefore(reg, at) - 1, seen = 0; i >= 0 && seen < PRONOUN_MAX_MENTIONS_BACK; i--, seen++) {
		const m = reg.mentions[i];
		if (!m) continue;
		if (at - m.at > PRONOUN_MAX_CHARS_BACK) break;
		if (isPronounCompatible(m.entity, pronoun)) return m.entity;
	}
	return null;
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
