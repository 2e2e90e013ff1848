// Finds a clause that ends on a word or two of someone's own in quotation marks, which the other report never
// uses: "called the idea of schools run by the state “anachronistic.”", "cuts should be “minimal,”", "he invoked
// the Catholic teaching of “subsidiarity,”". A reporter quotes so short a piece for the word itself, and where
// it closes the clause it is the point the clause makes: what the idea was called, what the cuts should be. When
// not one of its words appears anywhere in the other report, that report does not make that point, however many
// of the story's words the rest of the clause shares with it. A term inside a clause is a detail of a point
// the other report may make in words of its own: "an “outtakes” gallery" (the other report's "other photos"),
// "asked a firm to take a “hard look” at the incident" ("hired a company to investigate"), "he “certainly” does
// not know her".
import type { ReportAnalysis } from '../types';
import type { ClauseRange } from './clauses';
import type { Word } from './words';

/** A quotation of up to this many content words quotes a term; a longer one is a statement, judged by its words. */
const TERM_WORDS = 2;
const LETTER = /\p{L}/u;

/** Whether a clause of `r` ends on a quoted term none of whose words the other report uses (`others`: its sentences as sets of stems). */
export const quotedTerm =
	(r: ReportAnalysis) =>
	(clause: ClauseRange, words: readonly Word[], others: () => readonly Set<string>[]): boolean =>
		r.quotes.some((q) => {
			if (q.start < clause.span.start || q.end > clause.span.end || LETTER.test(r.text.slice(q.end, clause.span.end))) return false;
			const term = words.filter((w) => w.start >= q.inner.start && w.end <= q.inner.end);
			return term.length > 0 && term.length <= TERM_WORDS && !term.some((w) => others().some((s) => s.has(w.stem)));
		});
