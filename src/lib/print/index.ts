// A quiz printed as a worksheet and an answer key.
export { letter, paperHow, paperPrompt } from './paper';
