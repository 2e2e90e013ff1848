// Compares two analysed reports of one event: how each labels the same source, which sources and passages
// only one carries, the same quotation worded two ways, and claims stated more firmly than their source.
import type { Comparison, ReportAnalysis, Source } from '../types';
import { alignSentences } from './align';
import { findCharacterizations } from './characterizations';
import { findHedgeDrift } from './hedge-drift';
import { matchSources } from './match-sources';
import { findQuoteVariants } from './quote-variants';
import { contentWords } from './words';

/**
 * A passage attributed to a source that also speaks in the other report, and shares a word with what that
 * source says there, is the same testimony told differently: never "only in one report".
 */
function sharedTestimony(r: ReportAnalysis, other: ReportAnalysis, pairs: ReadonlyMap<string, string>, sentence: { start: number; end: number }): boolean {
	const here = r.attributions.filter((x) => !x.nested && x.speaker && x.cue.start >= sentence.start && x.cue.start < sentence.end);
	for (const x of here) {
		const twin = pairs.get(x.speaker);
		if (!twin) continue;
		const words = new Set(contentWords(r.text, sentence).map((w) => w.stem));
		for (const y of other.attributions) {
			if (y.speaker !== twin) continue;
			const s = other.sentences.find((t) => t.start <= y.cue.start && y.cue.start < t.end);
			if (s && contentWords(other.text, s).some((w) => words.has(w.stem))) return true;
		}
	}
	return false;
}

export function compareReports(a: ReportAnalysis, b: ReportAnalysis): Comparison {
	const same = matchSources(a, b);
	const reverse = new Map<Source, Source>([...same].map(([x, y]) => [y, x]));
	const alignment = alignSentences(a, b);
	const aToB = new Map([...same].map(([x, y]) => [x.name, y.name]));
	const bToA = new Map([...same].map(([x, y]) => [y.name, x.name]));
	const onlyIn: Comparison['onlyIn'] = [
		alignment.onlyIn[0].filter((s) => !sharedTestimony(a, b, aToB, s)),
		alignment.onlyIn[1].filter((s) => !sharedTestimony(b, a, bToA, s)),
	];
	const named = (s: Source) => s.kind !== 'anonymous' && s.name !== '';
	return {
		characterizations: findCharacterizations(a, b, same),
		quoteVariants: findQuoteVariants(a, b, same),
		hedgeDrift: findHedgeDrift(a, b),
		onlyIn,
		sourcesOnlyIn: [
			a.sources.filter((s) => named(s) && !same.has(s)).map((s) => s.id),
			b.sources.filter((s) => named(s) && !reverse.has(s)).map((s) => s.id),
		],
		aligned: alignment.aligned,
	};
}
