// Likelihood and forecasts: "the strike is likely to spread", "it was probably an accident", "the vote is
// expected to pass", "analysts predicted that". Whether the guess is about the future or about what is or
// was so is read from the verb that follows: "likely to win", "will probably" look ahead; "probably
// was", "likely caused" guess at the present or past. Not hedges: "likely voters" (a term of polling),
// "than expected" and "as expected" (the forecast is history), "as predicted".
import { ADVERBS, BE, CLAUSE_MARKS, DETERMINERS, FINITE, FUNCTION_WORDS, FUTURE, LIKELIHOOD, POLLING_NOUNS, PREDICTION_NOUNS, PREDICTION_VERBS } from '../lexicons/hedges';
import { at, findAhead, found, isWord, prevPast, type HedgeRule, type Tokens } from './sentence';
import type { HedgeSense } from '../types';
import { wordSet } from '../lexicons/word-set';

/** How far after the cue the verb that tells the time is looked for: "likely that the new bill will" is five words. */
const TENSE_REACH = 8;

/** A guess about what will happen, or about what is or was so, read from the verbs around the cue. */
function timeOf(s: Tokens, i: number, fallback: HedgeSense): HedgeSense {
	const before = at(s, i - 1);
	// "the likely nominee", "Likely Republican nominee Donald Trump has": the verb ahead is the sentence's, not the guess's.
	if (i === 0 || DETERMINERS.has(before) || (before === 'most' && DETERMINERS.has(at(s, i - 2)))) return fallback;
	if (FUTURE.has(before) || before === 'would' || FUTURE.has(at(s, i - 2))) return 'prediction';
	// "was likely the work of", "is probably true": the guess is about what is or was, unless "to" or "that"
	// carries it forward ("is likely to spread", "it is likely that … will").
	const next = at(s, i + 1);
	if (FINITE.has(at(s, prevPast(s, i, ADVERBS))) && isWord(s, i + 1) && next !== 'to' && next !== 'that' && !FUTURE.has(next)) return 'guess';
	for (let j = i + 1; j < s.n && j <= i + TENSE_REACH; j++) {
		const t = at(s, j);
		if (CLAUSE_MARKS.has(t)) break;
		if (FUTURE.has(t) || t === 'would') return 'prediction';
		if (t === 'to') return at(s, j + 1) === 'have' ? 'guess' : 'prediction';
		if (FINITE.has(t)) return 'guess';
		// "probably caused", "likely died": a past verb straight after the cue.
		if (j === i + 1 && /[a-z]ed$/.test(t)) return 'guess';
	}
	return fallback;
}

const THAT_OR_TO: ReadonlySet<string> = wordSet('that to');

/** How far a forecast's "that" or "to" may follow its verb: "expects the central bank's rate to rise" is five words. */
const OBJECT_REACH = 5;

const PREDICTS = ' is a guess about what will happen; it has not happened yet.';
const GUESSES = ' marks a guess about what is or was so; the report does not know it for certain.';

export const likelihood: HedgeRule = {
	triggers: [...LIKELIHOOD, ...PREDICTION_VERBS, ...PREDICTION_NOUNS],
	read(s, i) {
		const word = at(s, i);
		if (LIKELIHOOD.has(word)) {
			// "probable cause" is the law's name for grounds to arrest or search, not a guess.
			if (findAhead(s, i + 1, POLLING_NOUNS, 3) >= 0 || (word === 'probable' && at(s, i + 1) === 'cause')) return null;
			// "more likely to vote", "less likely to own": a comparison of chances, reported, not a guess.
			const before = at(s, i - 1);
			if (before === 'more' || before === 'less') return null;
			// "some unlikely allies", "an unlikely hero": surprising, not improbable.
			if (word === 'unlikely' && (DETERMINERS.has(before) || i === 0) && isWord(s, i + 1) && !FUNCTION_WORDS.has(at(s, i + 1))) return null;
			const guessFirst = word === 'probably' || word === 'presumably' || word === 'probable' || word === 'improbable';
			const sense = timeOf(s, i, guessFirst ? 'guess' : 'prediction');
			// A guess about what will happen is speculation; one about what is or was leaves room for it not being so.
			return sense === 'prediction' ? found(s, i, i, 'speculation', sense, word, PREDICTS) : found(s, i, i, 'modal', sense, word, GUESSES);
		}
		const prev = at(s, i - 1);
		if (prev === 'than' || prev === 'as') return null;
		if (PREDICTION_NOUNS.has(word) && !PREDICTION_VERBS.has(word)) {
			if (at(s, i + 1) !== 'that') return null;
			return found(s, i, i, 'speculation', 'prediction', word, ' is a forecast of what will happen, not a fact.');
		}
		// Passive: "is expected to pass", "was widely predicted that": the forecast's makers go unnamed.
		const be = prevPast(s, i, ADVERBS);
		if (BE.has(at(s, be))) {
			const next = at(s, i + 1);
			if (next !== 'to' && next !== 'that') return null;
			const last = next === 'to' ? i + 1 : i;
			return found(s, be, last, 'speculation', 'prediction', word, ' forecasts what will happen; it has not happened yet, and we are not told who expects it.');
		}
		// "The widely expected choice": a forecast used as an adjective.
		if (word === 'expected' && ADVERBS.has(prev) && isWord(s, i + 1)) return found(s, i - 1, i, 'speculation', 'prediction', word, PREDICTS);
		// Active: "analysts expect the rate to rise", "she predicted that": a clause or "to" must follow soon.
		if (findAhead(s, i + 1, THAT_OR_TO, OBJECT_REACH) < 0) return null;
		// "Expecting a baby", "expecting visitors": only "expecting that" or "expecting to" forecast.
		if (word === 'expecting' && !THAT_OR_TO.has(at(s, i + 1))) return null;
		return found(s, i, i, 'speculation', 'prediction', word, ' gives a forecast of what will happen, not a fact.');
	},
};
