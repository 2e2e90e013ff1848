// Finds a clause that gives a share or a sum the other report never gives: "64 percent think it would be
// wrong to build it", "seniors would then face a 23 percent cut", "the fine of $2.5 million". A figure is a
// fact of its own, which the other report does not carry unless it writes the same number; and so that a
// point both make with one report adding its figure ("the Senate passed the $858 billion bill") stays shared,
// no one sentence of the other report may hold most of the clause's words.
import type { ReportAnalysis } from '../types';
import type { ClauseRange } from './clauses';
import { toldNowhere } from './unheard-voices';
import type { Word } from './words';

/** A sum after a currency sign, or a share: a number before a percent sign or "percent". */
const FIGURE = /[$£€][\d,.]*\d|\d[\d,.]* ?(?:%|percent)/g;

/** Whether a clause of `r` gives a figure `other` never writes (`others`: its sentences as sets of stems). */
export const figureOnlyHere =
	(r: ReportAnalysis, other: ReportAnalysis) =>
	(clause: ClauseRange, words: readonly Word[], others: () => readonly Set<string>[]): boolean =>
		(r.text.slice(clause.span.start, clause.span.end).match(FIGURE) ?? []).some((f) => !other.text.includes(f)) && toldNowhere(clause, words, others);
