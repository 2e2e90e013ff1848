// Finds a claim one report makes with a negation and the other never makes: "Republican leaders had no
// immediate comment on the plan", "Privately, many Democrats were not pleased that …". A claim of absence or
// refusal says something of its own: the other report may use its words ("comment", "plan", "Democrats") in
// sentences that say other things, but unless one of its own sentences with a negation holds a fifth of
// them, it does not say this. Only the report's narration is read this way: a negation in someone's words
// is theirs (unheard-voices.ts), and the same voice may say it otherwise in the other report.
import type { ReportAnalysis } from '../types';
import type { ClauseRange } from './clauses';
import { NEGATION } from './hedge-drift';
import { mostInOneSentence } from './unheard-voices';
import type { Word } from './words';

/**
 * A sentence of the other report with a negation makes the same negated claim when it holds this share of
 * the clause's words: the same refusal told in other words keeps its subject or its object ("no comment from
 * the senator" / "the senator declined to comment").
 */
const SAME_NEGATED_SHARE = 0.2;
/**
 * A refusal to comment or answer ("had no immediate comment on the plan", "declined to comment", "did not
 * respond"): what it would have been about is the story's topic, whose words the other report's denials share
 * whatever they deny, so it is compared with the other report's refusals only.
 */
const REFUSAL = /(?:\bnot?|n[’']t|declined to)(?: \w+)? (?:comment|respon|return)/i;
/** "doesn't", "didn’t": the negation itself, no word of what is denied. */
const CONTRACTED = /n[’']t$/;

/**
 * Whether a clause of `r` makes a negated claim `other` never makes. The test takes the clause, its sentence's
 * content words and the other report's sentences as sets of stems (made when first asked for).
 */
export function negatedClaim(r: ReportAnalysis, other: ReportAnalysis) {
	// The other report's sentences with a negation, as sets of stems, found when first needed.
	let negated: readonly Set<string>[] | undefined;
	return (clause: ClauseRange, words: readonly Word[], sets: () => readonly Set<string>[]): boolean => {
		const { start, end } = clause.span;
		const line = r.text.slice(start, end);
		const at = start + line.search(NEGATION);
		if (at < start || r.attributions.some((x) => x.content.start <= at && at < x.content.end)) return false;
		if (REFUSAL.test(line)) return !REFUSAL.test(other.text);
		const said = new Set(words.slice(clause.from, clause.to).filter((w) => !CONTRACTED.test(r.text.slice(w.start, w.end))).map((w) => w.stem));
		negated ??= sets().filter((_, j) => other.text.slice(other.sentences[j]?.start, other.sentences[j]?.end).search(NEGATION) >= 0);
		return mostInOneSentence(said, negated) < SAME_NEGATED_SHARE * said.size;
	};
}
