// Decides whose voice words are in: a source's, when they sit inside what the report attributes to someone
// (a quotation or passed-on words); the reporter's own, when they are the report's narration.
import { SpanIndex } from './context';
import type { Attribution, Quote, Span, Voice } from './types';

/** The voice of any span of one report; the report's attributed passages and quotes are indexed once. */
export function voiceReader(attributions: readonly Attribution[], quotes: readonly Quote[], headline: Span | null): (span: Span) => Voice {
	const attributed = new SpanIndex(attributions.map((a) => a.content));
	const quoted = new SpanIndex(quotes.map((q) => q.inner));
	return (span) => {
		if (headline && span.start >= headline.start && span.end <= headline.end) return 'reporter';
		if (attributed.holds(span)) return 'source';
		// Words in quotation marks are the quoted person's, even when the report names no one.
		const length = span.end - span.start;
		if (quoted.holds(span, (inner) => inner.end - inner.start > length + 2)) return 'source';
		return 'reporter';
	};
}
