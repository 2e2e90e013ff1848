// The sentence of a tap-the-words question as written: its words are tappable one by one, and what stands
// between two of them (a comma, a dash, an opening quote) comes from the report itself, so "He warned,
// “I’m afraid …”" does not read "He warned I’m afraid". The screen and the printed worksheet both use it.
import type { ReportKey, Target } from '$lib/quiz/types';

/** Longest run kept between two words: a few marks and spaces, never more words. */
const MAX_GAP = 4;

/** The text between word `i` and the next, from the report's own text; a plain space when it is not just punctuation. */
export function gapAfter(targets: readonly Target[], i: number, reportText: (report: ReportKey) => string): string {
	const t = targets[i];
	const next = targets[i + 1];
	if (!t || !next || next.start <= t.end) return '';
	const between = next.report === t.report ? reportText(t.report).slice(t.end, next.start) : '';
	return between && between.length <= MAX_GAP && !/[\p{L}\p{N}]/u.test(between) ? between.replace(/\s+/g, ' ') : ' ';
}

/**
 * The opening marks just before the first word ("“Benefits of that nature may …,” Mr. Romney said"), so that a
 * sentence that opens inside a quotation does not show its closing mark alone.
 */
export function leadBefore(targets: readonly Target[], reportText: (report: ReportKey) => string): string {
	const t = targets[0];
	if (!t) return '';
	return /[“"‘'(]*$/u.exec(reportText(t.report).slice(Math.max(0, t.start - 2), t.start))?.[0] ?? '';
}

/** The whole sentence, words and what stands between them, as one string (for paper). */
export function tapSentence(targets: readonly Target[], reportText: (report: ReportKey) => string): string {
	return leadBefore(targets, reportText) + targets.map((t, i) => t.text + gapAfter(targets, i, reportText)).join('');
}
