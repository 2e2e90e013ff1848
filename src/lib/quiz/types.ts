// The quiz's own vocabulary: question types, skills, and the shape of a question, a quiz and an answer check.
// Plain TypeScript so the browser bundle needs no zod; src/lib/schema/quiz.ts holds the zod twin and a
// compile-time check that the two never drift apart.

/** The question types, in the order the pool lists them (the ids of issue 4). */
export const QUESTION_TYPES = [
	'who-said',
	'source-kind',
	'attributed-or-not',
	'quote-or-paraphrase',
	'reporting-verb',
	'spot-hedge',
	'hedge-meaning',
	'spot-loaded',
	'whose-voice',
	'headline',
	'which-report',
	'characterization',
	'quote-variant',
	'hedge-drift',
	'missing-voice',
	'unattributed-verdict',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const SKILLS = ['attribution', 'hedging', 'loaded-language', 'comparison', 'headlines'] as const;
export type Skill = (typeof SKILLS)[number];

export type Difficulty = 1 | 2 | 3;

/** Which of the two reports: "a" is the first file, "b" the second (as in story links). */
export type ReportKey = 'a' | 'b';

/** A span of one report's original text (UTF-16 offsets, end exclusive) that the question is about. */
export interface Evidence {
	report: ReportKey;
	start: number;
	end: number;
}

/** One tappable word of a tap-the-words question, with its place in the report. */
export interface Target {
	text: string;
	report: ReportKey;
	start: number;
	end: number;
}

interface QuestionBase {
	/** Stable across rebuilds: a hash of the type and the evidence text, never a position in the pool. */
	id: string;
	type: QuestionType;
	skill: Skill;
	difficulty: Difficulty;
	/** Self-contained: it quotes the words it asks about. */
	prompt: string;
	/** Two or three plain sentences that name the evidence. */
	explanation: string;
	evidence: Evidence[];
}

/** Pick one (single) or every right option (multiple). */
export interface ChoiceQuestion extends QuestionBase {
	format: 'single' | 'multiple';
	options: string[];
	/** Indices into options. */
	answer: number[];
}

/** Tap the keyed words of a sentence. */
export interface TapQuestion extends QuestionBase {
	format: 'tap';
	targets: Target[];
	/** Indices into targets. */
	answer: number[];
}

export type Question = ChoiceQuestion | TapQuestion;

export const QUIZ_VERSION = 1;

export interface Quiz {
	version: typeof QUIZ_VERSION;
	seed: number;
	questions: Question[];
}

/** The verdict on one attempt: which picks or taps were right, which were wrong, which right ones were missed. */
export interface AnswerResult {
	correct: boolean;
	right: number[];
	wrong: number[];
	missed: number[];
}
