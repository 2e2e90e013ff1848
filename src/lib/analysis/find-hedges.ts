// Finds words that hedge or distance a claim (may, claims, it is understood, about + number, likely, many):
// where a writer shows less than full certainty, or keeps the claim at arm's length. Context decides:
// "May" the month, "talk about" a topic, "insurance claims" and "more than ever" are not hedges.
import { confidenceOf, ruleId } from './calibration/confidence';
import type { ReadingContext } from './context';
import { HEDGE_RULES, NOT_DISTANCING } from './lexicons/hedges';
import type { Attribution, Hedge, HedgeCategory } from './types';

const EXPLAIN: Record<HedgeCategory, (w: string) => string> = {
	modal: (w) => `“${w}” makes this a possibility, not a fact.`,
	'distancing-verb': (w) => `“${w}” keeps a distance: the writer passes the claim on without saying it is true.`,
	impersonal: (w) => `“${w}” names no source: we are not told who understands or says this.`,
	approximator: (w) => `“${w}” gives the number roughly, not exactly.`,
	speculation: (w) => `“${w}” marks a guess about what is or will be, not a fact.`,
	'vague-source': (w) => `“${w}” stands for people who are not named, so a reader cannot check who or how many they are.`,
	softener: (w) => `“${w}” softens the claim, making it smaller or less firm.`,
};

export function findHedges(ctx: ReadingContext, attributions: readonly Attribution[]): Hedge[] {
	void attributions;
	const { text } = ctx;
	const out: Hedge[] = [];
	for (const s of ctx.sentences) {
		const line = text.slice(s.start, s.end);
		const found: Hedge[] = [];
		for (const rule of HEDGE_RULES) {
			rule.pattern.lastIndex = 0;
			for (let m = rule.pattern.exec(line); m; m = rule.pattern.exec(line)) {
				const cue = m[1] ?? m[0];
				const at = m.index + m[0].indexOf(cue);
				const start = s.start + at;
				const end = start + cue.length;
				if (rule.category === 'distancing-verb') {
					const window = line.slice(Math.max(0, at - 30), Math.min(line.length, at + cue.length + 30));
					if (NOT_DISTANCING.test(window)) continue;
				}
				const id = ruleId('hedge', rule.category, cue);
				found.push({ kind: 'hedge', category: rule.category, start, end, explanation: EXPLAIN[rule.category](cue), rule: id, confidence: confidenceOf(id) });
			}
		}
		// One mark per stretch of words: the longer cue wins ("It is understood that" over "understood").
		found.sort((a, b) => a.start - b.start || b.end - a.end);
		for (const h of found) {
			const last = out[out.length - 1];
			if (last && h.start < last.end) continue;
			out.push(h);
		}
	}
	return out;
}
