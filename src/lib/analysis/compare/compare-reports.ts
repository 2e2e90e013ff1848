// Compares two analysed reports of one event: how each labels the same source, which sources and passages
// only one carries, the same quotation worded two ways, and claims stated more firmly than their source.
import type { Attribution, Comparison, ReportAnalysis, Source, Span } from '../types';
import { alignSentences } from './align';
import { findCharacterizations } from './characterizations';
import { readLabels } from './labels';
import { matchNamed } from './match-named';
import { readNames } from './names';
import { findHedgeDrift } from './hedge-drift';
import { matchSources } from './match-sources';
import { findQuoteVariants } from './quote-variants';
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

function characterizationsOf(a: ReportAnalysis, b: ReportAnalysis) {
	const names = [readNames(a), readNames(b)] as const;
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
	const named = (s: Source) => s.kind !== 'anonymous' && s.name !== '';
	return {
		characterizations: characterizationsOf(a, b),
		quoteVariants: findQuoteVariants(a, b, same),
		hedgeDrift: findHedgeDrift(a, b, words),
		onlyIn,
		sourcesOnlyIn: [
			a.sources.filter((s) => named(s) && !same.has(s)).map((s) => s.id),
			b.sources.filter((s) => named(s) && !reverse.has(s)).map((s) => s.id),
		],
		aligned: alignment.aligned,
	};
}
