// "The minister is said to have known for months." — a passive verb of saying with "to be / to have" hands
// the claim to no one; the content is the rest of the clause, up to a comma, semicolon, "and" or "but".
import { IMPERSONAL_PARTICIPLES } from '../../lexicons/reporting-verbs';
import { trimContent } from '../content';
import { anonymous, type Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'passive-to';

const PASSIVE_TO = new RegExp(
	`\\b(?:is|are|was|were|has been|have been|had been) (?:widely |also |now |often )?(?:${IMPERSONAL_PARTICIPLES.join('|')}) to (?:be|have(?: been)?)\\b`,
	'g',
);
const CLAUSE_END = /[,;]|\s(?:and|but)\s/;

export function passiveTo(r: SentenceReader): Found[] {
	const { src, s } = r;
	const out: Found[] = [];
	for (const m of r.matches(PASSIVE_TO)) {
		const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
		const stop = src.slice(cue.end, s.end).search(CLAUSE_END);
		const content = trimContent(src, cue.end, stop >= 0 ? cue.end + stop : s.end);
		if (content) out.push({ cue, content, verb: null, verbText: m[0].trim().toLowerCase(), direct: false, speaker: anonymous(), category: 'impersonal', rule: RULE });
	}
	return out;
}
