// Marks an attempt: single choice, multiple choice (every right option and no wrong one) and
// tap-the-words (every keyed word and no other), saying which picks were right, wrong and missed.
import type { AnswerResult, Question } from './types';

export function checkAnswer(question: Question, picked: readonly number[]): AnswerResult {
	const size = question.format === 'tap' ? question.targets.length : question.options.length;
	const chosen = [...new Set(picked)].filter((i) => Number.isInteger(i) && i >= 0 && i < size).sort((x, y) => x - y);
	const key = new Set(question.answer);
	const right = chosen.filter((i) => key.has(i));
	const wrong = chosen.filter((i) => !key.has(i));
	const missed = [...key].filter((i) => !chosen.includes(i)).sort((x, y) => x - y);
	// A single-choice question takes one pick: two picks are wrong even when one of them is right.
	const tooMany = question.format === 'single' && chosen.length > 1;
	return { correct: wrong.length === 0 && missed.length === 0 && !tooMany, right, wrong, missed };
}
