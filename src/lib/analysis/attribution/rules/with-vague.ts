// "…, with critics saying the plan is unaffordable." — a vague group of unnamed people given as holding a
// view; the content runs to the end of the sentence.
import { VAGUE_NOUNS } from '../../lexicons/names';
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import { trimContent } from '../content';
import { anonymous, type Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'with-vague';

const PARTICIPLES = [...REPORTING_VERBS.keys()].filter((w) => w.endsWith('ing'));
const WITH_VAGUE = new RegExp(`\\bwith (${[...VAGUE_NOUNS].join('|')})((?: [a-z]+){0,2}) (${PARTICIPLES.join('|')})\\b`, 'g');
/** The cue starts after "with ". */
const WITH_LENGTH = 5;

/** Words without which the pattern cannot match: find-attributions.ts runs the rule only where one is. */
export const WITH_VAGUE_TRIGGERS: readonly string[] = ['with'];

export function withVague(r: SentenceReader): Found[] {
	const { src, s } = r;
	const out: Found[] = [];
	for (const m of r.matches(WITH_VAGUE)) {
		const cue = { start: s.start + m.index + WITH_LENGTH, end: s.start + m.index + m[0].length };
		const content = trimContent(src, cue.end, s.end);
		const word = m[3] ?? '';
		if (content) out.push({ cue, content, verb: REPORTING_VERBS.get(word) ?? null, verbText: word, direct: false, speaker: anonymous(), category: 'vague-source', rule: RULE });
	}
	return out;
}
