// "“We will not trade territory,” Kuleba told reporters." / "“…,” said Josep Borrell, the EU's foreign
// policy chief." / "The plan, he wrote, is dead." — the cue comes after the words: the speaker sits
// between the comma or closing mark and the verb, or right after the verb; what was said comes before.
import { BE, DETERMINERS, PLACE_TIME_PREPOSITIONS, SUBJECT_PRONOUNS, TIME_WORDS } from '../../lexicons/function-words';
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import type { Speaker } from '../../speaker';
import { isCapitalized } from '../../tokens';
import type { Quote } from '../../types';
import { trimContent } from '../content';
import type { CueVerb } from '../cue-word';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

/** The comma or closing mark before a trailing cue is at most this many tokens back ("…,” the former minister said"). */
const MARK_WITHIN = 7;
/** A speaker between the mark and the verb is at most this many words. */
const SPEAKER_BEFORE_MAX = 6;
/** After "…, he said" only a short tail may follow ("in a statement on Monday"), not a new clause. */
const TAIL_MAX_TOKENS = 8;
/** A speaker after the verb ("said Mr Smith on Monday") is at most this many words before its tail. */
const SPEAKER_AFTER_MAX = 6;
/** "…,” Kuleba told reporters in Brussels": the one told is at most this many words. */
const TOLD_MAX = 4;
/** A closing mark this close after the comma's mark is the quotation the cue closes. */
const CLOSE_WITHIN = 2;

const SENTENCE_END = ['.', '!', '?', '”', '"'];
const NEW_CLAUSE = ['that', ':', '“', ',', ';'];
const TAIL_START = new Set([',', 'on', 'in', 'at', 'during', 'after', 'before', 'to']);
const AUXILIARY = new Set(['has', 'have', 'had', 'would', 'will', 'could']);

/** The speaker of a cue that closes its sentence, and where the words before it end. */
function trailing(r: SentenceReader, i: number): { before: number; speaker: Speaker | null; closingQuote: Quote | null } | null {
	const ts = r.tokens;
	let c = -1;
	for (let k = i - 1; k >= Math.max(0, i - MARK_WITHIN); k--) {
		const t = ts[k];
		if (t && (t.text === ',' || t.text === '”' || (t.text === '"' && k > 0))) {
			c = k;
			break;
		}
	}
	if (c < 1) return null;
	let endAt = ts.length;
	while (endAt > 0 && SENTENCE_END.includes(ts[endAt - 1]?.text ?? '')) endAt--;
	const after = ts.slice(i + 1, endAt);
	const between = ts.slice(c + 1, i).filter((t) => t.text !== ',' && t.text !== '”' && t.text !== '"');
	if (between.length && (after.length > TAIL_MAX_TOKENS || after.some((t) => NEW_CLAUSE.includes(t.lower)))) return null;
	if (between.length > SPEAKER_BEFORE_MAX) return null;
	let speaker: Speaker | null;
	if (between.length) {
		// "…, he wrote." or "…, Smith said in a statement." — nothing but a place or time may follow.
		// "…,” Kuleba told reporters in Brussels." — the one told comes first.
		let skip = 0;
		if (REPORTING_VERBS.get(ts[i]?.lower ?? '')?.lemma === 'tell') while (skip < after.length && skip < TOLD_MAX && !PLACE_TIME_PREPOSITIONS.has(after[skip]?.lower ?? '')) skip++;
		const first = after[skip];
		if (first && !PLACE_TIME_PREPOSITIONS.has(first.lower) && !TIME_WORDS.has(first.lower)) return null;
		speaker = r.resolve(between);
	} else {
		// "…,” said Mr Smith on Monday." / "…,” said Josep Borrell, the EU's foreign policy chief."
		const rest = ts.slice(i + 1, endAt);
		let n = 0;
		while (n < rest.length && !TAIL_START.has(rest[n]?.lower ?? '')) n++;
		if (n > SPEAKER_AFTER_MAX || rest.slice(n).some((t) => t.lower === 'that' || t.text === ':' || t.text === '“')) return null;
		// What follows "said" must be a name or a noun phrase, not a clause ("said he had made …").
		const r0 = rest[0];
		if (!r0 || !(isCapitalized(r0) || DETERMINERS.has(r0.lower) || r0.lower === 'of' || r0.lower === 'to' || r0.lower === 'for') || (SUBJECT_PRONOUNS.has(r0.lower) && n > 1)) return null;
		if (rest.slice(0, n).some((t) => BE.has(t.lower) || AUXILIARY.has(t.lower))) return null;
		speaker = r.resolve(rest.slice(0, n));
		const a = rest[n + 1];
		const b = rest[rest.length - 1];
		if (speaker?.entity && rest[n]?.text === ',' && a && b) speaker.entity.descriptions.push({ start: a.start, end: b.end });
	}
	const mark = ts[c];
	const close = mark ? (r.quotes.endingIn(mark.start, mark.end + CLOSE_WITHIN) ?? null) : null;
	return { before: mark?.start ?? r.s.start, speaker, closingQuote: close };
}

/** The passages a cue after its content closes; null when the cue does not close its sentence. */
export function cueAfter(r: SentenceReader, cue: CueVerb): Found[] | null {
	const trail = trailing(r, cue.i);
	if (!trail) return null;
	const { src } = r;
	const q = trail.closingQuote;
	const content = q ? trimContent(src, q.inner.start, q.inner.end) : trimContent(src, r.s.start, trail.before);
	const out: Found[] = [];
	if (trail.speaker && content) {
		const parts = q ? r.quotes.group(q) : [];
		for (const p of parts.length ? parts : [null]) {
			const c = p ? trimContent(src, p.inner.start, p.inner.end) : content;
			if (c) out.push({ cue: cue.cue, content: c, verb: cue.verb, verbText: cue.text, direct: !!q, speaker: trail.speaker, category: q ? 'quote' : 'said' });
		}
	}
	return out;
}
