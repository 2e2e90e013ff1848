// Beliefs, fears and conjectures someone holds (doxastic cues): "many believe the plan will fail", "he
// thought it was safe", "residents fear that", "some have speculated that", "in her view", "the belief
// that". What follows is a view, not an established fact. Passives with no one named ("it is believed
// that", "is thought to be") are the impersonal rule's. Not hedges: "believe in", "can't believe", "think
// about", "a think tank", "a thought", "the suspect", "assumed office", "no doubt".
import { ADVERBS, BE, BELIEF_NOUNS, BELIEF_VERBS, CLAUSE_OPENERS, DETERMINERS, FINITE, FUNCTION_WORDS, SUBJECT_PRONOUNS } from '../lexicons/hedges';
import { at, found, isCapital, isNegation, isWord, prevPast, type Found, type HedgeRule, type Tokens } from './sentence';
import { wordSet } from '../lexicons/word-set';

/** After "think": words that make it "consider" or an idiom, not a belief ("think about", "think tank"). */
const NOT_AFTER_THINK: ReadonlySet<string> = new Set(
	'about of tank tanks through twice back ahead again up big outside hard carefully differently straight clearly deeply'.split(' '),
);
/** Around "thought": words that make it the noun ("a thought", "school of thought", "thought leader"). */
const NOUN_THOUGHT_BEFORE: ReadonlySet<string> = new Set([...DETERMINERS, 'of', 'second', 'school', 'food', 'without', 'after', 'deep', 'serious', 'careful', 'little', 'much']);
const NOUN_THOUGHT_AFTER: ReadonlySet<string> = new Set('process processes leader leaders experiment experiments police crime provoking'.split(' '));
/** Adjectives that make "thinking" a way of thought ("wishful thinking", "the new thinking"). */
const THINKING_ADJECTIVES: ReadonlySet<string> = new Set('new wishful critical current conventional strategic original magical lateral group clear'.split(' '));
/** "in my view", "in the view of": not "in public view" (where it can be seen). */
const VIEW_HOLDER_DETERMINERS: ReadonlySet<string> = new Set('my his her their our its your the'.split(' '));
const MODAL_NEXT: ReadonlySet<string> = wordSet('would could might may will should must');
/** Before "doubt": words that make it certainty ("no doubt", "beyond doubt"). */
const CERTAIN_DOUBT_BEFORE: ReadonlySet<string> = new Set('no without beyond little'.split(' '));

const EXPLAIN: Readonly<Record<string, string>> = {
	believe: ' gives this as someone’s belief, not as an established fact.',
	think: ' gives this as someone’s opinion, not as a known fact.',
	suspect: ' gives this as a suspicion, not as something shown to be true.',
	assume: ' says this is taken to be so without being known.',
	suppose: ' says this is taken to be so without being known.',
	presume: ' says this is taken to be so without being known.',
	fear: ' tells you what people are afraid may happen or be true, not that it is so.',
	doubt: ' says someone is not sure this is so.',
	speculate: ' marks a guess: what someone thinks may be so, without knowing it.',
	reckon: ' gives this as someone’s opinion, not as a known fact.',
};
const NOUN_EXPLAIN = ' presents this as what someone believes, not as a fact.';

const endsWithQuestion = (s: Tokens): boolean => at(s, s.n - 1) === '?' || at(s, s.n - 2) === '?';

const belief = (s: Tokens, first: number, last: number, lemma: string): Found =>
	found(s, first, last, 'modal', 'belief', lemma, EXPLAIN[lemma] ?? NOUN_EXPLAIN);

/** How far the verb of a clause without "that" may follow: "fear the death toll could rise" is four words on. */
const CLAUSE_REACH = 6;

/** A clause without "that" follows: a subject, then a verb within reach ("fear the toll could rise"), not a thing ("fear the worst"). */
function bareClause(s: Tokens, i: number): boolean {
	if (!CLAUSE_OPENERS.has(at(s, i + 1)) && !(isWord(s, i + 1) && isCapital(s, i + 1))) return false;
	for (let j = i + 2; j < s.n && j <= i + CLAUSE_REACH; j++) {
		const t = at(s, j);
		if (FINITE.has(t) || MODAL_NEXT.has(t) || t === 'would') return true;
		if (!isWord(s, j)) return false;
	}
	return false;
}

/** A clause, a name or "so" starts right after the verb: "think (that) it is", "believe Smith", "think so". */
const clauseFollows = (s: Tokens, i: number): boolean => {
	const next = at(s, i + 1);
	return CLAUSE_OPENERS.has(next) || next === 'so' || (isWord(s, i + 1) && isCapital(s, i + 1));
};

function readVerb(s: Tokens, i: number, word: string, lemma: string): Found | null {
	const next = at(s, i + 1);
	const prev = at(s, i - 1);
	// "Believe" mid-sentence with a capital is a title or a name.
	if (i > 0 && isCapital(s, i)) return null;
	// "as some may believe.", "what he believes.": no content follows, so nothing is hedged.
	if (!isWord(s, i + 1) && lemma !== 'doubt') return null;
	// "is believed to", "it was feared that": no one is named as holding the belief; the impersonal rule reads it.
	if (BE.has(at(s, prevPast(s, i, ADVERBS)))) return null;
	switch (lemma) {
		case 'believe':
			if (next === 'in' || next === 'me' || (word === 'believing' && !clauseFollows(s, i))) return null;
			if ((next === 'it' && at(s, i + 2) === 'or') || (prev === 'you' && endsWithQuestion(s))) return null;
			if (isNegation(prev) || (prev === 'to' && (at(s, i - 2) === 'hard' || at(s, i - 2) === 'difficult'))) return null;
			return belief(s, i, i, lemma);
		case 'think':
			if (NOT_AFTER_THINK.has(next)) return null;
			// The past tense takes a clause ("thought it was", "some thought would"); "a complete thought" is the noun.
			if (word === 'thought' && (NOUN_THOUGHT_BEFORE.has(prev) || NOUN_THOUGHT_AFTER.has(next) || !(clauseFollows(s, i) || FINITE.has(next) || MODAL_NEXT.has(next)))) return null;
			if (word === 'thinking' && (DETERMINERS.has(prev) || THINKING_ADJECTIVES.has(prev) || !clauseFollows(s, i))) return null;
			// "make people think, because": no view follows. "Do you think …?": a question, not a view.
			if (!isWord(s, i + 1) || (prev === 'you' && endsWithQuestion(s))) return null;
			return belief(s, i, i, lemma);
		case 'suspect':
			// "The suspect", "suspects were held": the noun. The verb has "that" or a person before it.
			if (word === 'suspected') return null;
			if (next !== 'that' && !SUBJECT_PRONOUNS.has(prev) && prev !== 'to') return null;
			return belief(s, i, i, lemma);
		case 'assume':
			if (next !== 'that' && !(SUBJECT_PRONOUNS.has(next) && next !== 'that' && next !== 'this') && !bareClause(s, i)) return null;
			return belief(s, i, i, lemma);
		case 'suppose':
			return next === 'that' ? belief(s, i, i, lemma) : null;
		case 'presume':
			if (next === 'that') return belief(s, i, i, lemma);
			// "presumed dead": a guess about what is so.
			if (word === 'presumed' && isWord(s, i + 1) && !FUNCTION_WORDS.has(next)) {
				return found(s, i, i, 'modal', 'guess', lemma, ' says this is taken to be so without being known.');
			}
			return null;
		case 'fear':
			if (
				next === 'that' ||
				SUBJECT_PRONOUNS.has(next) ||
				prev === 'for' ||
				bareClause(s, i) ||
				(word === 'fears' && (next === 'of' || next === 'over' || next === 'about' || next === 'for'))
			) {
				return belief(s, i, i, lemma);
			}
			return null;
		case 'doubt':
			if (CERTAIN_DOUBT_BEFORE.has(prev) || (DETERMINERS.has(prev) && prev !== 'some' && prev !== 'many')) return null;
			if (next === 'that' || next === 'whether' || next === 'if') return belief(s, i, i, lemma);
			// "in doubt", "cast doubt on", "doubts about": the matter is open.
			if (prev === 'in' || prev.startsWith('cast') || prev.startsWith('rais') || (word === 'doubts' && (next === 'about' || next === 'over' || next === 'on' || next === 'as'))) {
				return found(s, i, i, 'modal', 'unknown', lemma, ' says it is not certain.');
			}
			return null;
		case 'reckon':
			return clauseFollows(s, i) || next === 'that' ? belief(s, i, i, lemma) : null;
		default:
			return belief(s, i, i, lemma);
	}
}

export const beliefs: HedgeRule = {
	triggers: [...BELIEF_VERBS.keys(), ...BELIEF_NOUNS],
	read(s, i) {
		const word = at(s, i);
		const lemma = BELIEF_VERBS.get(word);
		if (lemma) return readVerb(s, i, word, lemma);
		// "in her view", "in the view of": whose view is named; it is still a view.
		if ((word === 'view' || word === 'views') && at(s, i - 2) === 'in' && VIEW_HOLDER_DETERMINERS.has(at(s, i - 1))) return belief(s, i - 2, i, 'in-view');
		if (at(s, i + 1) !== 'that') return null;
		return belief(s, i, i, word);
	},
};
