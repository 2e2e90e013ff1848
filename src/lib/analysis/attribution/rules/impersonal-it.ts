// "It is understood that the talks will resume." — "it" with a passive verb of saying or believing passes a
// claim on with no source at all; the content runs to the end of the sentence.
import { IMPERSONAL_PARTICIPLES } from '../../lexicons/reporting-verbs';
import { trimContent } from '../content';
import { anonymous, type Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { PASSIVE_BE } from '../../lexicons/function-words';

const RULE = 'impersonal-it';

const IMPERSONAL_IT = new RegExp(
	`\\b[Ii]t (?:is|was|has been|had been|is being) (?:widely |also |now )?(?:${IMPERSONAL_PARTICIPLES.join('|')}) (?:that )?`,
	'g',
);

const PARTICIPLE_SET: ReadonlySet<string> = new Set(IMPERSONAL_PARTICIPLES);

/** Words without which the pattern cannot match: find-attributions.ts runs the rule only where one is. */
export const IMPERSONAL_IT_TRIGGERS: readonly string[] = ['it'];

export function impersonalIt(r: SentenceReader): Found[] {
	const { src, s } = r;
	const out: Found[] = [];
	// The pattern runs over the sentence's text: only where an "it" and one of the participles are.
	// The pattern runs over the sentence's text: only where a participle follows a form of "be" (an adverb between).
	if (!r.tokens.some((t, k) => PARTICIPLE_SET.has(t.lower) && (PASSIVE_BE.has(r.tokens[k - 1]?.lower ?? '') || PASSIVE_BE.has(r.tokens[k - 2]?.lower ?? '')))) return out;
	for (const m of r.matches(IMPERSONAL_IT)) {
		const cue = { start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length };
		const content = trimContent(src, cue.end, s.end);
		if (content) out.push({ cue, content, verb: null, verbText: m[0].trim().toLowerCase(), direct: false, speaker: anonymous(), category: 'impersonal', rule: RULE });
	}
	return out;
}
