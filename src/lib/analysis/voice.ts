// Decides whose voice words are in: a source's, when they sit inside what the report attributes to someone
// (a quotation or passed-on words); the reporter's own, when they are the report's narration.
import type { Attribution, Quote, Span, Voice } from './types';

export function voiceOf(span: Span, attributions: readonly Attribution[], quotes: readonly Quote[], headline: Span | null): Voice {
	if (headline && span.start >= headline.start && span.end <= headline.end) return 'reporter';
	const inside = (s: Span) => s.start <= span.start && span.end <= s.end;
	if (attributions.some((a) => inside(a.content))) return 'source';
	// Words in quotation marks are the quoted person's, even when the report names no one.
	if (quotes.some((q) => inside(q.inner) && q.inner.end - q.inner.start > span.end - span.start + 2)) return 'source';
	return 'reporter';
}
