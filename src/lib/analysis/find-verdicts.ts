// Finds unattributed verdicts: a short, flat statement of judgement in the reporter's own voice with no
// source and no hedge, which reads as the outlet's own conclusion. Two shapes, both "subject + is/are/was/
// were + judgement" and nothing more:
//   "These are war crimes."              the judgement is a term of legal or moral verdict (term)
//   "The decision was utterly shameful." the judgement is a loaded word of the lexicon (loaded)
// Imports out of alphabetical order stand where the bundle gzips smaller: modules are laid out in the
// order they are first imported (index.ts says why that matters).
import { plainHere } from './loaded/senses';
import { confidenceOf, ruleId } from './calibration/confidence';
import { SpanIndex, type ReadingContext } from './context';
import { FUNCTION_WORDS, VERDICT_TERMS } from './lexicons/loaded';
import { ENTRIES_BY_FIRST_WORD } from './loaded/lexicon';
import { wordCount } from './scan';
import { tokenize, type Token } from './tokens';
import type { Attribution, Hedge, Span, Verdict } from './types';
import { wordSet } from './lexicons/word-set';

/** A verdict is a short sentence: past this many words it carries reasons or facts beside the judgement. */
export const MAX_VERDICT_WORDS = 12;

// The subject: a pronoun or demonstrative, a short noun phrase opening with a determiner, or a name.
const SUBJECT = /^(?:this|these|that|those|it|they|such \S+|(?:the|this|that|these|those|its|their|his|her) \S+(?: \S+){0,2})$/i;
const NAME = /^\p{Lu}\S*(?: \p{Lu}\S*){0,2}$/u;
const BE = wordSet('is are was were');
/** The judgement after the verb and its fillers is this many words at most ("a true disgrace", "cruel, reckless and vain"). */
const MAX_JUDGEMENT_WORDS = 4;
/** Words between the verb and the judgement that only strengthen or frame it ("simply", "nothing less than a"). */
const FILLER = new Set('simply clearly plainly nothing less short than a an the such truly utterly totally absolutely just an outright blatant flagrant obvious clear'.split(' '));
const TERMS = new Set(VERDICT_TERMS.split('|'));

type Shape = 'term' | 'loaded';

/** The shape of a flat verdict, or null: subject, "is/are/was/were", then only fillers and one judgement. */
function verdictShape(tokens: readonly Token[]): Shape | null {
	const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
	if (words.length > MAX_VERDICT_WORDS || tokens.some((t) => t.text === '?')) return null;
	const verb = words.findIndex((t) => BE.has(t.lower));
	const subject = words.slice(0, verb).map((t) => t.text).join(' ');
	if (verb < 1 || !(SUBJECT.test(subject) || NAME.test(subject))) return null;
	const rest = words.slice(verb + 1).filter((t) => t.lower !== 'and');
	const lower = rest.map((t) => t.lower);
	let k = 0;
	while (k < lower.length && FILLER.has(lower[k] ?? '')) k++;
	const tail = lower.slice(k).join(' ');
	if (TERMS.has(tail)) return 'term';
	// A judgement of a few words ("a true disgrace", "cruel, reckless and vain") holding a loaded word of
	// judgement, feeling or label; "and" may join the words of a list, nothing else may follow.
	if (k >= lower.length || lower.length - k > MAX_JUDGEMENT_WORDS || lower.slice(k).some((w) => FUNCTION_WORDS.has(w))) return null;
	for (let j = k; j < lower.length; j++) {
		const entry = (ENTRIES_BY_FIRST_WORD.get(lower[j] ?? '') ?? []).find((e) => e.words.length === 1 && e.category !== 'intensifier' && e.category !== 'figurative');
		const at = tokens.indexOf(rest[j] as Token);
		if (entry && !plainHere(entry.text, entry.category, { tokens, from: at, to: at + 1 })) return 'loaded';
	}
	return null;
}

export function findVerdicts(ctx: ReadingContext, attributions: readonly Attribution[], hedges: readonly Hedge[] = []): Verdict[] {
	const { text } = ctx;
	const out: Verdict[] = [];
	// Built when the first sentence of a verdict's shape is met: most reports have none.
	let index: { passages: SpanIndex<Span>; cues: SpanIndex<Span>; quotes: SpanIndex<Span>; hedges: SpanIndex<Span> } | undefined;
	for (const s of ctx.sentences) {
		// Counting words is cheaper than reading tokens, and most sentences are too long to be a verdict.
		if (s.headline || wordCount(text, s.start, s.end, MAX_VERDICT_WORDS) > MAX_VERDICT_WORDS) continue;
		const shape = verdictShape(tokenize(text, s));
		if (!shape) continue;
		index ??= {
			passages: new SpanIndex(attributions.map((a) => a.content)),
			cues: new SpanIndex(attributions.map((a) => a.cue)),
			quotes: new SpanIndex(ctx.quotes),
			hedges: new SpanIndex(hedges),
		};
		// Passed on, quoted or hedged: not the reporter's flat verdict.
		if (index.passages.holds(s) || index.cues.within(s) || index.quotes.holds(s) || index.hedges.within(s)) continue;
		const line = text.slice(s.start, s.end);
		const rule = ruleId('verdict', 'flat-judgement', shape);
		out.push({
			kind: 'verdict',
			category: 'unattributed-verdict',
			start: s.start,
			end: s.end,
			explanation: `“${line}” is stated as fact in the report’s own voice, with no source. A careful reader asks: who says so, and on what evidence?`,
			rule,
			confidence: confidenceOf(rule),
		});
	}
	return out;
}
