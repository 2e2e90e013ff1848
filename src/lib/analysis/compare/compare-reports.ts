// Compares two analysed reports of one event: how each labels the same source, which sources and passages
// only one carries, the same quotation worded two ways, and claims stated more firmly than their source.
import type { Attribution, Comparison, ReportAnalysis, Source, Span } from '../types';
import { alignSentences } from './align';
import { wordBounds } from '../scan';
import { findCharacterizations } from './characterizations';
import { findClaimedLabelDrift } from './claimed-label-drift';
import { readLabels } from './labels';
import { matchNamed } from './match-named';
import { readNames } from './names';
import { findHedgeDrift } from './hedge-drift';
import { matchSources } from './match-sources';
import { findQuoteVariants } from './quote-variants';
import { findThingLabels } from './thing-labels';
import { voicesOnlyIn } from './voices';
import { sentenceWords, type Word } from './words';

/** Index of the sentence holding offset `at`, by binary search (sentences are in text order). */
function sentenceAt(r: ReportAnalysis, at: number): number {
	let lo = 0;
	let hi = r.sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = r.sentences[mid];
		if (!s) break;
		if (at < s.start) hi = mid - 1;
		else if (at >= s.end) lo = mid + 1;
		else return mid;
	}
	return -1;
}

interface Side {
	r: ReportAnalysis;
	words: readonly Word[][];
	/** The report's attributions by speaker name, in report order. */
	bySpeaker: ReadonlyMap<string, readonly Attribution[]>;
}

function side(r: ReportAnalysis, words: readonly Word[][]): Side {
	const bySpeaker = new Map<string, Attribution[]>();
	for (const x of r.attributions) {
		const list = bySpeaker.get(x.speaker);
		if (list) list.push(x);
		else bySpeaker.set(x.speaker, [x]);
	}
	return { r, words, bySpeaker };
}

/**
 * A passage attributed to a source that also speaks in the other report, and shares a word with what that
 * source says there, is the same testimony told differently: never "only in one report".
 */
function sharedTestimony(here: Side, other: Side, pairs: ReadonlyMap<string, string>, sentence: Span): boolean {
	// The sentence's stems, gathered only once a passage in it turns out to have a twin speaker.
	let stems: Set<string> | undefined;
	for (const x of here.r.attributions) {
		if (x.nested || !x.speaker || x.cue.start < sentence.start || x.cue.start >= sentence.end) continue;
		const twin = pairs.get(x.speaker);
		if (!twin) continue;
		const mine = (stems ??= new Set((here.words[sentenceAt(here.r, sentence.start)] ?? []).map((w) => w.stem)));
		for (const y of other.bySpeaker.get(twin) ?? []) {
			if ((other.words[sentenceAt(other.r, y.cue.start)] ?? []).some((w) => mine.has(w.stem))) return true;
		}
	}
	return false;
}

/** Lower-cased words written with a capital letter in the report, sentence by sentence. */
function capitals(r: ReportAnalysis): Set<string>[] {
	const out: Set<string>[] = [];
	for (const s of r.sentences) {
		const set = new Set<string>();
		wordBounds(r.text, s.start, s.end, bounds);
		for (let k = 0; k < bounds.length; k += 2) {
			const c = r.text[bounds[k] ?? 0] ?? '';
			if (c !== c.toLowerCase()) set.add(r.text.slice(bounds[k] ?? 0, bounds[k + 1] ?? 0).toLowerCase());
		}
		out.push(set);
	}
	return out;
}
const bounds: number[] = [];

function characterizationsOf(a: ReportAnalysis, b: ReportAnalysis) {
	// Only sentences with a capitalized word the other report also capitalizes can name someone both name.
	const caps = [capitals(a), capitals(b)] as const;
	const all = caps.map((list) => new Set(list.flatMap((s) => [...s])));
	const keep = (mine: Set<string>[], theirs: Set<string> | undefined) => (k: number) => [...(mine[k] ?? [])].some((w) => theirs?.has(w));
	const names = [readNames(a, keep(caps[0], all[1])), readNames(b, keep(caps[1], all[0]))] as const;
	const pairs = matchNamed(names[0].named, names[1].named);
	return findCharacterizations({ r: a, labels: readLabels(names[0]) }, { r: b, labels: readLabels(names[1]) }, pairs);
}

export function compareReports(a: ReportAnalysis, b: ReportAnalysis): Comparison {
	const same = matchSources(a, b);
	const reverse = new Map<Source, Source>([...same].map(([x, y]) => [y, x]));
	const words = [sentenceWords(a), sentenceWords(b)] as const;
	const alignment = alignSentences(a, b, words);
	const aToB = new Map([...same].map(([x, y]) => [x.name, y.name]));
	const bToA = new Map([...same].map(([x, y]) => [y.name, x.name]));
	const sides = [side(a, words[0]), side(b, words[1])] as const;
	const onlyIn: Comparison['onlyIn'] = [
		alignment.onlyIn[0].filter((s) => !sharedTestimony(sides[0], sides[1], aToB, s)),
		alignment.onlyIn[1].filter((s) => !sharedTestimony(sides[1], sides[0], bToA, s)),
	];
	return {
		characterizations: [...characterizationsOf(a, b), ...findThingLabels(a, b, words)],
		quoteVariants: findQuoteVariants(a, b, same, words),
		hedgeDrift: [...findHedgeDrift(a, b, words), ...findClaimedLabelDrift(a, 0), ...findClaimedLabelDrift(b, 1)],
		onlyIn,
		sourcesOnlyIn: [voicesOnlyIn(a, b, (s) => same.has(s)), voicesOnlyIn(b, a, (s) => reverse.has(s))],
		aligned: alignment.aligned,
	};
}
