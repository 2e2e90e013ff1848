// A quiz on paper. The questions are written for a screen ("Tap every loaded word", "Choose all that
// apply"); a worksheet asks for a pen instead, so the instruction verbs are swapped for paper's, and never
// inside quotation marks, where the words are the report's own.
import type { Question } from '$lib/quiz/types';

/** Screen verbs and what a student does with a pen instead. */
const PAPER_VERB: Record<string, string> = {
	tap: 'underline',
	click: 'circle',
	choose: 'circle',
	select: 'circle',
	pick: 'circle',
};

const VERB = new RegExp(`\\b(${Object.keys(PAPER_VERB).join('|')})\\b`, 'gi');
/** A quotation, in curly or straight double quotes: left as written. */
const QUOTED = /(“[^”]*”|"[^"]*")/;

const sameCase = (like: string, word: string) => (like.charAt(0) === like.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/** The prompt with its instructions worded for paper. */
export function paperPrompt(prompt: string): string {
	return prompt
		.split(QUOTED)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(VERB, (verb) => sameCase(verb, PAPER_VERB[verb.toLowerCase()] ?? verb))))
		.join('');
}

/** What to do with a pen, under the question. */
export function paperHow(q: Question): string {
	if (q.format === 'tap') return 'Underline the words in the sentence.';
	return q.format === 'multiple' ? 'Circle every answer that applies.' : 'Circle one answer.';
}

/** Option letters on paper: A, B, C … */
export const letter = (i: number): string => String.fromCharCode(65 + i);
