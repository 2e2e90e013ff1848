// Frequent English function words, to tell English text from text in another language. Provenance: the
// most frequent words of written English in the British National Corpus (Leech, Rayson & Wilson, "Word
// Frequencies in Written and Spoken English", 2001), keeping function words and "said" (news prose) and
// leaving out those that are also frequent words of other languages written in the Latin alphabet
// ("a", "in", "on", "an", "so", "no", "die", "me"), so that a Spanish, French or German text scores near 0.
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
	'the', 'of', 'and', 'to', 'that', 'is', 'was', 'for', 'it', 'with', 'as', 'he', 'be', 'by', 'at', 'have',
	'this', 'are', 'from', 'had', 'his', 'they', 'not', 'but', 'which', 'has', 'were', 'been', 'she', 'would',
	'her', 'their', 'will', 'there', 'said', 'who', 'its', 'after', 'about', 'more', 'when', 'we', 'what',
	'can', 'than',
]);
