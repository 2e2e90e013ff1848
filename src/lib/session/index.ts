// Page-side state: the quiz session (runes) and the progress store context.
export { anotherSeed, newAttempt, openSession, pickOf, QuizSession, type QuizPick, type QuizSpec, type SkillScore } from './quiz-session.svelte';
export { provideStore, useStore } from './store-context';
