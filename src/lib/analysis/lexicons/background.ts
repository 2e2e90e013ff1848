// Words that mark a sentence as background to the day's news rather than the news itself: the legal and
// official processes a story sits inside (common nouns of legal and parliamentary procedure, as in any
// legal glossary: a judicial review, an inquiry, a lawsuit; not "appeal", in politics mostly a plea), the verbs by which a body commits itself to a
// future act (promised, pledged, vowed to …), and the verbs that date the start of something (founded in
// 1970, began on October 7). English grammar and general vocabulary, not any one report.
import { wordSet } from './word-set';

/** Nouns of legal, official and parliamentary process. */
export const PROCESS_NOUNS = wordSet(
	'review inquiry investigation probe lawsuit suit trial hearing injunction indictment impeachment audit ' +
		'prosecution tribunal inquest referendum consultation',
);

/**
 * A body committing itself to a future act, followed by "to" and the act. Not "plans" or "intends": as a
 * noun or a participle ("dropped plans to", "propaganda intended to") they commit no one.
 */
export const COMMITMENT_VERBS = wordSet('promised promises pledged pledges vowed vows undertook');

/** Verbs that date the start of something when a date follows: "founded in 1970", "began on October 7". */
export const ORIGIN_VERBS = wordSet('founded established began started launched formed built opened created');
