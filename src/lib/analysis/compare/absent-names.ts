// Finds a sentence about a person or body that the other report never names: "Linda Weir, the party's
// candidate for the Senate, was in the audience". Two reports of one event share its topic words, so such a
// sentence may share many of them; but a report cannot tell what someone did without naming them, and the
// other report has no word of the name. Only a name that opens a sentence of the report's own narration is
// read. A name further on is often a detail of a point the other report makes without it ("Mr. Lee made the
// remarks at a briefing with Ann Park", "the cover goes with an article by Ann Park about …"); a sentence
// where someone speaks is left to the rules on voices (a source heard only here may make a point the other
// report makes through someone else), and so are the report's own sources; places are no anchor ("In
// Columbus, Ohio, …" may open a claim both make). A name is absent when the other report has no word
// beginning with any word of it ("Committee" meets "committees", "Tea Partiers" meets "Tea Party",
// "National Association for …" meets "national"), and the sentence must share little with any one sentence
// there.
import { DEMONYMS, NOT_NAME, PLACES, TITLE_WORDS } from '../lexicons/names';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs';
import type { ReportAnalysis, Span } from '../types';
import type { ClauseRange } from './clauses';
import { toldNowhere } from './unheard-voices';
import type { Word } from './words';

/** The capitalized words a sentence opens with, with initials ("George W. Bush") and titles ("Mr. Lee"). */
const OPENING_RUN = /\P{L}{0,3}(\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'.-]*)*)/uy;
/** Shorter words ("Al", initials) say too little to find a name by. */
const MIN_NAME_WORD = 3;
const MARKS = /[^\p{L}\p{N}\s]/gu;

/**
 * A verb of saying in the past ("wrote", "said", "stated") that the attribution rules may have passed over; not
 * a present form or a base, which are mostly nouns in narration ("the states", "state Republicans").
 */
const pastSaying = (word: string): boolean => {
	const entry = REPORTING_VERBS.get(word);
	return entry !== undefined && entry.lemma !== word && !word.endsWith('s');
};

/**
 * Whether the clause of `r` that opens `sentence` is about a person or body `other` never names. The test takes
 * the clause, its sentence's content words, the other report's sentences as sets of stems (made when first
 * asked for) and the sentence.
 */
export function absentName(r: ReportAnalysis, other: ReportAnalysis) {
	// The other report's words, lower case and without marks, each after a space: " tea party's" → " tea partys".
	let theirs: string | undefined;
	return (clause: ClauseRange, words: readonly Word[], sets: () => readonly Set<string>[], sentence: Span): boolean => {
		const at = sentence.start;
		if (clause.span.start !== at) return false;
		// Someone speaks in the sentence: not the report's own narration (asked first: it reads no words).
		if (r.quotes.some((q) => q.start <= at && at < q.end) || r.attributions.some((x) => (x.cue.start < sentence.end && x.cue.end > at) || (x.content.start <= at && at < x.content.end))) return false;
		OPENING_RUN.lastIndex = at;
		const name = (OPENING_RUN.exec(r.text)?.[1] ?? '')
			.split(/\s+/)
			.map((w) => w.toLowerCase().replace(/[’']s$|\.$/, ''))
			.filter((w) => w.length >= MIN_NAME_WORD && !NOT_NAME.has(w) && !TITLE_WORDS.has(w) && !PLACES.has(w) && !DEMONYMS.has(w));
		const last = name[name.length - 1] ?? '';
		if (name.length < 2 || PLACES.has(name.join(' '))) return false;
		if (r.sources.some((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase().endsWith(last)))) return false;
		if (r.text.slice(at, sentence.end).split(/[^\p{L}]+/u).some(pastSaying)) return false;
		theirs ??= ` ${other.text.toLowerCase().replace(MARKS, '').replace(/\s+/g, ' ')} `;
		const known = theirs;
		return !name.some((w) => known.includes(` ${w.replace(MARKS, '')}`)) && toldNowhere(clause, words, sets);
	};
}
