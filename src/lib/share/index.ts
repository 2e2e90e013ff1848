// Links and codes: the only code that builds or reads what travels between devices.
export { decodeQuiz, DEFAULT_SETTINGS, encodeQuiz, LINK_VERSION, PastedReport, PROBLEMS, quizKey, QuizSettings, type Decoded, type SharedQuiz } from './quiz-link';
export { codesIn, decodeResult, encodeResult, RESULT_PROBLEMS, type DecodedResult, type ResultAnswer, type StudentResult } from './result-code';
export { shortHash } from './bytes';
export { fitsQr, QR_MAX_CHARS } from './qr-limit';
export { classCsv, classTables, type ClassQuiz } from './class-table';
export { FILE_PROBLEMS, MAX_QUIZ_FILE_SIZE, QUIZ_FILE_VERSION, quizFileName, readQuizFile, writeQuizFile, type ReadQuizFile } from './quiz-file';
