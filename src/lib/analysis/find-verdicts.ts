// Finds unattributed verdicts: a short, flat statement of judgement in the reporter's own voice with no
// source and no hedge ("These are war crimes."), which reads as the outlet's own conclusion.
import { confidenceOf, ruleId } from './calibration/confidence';
import type { ReadingContext } from './context';
import type { Attribution, Hedge, Verdict } from './types';

// A subject, a plain "is/are/was/were", and a predicate of judgement, with nothing else in the sentence.
const SHAPE =
	/^(?:this|these|that|those|it|they|such \w+|the \w+(?: \w+)?) (?:is|are|was|were)(?: (?:simply|clearly|plainly|nothing less than|nothing short of))? (?:a |an )?(?:(?:clear|blatant|flagrant|obvious|outright) )?(war crimes?|crimes? against humanity|genocide|ethnic cleansing|apartheid|murder|a crime|crimes|illegal|unlawful|criminal|lies|a lie|propaganda|a disgrace|disgraceful|shameful|a scandal|scandalous|unacceptable|indefensible|immoral|wrong|corrupt|corruption|a cover-up|a betrayal|a travesty|an outrage|outrageous|terrorism|atrocities|an atrocity)[.!]?$/i;

const RULE = ruleId('verdict', 'flat-judgement');

export function findVerdicts(ctx: ReadingContext, attributions: readonly Attribution[], hedges: readonly Hedge[] = []): Verdict[] {
	const { text } = ctx;
	const out: Verdict[] = [];
	for (const s of ctx.sentences) {
		if (s.headline) continue;
		const line = text.slice(s.start, s.end);
		if (!SHAPE.test(line)) continue;
		const inside = (x: { start: number; end: number }) => x.start <= s.start && s.end <= x.end;
		if (attributions.some((a) => inside(a.content) || (a.cue.start >= s.start && a.cue.end <= s.end))) continue;
		if (ctx.quotes.some((q) => q.start <= s.start && s.end <= q.end)) continue;
		if (hedges.some((h) => h.start >= s.start && h.end <= s.end)) continue;
		out.push({
			kind: 'verdict',
			category: 'unattributed-verdict',
			start: s.start,
			end: s.end,
			explanation: `“${line}” is stated as fact in the report’s own voice, with no source. A careful reader asks: who says so, and on what evidence?`,
			rule: RULE,
			confidence: confidenceOf(RULE),
		});
	}
	return out;
}
