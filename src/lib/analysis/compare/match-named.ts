// Finds the same person or body named in both reports, one referent per pair: "Sen. Chuck Schumer" and
// "Charles Schumer" (a surname only one person in each report has), "AARP" and "the AARP",
// "N.A.A.C.P." and "NAACP", "Paul D. Ryan" and "Paul Ryan". Two people who share a surname in either report
// ("Bill Clinton", "Hillary Clinton") meet only by first name as well.
import type { Named } from './names';

const firstName = (e: Named): string | null => {
	const parts = e.name.toLowerCase().split(/\s+/);
	return parts.length > 1 ? (parts[0] ?? null) : null;
};

function surnameCounts(list: readonly Named[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const e of list) if (e.surname) out.set(e.surname, (out.get(e.surname) ?? 0) + 1);
	return out;
}

/** Pairs [a, b] of the same referent; each entity is in at most one pair. */
export function matchNamed(a: readonly Named[], b: readonly Named[]): [Named, Named][] {
	const out: [Named, Named][] = [];
	const taken = new Set<Named>();
	const countA = surnameCounts(a);
	const countB = surnameCounts(b);
	const pair = (x: Named, test: (y: Named) => boolean) => {
		if (taken.has(x)) return;
		const y = b.find((c) => !taken.has(c) && c.kind === x.kind && test(c));
		if (!y) return;
		out.push([x, y]);
		taken.add(x).add(y);
	};
	// The surest first: the same name or acronym; then a shared surname.
	for (const x of a) pair(x, (y) => [...x.keys].some((k) => y.keys.has(k) && (x.kind === 'body' || k !== x.surname)));
	for (const x of a) {
		if (x.kind !== 'person' || !x.surname) continue;
		const surname = x.surname;
		const alone = countA.get(surname) === 1 && countB.get(surname) === 1;
		pair(x, (y) => y.surname === surname && (alone || (firstName(x) !== null && firstName(x) === firstName(y))));
	}
	return out;
}
