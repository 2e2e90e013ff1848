// The JSON the command line prints with --json: the shape ../shared/seeds/SCORING.md reads, plus detail.
import type { Comparison, ReportAnalysis, Span } from './types';

const span = (s: Span) => ({ start: s.start, end: s.end });

export function reportToJson(r: ReportAnalysis) {
	return {
		headline: r.headline ? span(r.headline) : null,
		noise: r.noise.map((n) => ({ ...span(n), reason: n.category, explanation: n.explanation })),
		attributions: r.attributions.map((a) => ({
			speaker: a.speaker,
			kind: a.sourceKind,
			cue: span(a.cue),
			content: span(a.content),
			direct: a.direct,
			verb: a.verb,
			verbColour: a.verbColour,
			confidence: a.confidence,
		})),
		hedges: r.hedges.map((h) => ({ ...span(h), category: h.category, sense: h.sense, rule: h.rule, confidence: h.confidence })),
		// Unattributed verdicts are loaded language in the reporter's own voice.
		loaded: [
			...r.loaded.map((l) => ({ ...span(l), voice: l.voice, category: l.category as string })),
			...r.verdicts.map((v) => ({ ...span(v), voice: 'reporter' as const, category: v.category as string })),
		].sort((x, y) => x.start - y.start),
		sources: r.sources.map((s) => ({
			name: s.name,
			kind: s.kind,
			aliases: s.aliases,
			descriptions: s.descriptions.map((d) => r.text.slice(d.start, d.end)),
		})),
	};
}

export function comparisonToJson(c: Comparison) {
	return {
		characterizations: c.characterizations.map((x) => ({ entity: x.entity, byReport: x.byReport.map((l) => l.map(span)) })),
		quoteVariants: c.quoteVariants.map((q) => ({ speaker: q.speaker, byReport: q.byReport.map(span) })),
		hedgeDrift: c.hedgeDrift.map((h) => ({ report: h.report, strong: span(h.strong), hedgedReport: h.hedgedReport, hedged: span(h.hedged) })),
		onlyIn: c.onlyIn.map((l) => l.map(span)),
		sourcesOnlyIn: c.sourcesOnlyIn,
	};
}

export function toScoringJson(reports: readonly ReportAnalysis[], comparison?: Comparison) {
	return {
		reports: reports.map(reportToJson),
		...(comparison ? { comparison: comparisonToJson(comparison) } : {}),
	};
}
