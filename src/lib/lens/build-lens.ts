// The reading lens: the marks a student can switch on over a report (who is speaking and what they said,
// hedges, loaded words in the reporter's or a source's voice, unattributed verdicts, passages only this
// report carries), built from the analysis at build time so the phone never runs the engine for them.
// Pure data: the page gets it as JSON and only draws it.
import type { Comparison, ReportAnalysis, Span } from '../analysis/types';

export type LensKind = 'speaker' | 'hedge' | 'loaded-reporter' | 'loaded-source' | 'verdict' | 'only';

/** The switches of the lens, each turning on some kinds of mark. */
export type LensLayer = 'speakers' | 'hedges' | 'loaded' | 'only';

export const LAYER_OF: Record<LensKind, LensLayer> = {
	speaker: 'speakers',
	hedge: 'hedges',
	'loaded-reporter': 'loaded',
	'loaded-source': 'loaded',
	verdict: 'loaded',
	only: 'only',
};

export interface LensMark extends Span {
	kind: LensKind;
	/** A short tag shown with the mark, so colour is never the only signal ("Mark Smith", "hedge"). */
	label: string;
	/** One or two sentences a student reads on tapping the mark. */
	explanation: string;
	/** For speaker marks: which source, to pick its colour (0-based, in order of first appearance). */
	source?: number;
}

export interface LensSource {
	index: number;
	name: string;
	kind: string;
}

export interface ReportLens {
	headline: Span | null;
	noise: Span[];
	marks: LensMark[];
	sources: LensSource[];
}

const KIND_WORDS: Record<string, string> = {
	person: 'a named person',
	organization: 'an organization',
	government: 'a government',
	document: 'a document',
	'social-media': 'a social-media post',
	group: 'a group of people',
	anonymous: 'an unnamed source',
};

const HEDGE_LABEL: Record<string, string> = {
	modal: 'maybe',
	'distancing-verb': 'distancing',
	impersonal: 'no one named',
	approximator: 'roughly',
	speculation: 'guess',
	'vague-source': 'vague source',
	softener: 'softened',
};

export function buildLens(analysis: ReportAnalysis, onlyIn: readonly Span[] = []): ReportLens {
	const sources: LensSource[] = [];
	const sourceIndex = new Map<string, number>();
	const marks: LensMark[] = [];

	for (const a of analysis.attributions) {
		if (a.nested) continue;
		const key = a.speaker || `anonymous:${a.sourceKind}`;
		let index = sourceIndex.get(key);
		if (index === undefined) {
			index = sources.length;
			sourceIndex.set(key, index);
			sources.push({ index, name: a.speaker || 'Unnamed source', kind: KIND_WORDS[a.sourceKind] ?? a.sourceKind });
		}
		const who = a.speaker || 'an unnamed source';
		marks.push({
			start: a.content.start,
			end: a.content.end,
			kind: 'speaker',
			label: a.speaker || 'unnamed',
			source: index,
			explanation: `${a.explanation} The source here is ${a.speaker ? `${who}, ${KIND_WORDS[a.sourceKind] ?? a.sourceKind}` : 'not named'}.`,
		});
	}
	for (const h of analysis.hedges) {
		marks.push({ start: h.start, end: h.end, kind: 'hedge', label: HEDGE_LABEL[h.category] ?? 'hedge', explanation: h.explanation });
	}
	for (const l of analysis.loaded) {
		const reporter = l.voice === 'reporter';
		marks.push({
			start: l.start,
			end: l.end,
			kind: reporter ? 'loaded-reporter' : 'loaded-source',
			label: reporter ? 'reporter’s word' : 'source’s word',
			explanation: `${l.explanation} ${reporter ? 'These are the reporter’s own words.' : 'These words belong to a source the report is quoting or passing on.'}`,
		});
	}
	for (const v of analysis.verdicts) {
		marks.push({ start: v.start, end: v.end, kind: 'verdict', label: 'no source', explanation: v.explanation });
	}
	for (const o of onlyIn) {
		marks.push({
			start: o.start,
			end: o.end,
			kind: 'only',
			label: 'only here',
			explanation: 'Only this report carries this passage: the other report leaves it out.',
		});
	}
	marks.sort((x, y) => x.start - y.start || y.end - x.end);
	return {
		headline: analysis.headline,
		noise: analysis.noise.map((n) => ({ start: n.start, end: n.end })),
		marks,
		sources,
	};
}

/** The lenses of both reports of a pair, with the passages only each carries. */
export function buildPairLens(a: ReportAnalysis, b: ReportAnalysis, comparison: Comparison): [ReportLens, ReportLens] {
	return [buildLens(a, comparison.onlyIn[0]), buildLens(b, comparison.onlyIn[1])];
}

/** A stretch of text with the marks that cover all of it. */
export interface Run extends Span {
	marks: LensMark[];
}

/**
 * Cuts `span` of the text into runs at every mark boundary, so overlapping marks can be drawn as nested
 * styles without ever cutting a word's text in two places it does not already have a boundary.
 */
export function runsOf(span: Span, marks: readonly LensMark[], holes: readonly Span[] = []): Run[] {
	const inside = marks.filter((m) => m.start < span.end && m.end > span.start);
	const cuts = new Set<number>([span.start, span.end]);
	for (const m of inside) {
		cuts.add(Math.max(span.start, m.start));
		cuts.add(Math.min(span.end, m.end));
	}
	for (const h of holes) {
		if (h.start < span.end && h.end > span.start) {
			cuts.add(Math.max(span.start, h.start));
			cuts.add(Math.min(span.end, h.end));
		}
	}
	const points = [...cuts].sort((x, y) => x - y);
	const runs: Run[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i] ?? 0;
		const end = points[i + 1] ?? 0;
		if (end <= start) continue;
		runs.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
	}
	return runs;
}
