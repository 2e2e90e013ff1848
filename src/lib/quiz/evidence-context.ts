// Where a question's evidence sits in its report: the whole sentence (or sentences) around each piece, with
// the evidence marked inside, so feedback can show the words in context and link to the place in the report.
import type { ReportAnalysis, Span } from '../analysis/types';
import type { Question, ReportKey } from './types';

export interface EvidenceContext extends Span {
	report: ReportKey;
	/** The evidence spans inside this context, in text order, not overlapping. */
	marks: Span[];
}

function around(r: ReportAnalysis, e: Span): Span {
	let start = e.start;
	let end = e.end;
	for (const s of r.sentences) {
		if (s.end <= e.start) continue;
		if (s.start >= e.end) break;
		start = Math.min(start, s.start);
		end = Math.max(end, s.end);
	}
	return { start, end };
}

/** Merges overlapping spans: "whole sentence" evidence and a word inside it become the word inside it. */
function innermost(spans: Span[], context: Span): Span[] {
	const inner = spans.filter((s) => !(s.start <= context.start && s.end >= context.end));
	const pick = (inner.length ? inner : spans).slice().sort((x, y) => x.start - y.start);
	const out: Span[] = [];
	for (const s of pick) {
		const last = out[out.length - 1];
		if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
		else out.push({ start: s.start, end: s.end });
	}
	return out;
}

export function evidenceContexts(question: Question, reports: readonly [ReportAnalysis, ReportAnalysis]): EvidenceContext[] {
	const contexts: EvidenceContext[] = [];
	for (const e of question.evidence) {
		const r = e.report === 'a' ? reports[0] : reports[1];
		const span = around(r, e);
		const same = contexts.find((c) => c.report === e.report && c.start < span.end && span.start < c.end);
		if (same) {
			same.start = Math.min(same.start, span.start);
			same.end = Math.max(same.end, span.end);
			same.marks.push({ start: e.start, end: e.end });
		} else contexts.push({ report: e.report, ...span, marks: [{ start: e.start, end: e.end }] });
	}
	for (const c of contexts) c.marks = innermost(c.marks, c);
	return contexts;
}
