// A finding's confidence is the precision its rule measured on the development corpus: of the findings the
// rule made there, the share an annotator's reading confirms (scripts/calibrate.ts measures it and writes
// measured.ts). No rule sets its own confidence by hand.
import { MEASURED_ROWS } from './measured';

/**
 * Below this many findings on the corpus a rule's own precision is too noisy to stand on (one miss in ten
 * moves it by 0.1), so the rule borrows its family's: "hedge/modal/might" → "hedge/modal" → "hedge".
 */
export const MIN_MEASURED = 12;

/**
 * A rule the corpus cannot measure at any level (no annotation of that kind of finding) gets this: below
 * any threshold the quiz uses, so an unmeasured rule never keys a question.
 */
export const UNMEASURED = 0;

/** Rule ids are a closed set, but a long-lived worker should not keep every id it ever saw without end. */
const MAX_CACHED = 10_000;

/** measured.ts's rows read into a table: rule path → its measured precision. */
export function readRows(rows: string): ReadonlyMap<string, number> {
	const table = new Map<string, number>();
	let above: string[] = [];
	for (const line of rows.split('\n')) {
		const row = /^( *)(\S+) (\d+)$/.exec(line);
		if (!row) continue;
		// The indent is how many parts of its path a row shares with the row above.
		above = [...above.slice(0, (row[1] ?? '').length), ...(row[2] ?? '').split('/')];
		table.set(above.join('/'), Number(row[3]) / 100);
	}
	return table;
}

export const MEASURED = readRows(MEASURED_ROWS);

const cache = new Map<string, number>();

/**
 * The measured precision of a rule, or of the nearest family of rules listed: measured.ts lists only rules
 * measured at least MIN_MEASURED times, and only where their figure differs from their family's.
 */
export function confidenceOf(rule: string): number {
	const known = cache.get(rule);
	if (known !== undefined) return known;
	let value = UNMEASURED;
	for (let r = rule; r; r = r.includes('/') ? r.slice(0, r.lastIndexOf('/')) : '') {
		const m = MEASURED.get(r);
		if (m !== undefined) {
			value = m;
			break;
		}
	}
	cache.set(rule, value);
	return value;
}

const idCache = new Map<string, string>();

/** A rule id from its parts, each part lower-cased with spaces as hyphens: ("hedge", "modal", "may") → "hedge/modal/may". */
export function ruleId(...parts: string[]): string {
	// Every finding asks for its id, and a report repeats a few dozen of them: each is worked out once.
	const key = parts.join('\u0000');
	let id = idCache.get(key);
	if (id === undefined) {
		id = parts.map((p) => p.trim().toLowerCase().replace(/\s+/g, '-').replace(/\//g, '-')).join('/');
		if (idCache.size >= MAX_CACHED) idCache.clear();
		idCache.set(key, id);
	}
	return id;
}
