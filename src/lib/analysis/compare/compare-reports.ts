// Compares two analysed reports of one event: how each labels the same source, which sources and passages
// only one carries, the same quotation worded two ways, and claims stated more firmly than their source.
import type { Attribution, Comparison, ReportAnalysis, Source, Span } from '../types';
import { sentenceAt } from '../segment';
import { alignSentences } from './align';
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
import { readSentences, type Word } from './words';

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
		const mine = (stems ??= new Set((here.words[sentenceAt(here.r.sentences, sentence.start)] ?? []).map((w) => w.stem)));
		for (const y of other.bySpeaker.get(twin) ?? []) {
			if ((other.words[sentenceAt(other.r.sentences, y.cue.start)] ?? []).some((w) => mine.has(w.stem))) return true;
		}
	}
	return false;
}

function characterizationsOf(a: ReportAnalysis, b: ReportAnalysis, caps: readonly [Set<string>[], Set<string>[]]) {
	// Only sentences with a capitalized word the other report also capitalizes can name someone both name.
	const all = caps.map((list) => {
		const out = new Set<string>();
		for (const s of list) for (const w of s) out.add(w);
		return out;
	});
	const keep = (mine: Set<string>[], theirs: Set<string> | undefined) => (k: number) => {
		for (const w of mine[k] ?? []) if (theirs?.has(w)) return true;
		return false;
	};
	const names = [readNames(a, keep(caps[0], all[1])), readNames(b, keep(caps[1], all[0]))] as const;
	const pairs = matchNamed(names[0].named, names[1].named);
	return findCharacterizations({ r: a, labels: readLabels(names[0]) }, { r: b, labels: readLabels(names[1]) }, pairs);
}

export function compareReports(a: ReportAnalysis, b: ReportAnalysis): Comparison {
	const same = matchSources(a, b);
	const reverse = new Map<Source, Source>([...same].map(([x, y]) => [y, x]));
	const read = [readSentences(a), readSentences(b)] as const;
	const words = [read[0].words, read[1].words] as const;
	const alignment = alignSentences(a, b, words);
	const aToB = new Map([...same].map(([x, y]) => [x.name, y.name]));
	const bToA = new Map([...same].map(([x, y]) => [y.name, x.name]));
	const sides = [side(a, words[0]), side(b, words[1])] as const;
	const onlyIn: Comparison['onlyIn'] = [
		alignment.onlyIn[0].filter((s) => !sharedTestimony(sides[0], sides[1], aToB, s)),
		alignment.onlyIn[1].filter((s) => !sharedTestimony(sides[1], sides[0], bToA, s)),
	];
	return {
		characterizations: [...characterizationsOf(a, b, [read[0].capitals, read[1].capitals]), ...findThingLabels(a, b, words)],
		quoteVariants: findQuoteVariants(a, b, same, words),
		hedgeDrift: [...findHedgeDrift(a, b, words), ...findClaimedLabelDrift(a, 0), ...findClaimedLabelDrift(b, 1)],
		onlyIn,
		sourcesOnlyIn: [voicesOnlyIn(a, b, (s) => same.has(s)), voicesOnlyIn(b, a, (s) => reverse.has(s))],
		aligned: alignment.aligned,
	};
}
