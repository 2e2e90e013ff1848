// "…, with critics saying the plan is unaffordable." — a vague group of unnamed people given as holding a
// view; the content runs to the end of the sentence.
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import { trimContent } from '../content';
import { anonymous, type Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const WITH_VAGUE = /\bwith (many|some|others|critics|observers|experts|analysts|several|commentators)((?: [a-z]+){0,2}) (questioning|saying|arguing|warning|suggesting|claiming|asking|calling|noting|accusing|describing|insisting)\b/g;
/** The cue starts after "with ". */
const WITH_LENGTH = 5;

export function withVague(r: SentenceReader): Found[] {
	const { src, s } = r;
	const out: Found[] = [];
	for (const m of r.matches(WITH_VAGUE)) {
		const cue = { start: s.start + m.index + WITH_LENGTH, end: s.start + m.index + m[0].length };
		const content = trimContent(src, cue.end, s.end);
		const word = m[3] ?? '';
		if (content) out.push({ cue, content, verb: REPORTING_VERBS.get(word) ?? null, verbText: word, direct: false, speaker: anonymous(), category: 'vague-source' });
	}
	return out;
}
