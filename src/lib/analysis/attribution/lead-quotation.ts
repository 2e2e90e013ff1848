// "“We will win,” Reyes said. “Nobody doubts it.”" is one passage (rules/continued-quote.ts), with the cue and
// its narration inside it. What compares with another report's quotation, and what a question quotes, is its
// first quotation, the words before the cue: this finds it.
import type { Attribution, Quote, Span } from '../types';

/** A quotation opening just after the cue's clause ("“A,” he said, “and B.”"): the same sentence goes on. */
const GOES_ON = /[,:\u2013\u2014]\s*$/u;

/**
 * The first quotation of a passage its cue splits and a later sentence carries on ("“A,” she said. “B.”"), or
 * null when the passage is not so split. Not "“A,” he said, “and B.”": a sentence its cue splits reads as one.
 */
export function leadQuotation(text: string, quotes: readonly Quote[], att: Pick<Attribution, 'direct' | 'cue' | 'content'>): Span | null {
	const { cue, content } = att;
	if (!att.direct) return null;
	// The quotation the passage opens in, and the first after its cue; a cue before the words or after them all
	// leaves the one not before the cue or the other not inside the passage.
	const first = quotes.find((q) => q.inner.end > content.start);
	const next = quotes.find((q) => q.start >= cue.end);
	return first && next && first.inner.end <= cue.start && next.start < content.end && !GOES_ON.test(text.slice(cue.end, next.start)) ? { start: content.start, end: first.inner.end } : null;
}
