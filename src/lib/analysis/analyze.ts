// Reads one report: structure and noise first, then quotes, attributions, hedges, loaded words, verdicts.
import { SpanIndex, type ReadingContext } from './context';
import { findAttributions } from './attribution/find-attributions';
import { findHedges } from './find-hedges';
import { findLoaded } from './find-loaded';
import { findNoise } from './find-noise';
import { findQuotes } from './find-quotes';
import { findVerdicts } from './find-verdicts';
import { oneFindingPerSpan } from './one-per-span';
import { segmentSentences, splitBlocks } from './segment';
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
