// "The minister is said to have known for months." — a passive verb of saying with "to be / to have" hands
// the claim to no one; the content is the rest of the clause, up to a comma, semicolon, "and" or "but".
import { IMPERSONAL_PARTICIPLES } from '../../lexicons/reporting-verbs';
import { trimContent } from '../content';
import { anonymous, type Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { PASSIVE_BE } from '../../lexicons/function-words';

const RULE = 'passive-to';

const PASSIVE_TO = new RegExp(
	`\\b(?:is|are|was|were|has been|have been|had been) (?:widely |also |now |often )?(?:${IMPERSONAL_PARTICIPLES.join('|')}) to (?:be|have(?: been)?)\\b`,
	'g',
);
/** A comma between digits ("2,400") groups thousands and ends nothing. */
const CLAUSE_END = /(?<!\d),|,(?!\d)|;|\s(?:and|but)\s/;

const PARTICIPLE_SET: ReadonlySet<string> = new Set(IMPERSONAL_PARTICIPLES);

/** Words without which the pattern cannot match: find-attributions.ts runs the rule only where one is. */
export const PASSIVE_TO_TRIGGERS: readonly string[] = IMPERSONAL_PARTICIPLES;

export function passiveTo(r: SentenceReader): Found[] {
	const { src, s } = r;
	const out: Found[] = [];
	// The pattern runs over the sentence's text: only where one of the participles is.
	// The pattern runs over the sentence's text: only where a participle follows a form of "be" (an adverb between).
	if (!r.tokens.some((t, k) => PARTICIPLE_SET.has(t.lower) && (PASSIVE_BE.has(r.tokens[k - 1]?.lower ?? '') || PASSIVE_BE.has(r.tokens[k - 2]?.lower ?? '')))) return out;
	for (const m of r.matches(PASSIVE_TO)) {
		const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
		const stop = src.slice(cue.end, s.end).search(CLAUSE_END);
		const content = trimContent(src, cue.end, stop >= 0 ? cue.end + stop : s.end);
		if (content) out.push({ cue, content, verb: null, verbText: m[0].trim().toLowerCase(), direct: false, speaker: anonymous(), category: 'impersonal', rule: RULE });
	}
	return out;
}
