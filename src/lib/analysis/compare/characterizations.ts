// Finds how each report labels the same person or body ("a relatively low-ranking official" against
// "Senior British diplomat"): the descriptions each report attaches to a source both reports use, when
// the two reports' labels differ.
import type { Characterization, ReportAnalysis, Source, Span } from '../types';
import { stem } from './words';

const label = (text: string, s: Span): string => text.slice(s.start, s.end).replace(/^(?:a|an|the)\s+/i, '');
const stems = (t: string): Set<string> => new Set((t.match(/[\p{L}-]+/gu) ?? []).map(stem));

export function findCharacterizations(a: ReportAnalysis, b: ReportAnalysis, same: Map<Source, Source>): Characterization[] {
	const out: Characterization[] = [];
	for (const [sa, sb] of same) {
		if (sa.descriptions.length === 0 || sb.descriptions.length === 0) continue;
		const la = sa.descriptions.map((d) => label(a.text, d));
		const lb = sb.descriptions.map((d) => label(b.text, d));
		// The same labels in both reports are no difference worth a question.
		const wa = stems(la.join(' '));
		const wb = stems(lb.join(' '));
		const differs = [...wa].some((w) => !wb.has(w)) || [...wb].some((w) => !wa.has(w));
		if (!differs) continue;
		const quote = (ls: string[]) => ls.map((l) => `“${l}”`).join(', ');
		out.push({
			entity: sa.name,
			byReport: [sa.descriptions, sb.descriptions],
			explanation: `Report A describes ${sa.name} as ${quote(la)}; report B as ${quote(lb)}. The labels a report chooses shape how important or trustworthy a person seems.`,
		});
	}
	return out;
}
