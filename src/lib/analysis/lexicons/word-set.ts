// How the engine writes a word list in code: one string of words separated by spaces, split once at load.
// It reads as the list it is, and costs the browser bundle less than an array of quoted words.

/** The words of a list written as one string, split at spaces and line breaks. */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
