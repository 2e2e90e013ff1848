// Finds a clause that quotes a word or two of someone's own ("he invoked the Catholic teaching of
// “subsidiarity”", "cuts should be “minimal”", "called the plan “anachronistic”") that the other report never
// uses. A reporter quotes so short a piece for the word itself: it is the speaker's choice, and the point
// rests on it. When not one of its words appears anywhere in the other report, that report does not carry the
// remark, in any wording, however many of the story's words the rest of the clause shares with it.
import type { ReportAnalysis } from '../types';
import type { ClauseRange } from './clauses';
import type { Word } from './words';

/** A quotation of up to this many content words quotes a term; a longer one is a statement, judged by its words. */
const TERM_WORDS = 2;
/** A term's last letter, its closing mark, a space and a word in lower case. */
const MODIFIER = /^\p{L}.\s\p{Ll}/u;

/** Whether a clause of `r` quotes a term none of whose words the other report uses (`others`: its sentences as sets of stems). */
export const quotedTerm =
	(r: ReportAnalysis) =>
	(clause: ClauseRange, words: readonly Word[], others: () => readonly Set<string>[]): boolean =>
		r.quotes.some((q) => {
			if (q.start < clause.span.start || q.end > clause.span.end) return false;
			const term = words.filter((w) => w.start >= q.inner.start && w.end <= q.inner.end);
			return (
				term.length > 0 &&
				term.length <= TERM_WORDS &&
				// A term that modifies the noun after it names a kind of thing ("an “outtakes” gallery"), which the other
				// report may well describe in its own words: the writer marks the word, no speaker made a remark with it.
				// A stop inside the marks ends the phrase ("as “mischief,” continued").
				!(MODIFIER.test(r.text.slice(q.inner.end - 1, q.end + 2)) && words.some((w) => w.start === q.end + 1)) &&
				!term.some((w) => others().some((s) => s.has(w.stem)))
			);
		});
