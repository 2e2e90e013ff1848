// "According to the United Nations, more than 10,000 civilians have died." / "…, according to police." —
// the source follows "according to" up to the next comma or stop; the content is the rest of the sentence
// after it, or the words before it when the phrase closes the sentence.
import { DETERMINERS } from '../../lexicons/function-words';
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import type { Token } from '../../tokens';
import type { Span } from '../../types';
import { trimContent } from '../content';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { PHRASE_END } from '../../lexicons/function-words';

const RULE = 'according-to';

/** Words that open a clause's verb: after "…, according to X," they show the sentence goes on around it. */
const VERB_AFTER = /^(?:is|was|are|were|has|have|had|will|would|could|can|may|might|did|does|do|remains?|became|seems?)$/;

/** "the U.S. Census Bureau", "J.M. Berger": a full stop after initials, inside a name that goes on. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const abbreviationStop = (ts: readonly Token[], e: number): boolean => ts[e]?.text === '.' && INITIALS.test(ts[e - 1]?.text ?? '') && ts[e - 1]?.end === ts[e]?.start && ts[e + 1]?.cap === true;

/**
 * How many tokens the sourcing phrase at token i takes: "according to" (2), "as reported by" (3), "as first
 * reported by" (4); 0 when there is none. "As reported by the Courier, …" names its source as "according to" does.
 */
function cueWidth(ts: readonly Token[], i: number): number {
	const w = ts[i]?.lower;
	if (w === 'according') return ts[i + 1]?.lower === 'to' ? 2 : 0;
	if (w !== 'as') return 0;
	const k = ts[i + 1]?.lower === 'first' ? i + 2 : i + 1;
	const named = ts[k + 2]?.cap || (DETERMINERS.has(ts[k + 2]?.lower ?? '') && ts[k + 3]?.cap);
	return ts[k]?.lower === 'reported' && ts[k + 1]?.lower === 'by' && named ? k + 2 - i : 0;
}

/** Verbs by which someone gives a paper or an interview to another: "an interview his brother gave to ITV". */
const GAVE = /^(?:gave|sent|wrote|granted|posted|issued)$/;

/** The passage "according to" at token i introduces, and the token to read on from; null if none is there. */
export function accordingTo(r: SentenceReader, i: number): { found: Found[]; next: number } | null {
	const { src, s, tokens: ts } = r;
	const t = ts[i];
	const width = cueWidth(ts, i);
	if (!t || !width) return null;
	let e = i + width;
	while (e < ts.length && (!PHRASE_END.has(ts[e]?.text ?? '') || abbreviationStop(ts, e))) e++;
	const np = r.np(i + width, e);
	// "according to" names a source whatever the phrase is: a poll average, "three television networks".
	// "according to an interview his brother Sam Ray gave to ITV", "a letter the mayor sent to staff": the one who
	// gave the paper or the interview speaks in it, not the one it went to (named after the paper's noun). Only a
	// name: a pronoun there ("an account she gave to the Beacon") leaves the phrase as written, the outlet checkable.
	const v = np.findIndex((x) => GAVE.test(x.lower));
	const giver = v > 2 ? r.resolve(np.slice(2, v)) : null;
	const speaker = (giver?.resolvedBy === 'name' ? giver : null) ?? r.resolve(np) ?? r.namedBy(np);
	const cueEnd = ts[e - 1]?.end ?? t.end;
	// "(the figure is closer to 15 percent, according to Factcheck.org)": the words inside the bracket.
	const open = ts.slice(0, i).map((x) => x.text).lastIndexOf('(');
	const from = open >= 0 && ts[e]?.text === ')' ? (ts[open]?.end ?? s.start) : s.start;
	const before = trimContent(src, from, t.start);
	const atStart = i === 0 || ts.slice(0, i).every((x) => x.text === ',' || x.lower === 'but' || x.lower === 'and' || x.lower === 'yet' || x.lower === 'so');
	let afterStart = ts[e]?.end ?? cueEnd;
	// "…, according to WKOW, the ABC affiliate in Madison.": an appositive to the source, not more content.
	if (!atStart && ts[e]?.text === ',' && speaker?.entity && (DETERMINERS.has(ts[e + 1]?.lower ?? '') || ts[e + 1]?.lower === 'which' || ts[e + 1]?.lower === 'who')) {
		const close = ts.findIndex((x, k) => k > e + 1 && (x.text === ',' || x.text === '.'));
		afterStart = close > 0 ? (ts[close]?.end ?? afterStart) : s.end;
	}
	const after = trimContent(src, afterStart, s.end);
	let content: Span | null;
	if (atStart || !before) content = after;
	else if (after && ts[e]?.text === ',' && (VERB_AFTER.test(src.slice(after.start, after.end).split(/\s+/)[0] ?? '') || REPORTING_VERBS.has(ts[e + 1]?.text ?? ''))) {
		// "Notably absent, according to members who spoke, was any mention of …", "The mayor, according to the
		// paper, said he had erred": the phrase sits inside the clause.
		content = trimContent(src, before.start, after.end);
	} else content = before;
	const found: Found[] = [];
	if (speaker && content) found.push({ cue: { start: t.start, end: cueEnd }, content, verb: null, verbText: src.slice(t.start, ts[i + width - 1]?.end ?? t.end).toLowerCase(), direct: false, speaker, category: 'according-to', rule: RULE });
	return { found, next: e };
}
