// What a rule hands back: one attributed passage with its cue, its speaker and the shape that found it,
// before it becomes an Attribution finding. Also the look-ups over a report's found passages.
import type { ReportingVerb } from '../lexicons/reporting-verbs';
import type { Speaker } from '../speaker';
import type { Span } from '../types';

export interface Found {
	cue: Span;
	content: Span;
	verb: ReportingVerb | null;
	/** The cue as written, lower-cased ("said", "according to", "it is understood that"). */
	verbText: string;
	direct: boolean;
	speaker: Speaker;
	/** The shape of the passage: "said", "quote", "colon-quote", "described-as", "according-to", "impersonal", … */
	category: string;
	/** The rule that found it: its file's name in rules/ ("cue-before", "cue-after", "according-to", …). */
	rule: string;
}

/**
 * A passage found at a cue, its fields written out: on Node 20 `{ ...at, content, direct, category }` costs
 * about a microsecond an object (a spread followed by more fields), and a long report makes thousands.
 */
export const passage = (at: Omit<Found, 'content' | 'direct' | 'category'>, content: Span, direct: boolean, category: string): Found => ({
	cue: at.cue,
	verb: at.verb,
	verbText: at.verbText,
	speaker: at.speaker,
	rule: at.rule,
	content,
	direct,
	category,
});

/** The speaker of a passage no one is named for ("it is understood that …", "sources familiar with …"). */
export const anonymous = (description: Span | null = null): Speaker => ({
	name: '',
	kind: 'anonymous',
	entity: null,
	resolvedBy: 'impersonal',
	description,
});

/**
 * How far before a passage another passage that holds it may start. Contents stay within their sentence or
 * quotation, and no quotation in news runs this long, so nothing further back can hold this one.
 */
const HOLDER_REACH = 4000;

/** Index of the first passage whose content starts at or after `at` (the list sorted by content start). */
export function firstFrom(found: readonly Found[], at: number): number {
	let lo = 0;
	let hi = found.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((found[mid]?.content.start ?? 0) < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The passage whose content holds this one's cue (a source quoted by a source), or null. A stance holds no
 * one's words ("Critics mocked Diaz’s claim that …": the claim is Diaz's, not passed on by the critics).
 */
export function holderOf(found: readonly Found[], a: Found): Found | null {
	for (let k = firstFrom(found, a.cue.start - HOLDER_REACH); k < found.length; k++) {
		const o = found[k];
		if (!o || o.content.start > a.cue.start) break;
		// A passage the cue interrupts ("“The plan,” he said, “is dead.”") holds its own cue, and so the cue of
		// the quotations that carry it on: the same voice, not a source quoted by a source.
		if (o !== a && a.cue.end <= o.content.end && o.category !== 'stance' && o.cue.start !== a.cue.start) return o;
	}
	return null;
}

/** True when a found passage already holds the span (a quotation's words). */
export function isCovered(found: readonly Found[], inner: Span): boolean {
	for (let k = firstFrom(found, inner.start - HOLDER_REACH); k < found.length; k++) {
		const o = found[k];
		if (!o || o.content.start > inner.start) break;
		if (inner.end <= o.content.end + 1) return true;
	}
	return false;
}
