// Finds a group both reports count the same but name differently: "signed by nearly 90 faculty members and
// priests" / "a group of nearly 90 professors and administrators"; "about 200 protesters" / "about 200
// residents". The same count, with the same "nearly" or "about", is one group; the nouns each report
// chooses for its members say who they are.
import type { Characterization, ReportAnalysis, Span } from '../types';
import { TIME_NOUNS } from '../lexicons/function-words';
import { wordSet } from '../lexicons/word-set';
import { stem } from './words';

// "[nearly] 90 faculty members [and priests]": an optional word of approximation, a count in figures, then
// one or two plural nouns, each of one or two lower-case words.
const COUNTED =
	/\b(?:(nearly|about|around|almost|roughly|some|approximately|more than|fewer than|less than|at least|over|up to) )?(\d{1,3}(?:,\d{3})*) ((?:[a-z][a-z-]+ )?[a-z][a-z-]+s)(?: and ((?:[a-z][a-z-]+ )?[a-z][a-z-]+s))?\b/g;
/** Counts below this are too common to be one group ("two senators", "three times"). */
const MIN_COUNT = 10;
// Units and measures after a count name no group of people or bodies: "90 percent", "50 miles", "12 votes".
const UNITS = wordSet('percent cents dollars euros pounds miles kilometers kilometres meters metres feet inches tons tonnes acres votes points seats pages words times hours minutes seconds degrees calories');

const AFTER_NAME = /(?:\p{Lu}[\p{L}.]*|[./-])\s*$/u;

interface Counted {
	/** The word of approximation and the count: "nearly 90". */
	key: string;
	span: Span;
	/** The stems of the nouns naming the group. */
	nouns: string[];
	text: string;
}

function countedIn(r: ReportAnalysis): Counted[] {
	const out: Counted[] = [];
	const bodyStart = r.sentences.find((s) => !s.headline)?.start ?? 0;
	COUNTED.lastIndex = bodyStart;
	for (let m = COUNTED.exec(r.text); m; m = COUNTED.exec(r.text)) {
		const [whole, approx, count, first, second] = m;
		if (!count || !first || Number(count.replace(/,/g, '')) < MIN_COUNT) continue;
		// "Sept. 11 attacks", "Route 66 diners": a figure after a name or an abbreviation is a date or a name.
		if (!approx && AFTER_NAME.test(r.text.slice(Math.max(0, m.index - 12), m.index))) continue;
		const heads = [first, second].flatMap((p) => (p ? [p.split(' ').pop() ?? p] : []));
		if (heads.some((h) => UNITS.has(h) || TIME_NOUNS.has(h))) continue;
		// A quotation is a speaker's count, not the report's naming of the group.
		if (r.quotes.some((q) => q.start <= m.index && m.index < q.end)) continue;
		const words = [first, second].flatMap((p) => (p ? p.split(' ') : []));
		out.push({ key: `${approx ?? ''} ${count}`, span: { start: m.index, end: m.index + whole.length }, nouns: words.map(stem), text: [first, second].filter(Boolean).join(' and ') });
	}
	return out;
}

export function findCountedGroups(a: ReportAnalysis, b: ReportAnalysis): Characterization[] {
	const inA = countedIn(a);
	if (inA.length === 0) return [];
	const inB = countedIn(b);
	const out: Characterization[] = [];
	const keys = new Set(inA.map((x) => x.key));
	for (const key of keys) {
		const xs = inA.filter((x) => x.key === key);
		const ys = inB.filter((y) => y.key === key);
		if (ys.length === 0) continue;
		// One noun in common ("90 faculty members" / "90 members of the faculty") names the group alike.
		const nounsA = new Set(xs.flatMap((x) => x.nouns));
		if (ys.some((y) => y.nouns.some((n) => nounsA.has(n)))) continue;
		const first = xs[0];
		if (!first) continue;
		const entity = `the ${first.text}`;
		const quote = (r: ReportAnalysis, ls: Counted[]) => ls.map((l) => `“${r.text.slice(l.span.start, l.span.end)}”`).join(', ');
		out.push({
			entity,
			byReport: [xs.map((x) => x.span), ys.map((y) => y.span)],
			explanation: `Both reports count the same group, but report A calls them ${quote(a, xs)} and report B ${quote(b, ys)}. The words chosen for a group's members say who they are and how much their voice weighs.`,
		});
	}
	return out;
}
