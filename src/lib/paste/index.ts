// Pasted articles: copied web pages turned into text, and the checks a pasted report must pass.
export { htmlToText, looksLikeHtml } from './html-to-text';
export { countWords, MAX_WORDS, MIN_WORDS, pairProblem, reportProblem } from './check-report';
