// "The video, posted on X by @smith, shows …" / "… was shared on Facebook by Jane Doe." — words or media
// passed on from a social-media post, with who posted it named after "by".
import { SOCIAL_PLATFORMS } from '../../lexicons/names';
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import { trimContent } from '../content';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'social-post';

const SOCIAL = new RegExp(
	`\\b(?:was|were|has been|had been)? ?(?:posted|shared|published|tweeted|uploaded)(?: (?:on|to) (?:${SOCIAL_PLATFORMS.join('|')})(?: \\([^)]{1,20}\\))?)? by (?=\\p{Lu}|@)`,
	'gu',
);

/** Words without which the pattern cannot match: find-attributions.ts runs the rule only where one is. */
export const SOCIAL_POST_TRIGGERS: readonly string[] = ['by'];

export function socialPost(r: SentenceReader): Found[] {
	const { src, s, tokens: ts } = r;
	const out: Found[] = [];
	// Most sentences have no " by ": the pattern, which may start anywhere, is not tried on them.
	for (const m of r.matches(SOCIAL)) {
		const byEnd = s.start + m.index + m[0].length;
		const k = ts.findIndex((t) => t.start >= byEnd);
		let e = k;
		while (e < ts.length && (ts[e]?.cap === true || ts[e]?.text.startsWith('@') === true)) e++;
		const speaker = k >= 0 ? r.resolve(r.np(k, e)) : null;
		const content = trimContent(src, s.start, s.start + m.index);
		if (speaker && content) {
			out.push({ cue: { start: s.start + m.index, end: byEnd - 1 }, content, verb: REPORTING_VERBS.get('posted') ?? null, verbText: 'posted', direct: false, speaker, category: 'social-media', rule: RULE });
		}
	}
	return out;
}
