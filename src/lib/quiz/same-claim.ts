// The quiz's own measure of whether the other report makes a point, before it keys "Both" or "A only": how
// much of a passage's content (its rarer words weighing more, so the story's topic words do not decide) the
// best matching sentence or two of the other report carries, and whether the figures and the negation agree.
// The comparison aligns sentences for the reading lens; a question needs a firmer line on both sides, and
// asks nothing in between.
import { contentWords } from '../analysis/compare/words';
import { NOT_NAME } from '../analysis/lexicons/names';
import type { Span } from '../analysis/types';
import { nameMentions } from './names';
import type { Pair, Side } from './pair';

interface Bag {
	stems: Set<string>;
}

interface ClaimIndex {
	/** Stems of each unit of each side, by unit index. */
	bags: [Bag[], Bag[]];
	/** In how many units of the pair each stem appears. */
	df: Map<string, number>;
	units: number;
}

const indexes = new WeakMap<Pair, ClaimIndex>();

function indexOf(pair: Pair): ClaimIndex {
	const known = indexes.get(pair);
	if (known) return known;
	const df = new Map<string, number>();
	const bagsOf = (side: Side): Bag[] =>
		side.units.map((u) => {
			const stems = new Set(contentWords(side.analysis.text, u).map((w) => w.stem));
			for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
			return { stems };
		});
	const index: ClaimIndex = { bags: [bagsOf(pair.sides[0]), bagsOf(pair.sides[1])], df, units: pair.sides[0].units.length + pair.sides[1].units.length };
	indexes.set(pair, index);
	return index;
}

const weight = (index: ClaimIndex, stem: string): number => Math.log(1 + index.units / (index.df.get(stem) ?? 1));

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
	const other = index.bags[1 - side.index] ?? [];
	const mine = stemsOf(side, span);
	let best = 0;
	for (let i = 0; i < other.length; i++) {
		const one = other[i]?.stems ?? new Set<string>();
		best = Math.max(best, cover(index, mine, one));
		const next = other[i + 1]?.stems;
		if (next) best = Math.max(best, cover(index, mine, new Set([...one, ...next])));
	}
	return best;
}

/** How much of passage `a` (report A) passage `b` (report B) holds, 0..1. */
export function coverOf(pair: Pair, a: Span, b: Span): number {
	return cover(indexOf(pair), stemsOf(pair.sides[0], a), stemsOf(pair.sides[1], b));
}

// Figures as written, without separators: "30,000" and "30000" are one figure.
const FIGURE = /\d[\d,.]*\d|\d/g;
const figures = (text: string): string[] => (text.match(FIGURE) ?? []).map((f) => f.replace(/,/g, ''));
const NEGATION = /\b(?:not|no|never|neither|nor|none|nobody|nothing)\b|n[’']t\b/gi;

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

// A name in running text: two or more capitalised words, or a title and a capitalised word.
const NAME_RUN = /(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+)+)/gu;
const OPENERS = new Set(NOT_NAME);

/**
 * Something in a passage the other report plainly does not have: a figure it never gives, or a name (two
 * capitalised words, or a title and a name) whose last word it never writes. A passage that is all topic
 * words and judgement ("known for troublesome comments") has none, and the other report may well make the
 * same point in other words.
 */
export function unsharedAnchor(pair: Pair, side: Side, span: Span): boolean {
	const other = pair.sides[1 - side.index];
	if (!other) return false;
	const text = side.analysis.text.slice(span.start, span.end);
	const theirs = new Set(figures(other.analysis.text));
	if (figures(text).some((f) => !theirs.has(f))) return true;
	const absent = (word: string) => word.length > 2 && !new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(other.analysis.text);
	// A source of this report named in the passage ("DeMint said") whom the other report never names.
	for (const source of side.analysis.sources)
		for (const m of nameMentions(side.analysis.text, source))
			if (m.start >= span.start && m.end <= span.end && absent(side.analysis.text.slice(m.start, m.end).split(/\s+/).pop()?.replace(/[’']s$/u, '') ?? '')) return true;
	NAME_RUN.lastIndex = 0;
	for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
		// "The GOP chairman": a sentence's first word is not part of the name.
		const words = m[0].split(/\s+/).filter((w, i) => i > 0 || !OPENERS.has(w.toLowerCase()));
		if (words.length < 2 && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\./.test(m[0])) continue;
		const last = (words[words.length - 1] ?? '').replace(/[’']s$/u, '');
		if (absent(last)) return true;
	}
	return false;
}

/** The share of the smaller passage's content words (stems) that the other passage also has, 0..1. */
export function stemsShare(pair: Pair, x: Side, xs: Span, y: Side, ys: Span): number {
	const sx = stemsOf(x, xs);
	const sy = stemsOf(y, ys);
	const shared = [...sx].filter((s) => sy.has(s)).length;
	return shared / Math.max(1, Math.min(sx.size, sy.size));
}
