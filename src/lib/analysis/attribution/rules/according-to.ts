// "According to the United Nations, more than 10,000 civilians have died." / "…, according to police." —
// the source follows "according to" up to the next comma or stop; the content is the rest of the sentence
// after it, or the words before it when the phrase closes the sentence.
import { trimContent } from '../content';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'according-to';

const PHRASE_END = new Set([',', '.', ';', ':', '?', '!', ')', '—', '–']);

/** The passage "according to" at token i introduces, and the token to read on from; null if none is there. */
export function accordingTo(r: SentenceReader, i: number): { found: Found[]; next: number } | null {
	const { src, s, tokens: ts } = r;
	const t = ts[i];
	if (!t || t.lower !== 'according' || ts[i + 1]?.lower !== 'to') return null;
	let e = i + 2;
	while (e < ts.length && !PHRASE_END.has(ts[e]?.text ?? '')) e++;
	const speaker = r.resolve(r.np(i + 2, e));
	const cueEnd = ts[e - 1]?.end ?? t.end;
	const after = trimContent(src, ts[e]?.end ?? cueEnd, s.end);
	// "(the figure is closer to 15 percent, according to Factcheck.org)": the words inside the bracket.
	const open = ts.slice(0, i).map((x) => x.text).lastIndexOf('(');
	const from = open >= 0 && ts[e]?.text === ')' ? (ts[open]?.end ?? s.start) : s.start;
	const before = trimContent(src, from, t.start);
	const content = i > 0 && ts[i - 1]?.text === ',' && !after ? before : (after ?? before);
	const found: Found[] = [];
	if (speaker && content) found.push({ cue: { start: t.start, end: cueEnd }, content, verb: null, verbText: 'according to', direct: false, speaker, category: 'according-to', rule: RULE });
	return { found, next: e };
}
