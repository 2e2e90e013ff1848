// Finds a clause whose point is a share, as a poll or a count gives it, where the other report gives no share at
// all: "64 percent think it would be wrong to build it", "cited by only 4 percent of likely voters", "at 90
// percent of the stores, there was no pay disparity". Such a figure is the clause's news, which a report without
// any share does not carry. Only a share of something ("N percent of …") or of people holding a view ("N percent
// think/say/support …") is read: a figure that qualifies a point ("a 5 percent trim", "income above $250,000")
// often adds precision to a point the other report makes without it. Where both give shares, they may tell one
// fact two ways ("able to pay 77 percent" / "a 23 percent cut"), so neither is taken as unique. And so that a
// point both make stays shared, no one sentence of the other report may hold most of the clause's words.
import type { ReportAnalysis } from '../types';
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
