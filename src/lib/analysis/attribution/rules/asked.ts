// "Asked whether he would run again, Smith said …" / "When asked about the deficit, she laughed." / "Sanders was
// asked to name a decision Clinton made …" — a question put to someone, passed on with "asked" in the passive:
// the question is the asker's words. The asker is named after "by", or not at all (an interviewer).
import { trimContent } from '../content';
import { anonymous, type Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { PASSIVE_BE } from '../../lexicons/function-words';
import { wordSet } from '../../lexicons/word-set';

const RULE = 'asked';
/** What a question put to someone opens with. */
const QUESTION_OPENERS = wordSet('if whether what why how who whom when where which about to');
/** Words before an opening "asked": "When asked", "Whenever asked", "If asked". */
const OPENERS = wordSet('when whenever if after once');
/** "asked by Fox News host Chris Wallace whether …": the asker is at most this many words. */
const ASKER_MAX_TOKENS = 8;
/** The question runs to the end of its clause, at most this far (a long opener is a clause of its own). */
const QUESTION_MAX_TOKENS = 40;

/** The rule reads only sentences with "asked" (find-attributions.ts). */
export const ASKED_TRIGGERS: readonly string[] = ['asked'];

export function asked(r: SentenceReader): Found[] {
	const ts = r.tokens;
	const out: Found[] = [];
	for (let i = 0; i < ts.length; i++) {
		const t = ts[i];
		if (t?.lower !== 'asked') continue;
		const prev = ts[i - 1]?.lower ?? '';
		const opening = i === r.afterDateline() || (i === 1 && OPENERS.has(prev));
		if (!opening && !PASSIVE_BE.has(prev)) continue;
		let k = i + 1;
		let speaker = anonymous();
		// "asked by Stephanopoulos to respond": the asker.
		if (ts[k]?.lower === 'by') {
			let e = k + 1;
			while (e < ts.length && e - k <= ASKER_MAX_TOKENS && !QUESTION_OPENERS.has(ts[e]?.lower ?? '') && ts[e]?.text !== ',') e++;
			const who = r.resolve(r.np(k + 1, e));
			if (who) speaker = who;
			k = e;
		}
		const open = ts[k];
		if (!open || !QUESTION_OPENERS.has(open.lower)) continue;
		const from = open.lower === 'about' ? ts[k + 1] : open;
		if (!from) continue;
		// An opening "Asked …," ends at its comma; a passive one runs to the end of the clause.
		let e = k + 1;
		while (e < ts.length && e - k < QUESTION_MAX_TOKENS && ts[e]?.text !== ',' && ts[e]?.text !== ';' && !(ts[e]?.text === '.' && e === ts.length - 1)) e++;
		if (opening && ts[e]?.text !== ',') continue;
		const stop = ts[e];
		const content = trimContent(r.src, from.start, stop ? stop.start : r.s.end);
		const cueEnd = open.lower === 'about' ? open.end : t.end;
		if (content) out.push({ cue: { start: t.start, end: cueEnd }, content, verb: null, verbText: 'asked', direct: false, speaker, category: 'question', rule: RULE });
	}
	return out;
}
