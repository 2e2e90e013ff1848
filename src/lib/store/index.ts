// The progress store's public surface: open it, keep attempts, export and import them.
export { openStore } from './open-store';
export { MemoryStore } from './memory';
export { exportProgress, importProgress, ImportError, mergeAttempt, readProgressFile, type ImportResult } from './progress-file';
export { attemptHref } from './href';
export { latestByQuiz, progressLine, summarize, type AttemptSummary } from './summary';
export { Attempt, AnswerRecord, parseAttempt, RECORD_VERSION, type SetAside } from './records';
export { FULL_MESSAGE, plain, setAsideNotice, StoreError, UNAVAILABLE_MESSAGE, type LoadResult, type ProgressStore } from './store';
export { classCodes, drafts, sharedQuizzes, type CollectedCode, type Draft, type SharedQuizRecord } from './local-lists';
