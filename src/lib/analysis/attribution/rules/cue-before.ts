// "Foreign Secretary David Lammy said on Tuesday that Kyiv would not …" / "A council spokesperson said:
// “…”" / "The court ruled that …" / "Smith described the plan as …" — the speaker is the noun phrase just
// before the verb (with an appositive between commas kept as a description); "… and said …" takes the
// subject of the main clause.
import type { Speaker } from '../../speaker';
import type { Span } from '../../types';
import { contentAfter, passagesAfter } from '../content';
import type { CueVerb } from '../cue-word';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'cue-before';

export function cueBefore(r: SentenceReader, cue: CueVerb): Found[] {
	const after = contentAfter(r, cue.end, cue.verb);
	if (!after) return [];
	let speaker: Speaker | null = null;
	let description: Span | null = null;
	const left = r.leftNP(cue.i);
	if (left === 'coordinated') speaker = r.mainSubject(cue.i);
	else if (left) {
		speaker = left.speaker;
		description = left.description;
	}
	if (!speaker) return [];
	if (description && speaker.entity) speaker.entity.descriptions.push(description);
	return passagesAfter(r, cue, after, speaker, RULE);
}
