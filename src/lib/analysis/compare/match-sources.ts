// Finds the same source in two reports under different names: "Mark Smith" and "Smith", "FCDO" and
// "Foreign, Commonwealth and Development Office", by full name, surname, acronym or alias. Unnamed sources
// never match: two "unnamed officials" need not be the same people.
import type { ReportAnalysis, Source } from '../types';

const LEADING_THE = /^the\s+/;
const POSSESSIVE_END = /[’']s$/;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const CAPITALIZED = /^\p{Lu}/u;

const norm = (s: string): string => s.toLowerCase().replace(LEADING_THE, '').replace(POSSESSIVE_END, '').replace(NOT_WORD, ' ').trim();

function keys(s: Source): Set<string> {
	const out = new Set<string>();
	if (!s.name) return out;
	for (const n of [s.name, ...s.aliases]) {
		const k = norm(n);
		if (k) out.add(k);
	}
	if (s.kind === 'person') {
		const parts = norm(s.name).split(' ');
		const last = parts[parts.length - 1];
		if (last && parts.length > 1) out.add(last);
	}
	// An acronym of the name's capitals: "Foreign, Commonwealth and Development Office" → "fcdo".
	const initials = s.name
		.split(/[\s,]+/)
		.filter((w) => CAPITALIZED.test(w))
		.map((w) => w[0])
		.join('')
		.toLowerCase();
	if (initials.length >= 2 && s.kind !== 'person') out.add(initials);
	return out;
}

/** For each source of A, the matching source of B (by index), if any. */
export function matchSources(a: ReportAnalysis, b: ReportAnalysis): Map<Source, Source> {
	const out = new Map<Source, Source>();
	const bKeys = b.sources.map((s) => [s, keys(s)] as const);
	for (const s of a.sources) {
		const mine = keys(s);
		if (mine.size === 0) continue;
		const found = bKeys.find(([, k]) => [...mine].some((x) => k.has(x)));
		if (found) out.set(s, found[0]);
	}
	return out;
}
