// Finds a clause whose point is a share, as a poll or a count gives it, where the other report gives no share at
// all: "64 percent think it would be wrong to build it", "cited by only 4 percent of likely voters", "at 90
// percent of the stores, there was no pay disparity". Such a figure is the clause's news, which a report without
// any share does not carry. Only a share of something ("N percent of …") or of people holding a view ("N percent
// think/say/support …") is read: a figure that qualifies a point ("a 5 percent trim", "income above $250,000")
// often adds precision to a point the other report makes without it. Where both give shares, they may tell one
// fact two ways ("able to pay 77 percent" / "a 23 percent cut"), so neither is taken as unique. And so that a
// point both make stays shared, no one sentence of the other report may hold most of the clause's words.
// Any other figure one report gives and the other never does is told only there, whatever clause carries it:
// the figure alone is marked (figuresOnlyIn), not the point around it.
import { YEAR } from '../lexicons/function-words';
import type { ReportAnalysis, Span } from '../types';
import type { ClauseRange } from './clauses';
import { toldNowhere } from './unheard-voices';
import type { Word } from './words';

/** A share of something, or of people holding a view (the verbs polls report). */
const SHARE_OF = /\d ?(?:%|percent) (?:of|think|say|support|oppose)\b/;
/** Any share. */
const SHARE = /\d ?(?:%|percent)/;

/** Whether a clause of `r` tells a share where `other` gives none (`others`: its sentences as sets of stems). */
export const figureOnlyHere =
	(r: ReportAnalysis, other: ReportAnalysis) =>
	(clause: ClauseRange, words: readonly Word[], others: () => readonly Set<string>[]): boolean =>
		SHARE_OF.test(r.text.slice(clause.span.start, clause.span.end)) && !SHARE.test(other.text) && toldNowhere(clause, words, others);

/**
 * A figure as a report writes it: digits with their grouping and decimals, a dollar sign before and a scale
 * after ("$500,000", "$1.5 million", "3,400"). Not one glued to letters or a slash, nor one after a capitalized
 * word inside a sentence: a name, a rank, a date or a time ("Park51", "the Park 51 project", "2nd", "the 1970s",
 * "9/11", "Sept. 11", "4:30"). A capital that opens a sentence ("Nearly 90 professors") or stands before a sum
 * ("costing Secure America $1 million") leaves the figure one.
 */
const FIGURE = /(\$?)(?<![\p{L}\d.,/:-]|[\p{Ll},] \p{Lu}[\p{L}.]* )([1-9][\d,.]*\d|\d)(?![\p{L}\d/:])(?: (thousand|million|billion|trillion)\b)?/gu;
/** A plain number of fewer digits says too little to be a report's own fact ("two blocks", "3 days after"). */
const MIN_DIGITS = 2;

/**
 * Adds to `spans` (the passages of `r` told only there, a list of its own) each figure of `r` outside them that
 * `other` never gives:
 * a count, a sum, an age, a tally ("by a vote of 228 to 191", "3,400 stores", "$500,000 of airtime"). Only the
 * figure is told only here, not the point around it, which the other report may make without it (signed by "90
 * professors" / "a letter from professors") or with a figure of its own ("$1 million" / "$500,000"): each report
 * tells its own figure. A figure is the same one in both when its digits and scale are ("3,400" and "3400"). A
 * sum or a figure with a scale always counts; a plain number only with two digits or more, and not a year, which
 * says when and may be said otherwise ("in 2009" / "three years ago").
 */
export function figuresOnlyIn(r: ReportAnalysis, other: ReportAnalysis, spans: Span[]): Span[] {
	const figure = ([, , digits = '', scale = '']: RegExpMatchArray) => digits.replace(/,/g, '') + scale;
	const theirs = new Set([...other.text.matchAll(FIGURE)].map(figure));
	for (const m of r.text.matchAll(FIGURE)) {
		const [all, money, digits = '', scale] = m;
		const start = m.index ?? 0;
		const end = start + all.length;
		if ((money || scale || (digits.length >= MIN_DIGITS && !YEAR.test(digits))) && !theirs.has(figure(m)) && !spans.some((x) => x.start <= start && end <= x.end)) spans.push({ start, end });
	}
	return spans;
}
