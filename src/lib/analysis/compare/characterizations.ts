// Finds how each report labels the same person or body ("the former governor of Arkansas" against "former
// Arkansas governor and Fox News contributor"): the labels each report gives a referent both name (see
// labels.ts, match-named.ts), when one report's labels carry words the other's do not. Titles that only
// differ in form ("GOP" / "Republican", "Rep." / "Representative") are the same label.
import type { Characterization, ReportAnalysis, Span } from '../types';
import type { Label } from './labels';
import type { Named } from './names';
import { contentWords, stem } from './words';

// The same word of office or party in another form (AP style abbreviations and their spelled-out forms).
export const SAME_WORD: ReadonlyMap<string, string> = new Map([
	['gop', 'republican'],
	['rep', 'representative'],
	['congressman', 'representative'],
	['congresswoman', 'representative'],
	['sen', 'senator'],
	['gov', 'governor'],
	['dem', 'democrat'],
	['democratic', 'democrat'],
]);

// "N.A.A.C.P." and "NAACP" are one word.
const ACRONYM_STOPS = /(?<=\p{Lu})\.(?=\p{Lu})|(?<=\b\p{Lu})\.$/gu;

function stemsOf(text: string): string[] {
	const t = text.replace(ACRONYM_STOPS, '');
	return contentWords(t, { start: 0, end: t.length }).map((w) => w.stem);
}

// A party named with or without its noun is one label: "former Republican Party chairman", "former Republican chairman".
const UNTOLD = stem('party');

function words(text: string, spans: readonly Span[], name: string): Set<string> {
	const own = new Set([...stemsOf(name), UNTOLD]);
	const out = new Set<string>();
	for (const s of spans) for (const stem of stemsOf(text.slice(s.start, s.end))) if (!own.has(stem) && stem.length > 1) out.add(SAME_WORD.get(stem) ?? stem);
	return out;
}

export interface LabelledSide {
	r: ReportAnalysis;
	labels: readonly Label[];
}

/** The spans of `r`, each in quotation marks, for an explanation: “a senator”, “the Ohio Republican”. */
export const quoted = (r: ReportAnalysis, spans: readonly Span[]): string => spans.map((l) => `“${r.text.slice(l.start, l.end)}”`).join(', ');

export function findCharacterizations(a: LabelledSide, b: LabelledSide, pairs: readonly [Named, Named][]): Characterization[] {
	const out: Characterization[] = [];
	for (const [na, nb] of pairs) {
		const la = a.labels.filter((l) => l.named === na).map((l) => ({ start: l.start, end: l.end }));
		const lb = b.labels.filter((l) => l.named === nb).map((l) => ({ start: l.start, end: l.end }));
		if (la.length === 0 || lb.length === 0) continue;
		const wa = words(a.r.text, la, na.name);
		const wb = words(b.r.text, lb, nb.name);
		// The same labels in both reports are no difference worth a question.
		if (![...wa].some((w) => !wb.has(w)) && ![...wb].some((w) => !wa.has(w))) continue;
		const name = na.name.length >= nb.name.length ? na.name : nb.name;
		out.push({
			entity: name,
			byReport: [la, lb],
			explanation: `Report A describes ${name} as ${quoted(a.r, la)}; report B as ${quoted(b.r, lb)}. The labels a report chooses shape how important or trustworthy a person seems.`,
		});
	}
	return out;
}
