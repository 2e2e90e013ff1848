// Pasted articles: copied web pages turned into text, the checks a pasted report must pass, and the text the
// engine reads for a report with its headline.
export { htmlToText, looksLikeHtml } from './html-to-text';
export { countWords, MAX_WORDS, MIN_WORDS, NOT_ENGLISH, pairProblem, reportProblem } from './check-report';
export { looksEnglish } from './language';
export { withHeadline, withoutHeadline } from './with-headline';
