// The command line's readable report for a teacher: per report its headline, sources, attributions,
// hedges, loaded words and verdicts, each with its sentence; then what differs between two reports.
import type { Comparison, ReportAnalysis, Span } from '../src/lib/analysis/index';

const clip = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function sentenceOf(r: ReportAnalysis, at: Span): string {
	const s = r.sentences.find((x) => x.start <= at.start && at.start < x.end);
	return s ? oneLine(r.text.slice(s.start, s.end)) : '';
}

function inContext(r: ReportAnalysis, at: Span): string {
	const words = oneLine(r.text.slice(at.start, at.end));
	const sentence = sentenceOf(r, at);
	return sentence && sentence !== words ? `“${words}” — in: ${clip(sentence)}` : `“${clip(words)}”`;
}

export function formatReport(r: ReportAnalysis, title: string): string {
	const out: string[] = [`== ${title}`];
	out.push(`Headline: ${r.headline ? oneLine(r.text.slice(r.headline.start, r.headline.end)) : '(none)'}`);
	if (r.noise.length) out.push(`Page debris (${r.noise.length}): ${r.noise.map((n) => `“${clip(oneLine(r.text.slice(n.start, n.end)), 60)}” (${n.category})`).join('; ')}`);
	out.push('', `Sources (${r.sources.length}):`);
	for (const s of r.sources) {
		const labels = s.descriptions.map((d) => `“${oneLine(r.text.slice(d.start, d.end))}”`);
		out.push(`  - ${s.name || 'unnamed source'} (${s.kind})${labels.length ? `, described as ${labels.join(', ')}` : ''}`);
	}
	out.push('', `Attributions (${r.attributions.length}):`);
	for (const a of r.attributions) {
		const cue = oneLine(r.text.slice(a.cue.start, a.cue.end));
		const how = a.verb ? `“${cue}”, ${a.verbColour} verb` : `“${cue}”`;
		out.push(`  - ${a.speaker || 'unnamed source'} · ${how} · ${a.direct ? 'quoted' : 'passed on'}${a.nested ? ' · inside another source’s words' : ''}`);
		out.push(`      ${clip(oneLine(r.text.slice(a.content.start, a.content.end)))}`);
	}
	out.push('', `Hedges (${r.hedges.length}):`);
	for (const h of r.hedges) out.push(`  - ${h.category}: ${inContext(r, h)}`);
	out.push('', `Loaded words (${r.loaded.length}):`);
	for (const l of r.loaded) out.push(`  - ${l.category}, ${l.voice === 'reporter' ? 'reporter’s voice' : 'a source’s voice'}: ${inContext(r, l)}`);
	out.push('', `Unattributed verdicts (${r.verdicts.length}):`);
	for (const v of r.verdicts) out.push(`  - ${inContext(r, v)}`);
	return out.join('\n');
}

export function formatComparison(a: ReportAnalysis, b: ReportAnalysis, c: Comparison, names: [string, string]): string {
	const reports = [a, b] as const;
	const out: string[] = [`== Differences between ${names[0]} and ${names[1]}`];
	out.push('', `How each labels the same source (${c.characterizations.length}):`);
	for (const x of c.characterizations) out.push(`  - ${x.explanation}`);
	const sourceName = (r: ReportAnalysis, id: string) => r.sources.find((s) => s.id === id)?.name ?? id;
	out.push('', 'Sources only one report quotes:');
	c.sourcesOnlyIn.forEach((ids, i) => out.push(`  - only in ${names[i]}: ${ids.length ? ids.map((id) => sourceName(reports[i] ?? a, id)).join(', ') : 'none'}`));
	out.push('', `The same words quoted differently (${c.quoteVariants.length}):`);
	for (const q of c.quoteVariants) out.push(`  - ${q.speaker}: “${oneLine(a.text.slice(q.byReport[0].start, q.byReport[0].end))}” / “${oneLine(b.text.slice(q.byReport[1].start, q.byReport[1].end))}”`);
	out.push('', `Stated more firmly than the source put it (${c.hedgeDrift.length}):`);
	for (const d of c.hedgeDrift) out.push(`  - ${d.explanation}`);
	c.onlyIn.forEach((spans, i) => {
		const r = reports[i] ?? a;
		out.push('', `Only in ${names[i]} (${spans.length}):`);
		for (const s of spans) out.push(`  - ${clip(oneLine(r.text.slice(s.start, s.end)))}`);
	});
	return out.join('\n');
}
