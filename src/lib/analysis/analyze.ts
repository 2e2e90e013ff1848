// Reads one report: structure and noise first, then quotes, attributions, hedges, loaded words, verdicts.
// The rules that read words against the word lists (verdicts, hedges, loaded words) are imported first, so
// the bundle sets them beside the lists (index.ts) and gzip finds their words again (about 0.3 KB less).
import { findVerdicts } from './find-verdicts';
import { findHedges } from './find-hedges';
import { findLoaded } from './find-loaded';
import { SpanIndex, type ReadingContext } from './context';
import { findAttributions } from './attribution/find-attributions';
import { findQuotes } from './find-quotes';
import { findNoise } from './find-noise';
import { segmentSentences, splitBlocks } from './segment';
import { oneFindingPerSpan } from './one-per-span';
import type { ReportAnalysis } from './types';

export function analyzeReport(text: string): ReportAnalysis {
	const blocks = splitBlocks(text);
	const noise = findNoise(text, blocks).sort((x, y) => x.start - y.start);
	const sentences = segmentSentences(text, blocks, noise);
	const base = { text, blocks, noise, sentences };
	const quotes = findQuotes(base);
	const ctx: ReadingContext = { ...base, quotes };
	const { attributions, sources } = findAttributions(ctx);
	// Nothing in page debris becomes a finding, whatever a rule thought of it.
	const debris = new SpanIndex(noise);
	const keep = <T extends { start: number; end: number }>(xs: T[]): T[] =>
		xs.filter((x) => !debris.overlaps(x)).sort((x, y) => x.start - y.start || x.end - y.end);
	const headlineSentences = sentences.filter((s) => s.headline);
	const first = headlineSentences[0];
	const last = headlineSentences[headlineSentences.length - 1];
	const hedges = keep(findHedges(ctx, attributions));
	// Last, whatever the rules above did: one finding per span and kind, one speaker per quotation.
	return oneFindingPerSpan({
		text,
		headline: first && last ? { start: first.start, end: last.end } : null,
		blocks,
		sentences,
		quotes,
		noise,
		attributions: keep(attributions),
		sources,
		hedges,
		loaded: keep(findLoaded(ctx, attributions)),
		verdicts: keep(findVerdicts(ctx, attributions, hedges)),
	});
}
