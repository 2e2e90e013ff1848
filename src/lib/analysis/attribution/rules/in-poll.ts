// "In the latest Washington Post-ABC News poll, Clinton led Trump 47 percent to 39." / "Trump reached 45
// percent in a new Fox News poll released Thursday." — a poll, survey or study that a finding comes from,
// named in a phrase with "in": the finding is the poll's, not the reporter's. A finding is a figure.
import { SURVEY_NOUNS } from '../../lexicons/names';
import { trimContent } from '../content';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { PHRASE_END } from '../../lexicons/function-words';

const RULE = 'in-poll';
/** The "in …" phrase that names the poll is at most this many words ("in a CNN/ORC International poll released Monday"). */
const PHRASE_MAX_TOKENS = 12;
const FIGURE = /\d|\bpercent\b|%/;
/** Determiners that point back to a poll the report named before. */
const BACK: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** The poll phrase starting at token i ("in" + a noun phrase headed by poll/survey/study), or null. */
function pollPhrase(r: SentenceReader, i: number): { end: number; head: number } | null {
	const ts = r.tokens;
	if (ts[i]?.lower !== 'in') return null;
	let e = i + 1;
	let head = -1;
	while (e < ts.length && e - i <= PHRASE_MAX_TOKENS && !PHRASE_END.has(ts[e]?.text ?? '')) {
		if (head < 0 && SURVEY_NOUNS.has(ts[e]?.lower ?? '')) head = e;
		e++;
	}
	// "in the polls" is a manner of speaking; a poll the finding comes from is named ("the latest Post-ABC poll"),
	// or is the one named before ("In the poll, Gingrich garnered 11 percent").
	const back = head === i + 2 && BACK.has(ts[i + 1]?.lower ?? '') && !(ts[head]?.lower ?? '').endsWith('s');
	return (head > i + 2 || back) && e - i <= PHRASE_MAX_TOKENS ? { end: e, head } : null;
}

/**
 * Before a comma inside the sentence, the poll's name says no more than when it was taken or released ("in the
 * latest CNN/ORC poll released Wednesday,"): its comma closes the finding. Not polls in general ("in recent
 * national polls,") nor a poll inside a longer phrase, whose comma closes some other clause.
 */
const NAMED_POLL_TAIL = /^(?: (?:[A-Z]\S*|\w+ed|this \w+|\w*day))* ?,/;

/** The rule reads only sentences that name a poll (find-attributions.ts). */
export const IN_POLL_TRIGGERS: readonly string[] = [...SURVEY_NOUNS];

export function inPoll(r: SentenceReader): Found[] {
	const ts = r.tokens;
	const { src, s } = r;
	const out: Found[] = [];
	for (let i = 0; i < ts.length; i++) {
		const p = pollPhrase(r, i);
		if (!p) continue;
		const speaker = r.resolve(r.np(i + 1, p.head + 1)) ?? r.namedBy(r.np(i + 1, p.head + 1));
		const t = ts[i];
		const last = ts[p.end - 1];
		if (!speaker || !t || !last) break;
		const cue = { start: t.start, end: last.end };
		// "In the latest poll, Clinton led …": the finding follows; "… 45 percent in a new poll.": it comes before, and
		// so it does before a comment set off by a comma ("… 25 percent in the Fox poll, up eight points").
		const content = i === 0 && ts[p.end]?.text === ',' ? trimContent(src, ts[p.end]?.end ?? cue.end, s.end) : p.end >= ts.length - 1 || (!/s$/.test(ts[p.head]?.lower ?? 's') && NAMED_POLL_TAIL.test(src.slice(ts[p.head]?.end))) ? trimContent(src, s.start, t.start) : null;
		// A finding is a figure: "47 percent to 39", "a 10-point lead".
		if (content && FIGURE.test(src.slice(content.start, content.end))) out.push({ cue, content, verb: null, verbText: 'in', direct: false, speaker: { ...speaker, kind: 'document' }, category: 'according-to', rule: RULE });
		break;
	}
	return out;
}
