// Finds the words that hedge or distance a claim: where a writer shows less than full certainty ("may",
// "is likely to", "it is unclear"), passes a claim on at arm's length ("claims", "alleged"), leans on
// sources it does not name ("it is understood", "critics say") or gives a number roughly ("about 1,200").
// Each kind is one rule under hedges/, which reads the words around its cue to tell a hedge from the same
// word in another sense ("May" the month, "the potential for", "claimed victory", "nearly five years").
// Each finding says what the hedge does in its sentence (its sense) and explains that, not the word in general.
// Imports out of alphabetical order stand where the bundle gzips smaller: modules are laid out in the
// order they are first imported (index.ts says why that matters).
import { confidenceOf, ruleId } from './calibration/confidence';
import type { ReadingContext } from './context';
import { appearance } from './hedges/appearance';
import { approximator } from './hedges/approximator';
import { unknown } from './hedges/unknown';
import { beliefs } from './hedges/belief';
import { softener } from './hedges/softener';
import { distancingWords } from './hedges/distancing';
import { impersonal } from './hedges/impersonal';
import { likelihood } from './hedges/likelihood';
import { modal } from './hedges/modal';
import { evidence } from './hedges/evidence';
import { opinion } from './hedges/opinion';
import { possibility } from './hedges/possibility';
import { at, emptyTokens, endOf, readTokens, startOf, type HedgeRule } from './hedges/sentence';
import { vagueSource } from './hedges/vague-source';
import { perWord, tokenize } from './tokens';
import type { Attribution, Hedge } from './types';
import { wordSet } from './lexicons/word-set';

/**
 * The rules, the more specific first: where two find the very same words, the earlier one's reading stands
 * ("it is alleged" is impersonal sourcing before it is a distancing word).
 */
const RULES: readonly HedgeRule[] = [impersonal, distancingWords, opinion, unknown, likelihood, appearance, beliefs, evidence, modal, possibility, approximator, vagueSource, softener];

/**
 * Categories whose findings are grouped by sense in their rule ids ("hedge/modal/belief/think"): one
 * category holds several kinds of uncertainty, and each kind is trusted on its own measure.
 */
const BY_SENSE: ReadonlySet<string> = wordSet('modal speculation');

/** Each trigger word with the rules that read at it. */
const BY_TRIGGER: ReadonlyMap<string, readonly HedgeRule[]> = (() => {
	const map = new Map<string, HedgeRule[]>();
	for (const rule of RULES) for (const t of rule.triggers) map.set(t, [...(map.get(t) ?? []), rule]);
	return map;
})();

/** The rules a token wakes, asked of every token: kept on its word (perWord). */
const wokenBy = perWord((w) => BY_TRIGGER.get(w.lower) ?? null);

// Reused sentence after sentence (findHedges is done with it before it returns).
const tokens = emptyTokens();

export function findHedges(ctx: ReadingContext, attributions: readonly Attribution[]): Hedge[] {
	void attributions;
	const { text } = ctx;
	const out: Hedge[] = [];
	const found: Hedge[] = [];
	for (const sentence of ctx.sentences) {
		readTokens(text, sentence, tokens);
		found.length = 0;
		// The rules' tokens are the sentence's tokens (tokenize), but for a title's full stop, a token of its own
		// here: token k of the sentence is the one that ends where token i ends or after.
		const words = tokenize(text, sentence);
		for (let i = 0, k = 0; i < tokens.n; i++) {
			const t = words[k];
			const whole = t !== undefined && startOf(tokens, i) === t.start && endOf(tokens, i) === t.end;
			const rules = whole ? wokenBy(t) : BY_TRIGGER.get(at(tokens, i));
			if (t && endOf(tokens, i) >= t.end) k++;
			if (!rules) continue;
			for (const rule of rules) {
				const f = rule.read(tokens, i);
				if (!f) continue;
				const family = f.family ?? (BY_SENSE.has(f.category) ? f.sense : undefined);
				const id = family ? ruleId('hedge', f.category, family, f.cue) : ruleId('hedge', f.category, f.cue);
				found.push({
					kind: 'hedge',
					category: f.category,
					sense: f.sense,
					start: startOf(tokens, f.first),
					end: endOf(tokens, f.last),
					explanation: f.explanation,
					rule: id,
					confidence: confidenceOf(id),
				});
			}
		}
		// One mark per stretch of words: the longer reading wins ("it is understood" over "understood"), and
		// of two readings of the same words, the first rule's.
		found.sort((a, b) => a.start - b.start || b.end - a.end);
		let reach = -1;
		for (const h of found) {
			if (h.start < reach) continue;
			out.push(h);
			reach = h.end;
		}
	}
	return out;
}
