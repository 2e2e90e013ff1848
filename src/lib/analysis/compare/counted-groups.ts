// Finds a group both reports count alike but name differently: "signed by nearly 90 faculty members and
// priests" / "a group of nearly 90 professors and administrators". An approximate count ("nearly 90", "about
// 200", as the hedge reading finds it: never a span of time) is rarely written the same for two groups of one
// story, so the same one in both reports is one group, and the nouns each report gives its members say who
// they are. An exact figure is not enough: "12 people" is as likely another twelve.
import type { Characterization, ReportAnalysis, Span } from '../types';
import { quoted } from './characterizations';
import { stem } from './words';

// After the approximator: a count of two figures or more and one or two plural nouns of one or two
// lower-case words each ("90 faculty members and priests").
const COUNTED = / (\d[\d,]+) ((?:[a-z-]+ )?[a-z-]+s(?: and (?:[a-z-]+ )?[a-z-]+s)?)\b/y;

/** The report's own counted groups by approximate count ("nearly 90"), each with its span and its nouns' stems. */
function counted(r: ReportAnalysis): Map<string, [Span, string[]][]> {
	const out = new Map<string, [Span, string[]][]>();
	for (const h of r.hedges) {
		COUNTED.lastIndex = h.end;
		const m = h.category === 'approximator' && COUNTED.exec(r.text);
		// A quotation is the speaker's count, not the report's naming of the group.
		if (!m || r.quotes.some((q) => q.start <= h.start && h.start < q.end)) continue;
		const key = r.text.slice(h.start, h.end) + m[1];
		out.set(key, [...(out.get(key) ?? []), [{ start: h.start, end: COUNTED.lastIndex }, (m[2] ?? '').split(/ (?:and )?/).map(stem)]]);
	}
	return out;
}

export function findCountedGroups(a: ReportAnalysis, b: ReportAnalysis): Characterization[] {
	const inB = counted(b);
	const out: Characterization[] = [];
	for (const [key, xs] of counted(a)) {
		const ys = inB.get(key);
		const nouns = new Set(xs.flatMap((x) => x[1]));
		// One noun in common ("90 faculty members" / "90 members of the faculty") names the group alike.
		if (!ys || ys.some((y) => y[1].some((n) => nouns.has(n)))) continue;
		const [sa, sb] = [xs.map((x) => x[0]), ys.map((y) => y[0])];
		out.push({
			entity: `the ${a.text.slice(sa[0]?.start, sa[0]?.end).replace(/^.*?\d /, '')}`,
			byReport: [sa, sb],
			explanation: `Report A counts them as ${quoted(a, sa)}, report B as ${quoted(b, sb)}.`,
		});
	}
	return out;
}
