// Finds the background one report gives and the other lacks: a process the story sits inside ("Britain is
// facing a judicial review of its arms sales policy"), a commitment of a body to a future act ("The
// government has promised to review its policy"), or the start of something, dated ("Two mosques, founded in
// 1970 and 1985, …"). Such a sentence shares the story's topic words with the other report, so word overlap
// cannot tell it; what it is can. It is called unique only when no sentence of the other report is about
// the same event (the process, the act promised or its object, the date) and the same actors (the names the
// sentence writes with a capital before it): "an ongoing review process" in the other report is not
// Britain's judicial review unless Britain is named with it.
import { COMMITMENT_VERBS, ORIGIN_VERBS, PROCESS_NOUNS } from '../lexicons/background';
import { DETERMINERS } from '../lexicons/function-words';
import type { ReportAnalysis, Span } from '../types';
import { trimSpan } from '../segment';
import { clauseRanges } from './clauses';
import { isContent, stem, type Word } from './words';

const WORDS = /[\p{L}\p{N}’'-]+/gu;
const DATE = /^(?:1[89]|20)\d\d$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** What a background clause is about: the event's words and where the marker starts (its subject comes before). */
interface Event {
	words: string[];
	at: number;
}

/**
 * The event a background clause is about, or null when the clause is not background: a process noun after
 * an article or a word that says its kind ("a judicial review", "an investigation"; not "after hearing"), the
 * act after a verb of commitment and the first word of its object ("promised to review its policy"), the
 * date after a verb of origin.
 */
function eventOf(text: string): Event | null {
	const ws = [...text.matchAll(WORDS)];
	const word = (i: number) => ws[i]?.[0] ?? '';
	for (let i = 0; i < ws.length; i++) {
		const lower = word(i).toLowerCase();
		const at = ws[i]?.index ?? 0;
		const prev = word(i - 1);
		if (PROCESS_NOUNS.has(lower) && (DETERMINERS.has(prev.toLowerCase()) || (isContent(prev) && /^\p{Ll}/u.test(prev)))) return { words: [lower], at };
		if (COMMITMENT_VERBS.has(lower) && word(i + 1) === 'to' && word(i + 2)) {
			const object = ws.slice(i + 3).find((m) => isContent(m[0]))?.[0];
			return { words: object ? [word(i + 2), object] : [word(i + 2)], at };
		}
		if (ORIGIN_VERBS.has(lower) && (word(i + 1) === 'in' || word(i + 1) === 'on') && DATE.test(word(i + 2))) return { words: [word(i + 2)], at };
	}
	return null;
}

/**
 * Background clauses of `r` (`words`: content words by sentence, `capitals`: the words each sentence writes
 * with a capital) that no sentence of the other report (`otherWords`) matches in event and actors.
 */
export function backgroundOnlyIn(r: ReportAnalysis, words: readonly Word[][], capitals: readonly Set<string>[], otherWords: readonly Word[][]): Span[] {
	const other = otherWords.map((ws) => new Set(ws.map((w) => w.stem)));
	const out: Span[] = [];
	r.sentences.forEach((s, k) => {
		if (s.headline) return;
		const sentenceWords = words[k] ?? [];
		for (const clause of clauseRanges(r.text, s, sentenceWords)) {
			// The report's own narration: a background clause in someone's words is theirs (unheard-voices.ts).
			if (r.attributions.some((x) => x.content.start < clause.span.end && x.content.end > clause.span.start)) continue;
			const event = eventOf(r.text.slice(clause.span.start, clause.span.end));
			if (!event) continue;
			const stems = event.words.map((w) => stem(w));
			// The actors: the names the sentence gives before the event, its subject ("Britain is facing …"), and
			// in a later clause the names its subject may refer to ("Rep. Todd Akin …, as the congressman vowed …").
			const actors = sentenceWords
				.filter((w) => w.start < clause.span.start + event.at && capitals[k]?.has(r.text.slice(w.start, w.end).toLowerCase()))
				.map((w) => w.stem);
			const same = other.some((o) => stems.some((e) => o.has(e)) && (actors.length === 0 || actors.some((a) => o.has(a))));
			if (!same) out.push(trimSpan(r.text, clause.span));
		}
	});
	return out;
}
