// Whether the quiz may name the speaker of an attribution: the quiz's own check of the engine's reading before
// a who-said key, a "whose words" key or a voice in "heard in one report" rests on it. The engine measures
// whether it found reported speech; whether it picked the right speaker it measures only where the corpus
// names one, so a speaker reached through a pronoun ("He added") is checked here against the text: the last
// source named at a reporting verb before it, with no one else named in between.
import type { Attribution, Source, Span } from '../analysis/types';
import { COUNTRIES, DEMONYMS, HONORIFICS, NOT_NAME, ORG_WORDS, PLACES, TITLE_WORDS } from '../analysis/lexicons/names';
import { nameMentions } from './names';
import { escapeRegExp } from './text';
import type { CastMember, Side } from './pair';

/** How many paragraphs back a "he said" may reach for the speaker it continues. */
const PRONOUN_REACH_BLOCKS = 2;

// A reporting cue is lower case but for a capital that opens a sentence ("According to"); a capitalised word
// read as a cue ("States" of "United States said") is a misreading.
const CUE_SHAPE = /^(?:\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}'’-]*)(?:\s+\p{Ll}[\p{Ll}'’-]*)*[:,]?$/u;
// "He said", "He has argued", "she later added".
const PRONOUN_BEFORE = /\b(he|she|they|it|we|i)\s+(?:(?:has|have|had|was|is|would|will|also|later|then|again|once|further|repeatedly|previously)\s+){0,2}$/i;
const PRONOUN_AFTER = /^\s*(he|she|they|it|we|i)\b/i;
// A name in running text: two or more capitalised words, or a title and a capitalised word.
const NAME_RUN = /\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+)*|\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+)+)/gu;
// A party and state after a lawmaker's name: ", D-Mont.,", ", R-Texas,".
const PARTY_STATE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

const within = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
const touches = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/** Whether the cue reads as a reporting cue: lower-case words, or a capital that opens a sentence. */
export function cueIsWords(side: Side, att: Attribution): boolean {
	const cue = side.analysis.text.slice(att.cue.start, att.cue.end).trim();
	if (!CUE_SHAPE.test(cue)) return false;
	if (!/^\p{Lu}/u.test(cue)) return true;
	const before = side.analysis.text.slice(Math.max(0, att.cue.start - 3), att.cue.start);
	return att.cue.start === 0 || /(?:^|[.!?"“”:]\s*|\n\s*)$/u.test(before);
}

/** The sentence (widened to whole quotations) that holds an offset. */
const unitHolding = (side: Side, at: number): Span | undefined => side.units.find((u) => u.start <= at && at < u.end);

/**
 * Whether a cast member is named (not merely a pronoun) inside a span of this side, outside quotation marks:
 * a name inside someone's quoted words ("“I believe what the Bible says,” he told us") is not the speaker
 * of the narration.
 */
export function namedWithin(side: Side, member: CastMember, span: Span): boolean {
	const source = member.bySide[side.index];
	if (!source) return false;
	const quoted = side.analysis.quotes;
	return nameMentions(side.analysis.text, source).some((m) => within(span, m) && !quoted.some((q) => within(q.inner, m)));
}

/** The pronoun a cue leans on ("He added", "said she"), with its span, if there is one right beside it. */
export function pronounAt(side: Side, att: Attribution): { word: string; span: Span } | undefined {
	const { text } = side.analysis;
	const before = PRONOUN_BEFORE.exec(text.slice(Math.max(0, att.cue.start - 24), att.cue.start));
	if (before?.[1]) {
		const start = att.cue.start - before[0].length + before[0].search(/\S/);
		return { word: before[1].toLowerCase(), span: { start, end: start + before[1].length } };
	}
	const after = PRONOUN_AFTER.exec(text.slice(att.cue.end, att.cue.end + 12));
	if (after?.[1]) {
		const start = att.cue.end + after[0].length - after[1].length;
		return { word: after[1].toLowerCase(), span: { start, end: start + after[1].length } };
	}
	return undefined;
}

/** How many pronoun cues in a row ("He said … He added … He went on") may lead back to one named speaker. */
const PRONOUN_CHAIN = 3;

/**
 * Whether a pronoun's speaker is the one the text points to. With a source named at a reporting verb in the
 * last few paragraphs (or reached through earlier pronoun cues that check out), it is that source, and no one
 * else may be named between there and the pronoun (outside quotation marks and outside what was said). With
 * none, the sentence before the pronoun must name one referent only, and that one.
 */
function pronounAgrees(side: Side, att: Attribution, member: CastMember, memberOf: (a: Attribution) => CastMember | undefined, depth = 0): boolean {
	const pronoun = pronounAt(side, att);
	if (!pronoun) return false;
	// "he" and "she" are people; "it" is not; "we" and "I" inside a report's narration are no one's to guess.
	if ((pronoun.word === 'he' || pronoun.word === 'she') !== (member.kind === 'person')) return false;
	if (pronoun.word === 'we' || pronoun.word === 'i') return false;
	const { analysis } = side;
	const block = analysis.blocks.find((b) => b.start <= pronoun.span.start && pronoun.span.start < b.end)?.index ?? 0;
	const reach = analysis.blocks[Math.max(0, block - PRONOUN_REACH_BLOCKS)]?.start ?? 0;
	// The anchor: the last cue before this one, in reach, whose speaker is named there or reached by a
	// pronoun that checks out itself.
	let named: Attribution | undefined;
	for (const a of analysis.attributions) {
		if (a === att || a.cue.end > pronoun.span.start || a.cue.start < reach || (named && a.cue.start <= named.cue.start)) continue;
		const anchored =
			a.resolvedBy === 'name' ||
			a.resolvedBy === 'surname' ||
			(a.resolvedBy === 'pronoun' && depth < PRONOUN_CHAIN && memberOf(a) === member && pronounAgrees(side, a, member, memberOf, depth + 1));
		if (anchored) named = a;
	}
	if (named && memberOf(named) !== member) return false;
	const own = unitHolding(side, pronoun.span.start);
	const previous = own ? side.units.filter((u) => u.end <= own.start).pop() : undefined;
	const from = named ? Math.max(named.cue.end, named.content.end) : Math.max(reach, previous?.start ?? own?.start ?? pronoun.span.start);
	const person = pronoun.word === 'he' || pronoun.word === 'she';
	// Someone else heard in between ("The chief justice also asked …") may be the one meant; a document or a
	// body heard there ("According to the emails") cannot be "he".
	const couldBe = (m: CastMember | undefined) => m === undefined || (m.kind === 'person') === person;
	// An impersonal "was said to be" is no one at all.
	const heard = analysis.attributions.filter((a) => a !== att && a !== named && a.resolvedBy !== 'impersonal' && a.cue.start >= from && a.cue.end <= pronoun.span.start);
	if (heard.some((a) => memberOf(a) !== member && couldBe(memberOf(a)))) return false;
	if (otherSourceNamed(side, member, from, pronoun.span.start, [named?.content, att.content], person)) return false;
	const names = namesBetween(side, from, pronoun.span.start, [named?.content, att.content], person);
	// Every name between is the member's; without a cue to anchor it, there must be at least one, and no
	// pronoun before it that already stands for someone ("He recalled campaigning with Romney. “…,” he said":
	// "he" is still the one before, not Romney).
	if (!names.every((n) => namesMember(side, member, n))) return false;
	if (named !== undefined) return true;
	const first = names.reduce<Span | undefined>((x, n) => (x === undefined || n.start < x.start ? n : x), undefined);
	return first !== undefined && !(person ? PERSONAL_PRONOUN : /\b(?:it|its|they|their|them)\b/i).test(outsideQuotes(side, from, first.start));
}

/**
 * Whether a source of the report other than the member is named in text[from, to), outside quotation marks and
 * the `except` spans: even a surname opening a sentence ("Ryan shot back"), which a run of capitals misses.
 */
function otherSourceNamed(side: Side, member: CastMember, from: number, to: number, except: readonly (Span | undefined)[], personsOnly = false): boolean {
	const own = member.bySide[side.index];
	const { quotes, sources, text } = side.analysis;
	const between = (m: Span) => m.start >= from && m.end <= to && !except.some((e) => e && touches(e, m)) && !quotes.some((q) => within(q.inner, m));
	// "he" or "she" can only be a person; the next speaker of a quotation may be anyone.
	const could = (src: Source) => (personsOnly ? src.kind === 'person' : src.kind !== 'anonymous' && src.kind !== 'document');
	return sources.some((src) => src !== own && could(src) && nameMentions(text, src).some(between));
}

/** Whether a run of capitals is the member's name: one of its mentions, or overlapping one ("Sen. Max Baucus"). */
function namesMember(side: Side, member: CastMember, n: Span): boolean {
	if (namedWithin(side, member, { start: n.start - 6, end: n.end + 1 })) return true;
	const source = member.bySide[side.index];
	return source !== undefined && nameMentions(side.analysis.text, source).some((m) => touches(m, n));
}

const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;

/** The text of text[from, to) with what stands inside quotation marks blanked out. */
function outsideQuotes(side: Side, from: number, to: number): string {
	let out = side.analysis.text.slice(from, to);
	for (const q of side.analysis.quotes)
		if (q.inner.end > from && q.inner.start < to) {
			const s = Math.max(q.inner.start, from) - from;
			const e = Math.min(q.inner.end, to) - from;
			out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
		}
	return out;
}

// Capitalised words that start no name a pronoun could stand for: places, peoples, parties, days, sentence words.
const NOT_A_REFERENT = (w: string): boolean => {
	const bare = w.toLowerCase().replace(/[’']s$/u, '').replace(/[.,;:]+$/u, '');
	return NOT_NAME.has(bare) || COUNTRIES.has(bare) || PLACES.has(bare) || DEMONYMS.has(bare) || HONORIFICS.has(bare) || HONORIFICS.has(`${bare}.`);
};
/** Whether a capitalised word is the last word of a source's name or alias in this report ("Obama", "Reid"). */
const sourceWord = (side: Side, word: string): boolean =>
	side.analysis.sources.some((src) => src.kind !== 'document' && [src.name, ...src.aliases].some((n) => n.split(/\s+/).pop() === word.replace(/[’']s$/u, '')));
const PARTY_PLURAL = /^(?:Republicans|Democrats|Conservatives|Liberals|Tories|Americans)$/;
const SINGLE_CAPITAL = /\b\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * Names in text[from, to) outside quotation marks and outside the `except` spans: runs of capitals, or one
 * mid-sentence capital. For "he" or "she", a run that names a body ("Red Crescent") or is only titles and
 * nationalities ("Senior Israeli") is no one the pronoun could mean.
 */
function namesBetween(side: Side, from: number, to: number, except: readonly (Span | undefined)[], person: boolean): Span[] {
	if (from >= to) return [];
	const { text, quotes } = side.analysis;
	const between = text.slice(from, to);
	const outside = (span: Span) => !quotes.some((q) => within(q.inner, span)) && !except.some((e) => e && touches(e, span));
	const out: Span[] = [];
	// Every run of capitals, kept or not: its words are not read again one by one ("New" of "New York Times").
	const runs: Span[] = [];
	NAME_RUN.lastIndex = 0;
	for (let m = NAME_RUN.exec(between); m; m = NAME_RUN.exec(between)) {
		const span = { start: from + m.index, end: from + m.index + m[0].length };
		runs.push(span);
		if (!outside(span)) continue;
		const words = m[0].split(/\s+/).map((w) => w.toLowerCase().replace(/[’']s$/u, '').replace(/[.,;:]+$/u, ''));
		// A place ("New York", "North Carolina") is never "he" or "she".
		if (person && PLACES.has(words.join(' '))) continue;
		if (person && (words.some((w) => ORG_WORDS.has(w)) || words.every((w) => TITLE_WORDS.has(w) || TITLE_WORDS.has(`${w}.`) || DEMONYMS.has(w) || NOT_NAME.has(w)))) continue;
		out.push(span);
	}
	SINGLE_CAPITAL.lastIndex = 0;
	for (let m = SINGLE_CAPITAL.exec(between); m; m = SINGLE_CAPITAL.exec(between)) {
		const span = { start: from + m.index, end: from + m.index + m[0].length };
		if (runs.some((o) => touches(o, span)) || !outside(span) || NOT_A_REFERENT(m[0])) continue;
		// "D-" and "Mont." of ", D-Mont.," tag a lawmaker's party and state.
		const tag = /[DRI]-\p{Lu}[\p{L}.]*/u.exec(text.slice(Math.max(0, span.start - 2), span.end + 12));
		if (tag && PARTY_STATE.test(tag[0]) && touches({ start: Math.max(0, span.start - 2) + tag.index, end: Math.max(0, span.start - 2) + tag.index + tag[0].length }, span)) continue;
		if (person && ORG_WORDS.has(m[0].toLowerCase())) continue;
		// A capital that opens a sentence or a line is there for that reason; one after "in", "of", "from" or
		// "at" is a place or a body far more often than a person ("governor of Maryland").
		// (A source of the report is a name wherever it stands: "Obama also addressed …" opens on one.)
		const lead = text.slice(Math.max(0, span.start - 6), span.start);
		const opens = /(?:^|[.!?:;"“”]|\n)\s*$/u.test(lead) || span.start === 0;
		if ((opens && !sourceWord(side, m[0])) || /\b(?:in|of|from|at)\s+$/.test(lead)) continue;
		// A plural ("Republicans", "Democrats") is never "he" or "she".
		if (person && PARTY_PLURAL.test(m[0])) continue;
		out.push(span);
	}
	return out;
}

/**
 * The cast member the quiz may name as this attribution's speaker, or undefined: a finding at least as sure as
 * `minConfidence`, a cue that reads as one, and a speaker named in the cue's sentence or reached by a pronoun
 * the text agrees on.
 */
export function checkedSpeaker(
	side: Side,
	att: Attribution,
	minConfidence: number,
	memberOf: (a: Attribution) => CastMember | undefined,
): CastMember | undefined {
	if (att.confidence < minConfidence || !att.speaker || att.sourceKind === 'anonymous' || att.nested) return undefined;
	const member = memberOf(att);
	if (!member || !cueIsWords(side, att)) return undefined;
	if (member.kind !== 'person' && hometown(side, att, member)) return undefined;
	if (att.resolvedBy === 'impersonal') return undefined;
	const unit = unitHolding(side, att.cue.start);
	if (!unit) return undefined;
	// Named, by surname, acronym or description: the name itself stands in the cue's sentence. A pronoun's
	// speaker is checked as it stands; either way, words quoted in a later sentence go on with that speaker
	// only if no one else speaks or is named on the way ("“…,” he said. Obama himself … “…,” he said").
	if (att.resolvedBy === 'pronoun' ? !pronounAgrees(side, att, member, memberOf) : !namedWithin(side, member, unit)) return undefined;
	return within(unit, att.content) || continuedBy(side, att, member, unit, memberOf) ? member : undefined;
}

/** How far before a cue a speaker's hometown ("Stacy Baker of Columbia, South Carolina says") is looked for. */
const HOMETOWN_REACH = 80;

/**
 * Whether the place the cue follows ends "of Town, State" or "from Town, State": where the person before it is
 * from ("Stacy Baker of Columbia, South Carolina says …"), not the state speaking.
 */
function hometown(side: Side, att: Attribution, member: CastMember): boolean {
	const { text } = side.analysis;
	const before = text.slice(Math.max(0, att.cue.start - HOMETOWN_REACH), att.cue.start);
	const names = member.bySide.flatMap((s) => (s ? [s.name, ...s.aliases] : [])).map((n) => n.replace(/^the\s+/i, ''));
	return names.some((n) => n.length > 0 && new RegExp(`\\b(?:of|from)\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*,\\s+${escapeRegExp(n)},?\\s*$`, 'u').test(before));
}

/**
 * Whether quoted words in a later sentence than their cue ("“…,” Mr. Biden said. … “…”") go on with the same
 * speaker: no one else named or heard from the cue's sentence to the end of theirs ("Ryan shot back: “…”").
 */
function continuedBy(side: Side, att: Attribution, member: CastMember, unit: Span, memberOf: (a: Attribution) => CastMember | undefined): boolean {
	const to = unitHolding(side, att.content.start)?.end ?? att.content.end;
	if (to <= unit.end) return true;
	const person = member.kind === 'person';
	const heard = side.analysis.attributions.filter((a) => a !== att && a.cue.start >= unit.end && a.cue.end <= to);
	if (heard.some((a) => memberOf(a) !== member)) return false;
	if (otherSourceNamed(side, member, unit.end, to, [att.content])) return false;
	return namesBetween(side, unit.end, to, [att.content], person).every((n) => namesMember(side, member, n));
}
