// The quiz's own measure of whether the other report makes a point, before it keys "Both" or "A only": how
// much of a passage's content (its rarer words weighing more, so the story's topic words do not decide) the
// best matching sentence or two of the other report carries, and whether the figures and the negation agree.
// The comparison aligns sentences for the reading lens; a question needs a firmer line on both sides, and
// asks nothing in between.
import { SAME_WORD } from '../analysis/compare/characterizations';
import { contentWords, isContent } from '../analysis/compare/words';
import { COUNTRIES, NOT_NAME, ORG_WORDS } from '../analysis/lexicons/names';
import { TIME_NOUNS, YEAR } from '../analysis/lexicons/function-words';
import type { Span } from '../analysis/types';
import { REPORTING_VERBS } from '../analysis/lexicons/reporting-verbs';
import { nameMentions, personAt, wholeName } from './names';
import { type Pair, type Side, quoteMask } from './pair';
import { escapeRegExp } from './text';

interface ClaimIndex {
	/** Stems of each unit of each side, and of each two units running, by unit index. */
	singles: [Set<string>[], Set<string>[]];
	doubles: [Set<string>[], Set<string>[]];
	/** How much each stem weighs: rarer in the pair, more. */
	weights: Map<string, number>;
}

const indexes = new WeakMap<Pair, ClaimIndex>();

function indexOf(pair: Pair): ClaimIndex {
	const known = indexes.get(pair);
	if (known) return known;
	const df = new Map<string, number>();
	const bagsOf = (side: Side): Set<string>[] =>
		side.units.map((u) => {
			const stems = new Set(contentWords(side.analysis.text, u).map((w) => w.stem));
			for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
			return stems;
		});
	const singles: [Set<string>[], Set<string>[]] = [bagsOf(pair.sides[0]), bagsOf(pair.sides[1])];
	const runs = (bags: Set<string>[]) => bags.map((one, i) => new Set([...one, ...(bags[i + 1] ?? [])]));
	const units = singles[0].length + singles[1].length;
	const weights = new Map([...df].map(([stem, n]) => [stem, Math.log(1 + units / n)] as const));
	const index: ClaimIndex = { singles, doubles: [runs(singles[0]), runs(singles[1])], weights };
	indexes.set(pair, index);
	return index;
}

// A stem the pair's sentences never held (a passage can be cut mid-sentence) weighs as the rarest.
const weight = (index: ClaimIndex, stem: string): number => index.weights.get(stem) ?? Math.log(2);

/** How much of `mine` (weighted by rarity) `theirs` holds, 0..1. */
function cover(index: ClaimIndex, mine: Set<string>, theirs: ReadonlySet<string>): number {
	let total = 0;
	let held = 0;
	for (const s of mine) {
		const w = weight(index, s);
		total += w;
		if (theirs.has(s)) held += w;
	}
	return total === 0 ? 0 : held / total;
}

/** The stems of a span of one side. */
const stemsOf = (side: Side, span: Span): Set<string> => new Set(contentWords(side.analysis.text, span).map((w) => w.stem));

/**
 * The most of a passage that any one sentence, or two sentences running, of the other report holds (0..1):
 * near 0 when the other report says nothing like it.
 */
export function bestCover(pair: Pair, side: Side, span: Span): number {
	const index = indexOf(pair);
	const mine = stemsOf(side, span);
	let best = 0;
	// Two sentences running hold all that either holds alone, so the runs are enough.
	for (const run of index.doubles[1 - side.index] ?? []) best = Math.max(best, cover(index, mine, run));
	return best;
}

/**
 * A phrase of two content words in lower case, side by side, that a report uses in at most this many sentences:
 * a detail it tells ("a recovering alcoholic", "back pay"), not one of the story's topic phrases, which run
 * through many of its sentences.
 */
const RARE_PHRASE_UNITS = 2;

/** A report's phrases of two lower-case content words, unit by unit, and in how many units each stands. */
interface Phrases {
	byUnit: Set<string>[];
	unitsWith: Map<string, number>;
}

const phraseCache = new WeakMap<Side, Phrases>();

/** Each unit's phrases of two lower-case content words side by side, as "stem stem" keys, counted once per report. */
function phrasesOf(side: Side): Phrases {
	const known = phraseCache.get(side);
	if (known) return known;
	const { text } = side.analysis;
	// A word in lower case, and not a time ("last week" dates two different things as often as one).
	const lower = (w: { start: number; end: number }) => /\p{Ll}/u.test(text[w.start] ?? '') && !TIME_NOUNS.has(text.slice(w.start, w.end).toLowerCase());
	const unitsWith = new Map<string, number>();
	const byUnit = side.units.map((u) => {
		const keys = new Set<string>();
		const words = contentWords(text, u);
		for (let i = 1; i < words.length; i++) {
			const x = words[i - 1];
			const y = words[i];
			if (x && y && lower(x) && lower(y) && /^\s+$/.test(text.slice(x.end, y.start))) keys.add(`${x.stem} ${y.stem}`);
		}
		for (const k of keys) unitsWith.set(k, (unitsWith.get(k) ?? 0) + 1);
		return keys;
	});
	const found = { byUnit, unitsWith };
	phraseCache.set(side, found);
	return found;
}

/**
 * Whether a passage shares a rare phrase with the other report (see RARE_PHRASE_UNITS): then that report tells
 * the same detail, whatever else each adds ("Pointing to his time as a recovering alcoholic, the host urged …"
 * against "Noting that he was a recovering alcoholic himself, he said …"), and "nothing like it" is not safe.
 */
export function sharesRarePhrase(pair: Pair, side: Side, span: Span): boolean {
	const other = pair.sides[1 - side.index];
	if (!other) return false;
	const mine = phrasesOf(side);
	const theirs = phrasesOf(other);
	const here = side.units.flatMap((u, i) => (u.start < span.end && span.start < u.end ? [...(mine.byUnit[i] ?? [])] : []));
	return here.some((key) => {
		const there = theirs.unitsWith.get(key) ?? 0;
		return there > 0 && there <= RARE_PHRASE_UNITS && (mine.unitsWith.get(key) ?? 0) <= RARE_PHRASE_UNITS;
	});
}

/** How much of passage `a` (report A) passage `b` (report B) holds, 0..1. */
export function coverOf(pair: Pair, a: Span, b: Span): number {
	return cover(indexOf(pair), stemsOf(pair.sides[0], a), stemsOf(pair.sides[1], b));
}

// Figures as written, without separators: "30,000" and "30000" are one figure.
const FIGURE = /\d[\d,.]*\d|\d/g;
const figures = (text: string): string[] => (text.match(FIGURE) ?? []).map((f) => f.replace(/,/g, ''));
const NEGATION = /\b(?:not|no|never|neither|nor|none|nobody|nothing)\b|n[’']t\b/gi;

// A number right after a capitalised word is part of a name ("Park 51", "Route 66") unless that word is a
// month ("March 29", "Sept. 11") or a small word that opens a sentence ("In 2010").
const AFTER_CAPITAL = /(\p{Lu}[\p{L}]*)(\.?)\s(\d[\d,.]*)/gu;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/;

// "the 68-year-old congressman": an age describes the person; it is not what the passage says about them.
// Nor does "the" year of the race a report covers ("his first contest of the 2016 campaign"); someone's race
// of another year is a detail ("Richard Nixon's 1968 campaign").
const AGE = /\b\d+-year-old\b|(?<=\bthe )(?:19|20)\d\d(?= (?:campaign|race|election|cycle|primar(?:y|ies)|contests?)\b)/g;

/** The figures of a passage that count or date something, not those that are part of a name, an age or a race's year. */
const quantities = (text: string): string[] =>
	figures(text.replace(AGE, ' ').replace(AFTER_CAPITAL, (all: string, word: string, dot: string) => (MONTH.test(word.toLowerCase()) || NOT_NAME.has(word.toLowerCase()) ? all : `${word}${dot} `)));

// A figure and what it counts: "1.5 million women", "4,000 jobs" (a scale word, then a content word). A share
// ("46 percent to 45") names no thing counted. Not a year: "the 1968 campaign" and "the 2016 campaign" are two
// races.
const COUNT = /(\d[\d,.]*\d|\d)(?:\s*(hundred|thousand|million|billion|trillion|percent|%))?\s+(?!(?:hundred|thousand|million|billion|trillion|percent)\b)(\p{Ll}{3,})/gu;

/**
 * Each figure of a text with the things it counts ("1.5" → ["million women"]). A figure the other report lacks
 * is no plain lack when that report counts the same thing with another figure ("up to 1.6 million women"
 * against "as many as 1.5 million women"): the two tell one count two ways, and a student may say both.
 */
function countsIn(text: string): { byFigure: Map<string, string[]>; things: Set<string> } {
	const byFigure = new Map<string, string[]>();
	const things = new Set<string>();
	for (const m of text.matchAll(COUNT)) {
		const figure = (m[1] ?? '').replace(/,/g, '');
		const noun = m[3] ?? '';
		if (YEAR.test(figure) || !isContent(noun)) continue;
		const thing = `${m[2] ?? ''} ${noun}`;
		byFigure.set(figure, [...(byFigure.get(figure) ?? []), thing]);
		things.add(thing);
	}
	return { byFigure, things };
}

/** The figures of a passage that the other report also gives somewhere. */
export function sharedFigures(pair: Pair, side: Side, span: Span): string[] {
	const other = pair.sides[1 - side.index];
	if (!other) return [];
	const theirs = new Set(figures(other.analysis.text));
	return figures(side.analysis.text.slice(span.start, span.end)).filter((f) => theirs.has(f));
}

/**
 * Whether passage `b` (report B) keeps the figures of passage `a` (report A) and agrees with it in being
 * negative or not: no "30,000" against "40,000", no "will" against "will not".
 */
export function figuresAndNegationAgree(pair: Pair, a: Span, b: Span): boolean {
	const ta = pair.sides[0].analysis.text.slice(a.start, a.end);
	const tb = pair.sides[1].analysis.text.slice(b.start, b.end);
	const fb = new Set(figures(tb));
	if (figures(ta).some((f) => !fb.has(f))) return false;
	return (ta.match(NEGATION) ?? []).length % 2 === (tb.match(NEGATION) ?? []).length % 2;
}

const REPORTING_WORD = /\p{L}+/gu;

/** The last word of a name without its possessive: "Mr. Emanuel’s" → "Emanuel". */
const lastWordOf = (name: string): string => (name.trim().split(/\s+/).pop() ?? '').replace(/[’']s$/u, '');

/** A word of lower-case text starting at `word` ("america" finds "Americans"), or the whole word only. */
const wordStart = (word: string, whole = false): RegExp =>
	new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}${whole ? '(?![\\p{L}])' : ''}`, 'u');
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** "N.A.A.C.P." as "NAACP", so an acronym is found however a report dots it. */
const undotted = (text: string): string => text.replace(/\b((?:\p{Lu}\.){2,})/gu, (m: string) => m.replace(/\./g, ''));

const initialismCache = new WeakMap<Side, Set<string>>();
const undottedCache = new WeakMap<Side, string>();

/** The initials of every run of capitalised words of a report: "Internal Revenue Service" gives "IRS". */
function initialismsOf(side: Side): Set<string> {
	const known = initialismCache.get(side);
	if (known) return known;
	const found = initialisms(side.analysis.text);
	initialismCache.set(side, found);
	return found;
}

/** The report in lower case with its acronyms undotted, worked out once. */
function undottedLower(side: Side): string {
	const known = undottedCache.get(side);
	if (known !== undefined) return known;
	const found = undotted(side.analysis.text).toLowerCase();
	undottedCache.set(side, found);
	return found;
}

function initialisms(text: string): Set<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|for|and|on)?\s*\p{Lu}[\p{L}'’-]*)+/gu)) {
		const initials = (m[0].match(/\b\p{Lu}/gu) ?? []).join('');
		if (initials.length >= 2) out.add(initials);
	}
	return out;
}

// A name in running text: two or more capitalised words, or a title and a capitalised word.
const TITLED = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\./;
const NAME_RUN = /(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*|\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+)+)/gu;

/**
 * Something in a passage's claim the other report plainly does not have: a figure it never gives, or a person
 * or body it never names (a source of this report, or a name the text marks as a person's with a title or a
 * description). The speaker of the passage does not count: a source heard only here ("…,” Mr. Rother said)
 * can make a point the other report makes through someone else. A passage that is all topic words and
 * judgement ("known for troublesome comments"), or whose only new names are places and events ("the Park 51
 * project", "a Ramadan dinner"), has none: the other report may well make the same point in other words.
 */
export function unsharedAnchor(pair: Pair, side: Side, span: Span): boolean {
	const other = pair.sides[1 - side.index];
	if (!other) return false;
	const { text, attributions } = side.analysis;
	// The speakers of the passage, blanked out: what is left is the claim. A speaker is a source the engine
	// has speaking here, or whatever stands before the first reporting verb outside quotation marks
	// ("Sen. Kay Bailey Hutchison, R-Texas, who …, said Friday that …").
	// The one who shares a post ("posted on X by Hind Hassan") is part of what the passage reports.
	const speakerIds = new Set(attributions.filter((a) => a.cue.start >= span.start && a.cue.end <= span.end && a.category !== 'social-media').map((a) => a.sourceId));
	const speaking = side.analysis.sources.filter((src) => speakerIds.has(src.id)).flatMap((src) => nameMentions(text, src));
	const mask = quoteMask(side);
	const slice = text.slice(span.start, span.end);
	let verbAt = -1;
	for (const m of slice.matchAll(REPORTING_WORD)) {
		if (REPORTING_VERBS.has(m[0].toLowerCase()) && !mask[span.start + m.index]) {
			verbAt = m.index;
			break;
		}
	}
	const blank = new Uint8Array(slice.length);
	for (let i = 0; i < verbAt; i++) if (!mask[span.start + i]) blank[i] = 1;
	for (const m of speaking) blank.fill(1, Math.max(0, m.start - span.start), Math.max(0, Math.min(slice.length, m.end - span.start)));
	let passage = '';
	for (let i = 0; i < slice.length; i++) passage += blank[i] ? ' ' : slice[i];
	const theirs = new Set(figures(other.analysis.text));
	const counted = countsIn(other.analysis.text).things;
	const mine = countsIn(passage).byFigure;
	if (quantities(passage).some((f) => !theirs.has(f) && !mine.get(f)?.some((thing) => counted.has(thing)))) return true;
	const otherText = undottedLower(other);
	const theirInitials = initialismsOf(other);
	// Absent: the other report has no word starting with the name's last word ("America" is in "Americans"),
	// and an acronym is neither written ("N.A.A.C.P.") nor spelled out ("Internal Revenue Service" for "IRS").
	const absent = (name: string) => {
		const last = undotted(lastWordOf(name));
		if (ACRONYM.test(last) && theirInitials.has(last)) return false;
		const word = last.toLowerCase();
		// "the GOP" is the Republican Party, which the other report may call "Republicans".
		const spelled = SAME_WORD.get(word);
		return word.length > 2 && !wordStart(word).test(otherText) && !(spelled && wordStart(spelled).test(otherText));
	};
	// A person or body of this report named in the passage whom the other report never names (not a place,
	// not a group named only as a kind).
	for (const source of side.analysis.sources) {
		if (!wholeName(text, source) || speakerIds.has(source.id) || source.kind === 'group' || COUNTRIES.has(source.name.toLowerCase())) continue;
		for (const m of nameMentions(text, source)) {
			// A mention in the blanked speaker part does not count.
			if (m.start < span.start || m.end > span.end || passage.slice(m.start - span.start, m.end - span.start).trim() === '') continue;
			if (absent(text.slice(m.start, m.end))) return true;
		}
	}
	NAME_RUN.lastIndex = 0;
	for (let m = NAME_RUN.exec(passage); m; m = NAME_RUN.exec(passage)) {
		const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
		if ((TITLED.test(m[0]) || personAt(text, at) || bodyName(m[0])) && absent(m[0])) return true;
	}
	return false;
}

/**
 * Heads of a body's name that may also name a place, an event or a plan ("the Park 51 project", "the Islamic
 * center"), or an outlet a speaker talked to ("told Fox News", "in an interview with the Times"): not a body
 * the other report would have to name to make the same point.
 */
const NOT_BODY_HEADS: ReadonlySet<string> = new Set(
	'project campaign conference convention center centre initiative house front movement group daily weekly review standard studio studios news times post guardian telegraph herald journal press network channel tribune gazette magazine radio television tv'.split(' '),
);

/** A capitalised name whose head makes it a body: "the Justice Department", "the Federal Election Commission". */
function bodyName(name: string): boolean {
	const head = lastWordOf(name).toLowerCase();
	return ORG_WORDS.has(head) && !NOT_BODY_HEADS.has(head);
}

/**
 * The people a passage names, this many of them named together again in one sentence of the other report,
 * make it the same scene told there ("Emanuel picked Clinton, whom Sestak had worked for" against "Clinton
 * talked to Sestak at Emanuel's behest"), whatever other detail each adds. Two is too few: two rivals of a
 * campaign are named together in many of its sentences.
 */
const SAME_SCENE_PEOPLE = 3;

/** Whether the other report has a sentence naming at least SAME_SCENE_PEOPLE of the people the passage names. */
export function sameScene(pair: Pair, side: Side, span: Span): boolean {
	const other = pair.sides[1 - side.index];
	if (!other) return false;
	const { text } = side.analysis;
	const surnames = new Set<string>();
	for (const source of side.analysis.sources) {
		if (source.kind !== 'person' || !nameMentions(text, source).some((m) => m.start >= span.start && m.end <= span.end)) continue;
		const last = lastWordOf(source.name).toLowerCase();
		if (last.length > 2) surnames.add(last);
	}
	// People named in passing, not heard: "Mr. Emanuel", "Bill Clinton, the former president".
	const passage = text.slice(span.start, span.end);
	NAME_RUN.lastIndex = 0;
	for (let m = NAME_RUN.exec(passage); m; m = NAME_RUN.exec(passage)) {
		const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
		const last = lastWordOf(m[0]).toLowerCase();
		if (last.length > 2 && (TITLED.test(m[0]) || personAt(text, at))) surnames.add(last);
	}
	if (surnames.size < SAME_SCENE_PEOPLE) return false;
	const words = [...surnames].map((n) => wordStart(n, true));
	const otherText = undottedLower(other);
	return other.analysis.sentences.some((x) => {
		const t = otherText.slice(x.start, x.end);
		return words.filter((w) => w.test(t)).length >= SAME_SCENE_PEOPLE;
	});
}

/**
 * Whether passage `b` (report B) holds a word that passage `a` (report A) writes in lower case: what `a` says
 * of the people and places it names. Two passages that share only names and a day ("The other states voting
 * Tuesday are Ohio and Illinois" / "Clinton won Ohio and Illinois on Tuesday") make different points.
 */
export function sharesPlainWord(pair: Pair, a: Span, b: Span): boolean {
	const text = pair.sides[0].analysis.text;
	const theirs = stemsOf(pair.sides[1], b);
	return contentWords(text, a).some((w) => !/\p{Lu}/u.test(text[w.start] ?? '') && theirs.has(w.stem));
}

/** The share of the smaller passage's content words (stems) that the other passage also has, 0..1. */
export function stemsShare(pair: Pair, x: Side, xs: Span, y: Side, ys: Span): number {
	const sx = stemsOf(x, xs);
	const sy = stemsOf(y, ys);
	const shared = [...sx].filter((s) => sy.has(s)).length;
	return shared / Math.max(1, Math.min(sx.size, sy.size));
}
