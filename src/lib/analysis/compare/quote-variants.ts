// Finds the same words of the same source given differently in the two reports: passages attributed to
// one source that run word for word for a stretch, then differ in a few words, then agree again
// ("one of the strongest and most transparent arms export licensing" / "one of the most robust and
// transparent arms export licensing"). The differing words are the variant. A remark one report quotes in
// part and the other at more length is one too (partQuoted): a cut, marked or not.
import type { QuoteVariant, ReportAnalysis, Source, Span } from '../types';
import { wordCount } from '../scan';
import { allWords, isContent, stem, stemsIn, type Word } from './words';
import { wordSet } from '../lexicons/word-set';
import { leadQuotation } from '../attribution/lead-quotation';

// The LCS table, kept from one call to the next and grown when needed.
let lcsTable = new Int32Array(0);

/** Longest common subsequence of two word lists (each word as its number, see wordIds), as matched index pairs. */
function lcs(sa: readonly number[], sb: readonly number[]): [number, number][] {
	const n = sa.length;
	const m = sb.length;
	// One flat table: row i starts at i * w; table[i][j] is the LCS length of a[i…] and b[j…]. Every cell
	// is written before it is read except the last row and column, the zeros the recurrence starts from.
	const w = m + 1;
	if (lcsTable.length < (n + 1) * w) lcsTable = new Int32Array((n + 1) * w);
	const table = lcsTable;
	table.fill(0, n * w, n * w + w);
	for (let i = 0; i < n; i++) table[i * w + m] = 0;
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i * w + j] = sa[i] === sb[j] ? (table[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0);
		}
	}
	const pairs: [number, number][] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (sa[i] === sb[j]) {
			pairs.push([i, j]);
			i++;
			j++;
		} else if ((table[(i + 1) * w + j] ?? 0) >= (table[i * w + j + 1] ?? 0)) i++;
		else j++;
	}
	return pairs;
}

const span = (ws: readonly Word[], from: number, to: number): Span | null => {
	const x = ws[from];
	const y = ws[to - 1];
	return x && y && to > from ? { start: x.start, end: y.end } : null;
};

/** Takes in a closing quotation mark when the phrase holds its opening one. */
function balance(text: string, s: Span): Span {
	const t = text.slice(s.start, s.end);
	const opens = (t.match(/[“"]/g) ?? []).length;
	const closes = (t.match(/[”]/g) ?? []).length;
	return opens > closes && /[”"]/.test(text[s.end] ?? '') ? { start: s.start, end: s.end + 1 } : s;
}

/**
 * How many agreeing words, from pairs[to] on, finish a changed phrase: through the first content word, and
 * the next one too when the two close a noun phrase ("war crimes", "international law"), but not when a
 * longer run of content words follows ("transparent | arms export licensing systems"); at most four.
 */
function phraseTail(wa: readonly Word[], pairs: readonly [number, number][], to: number): number {
	const [i0] = pairs[to] ?? [0, 0];
	const content = (i: number) => isContent(wa[i]?.stem ?? '');
	let n = 0;
	while (n < 4 && to + n < pairs.length) {
		const [i, j] = pairs[to + n] ?? [0, 0];
		const [pi, pj] = pairs[to + n - 1] ?? [i - 1, j - 1];
		if (n > 0 && (i !== pi + 1 || j !== pj + 1)) break;
		n++;
		if (content(i)) break;
	}
	const last = i0 + n - 1;
	const [ni, nj] = pairs[to + n] ?? [-1, -1];
	const [li, lj] = pairs[to + n - 1] ?? [-2, -2];
	const next = ni === li + 1 && nj === lj + 1;
	if (next && n < 4 && content(last) && content(last + 1) && !content(last + 2)) n++;
	return Math.max(1, n);
}

/** The words of a passage: what a source is given as saying, inside quotation marks or not. */
interface Passage {
	span: Span;
	source: Source | undefined;
	speaker: string;
	/** The speaker was found through a pronoun: a guess, not shown to a reader as the one who spoke. */
	byPronoun: boolean;
	/** The speaker's name (its source's, else as the attribution gives it) and its last word, lower-cased. */
	name: string;
	surname: string;
	/** Quotation spans of the report that this passage overlaps: words claimed to be the source's own. */
	quotes: readonly Span[];
}

// An ellipsis between two words: the writer marks words left out of a quotation.
const ELLIPSIS = /…|\.\s?\.\s?\./;
/** Beyond this many words a passage is not compared (a long quotation is told in its first lines). */
const MAX_WORDS = 80;
/** At most this many words differ in a changed phrase; more is a different sentence. */
const MAX_CHANGED = 3;
/** Words a cut marked by an ellipsis may leave out before it is no longer one quotation. */
const MAX_CUT = 40;
/** Share of the shorter passage's content words the two must have in common to be compared word by word. */
const MIN_SHARED_SHARE = 0.4;
/** Agreeing words needed on each side of a cut, and after a join, for the two to be one quotation. */
const CUT_FLANK = 3;
const JOIN_RUN = 5;
/** Words of the joined passage shown after the join. */
const JOIN_SHOWN = 7;
/**
 * Agreeing words, and content words among them, needed before a place where the two part and never meet again:
 * with no agreeing words after, a name ("in the House of Representatives") is too little to say it is one remark.
 */
const PART_RUN = 5;
const PART_CONTENT = 3;
/** A short quotation (a phrase) is compared whole: up to this many words. */
const SHORT_QUOTE = 8;

/**
 * A quotation given whole inside a longer quotation of the other report is one remark quoted at two lengths
 * only with words no stock phrase has ("the American people", "as we know it"): this many words, with this many
 * content words written small somewhere (a name says who or where, not what was said), said once in each report.
 * The longer gives this many more content words of the remark (more than a name before it: "Obama’s war on religion").
 */
const PART_WORDS = 3;
const PART_PLAIN = 2;
const PART_MORE = 2;
/** Letters of a word beyond the commonest ones, of which stock phrases are made ("get this done", "make it work"). */
const LONG_WORD = 6;

/**
 * One report quotes part of what the other quotes ("described the ad as “dishonest and hypocritical”" / "“The
 * ad is dishonest and hypocritical”"): every word of the shorter passage in quotation marks, standing in order
 * inside one quotation of the longer. The two spans, shorter first.
 */
function partQuoted({ text: ts, quotes }: ReportAnalysis, s: Passage, ws: readonly Word[], is: readonly number[], tl: string, l: Passage, wl: readonly Word[], il: readonly number[]): [Span, Span] | undefined {
	const quoteOf = (p: Passage, w: Word | undefined) => w && p.quotes.find((q) => q.start <= w.start && w.end <= q.end);
	const n = ws.length;
	const k = il.findIndex((_, k) => is.every((id, i) => il[k + i] === id));
	const q = quoteOf(l, wl[k]);
	const [qs] = s.quotes;
	const ss = span(ws, 0, n);
	// The shorter is a quotation whole, not words inside a longer one ("I think he should …").
	if (n < PART_WORDS || !q || !qs || !ss || wordCount(ts, qs.start, qs.end) !== n) return;
	const plain = ws.filter((w) => isContent(w.stem) && ts[w.start] === w.stem[0]);
	if (plain.length < PART_PLAIN || !plain.some((w) => w.stem.length >= LONG_WORD)) return;
	// The longer runs on within the sentence and the quotation: the shorter cuts a sentence, where a quotation of
	// whole sentences next to a longer one leaves no words out of any ("… our country. Today, …").
	const link = (i: number) => quoteOf(l, wl[i]) === q && quoteOf(l, wl[i + 1]) === q && !/[.?!]/.test(gap(tl, wl[i], wl[i + 1], 0, 0));
	let from = k;
	let to = k + n - 1;
	let more = 0;
	while (link(from - 1)) more += +isContent(wl[--from]?.stem ?? '');
	while (link(to)) more += +isContent(wl[++to]?.stem ?? '');
	// A quotation its cue splits ("“If you …,” he said, “you …”", or into two sentences: "“… defeat him,” Mr. Ray
	// said in a statement. “But if …”") leaves nothing out: the quotation next to the shorter in its paragraph
	// goes on with the words the longer adds.
	const qi = quotes.findIndex((x) => x.inner.start === qs.start);
	const joined = (x: Span | undefined, y: Span | undefined, w: Word | undefined, after: number) =>
		x && y && w && !ts.slice(x.end, y.start).includes('\n') && allWords(ts, after ? x : y).at(-after)?.stem === w.stem;
	if (more < PART_MORE || joined(qs, quotes[qi + 1]?.inner, to > k + n - 1 ? wl[k + n] : undefined, 0) || joined(quotes[qi - 1]?.inner, qs, from < k ? wl[k - 1] : undefined, 1) || saidTwice(ts, tl, ws)) return;
	const sl = span(wl, from, to + 1);
	return sl ? [ss, sl] : undefined;
}

/** No words: a span no quotation overlaps. */
const NONE: Span = { start: 0, end: 0 };

interface Hunk {
	a: Span;
	b: Span;
	/** The words that differ, both sides. */
	changed: Word[];
	/** Where each side's changed words stand (undefined: the whole side; NONE: none changed on that side). */
	ca?: Span;
	cb?: Span;
}

/** The text as allWords() sees it, words joined by single spaces: to look a run of words up in it. */
const plainText = (text: string): string => ` ${allWords(text, { start: 0, end: text.length }).map((w) => w.stem).join(' ')} `;

/** Whether a run of words stands more than once in the two texts: a phrase said twice names no remark. */
const saidTwice = (ta: string, tb: string, run: readonly Word[]): boolean => plainText(ta + tb).split(` ${run.map((w) => w.stem).join(' ')} `).length > 3;

const gap = (text: string, x: Word | undefined, y: Word | undefined, from: number, to: number): string =>
	text.slice(x ? x.end : from, y ? y.start : to);

/** The end of the words after ws[k] through the first that carries meaning, at most MAX_CHANGED of them. */
function through(ws: readonly Word[], k: number): number {
	let e = k + 1;
	while (e < k + MAX_CHANGED && !isContent(ws[e]?.stem ?? '')) e++;
	return e + 1;
}

/** Where the two wordings part: changed phrases between agreeing words, and cuts marked by an ellipsis. */
function hunksOf(ta: string, pa: Span, wa: readonly Word[], ia: readonly number[], tb: string, pb: Span, wb: readonly Word[], ib: readonly number[]): Hunk[] {
	const pairs = lcs(ia, ib);
	if (pairs.length < 3) return [];
	const out: Hunk[] = [];
	// A short quoted phrase against another: the whole phrases, when most of their words agree
	// ("partisan political attack dog" / "partisan attack dog organization").
	if (wa.length <= SHORT_QUOTE && wb.length <= SHORT_QUOTE && pairs.length * 5 >= Math.max(wa.length, wb.length) * 3) {
		const changed = [...wa.filter((_, i) => !pairs.some(([x]) => x === i)), ...wb.filter((_, j) => !pairs.some(([, y]) => y === j))];
		// One phrase quoted in full inside the other is a shorter quotation, not a changed one ("War on Religion"
		// / "Obama’s war on religion"): a variant needs words changed within the stretch both quote.
		const [ia, ib] = pairs[0] ?? [0, 0];
		const [za, zb] = pairs[pairs.length - 1] ?? [0, 0];
		const inside = za - ia + 1 > pairs.length || zb - ib + 1 > pairs.length;
		const bothExtra = (wa.length > pairs.length && wb.length > pairs.length);
		if (!inside && !bothExtra) return [];
		const sa = span(wa, 0, wa.length);
		const sb = span(wb, 0, wb.length);
		if (changed.some((w) => isContent(w.stem)) && sa && sb) return [{ a: sa, b: sb, changed }];
		return [];
	}
	if (pairs.length < 4) return [];
	// A quotation that joins words the other report gives apart, with an ellipsis before them: "… win the war
	// on terror. ... And, for the sake of …" against "“For the sake of …”" opening a quotation of its own, when
	// the words before the ellipsis are in the other report too.
	const [fa, fb] = pairs[0] ?? [0, 0];
	const joinedRun = pairs.slice(0, JOIN_RUN).every(([x, y], k) => x === fa + k && y === fb + k);
	for (const [w, f, t, other, of, otherText] of [
		[wb, fb, tb, wa, fa, ta],
		[wa, fa, ta, wb, fb, tb],
	] as const) {
		if (!joinedRun || of !== 0 || f === 0) continue;
		// The ellipsis stands before the joined words, or before a word or two that link them ("... And,").
		const e = [1, 2, 3].find((back) => f - back >= 0 && ELLIPSIS.test(gap(t, w[f - back - 1], w[f - back], 0, 0)));
		if (e === undefined || f - e < CUT_FLANK) continue;
		const lead = w.slice(f - e - CUT_FLANK, f - e).map((x) => x.stem).join(' ');
		if (!plainText(otherText).includes(lead)) continue;
		// Enough words on each side to read: the end of the first passage, the ellipsis, the start of the second.
		const sw = span(w, f - e - CUT_FLANK, Math.min(w.length, f + JOIN_SHOWN));
		const so = span(other, 0, Math.min(other.length, JOIN_SHOWN));
		if (sw && so) out.push(w === wb ? { a: so, b: sw, changed: [] } : { a: sw, b: so, changed: [] });
	}
	// Both passages go on past their last agreeing word: their ends are one more place where the wordings part
	// ("closer to nuclear arms" / "closer to a nuclear bomb"), read as a hunk that closes at the ends. (A passage
	// cut at MAX_WORDS leaves no words of its own after the last agreeing one unless the two differ there.)
	const [la, lb] = pairs[pairs.length - 1] ?? [0, 0];
	if (la < wa.length - 1 && lb < wb.length - 1) pairs.push([wa.length, wb.length]);
	// Hunks: places where the two wordings part. Two hunks with a single agreeing word between them are one
	// change ("strongest and most transparent" / "most robust and transparent").
	const hunks: { from: number; to: number }[] = [];
	for (let k = 0; k + 1 < pairs.length; k++) {
		const [i0, j0] = pairs[k] ?? [0, 0];
		const [i1, j1] = pairs[k + 1] ?? [0, 0];
		if (i1 - i0 === 1 && j1 - j0 === 1) continue;
		const last = hunks[hunks.length - 1];
		if (last && last.to === k) last.to = k + 1;
		else hunks.push({ from: k, to: k + 1 });
	}
	// The agreeing words next to pairs[k], going back (step -1) or on (+1), as far as `max` or a break.
	const agree = (k: number, step: number, max: number): Word[] => {
		const run: Word[] = [];
		for (let m = k; m >= 0 && m < pairs.length && run.length < max; m += step) {
			const [x, y] = pairs[m] ?? [0, 0];
			const [px, py] = pairs[m - step] ?? [x - step, y - step];
			if (m !== k && (px !== x - step || py !== y - step)) break;
			const w = wa[x];
			if (w) run.push(w);
		}
		return run;
	};
	for (const { from, to } of hunks) {
		const [i0, j0] = pairs[from] ?? [0, 0];
		const [i1, j1] = pairs[to] ?? [0, 0];
		// A cut marked by an ellipsis on one side, with words on the other: "we would be remiss … if we did not
		// challenge" / "we would be remiss in our duty to you and our students if we did not challenge".
		const cutA = ELLIPSIS.test(gap(ta, wa[i0], wa[i1], pa.start, pa.end)) && j1 - j0 > 1 && j1 - j0 - 1 <= MAX_CUT;
		const cutB = ELLIPSIS.test(gap(tb, wb[j0], wb[j1], pb.start, pb.end)) && i1 - i0 > 1 && i1 - i0 - 1 <= MAX_CUT;
		// Three agreeing words on each side of the cut: the same quotation, not two that share a few words.
		if ((cutA || cutB) && agree(from, -1, CUT_FLANK).length >= CUT_FLANK && agree(to, 1, CUT_FLANK).length >= CUT_FLANK) {
			const sa = span(wa, Math.max(0, i0 - 2), i1 + 2);
			const sb = span(wb, Math.max(0, j0 - 2), j1 + 2);
			if (sa && sb) out.push({ a: sa, b: sb, changed: [...wa.slice(i0 + 1, i1), ...wb.slice(j0 + 1, j1)] });
			continue;
		}
		if (cutA || cutB) continue;
		// Both run on past their last agreeing words, and part there for good: one remark only after a long agreeing
		// run ("Iran gets closer and closer to | nuclear arms" / "… | a nuclear bomb"; "states are able to make | a
		// provision for …" / "… | decisions with …"), said once in each report ("… nuclear weapons. If you're
		// determined to … nuclear weapons, it means …" is two remarks). Not where a sentence ends or a quotation
		// closes (narration or a new remark follows), nor where one side stops within a few words while the other
		// runs on: those are quotations that stop, not ones that change.
		const last = !wa[i1];
		const big = i1 - i0 - 1 > MAX_CHANGED;
		if (big !== j1 - j0 - 1 > MAX_CHANGED || (big && !last)) continue;
		if (last) {
			const run = agree(from, -1, PART_RUN).reverse();
			if (run.length < PART_RUN || run.filter((w) => isContent(w.stem)).length < PART_CONTENT) continue;
			if (/[.?!”"]/.test(gap(ta, wa[i0], wa[i0 + 1], 0, 0) + gap(tb, wb[j0], wb[j0 + 1], 0, 0)) || saidTwice(ta, tb, run)) continue;
		}
		// Parted in more words than a changed phrase: each side through its first word that carries meaning.
		const ea = big ? through(wa, i0) : i1;
		const eb = big ? through(wb, j0) : j1;
		const changed = [...wa.slice(i0 + 1, ea), ...wb.slice(j0 + 1, eb)];
		// Two agreeing words on each side, a content word among them: the same sentence, worded differently.
		const left = agree(from, -1, 2);
		const right = agree(to, 1, 2);
		const meaningful = (ws: Word[]) => ws.length === 2 && ws.some((w) => isContent(w.stem));
		// Words only one side has, between "for the" and "chess club": two remarks about one thing share its name and
		// the small words before it ("no room for the cheats in the chess club" / "time for the chess club to …");
		// an addition is one remark worded twice only with meaning on both sides ("learned something very important").
		const both = i1 - i0 > 1 && j1 - j0 > 1;
		if (left.length < 2 || (right.length < 2 && !last) || !(both ? [left, right].some(meaningful) : [left, right].every(meaningful))) continue;
		// A word of degree tells too, though it carries no meaning of its own: "something very important".
		if (!changed.some((w) => isContent(w.stem) || DEGREE.has(w.stem))) continue;
		// Each side from its first changed word on through the agreeing words that finish the phrase, so it
		// reads as one: "strongest and most transparent" / "robust and transparent", "systems in the world" /
		// "regimes in the world", "unmistakable war crimes" / "unquestionable examples of war crimes". Words
		// added on one side only: both from the agreeing word before, so the two read alike ("something
		// important" / "something very important"). Where the two part for good, from the two agreeing words
		// before ("to make a provision" / "to make decisions").
		const tail = last ? 0 : phraseTail(wa, pairs, to);
		const offset = big ? -1 : +both;
		const sa = span(wa, i0 + offset, ea + tail);
		const sb = span(wb, j0 + offset, eb + tail);
		if (sa && sb) out.push({ a: sa, b: sb, changed, ca: span(wa, i0 + 1, ea) ?? NONE, cb: span(wb, j0 + 1, eb) ?? NONE });
	}
	return out;
}

// Words that change how strong or certain a claim is: "unmistakable", "indisputable", "most", "least", "very".
const CERTAINTY = /^(?:un|in|ir)\p{L}{3,}(?:able|ible)$/u;
const DEGREE = wordSet('most least more less very');

/**
 * Reported speech is paraphrase by nature ("hired an Internet security company" / "asked an Internet
 * security firm"): a change in it is a variant only when it changes how strong the words are: a loaded word,
 * a word of certainty or degree. Inside quotation marks every change of words is one.
 */
function counts(h: Hunk, pa: Passage, pb: Passage, ra: ReportAnalysis, rb: ReportAnalysis): boolean {
	// The changed words, not the agreeing ones around them: "accepted “about $200,000” from Wall Street" /
	// "accepted about $200,000 in indirect donations from Wall Street" changes nothing inside the quotation.
	const inQuote = (p: Passage, s: Span) => p.quotes.some((q) => q.start < s.end && s.start < q.end);
	if (inQuote(pa, h.ca ?? h.a) || inQuote(pb, h.cb ?? h.b)) return true;
	const loaded = (r: ReportAnalysis, w: Word) => r.loaded.some((l) => l.start < w.end && w.start < l.end);
	return h.changed.some((w) => CERTAINTY.test(w.stem) || DEGREE.has(w.stem) || loaded(ra, w) || loaded(rb, w));
}

// Words a speaker fills a pause with, which a report may leave out without changing the remark.
const FILLERS = wordSet('oh ah uh um er');

/** The content words and words of degree of a span that stand inside quotation marks, as stems, fillers left out. */
function quotedStems(r: ReportAnalysis, p: Passage, s: Span): Set<string> {
	return new Set(allWords(r.text, s).filter((w) => (isContent(w.stem) || DEGREE.has(w.stem)) && !FILLERS.has(w.stem) && p.quotes.some((q) => q.start <= w.start && w.end <= q.end)).map((w) => stem(w.stem)));
}

/**
 * Two quotations whose quoted words carry the same content words are one wording: what differs lies outside
 * the quotation marks (“I trust in God,” Mr. Obama said, “but …” / “I trust in God, but …”), in the form of
 * a word ("would end" / "ending"), a filler ("Oh, not …") or a small word (not one of degree: "very").
 */
function sameQuotedWords(ra: ReportAnalysis, pa: Passage, sa: Span, rb: ReportAnalysis, pb: Passage, sb: Span): boolean {
	if (pa.quotes.length === 0 || pb.quotes.length === 0) return false;
	const wa = quotedStems(ra, pa, sa);
	const wb = quotedStems(rb, pb, sb);
	return wa.size === wb.size && [...wa].every((w) => wb.has(w));
}

function passagesOf(r: ReportAnalysis): Passage[] {
	const byId = new Map(r.sources.map((s) => [s.id, s]));
	const quoteSpans = r.quotes.map((q) => q.inner);
	const overlapping = (s: Span) => quoteSpans.filter((q) => q.start < s.end && s.start < q.end);
	// A passage its cue splits across sentences ("“A,” she said. “B.”") is compared by its first quotation: the
	// narration between is no one's wording, and the rest is a passage of its own (the quotation carried on).
	const out: Passage[] = r.attributions.map((x) => {
		const span = leadQuotation(r.text, r.quotes, x) ?? x.content;
		return { span, source: byId.get(x.sourceId), speaker: x.speaker, byPronoun: x.resolvedBy === 'pronoun', name: '', surname: '', quotes: overlapping(span) };
	});
	// Each quotation is a passage of its own too, so that a quoted phrase meets the other report's phrase
	// whole; its speaker is the one of the attribution that holds it, if any.
	for (const q of quoteSpans) {
		const holder = r.attributions.find((x) => x.content.start <= q.start && q.end <= x.content.end);
		if (holder && holder.content.start === q.start && holder.content.end === q.end) continue;
		// A longer quotation inside an attribution is compared as part of it.
		if (holder && wordCount(r.text, q.start, q.end) > SHORT_QUOTE) continue;
		out.push({ span: q, source: holder ? byId.get(holder.sourceId) : undefined, speaker: holder?.speaker ?? '', byPronoun: holder?.resolvedBy === 'pronoun', name: '', surname: '', quotes: [q] });
	}
	for (const p of out) {
		p.name = p.source?.name || p.speaker;
		p.surname = surnameOf(p.name);
	}
	return out;
}

const surnameOf = (name: string): string => name.toLowerCase().split(/\s+/).pop() ?? '';

/** Numbers for words, one per distinct stem, so that comparing two words compares two numbers. */
function wordIds(ids = new Map<string, number>()): (stems: readonly string[]) => number[] {
	return (stems) =>
		stems.map((stem) => {
			let id = ids.get(stem);
			if (id === undefined) ids.set(stem, (id = ids.size));
			return id;
		});
}

/** `words` holds the content words of each sentence of a and of b (see readSentences). */
export function findQuoteVariants(a: ReportAnalysis, b: ReportAnalysis, same: Map<Source, Source>, words: readonly [Word[][], Word[][]]): QuoteVariant[] {
	const out: QuoteVariant[] = [];
	const pas = passagesOf(a);
	const pbs = passagesOf(b);
	// Content words and all words of each passage, found when first needed and kept: the pairs below are a
	// product of the two lists. Content words as numbers; marked[id] === ix + 1 while passage ix of A is read
	// (a plain array, which grows as content words are numbered apart from all words).
	const stemIds = new Map<string, number>();
	const stems = wordIds(stemIds);
	const all = wordIds();
	const stemsA: (number[] | undefined)[] = [];
	const sizeA: number[] = [];
	const stemsB: (number[] | undefined)[] = [];
	const wordsA: (Word[] | undefined)[] = [];
	const wordsB: (Word[] | undefined)[] = [];
	const idsA: (number[] | undefined)[] = [];
	const idsB: (number[] | undefined)[] = [];
	const marked: number[] = [];
	// Counted by hand: entries() made a pair for every one of the passages × passages tried.
	let ix = -1;
	for (const x of pas) {
		ix++;
		let wx: number[] | undefined;
		let iy = -1;
		for (const y of pbs) {
			iy++;
			// Two known speakers who are not one source: not the same words. With no speaker on one side, only
			// words in quotation marks on both are compared.
			const nameA = x.name;
			const nameB = y.name;
			const linked = (x.source && y.source && same.get(x.source) === y.source) || (nameA !== '' && x.surname === y.surname);
			if (nameA && nameB && !linked) continue;
			if ((!nameA || !nameB) && (x.quotes.length === 0 || y.quotes.length === 0)) continue;
			// Cheap check first: the two passages share a few content words.
			if (!wx) {
				wx = stemsA[ix] ??= stems(stemsIn(a, words[0], x.span));
				let distinct = 0;
				for (const id of wx) if (marked[id] !== ix + 1) {
					marked[id] = ix + 1;
					distinct++;
				}
				sizeA[ix] = distinct;
			}
			const wy = (stemsB[iy] ??= stems(stemsIn(b, words[1], y.span)));
			let shared = 0;
			for (const id of wy) if (marked[id] === ix + 1) shared++;
			// The same words told twice share most of their content words; two passages on one topic share a few.
			if (shared < 2 || shared < MIN_SHARED_SHARE * Math.min(sizeA[ix] ?? 0, wy.length)) continue;
			const wa = (wordsA[ix] ??= allWords(a.text, x.span).slice(0, MAX_WORDS));
			const wb = (wordsB[iy] ??= allWords(b.text, y.span).slice(0, MAX_WORDS));
			// Two long passages need three content words in common to be worth aligning word by word.
			if (shared < 3 && wa.length > SHORT_QUOTE && wb.length > SHORT_QUOTE) continue;
			const ia = (idsA[ix] ??= all(wa.map((w) => w.stem)));
			const ib = (idsB[iy] ??= all(wb.map((w) => w.stem)));
			// Quoted at two lengths: only for one speaker named in both reports, the evidence that it is one remark.
			const hunks = hunksOf(a.text, x.span, wa, ia, b.text, y.span, wb, ib);
			const part = !hunks.length && nameA && nameB && linked ? (partQuoted(a, x, wa, ia, b.text, y, wb, ib) ?? partQuoted(b, y, wb, ib, a.text, x, wa, ia)?.reverse()) : undefined;
			const [pa, pb] = part ?? [];
			if (pa && pb) hunks.push({ a: pa, b: pb, changed: [] });
			for (const h of hunks) {
				if (!counts(h, x, y, a, b)) continue;
				const sa = balance(a.text, h.a);
				const sb = balance(b.text, h.b);
				if (sameQuotedWords(a, x, sa, b, y, sb)) continue;
				if (out.some((q) => q.byReport[0].start < sa.end && sa.start < q.byReport[0].end && q.byReport[1].start < sb.end && sb.start < q.byReport[1].end)) continue;
				// The name a reader is shown: one found by name, never a pronoun's guess.
				const speaker = (!x.byPronoun && nameA) || (!y.byPronoun && nameB) || '';
				const who = speaker || 'the same source';
				const textA = a.text.slice(sa.start, sa.end);
				const textB = b.text.slice(sb.start, sb.end);
				out.push({
					speaker,
					byReport: [sa, sb],
					explanation: `Both reports give ${speaker ? `${who}’s` : 'the same'} words here, but differently: report A has “${textA}”, report B has “${textB}”. When the words differ, in wording or in length, so can the meaning: check the original.`,
				});
			}
		}
	}
	return out;
}
