// The quiz builder's public surface: build the pool from two analysed reports, pick a seeded quiz, check answers.
import { analyzeReport, compareReports } from '../analysis/index';
import { buildPool } from './build-pool';
import type { PoolOptions } from './pair';
import { type QuizOptions, selectQuiz } from './select-quiz';
import type { Question, Quiz } from './types';

export { buildPool, questionProblem } from './build-pool';
export { checkAnswer } from './check-answer';
export { evidenceContexts, type EvidenceContext } from './evidence-context';
export { DEFAULT_MIN_CONFIDENCE, type PoolOptions } from './pair';
export { QUIZ_MIN_QUESTIONS, QUIZ_MIN_TYPES, type PoolNote, poolNote } from './pool-note';
export { mulberry32, hashId } from './rng';
export { DEFAULT_COUNT, fairCount, type QuizOptions, type Scope, scopeOf, selectQuiz } from './select-quiz';
export * from './types';

/** Analyses two report texts and builds their pool in one call. */
export function poolFromTexts(a: string, b: string, options: PoolOptions = {}): Question[] {
	const ra = analyzeReport(a);
	const rb = analyzeReport(b);
	return buildPool(ra, rb, compareReports(ra, rb), options);
}

/** Analyses two report texts and picks a quiz from their pool. */
export function quizFromTexts(a: string, b: string, options: QuizOptions & PoolOptions = {}): Quiz {
	return selectQuiz(poolFromTexts(a, b, options), options);
}
