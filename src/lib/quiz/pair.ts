// The two analysed reports and their comparison, with what every question builder asks of them: which
// findings are sure enough to ask about, who the sources of the pair are, and what each source said where.
import { leadQuotation } from '../analysis/attribution/lead-quotation';
import { ORG_WORDS } from '../analysis/lexicons/names';
import { memoByWord } from '../analysis/memo';
import { runCount } from '../analysis/scan';
import type { Attribution, Comparison, ReportAnalysis, Sentence, Source, SourceKind, Span } from '../analysis/types';
import { nameMentions, roleBetween, surnameOf, wholeName } from './names';
import { checkedSpeaker } from './speakers';
import { DATELINE, contains, escapeRegExp, normName, overlaps, textOf, tidySpan, wholeSentence, wordCount } from './text';
import type { ReportKey } from './types';

export interface PoolOptions {
	/** Findings below this confidence make no question (0..1). */
	minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.9;

/** A sentence widened to whole quotations (see wholeSentence): the unit a question quotes or asks to tap. */
export interface Unit extends Span {
	headline: boolean;
	block: number;
	/** Indices of the analysis sentences it covers. */
	first: number;
	last: number;
	/** How many words it holds (text.ts wordCount), counted once for every question builder. */
	words: number;
}

export interface Side {
	key: ReportKey;
	index: 0 | 1;
	analysis: ReportAnalysis;
	units: Unit[];
	/** The whole text in lower case, for "does the other report use these words anywhere?". */
	lower: string;
}

function unitsOf(analysis: ReportAnalysis): Unit[] {
	const units: Unit[] = [];
	const { sentences } = analysis;
	for (const s of sentences) {
		const prev = units[units.length - 1];
		if (prev && s.start < prev.end) continue;
		const span = wholeSentence(analysis.text, sentences, s);
		// The story's first sentence is quoted without its dateline, as a reader skips it: it is the paper's, not the story's.
		if (!s.headline && !units.some((u) => !u.headline)) span.start += DATELINE.exec(analysis.text.slice(span.start, span.end))?.[0].length ?? 0;
		// Sentences are in order, so the covered ones are a run around s.
		let first = s.index;
		let last = s.index;
		while ((sentences[first - 1]?.start ?? -1) >= span.start) first--;
		while ((sentences[last + 1]?.end ?? Infinity) <= span.end) last++;
		// Written out, not spread: on Node 20 `{ ...span, more }` costs a microsecond or more an object. The words
		// are counted in place: spaces are no part of a word, so this is wordCount(textOf(text, span)) without a copy.
		const words = runCount(analysis.text, span.start, span.end);
		units.push({ start: span.start, end: span.end, headline: s.headline, block: s.block, first, last, words });
	}
	return units;
}

/** The unit holding offset `at`. */
export const unitAt = (side: Side, at: number): Unit | undefined => side.units.find((u) => u.start <= at && at < u.end);

/**
 * The words a question quotes from an attribution, tidied. A quotation its cue splits across sentences ("“A,”
 * she said. “B.”") is one passage in the analysis; a question quotes its first part, the quotation before the
 * cue, so that the cue is no part of the words asked about and the first sentence stands as it was written.
 * `askedSpan` as it stands in the analysis, `askedWords` tidied for quoting.
 */
export const askedSpan = (side: Side, att: Attribution): Span => leadQuotation(side.analysis.text, side.analysis.quotes, att) ?? att.content;
export const askedWords = (side: Side, att: Attribution): Span => tidySpan(side.analysis.text, askedSpan(side, att));

/** One source of the pair, matched across the two reports by name, alias or surname. */
export interface CastMember {
	name: string;
	/** The name as it reads mid-sentence: "the Gaza Health Ministry", "the FCDO", "Mark Smith". */
	display: string;
	kind: SourceKind;
	/** The source as each report has it; undefined where that report does not rely on it. */
	bySide: [Source | undefined, Source | undefined];
}

export interface Pair {
	sides: [Side, Side];
	comparison: Comparison;
	minConfidence: number;
	/** The sources of the pair whose names are whole names (names.ts), matched across the two reports. */
	cast: CastMember[];
	/** memberOf, worked out once per attribution. */
	members: Map<Attribution, CastMember | undefined>;
	/** trustedSpeaker, worked out once per attribution. */
	trusted: Map<Attribution, CastMember | undefined>;
	/** speakers(), worked out once. */
	speakers?: CastMember[];
}

// Head nouns of bodies and documents, which take "the" in running text ("the Health Ministry said").
const INSTITUTION =
	/\b(?:ministry|office|department|council|union|committee|agency|service|board|police|army|court|commission|government|foundation|institute|association|party|authority|embassy|bank|university|hospital|company|trust|society|league|federation|organi[sz]ation|administration|parliament|senate|congress|cabinet|figures|emails?|letter|report|statement|spokes(?:person|man|woman))\b/i;

/**
 * How a source's name reads inside a sentence (`written`: the report writes "the" before it, "the House";
 * `bare`: the report writes it without, "AARP said").
 */
export function displayName(name: string, kind: SourceKind, written = false, bare = false): string {
	if (kind === 'person') return name;
	if (written && !/^the\s/i.test(name)) return `the ${name}`;
	if (bare && /^[A-Z]{2,6}$/.test(name)) return name;
	if (/^the\s/i.test(name)) return `the${name.slice(3)}`;
	if (/^\p{Ll}/u.test(name) || INSTITUTION.test(name)) return `the ${name}`;
	// Initialisms read with "the" ("the FCDO", "the BBC").
	if (/^[A-Z]{2,6}$/.test(name) && kind !== 'group') return `the ${name}`;
	return name;
}

const nameKeys = (s: Source): Set<string> => new Set([s.name, ...s.aliases].map(normName).filter((k) => k.length > 0));
const surname = (name: string): string => normName(name).split(' ').pop() ?? '';

const INITIALISM = /^\p{Lu}{2,6}$/u;

/** The initials of a name's capitalised words, "the" aside: "the Associated Press" → "ap". */
const initialsOf = (name: string): string =>
	name
		.replace(/^the\s+/i, '')
		.split(/[\s,]+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w.charAt(0))
		.join('')
		.toLowerCase();

/**
 * Whether one body is written by the initials of the other's name: "the AP" and "the Associated Press", "FEC"
 * and "Federal Election Commission". Reports use both forms, often in one story.
 */
function spelledOut(x: { name: string; kind: SourceKind; aliases?: readonly string[] }, y: { name: string; kind: SourceKind }): boolean {
	if (x.kind === 'person' || y.kind === 'person') return false;
	const full = initialsOf(y.name);
	if (full.length < 2 || full.length !== y.name.replace(/^the\s+/i, '').split(/\s+/).length) return false;
	return [x.name, ...(x.aliases ?? [])].some((n) => {
		const bare = n.replace(/^the\s+/i, '').replace(/\./g, '');
		return INITIALISM.test(bare) && bare.toLowerCase() === full;
	});
}

/** True when two sources are the same one: a shared name or alias, initials and the name they stand for, or a person's shared surname. */
export function sameSource(x: Source, y: Source): boolean {
	if (!x.name || !y.name) return false;
	if (x.id === y.id) return true;
	const kx = nameKeys(x);
	for (const k of nameKeys(y)) if (kx.has(k)) return true;
	if (spelledOut(x, y) || spelledOut(y, x)) return true;
	return x.kind === 'person' && y.kind === 'person' && surname(x.name).length > 2 && surname(x.name) === surname(y.name);
}

/** A source's name as the report reads it mid-sentence: with the "the" the report puts before most mentions. */
function displayOf(text: string, s: Source): string {
	const mentions = nameMentions(text, s);
	const withThe = mentions.filter((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))).length;
	// An initialism read as a word ("AARP", "NATO") the report never puts "the" before stays bare.
	return displayName(s.name, s.kind, s.kind !== 'person' && mentions.length > 0 && withThe * 2 >= mentions.length, mentions.length > 0 && withThe === 0);
}

function buildCast(a: ReportAnalysis, b: ReportAnalysis): CastMember[] {
	const cast: CastMember[] = [];
	// Only whole names: a fragment, a description or a platform is never offered, nor keyed.
	const usableA = (s: Source) => wholeName(a.text, s);
	const usable = (s: Source) => wholeName(b.text, s);
	for (const s of a.sources) if (usableA(s)) cast.push({ name: s.name, display: displayOf(a.text, s), kind: s.kind, bySide: [s, undefined] });
	for (const s of b.sources) {
		if (!usable(s)) continue;
		const match = cast.find((m) => m.bySide[1] === undefined && m.bySide[0] !== undefined && sameSource(m.bySide[0], s));
		if (match) {
			match.bySide[1] = s;
			// The fuller of the two names ("Mark Smith" over "Smith").
			if (s.name.length > match.name.length && match.kind === 'person') {
				match.name = s.name;
				match.display = displayOf(b.text, s);
			}
		} else cast.push({ name: s.name, display: displayOf(b.text, s), kind: s.kind, bySide: [undefined, s] });
	}
	return cast;
}

export function makePair(a: ReportAnalysis, b: ReportAnalysis, comparison: Comparison, options: PoolOptions = {}): Pair {
	return {
		sides: [
			{ key: 'a', index: 0, analysis: a, units: unitsOf(a), lower: a.text.toLowerCase() },
			{ key: 'b', index: 1, analysis: b, units: unitsOf(b), lower: b.text.toLowerCase() },
		],
		members: new Map(),
		trusted: new Map(),
		comparison,
		minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
		cast: buildCast(a, b),
	};
}

export const sure = (pair: Pair, f: { confidence: number }): boolean => f.confidence >= pair.minConfidence;

/** The cast member an attribution names, if its speaker is a named source of the pair. */
export function memberOf(pair: Pair, side: Side, att: Attribution): CastMember | undefined {
	if (pair.members.has(att)) return pair.members.get(att);
	const member = findMember(pair, side, att);
	pair.members.set(att, member);
	return member;
}

function findMember(pair: Pair, side: Side, att: Attribution): CastMember | undefined {
	if (!att.speaker || att.sourceKind === 'anonymous') return undefined;
	const byId = pair.cast.find((m) => m.bySide[side.index]?.id === att.sourceId);
	if (byId) return byId;
	const key = normName(att.speaker);
	return pair.cast.find((m) => {
		const s = m.bySide[side.index];
		return s !== undefined && nameKeys(s).has(key);
	});
}

/**
 * The cast member the quiz may name as this attribution's speaker (speakers.ts): a confident finding whose
 * speaker the text bears out. Undefined when the quiz cannot vouch for who is speaking.
 */
export function trustedSpeaker(pair: Pair, side: Side, att: Attribution): CastMember | undefined {
	if (pair.trusted.has(att)) return pair.trusted.get(att);
	const member = checkedSpeaker(side, att, pair.minConfidence, (a) => memberOf(pair, side, a));
	pair.trusted.set(att, member);
	return member;
}

/** Whether the member has any attribution in this side whose content overlaps the span (any confidence: a
 * distractor must not be someone the engine has, even doubtfully, saying the same words). */
export function saidIn(pair: Pair, side: Side, member: CastMember, span: Span): boolean {
	return side.analysis.attributions.some((a) => overlaps(a.content, span) && memberOf(pair, side, a) === member);
}

/** Sentences of the other report judged to carry the same content as these sentences (by index). */
export function alignedSentences(pair: Pair, side: Side, range: { first: number; last: number }): Sentence[] {
	const other = pair.sides[1 - side.index];
	if (!other) return [];
	const mine = side.index === 0 ? 'a' : 'b';
	const theirs = side.index === 0 ? 'b' : 'a';
	const out: Sentence[] = [];
	for (const p of pair.comparison.aligned) {
		if (p[mine] < range.first || p[mine] > range.last) continue;
		const s = other.analysis.sentences[p[theirs]];
		if (s) out.push(s);
	}
	return out;
}

/** Whether the member said the same thing in either report: in an overlapping span, or an aligned sentence. */
export function saidAnywhere(pair: Pair, side: Side, member: CastMember, span: Span, unit: Unit | undefined): boolean {
	if (saidIn(pair, side, member, span)) return true;
	const other = pair.sides[1 - side.index];
	if (!other || !unit) return false;
	return alignedSentences(pair, side, unit).some((s) => saidIn(pair, other, member, s));
}

/** The attribution whose quoted or passed-on content holds this span (innermost first), if any. */
export function enclosingAttribution(side: Side, span: Span, except?: Attribution): Attribution | undefined {
	let best: Attribution | undefined;
	for (const a of side.analysis.attributions) {
		if (a === except || !contains(a.content, span)) continue;
		if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
	}
	return best;
}

/**
 * Whose words a span is in: the attribution holding it, else one whose cue comes earlier in the same
 * sentence ("X said he had complained but received only perfunctory responses").
 */
export function speakerOf(pair: Pair, side: Side, span: Span): { att: Attribution; member: CastMember } | undefined {
	const held = enclosingAttribution(side, span);
	const unit = unitAt(side, span.start);
	const att =
		held ??
		(unit
			? [...side.analysis.attributions].reverse().find((a) => a.cue.start >= unit.start && a.cue.end <= span.start && a.content.start >= a.cue.start)
			: undefined);
	const member = att ? trustedSpeaker(pair, side, att) : undefined;
	return att && member ? { att, member } : undefined;
}

/** Whether the span sits inside quotation marks (or a colon quote) in this report. */
export const inQuote = (side: Side, span: Span): boolean => side.analysis.quotes.some((q) => contains(q.inner, span));

const QUOTE_MARK = /["“”‘’«»]/u;

/**
 * How much of a passage stands in quotation marks: all of it (inside one quotation), some (quoted words mixed
 * with the report's own, or a mark inside), or none. Read from the text, so an explanation that says "in
 * quotation marks" or "no quotation marks" is true of what the student sees.
 */
export function quoteMarking(side: Side, span: Span): 'all' | 'some' | 'none' {
	const text = side.analysis.text.slice(span.start, span.end);
	if (side.analysis.quotes.some((q) => q.marks !== 'colon' && contains(q.inner, span))) {
		// A quotation inside a quotation is still all quoted; a mark that closes and reopens is not.
		return /["“”]/u.test(text) ? 'some' : 'all';
	}
	const touched = side.analysis.quotes.some((q) => overlaps(q, span));
	return touched || QUOTE_MARK.test(text.replace(/(?<=\p{L})[’'](?=\p{L})/gu, '')) ? 'some' : 'none';
}

/** Whether the span touches page debris. */
export const inNoise = (side: Side, span: Span): boolean => side.analysis.noise.some((n) => overlaps(n, span));

/** Whether a member is a source of the given side. */
export const inSide = (member: CastMember, side: Side): boolean => member.bySide[side.index] !== undefined;

/** Whether the member has a trusted attribution in this side: it is heard there, not only mentioned. */
export function heardIn(pair: Pair, side: Side, member: CastMember): boolean {
	return side.analysis.attributions.some((a) => trustedSpeaker(pair, side, a) === member);
}

/**
 * The members a student may be offered as speakers: each has an attribution that passes the quiz's checks of
 * its speaker (speakers.ts), a confident one for a body or a group, any for a named person (a person named at
 * a reporting verb speaks far more often than a body named near one: "won control of the House … by arguing"
 * is not the House speaking). A key needs both (trustedSpeaker). Documents are left out: "the emails" hold
 * someone's words, so they are never plainly right or plainly wrong as the one who said them, and the other
 * report may call the same document "the letter".
 */
export function speakers(pair: Pair): CastMember[] {
	if (pair.speakers) return pair.speakers;
	const heard = new Set<CastMember>();
	for (const side of pair.sides)
		for (const a of side.analysis.attributions) {
			// One checked attribution is enough: the costly pronoun check is skipped for a voice already heard.
			const named = memberOf(pair, side, a);
			if (!named || heard.has(named)) continue;
			const m = checkedSpeaker(side, a, named.kind === 'person' ? 0 : pair.minConfidence, (x) => memberOf(pair, side, x));
			if (m) heard.add(m);
		}
	pair.speakers = pair.cast.filter((m) => heard.has(m) && m.kind !== 'document');
	return pair.speakers;
}

/**
 * Whether the report names the member anywhere: a person by surname, a body by its name without its head
 * noun ("St. Louis Tea Party" for "the St. Louis Tea Party Coalition") or an alias, as whole words.
 */
export function namedAnywhere(side: Side, member: CastMember): boolean {
	const keys = member.bySide
		// A body is named by its shortened name, or (to err towards "named") by its last word.
		.flatMap((s) => (s ? (s.kind === 'person' ? [s.name, ...s.aliases].map(surnameOf) : [...[s.name, ...s.aliases].map(bodyKey), ...[s.name, ...s.aliases].map(surnameOf)]) : []))
		.filter((k) => k.length > 2);
	return keys.some((k) => wholeWords(k).test(side.analysis.text));
}

/**
 * The key as whole words, any case: no letter just before or after it. Lookarounds, not a letter-or-edge on
 * each side: the same matches, but the search can skip to where the key's first letter is (several times
 * faster on a report); built once per key.
 */
const wholeWords = memoByWord((k: string): RegExp => new RegExp(`(?<!\\p{L})${escapeRegExp(k)}(?!\\p{L})`, 'iu'));

/** A body's name as another report may shorten it: without "the" and without a last head noun ("Coalition"). */
const bodyKey = (name: string): string => {
	const words = name.replace(/^the\s+/i, '').trim().split(/\s+/);
	const last = (words[words.length - 1] ?? '').toLowerCase();
	return (words.length > 1 && ORG_WORDS.has(last) ? words.slice(0, -1) : words).join(' ').toLowerCase();
};

/** Whether two members may be one referent (a shared surname): never both offered in one question. */
const surnames = new WeakMap<CastMember, Set<string>>();
const surnamesOf = (m: CastMember): Set<string> => {
	const known = surnames.get(m);
	if (known) return known;
	const found = new Set(m.bySide.flatMap((s) => (s ? [surnameOf(s.name)] : [])));
	surnames.set(m, found);
	return found;
};
/** A body named only in common words ("the social media company", "the airline"): it may be any body the report names. */
const isBody = (m: CastMember): boolean => m.kind === 'organization' || m.kind === 'government';
export const inCommonWords = (m: CastMember): boolean => isBody(m) && !/\p{Lu}/u.test(m.name.replace(/^the\s+/i, ''));

export const mayBeOne = (x: CastMember, y: CastMember): boolean => {
	if ((inCommonWords(x) && isBody(y)) || (inCommonWords(y) && isBody(x))) return true;
	// One report may name a body twice, by its initials and in full ("the AP", "the Associated Press").
	const sources = (m: CastMember) => m.bySide.filter((s): s is Source => s !== undefined);
	if (sources(x).some((sx) => sources(y).some((sy) => spelledOut(sx, sy) || spelledOut(sy, sx)))) return true;
	const sx = surnamesOf(x);
	for (const s of surnamesOf(y)) if (sx.has(s)) return true;
	return false;
};

/**
 * How close two names must stand for one to describe the other: "NRSC spokesman Brian Walsh", "Jim Manley, a
 * top adviser to Mr. Reid", "a spokesman for the Democratic National Committee, Brad Woodhouse".
 */
const AFFILIATION_CHARS = 40;

const written = new WeakMap<Side, Map<CastMember, Span[]>>();
const affiliations = new WeakMap<Pair, Map<string, boolean>>();

/** Where a report writes a member's name or surname, as whole words, whether or not the engine linked it. */
function writtenAt(side: Side, member: CastMember): Span[] {
	let bySide = written.get(side);
	if (!bySide) written.set(side, (bySide = new Map()));
	const known = bySide.get(member);
	if (known) return known;
	const found = findWritten(side, member);
	bySide.set(member, found);
	return found;
}

function findWritten(side: Side, member: CastMember): Span[] {
	const keys = new Set(member.bySide.flatMap((s) => (s ? [s.name.replace(/^the\s+/i, ''), surnameOf(s.name), ...s.aliases] : [])).filter((k) => k.length > 2));
	const text = side.analysis.text;
	const lower = side.lower;
	const out: Span[] = [];
	for (const key of keys) {
		const k = key.toLowerCase();
		for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
			const end = at + k.length;
			if (!/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[end] ?? ' ')) out.push({ start: at, end });
		}
	}
	return out;
}

/**
 * Whether two members are tied to each other in either report: one named right beside the other as its
 * spokesman, adviser or employer (names.ts roleBetween). A spokesman's words are also his body's, so neither
 * is a wrong answer for the other.
 */
/** After a body's name, a possessive that opens a role: "AARP’s policy chief". */
const ROLE_AFTER_BODY = /^[’']s\s+\p{Ll}/u;
/** "R. Clarke Cooper, the group’s executive director": a role in a body the text named just before. */
const ROLE_IN_A_BODY = /^(?:the|its)\s+(?:(?:group|organi[sz]ation|union|party|campaign|committee|coalition|association|council|company|firm|agency|club|caucus|charity)[’']s\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}$/u;
/** How far before the person the body is named for "the group’s" to mean it: the paragraph before, about. */
const BODY_BEFORE_CHARS = 400;

/**
 * Whether `person` is described by a role in a body ("the group’s executive director", "its spokesman") and
 * `body`, an organization or group, is named in the few hundred characters before the person is: then the
 * person speaks for the body, and one is no wrong answer for the other's words.
 */
function speaksForBodyBefore(side: Side, person: CastMember, body: CastMember): boolean {
	const p = person.bySide[side.index];
	if (!p || p.kind !== 'person' || (body.kind !== 'organization' && body.kind !== 'group')) return false;
	const { text } = side.analysis;
	if (!p.descriptions.some((d) => ROLE_IN_A_BODY.test(text.slice(d.start, d.end)) && /[’']s\s|^its\s/u.test(text.slice(d.start, d.end)))) return false;
	const first = writtenAt(side, person)[0];
	if (!first) return false;
	return writtenAt(side, body).some((b) => b.end <= first.start && first.start - b.end <= BODY_BEFORE_CHARS);
}

export function affiliated(pair: Pair, x: CastMember, y: CastMember): boolean {
	let memo = affiliations.get(pair);
	if (!memo) affiliations.set(pair, (memo = new Map()));
	const key = pair.cast.indexOf(x) < pair.cast.indexOf(y) ? `${pair.cast.indexOf(x)}:${pair.cast.indexOf(y)}` : `${pair.cast.indexOf(y)}:${pair.cast.indexOf(x)}`;
	const known = memo.get(key);
	if (known !== undefined) return known;
	const tied = pair.sides.some((side) => {
		const { text } = side.analysis;
		if (speaksForBodyBefore(side, x, y) || speaksForBodyBefore(side, y, x)) return true;
		const my = writtenAt(side, y);
		return writtenAt(side, x).some((a) =>
			my.some((b) => {
				const [first, second] = a.start < b.start ? [a, b] : [b, a];
				if (second.start < first.end) return false;
				const gap = text.slice(first.end, second.start);
				// "John Rother, AARP’s policy chief": the body's name in apposition, its role after it.
				if (/^\s*,\s*(?:the\s+)?$/i.test(gap) && ROLE_AFTER_BODY.test(text.slice(second.end, second.end + AFFILIATION_CHARS)) && roleBetween(text.slice(second.end, second.end + AFFILIATION_CHARS).split(/[,.;]/)[0] ?? '')) return true;
				return gap.length <= AFFILIATION_CHARS && !/[.!?;\n]/.test(gap.replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\./g, '')) && roleBetween(gap);
			}),
		);
	});
	memo.set(key, tied);
	return tied;
}

const quoteMasks = new WeakMap<Side, Uint8Array>();

/** 1 for each character of the report inside quotation marks (the marks included), else 0; worked out once. */
export function quoteMask(side: Side): Uint8Array {
	const known = quoteMasks.get(side);
	if (known) return known;
	const mask = new Uint8Array(side.analysis.text.length);
	for (const q of side.analysis.quotes) mask.fill(1, q.start, q.end);
	quoteMasks.set(side, mask);
	return mask;
}

/** The member's name as a report writes it, for a question about that report (the other report's if absent). */
export function nameIn(member: CastMember, side: Side): string {
	const own = member.bySide[side.index];
	return own ? displayOf(side.analysis.text, own) : member.display;
}
