// The plain note a teacher gets when two reports give too few questions for a quiz. The builder asks only
// what it can check in the text (findings measured at least 90% precise, every option checked), so a short
// pair, or one that quotes few people by name, can fall short; the teacher should hear so in plain words,
// with what she can do about it, rather than meet a quiz of three questions.
import type { Question } from './types';

/** A quiz worth sharing has at least this many questions… */
export const QUIZ_MIN_QUESTIONS = 12;
/** …spread over at least this many kinds of question, so it practises more than one skill. */
export const QUIZ_MIN_TYPES = 5;

export interface PoolNote {
	/** Questions in the pool. */
	questions: number;
	/** Kinds of question among them. */
	types: number;
	/** Two or three plain sentences for the teacher, ready to show as they are. */
	message: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The note for a pool that falls short of a quiz, or null when the pool is enough. */
export function poolNote(pool: readonly Question[]): PoolNote | null {
	const questions = pool.length;
	const types = new Set(pool.map((q) => q.type)).size;
	if (questions >= QUIZ_MIN_QUESTIONS && types >= QUIZ_MIN_TYPES) return null;
	const found =
		questions === 0
			? 'We could not write any question we are sure of from these two reports.'
			: `We could write only ${plural(questions, 'question', 'questions')} of ${plural(types, 'kind', 'kinds')} that we are sure of from these two reports; a full quiz has at least ${QUIZ_MIN_QUESTIONS} questions of ${QUIZ_MIN_TYPES} kinds.`;
	const why = 'We only ask what we can check in the text, so we left out questions whose answer we could not be sure of.';
	const next =
		questions === 0
			? 'Try two longer reports of the same event that quote people by name.'
			: 'You can still use these, or try two longer reports of the same event that quote people by name.';
	return { questions, types, message: `${found} ${why} ${next}` };
}
