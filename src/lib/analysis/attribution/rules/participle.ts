// "Smith resigned on Monday, saying the party had lost its way." / "“…,” he said, adding that …" — a present
// participle after a comma or "and" reports what the one who speaks in the sentence said: the speaker of a
// cue before it in the sentence, else the subject of the main clause.
import { contentAfter, passagesAfter } from '../content';
import type { CueVerb } from '../cue-word';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'participle';

export function participle(r: SentenceReader, cue: CueVerb, before: readonly Found[]): Found[] {
	const after = contentAfter(r, cue.end, cue.verb);
	if (!after) return [];
	const earlier = before.filter((f) => f.cue.end <= cue.cue.start && f.verb).pop();
	const speaker = earlier ? earlier.speaker : r.mainSubject();
	return speaker ? passagesAfter(r, cue, after, speaker, RULE) : [];
}
