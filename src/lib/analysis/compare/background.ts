// Finds the background one report gives and the other lacks: a process the story sits inside ("Britain is
// facing a judicial review of its arms sales policy"), a commitment of a body to a future act ("The
// government has promised to review its policy"), or the start of something, dated ("Two mosques, founded in
// 1970 and 1985, …"). Such a sentence shares the story's topic words with the other report, so word overlap
// cannot tell it; what it is can. It is called unique only when no sentence of the other report is about
// the same event (the process, the act promised or its object, the date) and the same actors (the names the
// sentence writes with a capital before it): "an ongoing review process" in the other report is not
// Britain's judicial review unless Britain is named with it.
import { COMMITMENT_VERBS, ORIGIN_VERBS, PROCESS_NOUNS } from '../lexicons/background';
import { DETERMINERS, MONTHS, YEAR } from '../lexicons/function-words';
import type { ReportAnalysis } from '../types';
import type { ClauseRange } from './clauses';
import { isContent, stem, type Word } from './words';

const WORDS = /[\p{L}\p{N}’'-]+/gu;
/** The stems of the words of the lists (a stem may stand for other words too: the lists decide). */
const MARKERS = new Set([...PROCESS_NOUNS, ...COMMITMENT_VERBS, ...ORIGIN_VERBS].map(stem));
const LOWER = /^\p{Ll}/u;

/**
 * The event a background clause is about, and where its marker starts (its subject comes before), or null when
 * the clause is not background: a process noun after an article or a word that says its kind ("a judicial
 * review", "an investigation"; not "after hearing"), the act after a verb of commitment and the first word of
 * its object ("promised to review its policy"), the date after a verb of origin.
 */
function eventOf(text: string): [string[], number] | null {
	const ws = [...text.matchAll(WORDS)];
	const word = (i: number) => ws[i]?.[0] ?? '';
	for (let i = 0; i < ws.length; i++) {
		const w = word(i).toLowerCase();
		const [prev, next, arg] = [word(i - 1), word(i + 1), word(i + 2)];
		const event =
			PROCESS_NOUNS.has(w) && (DETERMINERS.has(prev.toLowerCase()) || (isContent(prev) && LOWER.test(prev)))
				? [w]
				: COMMITMENT_VERBS.has(w) && next === 'to' && arg
					? [arg, ws.slice(i + 3).find((m) => isContent(m[0]))?.[0] ?? arg]
					: ORIGIN_VERBS.has(w) && (next === 'in' || next === 'on') && (YEAR.test(arg) || MONTHS.has(arg.toLowerCase()))
						? [arg]
						: null;
		if (event) return [event, ws[i]?.index ?? 0];
	}
	return null;
}

/**
 * Whether a clause of `r` is background that the other report lacks. The test takes the clause, its
 * sentence's content words, the words that sentence writes with a capital and the other report's sentences as
 * sets of stems (made when first asked for).
 */
export function backgroundOnly(r: ReportAnalysis, clause: ClauseRange, words: readonly Word[], capitals: ReadonlySet<string> | undefined, other: () => readonly Set<string>[]): boolean {
	const { start, end } = clause.span;
	// Most clauses hold no word of the lists: looked for among the clause's words before anything else.
	if (!words.slice(clause.from, clause.to).some((w) => MARKERS.has(w.stem))) return false;
	// The report's own narration: a background clause in someone's words is theirs (unheard-voices.ts).
	// A stance ("has promised to compensate farmers") is the report telling what a body did, not its words.
	if (r.attributions.some((x) => x.category !== 'stance' && x.content.start < end && x.content.end > start)) return false;
	const event = eventOf(r.text.slice(start, end));
	if (!event) return false;
	const [said, at] = event;
	const stems = said.map(stem);
	// The actors: the names the sentence gives before the event, its subject ("Britain is facing …"), and
	// in a later clause the names its subject may refer to ("Rep. Todd Akin …, as the congressman vowed …").
	const actors = words.filter((w) => w.start < start + at && capitals?.has(r.text.slice(w.start, w.end).toLowerCase())).map((w) => w.stem);
	return !other().some((o) => stems.some((e) => o.has(e)) && (!actors.length || actors.some((a) => o.has(a))));
}
