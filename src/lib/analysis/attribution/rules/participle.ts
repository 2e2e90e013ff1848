// "Smith resigned on Monday, saying the party had lost its way." — a present participle after a comma or
// "and" reports what the subject of the main clause said.
import { contentAfter, passagesAfter } from '../content';
import type { CueVerb } from '../cue-word';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

export function participle(r: SentenceReader, cue: CueVerb): Found[] {
	const after = contentAfter(r, cue.end, cue.verb);
	if (!after) return [];
	const speaker = r.mainSubject();
	return speaker ? passagesAfter(r, cue, after, speaker) : [];
}
