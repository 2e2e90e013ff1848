// The zod schema of a question and a quiz, for what crosses a boundary: the command line's JSON, quiz links,
// stored progress. The quiz engine declares the same shapes as plain TypeScript (so the browser bundle
// needs no zod); the assertions at the bottom fail to compile if the two ever drift apart.
import { z } from 'zod';
import type * as engine from '../quiz/types';
import { QUESTION_TYPES, QUIZ_VERSION, SKILLS } from '../quiz/types';

export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

export const Skill = z.enum(SKILLS);
export type Skill = z.infer<typeof Skill>;

export const Difficulty = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const offset = z.number().int().nonnegative();

/** A span of one report's original text (UTF-16 offsets, end exclusive). */
export const Evidence = z
	.object({ report: z.enum(['a', 'b']), start: offset, end: offset })
	.refine((e) => e.end > e.start, 'evidence must not be empty');
export type Evidence = z.infer<typeof Evidence>;

export const Target = z
	.object({ text: z.string().min(1), report: z.enum(['a', 'b']), start: offset, end: offset })
	.refine((t) => t.end - t.start === t.text.length, 'a target’s span must hold its text');
export type Target = z.infer<typeof Target>;

const base = {
	id: z.string().regex(/^[a-z-]+-[0-9a-z]{14}$/, 'a question id is its type and a 14-character hash'),
	type: QuestionType,
	skill: Skill,
	difficulty: Difficulty,
	prompt: z.string().min(1),
	explanation: z.string().min(1),
	evidence: z.array(Evidence).min(1),
};

const indices = z.array(z.number().int().nonnegative()).min(1);

export const ChoiceQuestion = z
	.object({ ...base, format: z.enum(['single', 'multiple']), options: z.array(z.string().min(1)).min(2).max(5), answer: indices })
	.refine((q) => q.answer.every((i) => i < q.options.length), 'answers index the options')
	.refine((q) => new Set(q.options).size === q.options.length, 'options are distinct')
	.refine((q) => q.format === 'multiple' || q.answer.length === 1, 'a single-choice question has one answer');
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;

export const TapQuestion = z
	.object({ ...base, format: z.literal('tap'), targets: z.array(Target).min(2), answer: indices })
	.refine((q) => q.answer.every((i) => i < q.targets.length), 'answers index the targets');
export type TapQuestion = z.infer<typeof TapQuestion>;

export const Question = z.union([ChoiceQuestion, TapQuestion]);
export type Question = z.infer<typeof Question>;

/** Version 1: the first quiz format. A later version adds a migration from this one beside it. */
export const Quiz = z.object({
	version: z.literal(QUIZ_VERSION),
	seed: z.number().int(),
	questions: z.array(Question),
});
export type Quiz = z.infer<typeof Quiz>;

// Compile-time proof that the engine's plain interfaces and the schema describe the same data.
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
const assertSame = <T extends true>(proof: T): T => proof;
assertSame<Same<engine.Question, Question>>(true);
assertSame<Same<engine.Quiz, Quiz>>(true);
assertSame<Same<engine.Evidence, Evidence>>(true);
assertSame<Same<engine.Target, Target>>(true);
