// Decides whose voice words are in: a source's, when they sit inside what the report attributes to someone
// (a quotation or passed-on words); the reporter's own, when they are the report's narration.
import { SpanIndex } from './context';
import type { Attribution, Quote, Span, Voice } from './types';

export interface Voiced {
	voice: Voice;
	/** The source whose words they are, as the report names them; null for the reporter or an unnamed quote. */
	speaker: string | null;
	/** The reporter's words set in quotation marks of their own ("reducing itself to a “bigoted” group"): lifted from someone unsaid. */
	lifted?: boolean;
}

/** The voice of any span of one report; the report's attributed passages and quotes are indexed once. */
export function voiceReader(all: readonly Attribution[], quotes: readonly Quote[], headline: Span | null): (span: Span) => Voiced {
	// A stance ("the minister slammed the ridiculous plans") and an appraisal ("the article seems to have spawned
	// little outrage") are told in the reporter's words: they give the words no source's voice.
	const attributions = all.filter((a) => a.category !== 'stance' && a.category !== 'appearance');
	const attributed = new SpanIndex(attributions.map((a) => ({ start: a.content.start, end: a.content.end, speaker: a.speaker })));
	const quoted = new SpanIndex(quotes.map((q) => q.inner));
	return (span) => {
		// A headline's quotation marks give words to someone ("Senators Fault Steele's 'Inaccurate' Remarks"), though
		// who is left unsaid: a name before its colon may be the one spoken to ("Trump to Sessions: …").
		if (headline && span.start >= headline.start && span.end <= headline.end) return { voice: quoted.holds(span) ? 'source' : 'reporter', speaker: null };
		// The narrowest passage holding the words is the one whose speaker said them (a source quoting a source).
		const holder = attributed.holder(span, true);
		if (holder) return { voice: 'source', speaker: holder.speaker || null };
		// Words in quotation marks are the quoted person's, even when the report names no one.
		const length = span.end - span.start;
		if (quoted.holds(span, (inner) => inner.end - inner.start > length + 2)) return { voice: 'source', speaker: null };
		return { voice: 'reporter', speaker: null, lifted: quoted.holds(span) };
	};
}
