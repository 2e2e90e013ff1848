// Claims and charges passed on without the writer vouching for them: "Israel claims, without evidence,
// that", "her claim that", "the alleged fraud", "he was accused of lying", "Ware insists that", "the
// suspected gunman", "so-called “experts”". The verbs are the reporting verbs whose colour is
// "distancing" (lexicons/reporting-verbs.ts), read here in the sense of stating something. Not hedges:
// "claimed victory", "claim the nomination", "insurance claims" (taking or asking for a thing); "insisted
// on", "insisted that he be freed" (a demand); "the accused" (a person); "so-called" naming a term ("the
// so-called Cadillac tax"), which only names it.
import { REPORTING_VERBS } from '../lexicons/reporting-verbs';
import {
	ACCUSE_VERBS,
	ADVERBS,
	BE,
	CLAIM_FORM_WORDS,
	CLAIM_MONEY_WORDS,
	CLAIM_NOUN_BEFORE,
	CLAIM_NOUNS,
	CLAIM_TAKE_OBJECTS,
	CLAUSE_OPENERS,
	DEMAND_WORDS,
	DETERMINERS,
	DISTANCING_WORDS,
	FINITE,
	FUNCTION_WORDS,
	FUTURE,
	VAGUE_QUANTIFIERS,
} from '../lexicons/hedges';
import { at, endOf, findAhead, found, isWord, prevPast, type Found, type HedgeRule, type Tokens } from './sentence';

/** The verbs that pass a claim on at arm's length, each form to its lemma ("insists" → "insist"). */
const DISTANCING_VERBS: ReadonlyMap<string, { lemma: string; needsThat: boolean }> = new Map(
	[...REPORTING_VERBS].filter(([, v]) => v.colour === 'distancing').map(([form, v]) => [form, { lemma: v.lemma, needsThat: v.frame === 'weak' }]),
);

/** How far "of" may follow a passive "accused": "was accused by the Israeli Police of" is five words. */
const ACCUSED_OF_REACH = 6;
const OF: ReadonlySet<string> = new Set(['of']);
/** How far a demand's "should", "must" or "be" may follow "insisted": "insisted that any new package be" is five words. */
const DEMAND_REACH = 6;
/** How far a taken thing may follow "claim": "claimed a commanding majority" is three words. */
const TAKE_REACH = 3;

const PASSES_ON = ' passes on what someone says without the writer saying it is true.';
const EXPLAIN: Readonly<Record<string, string>> = {
	'claim-noun': ' calls this a claim: something said, not something shown to be true.',
	insist: ' tells you the claim was made firmly, against doubt; the writer does not say it is true.',
	alleged: ' means this is a charge that has not been proven.',
	allegedly: ' means this is a charge that has not been proven.',
	allegation: ' calls this a charge, not something that has been proven.',
	accused: ' reports a charge against someone; it has not been proven.',
	accusation: ' calls this a charge, not something that has been proven.',
	suspected: ' means this is suspected, not proven.',
	'so-called': ' with the quotation marks says the writer does not accept the label.',
};
const explain = (cue: string) => EXPLAIN[cue] ?? PASSES_ON;

const distancing = (s: Tokens, first: number, last: number, cue: string): Found => found(s, first, last, 'distancing-verb', 'distancing', cue, explain(cue));

/** "claimed victory", "claim the nomination", "claims more territory": to claim is to take or ask for. */
function takesThing(s: Tokens, i: number): boolean {
	let j = i + 1;
	if (at(s, j) === 'to' && (at(s, j + 1) === 'the' || at(s, j + 1) === 'a')) return true;
	for (; j < s.n && j <= i + TAKE_REACH; j++) {
		const t = at(s, j);
		if (CLAIM_TAKE_OBJECTS.has(t)) return true;
		if (!isWord(s, j) || t === 'that' || t === 'to') return false;
	}
	return false;
}

/** "insisted that any package include", "insisted on": a demand, not a claim. */
function isDemand(s: Tokens, i: number): boolean {
	if (at(s, i + 1) === 'on' || at(s, i + 1) === 'upon') return true;
	for (let j = i + 1; j < s.n && j <= i + DEMAND_REACH; j++) {
		const t = at(s, j);
		if (DEMAND_WORDS.has(t)) return true;
		if (FINITE.has(t) || FUTURE.has(t) || t === 'would' || !isWord(s, j)) return false;
	}
	return false;
}

function claimWord(s: Tokens, i: number, word: string): Found | null {
	const prev = at(s, i - 1);
	const next = at(s, i + 1);
	if (CLAIM_MONEY_WORDS.has(prev) || CLAIM_TAKE_OBJECTS.has(prev) || CLAIM_FORM_WORDS.has(next) || (next === 'of' && at(s, i + 2) === 'right')) return null;
	// "claimed by the Islamic State": responsibility taken.
	if (takesThing(s, i) || (word === 'claimed' && next === 'by')) return null;
	// "some claim that" is the verb after a quantifier; "many claims" the noun.
	const quantified = VAGUE_QUANTIFIERS.has(prev) && (next === 'that' || CLAUSE_OPENERS.has(next));
	const isNoun = (word === 'claim' || word === 'claims') && !quantified && (CLAIM_NOUN_BEFORE.has(prev) || VAGUE_QUANTIFIERS.has(prev) || /['’]s$/.test(prev) || BE.has(next));
	// "claims on the estate", "its claim over the sea": a right to something.
	if (isNoun && (next === 'on' || next === 'over')) return null;
	return distancing(s, i, i, isNoun ? 'claim-noun' : 'claim');
}

export const distancingWords: HedgeRule = {
	triggers: [...DISTANCING_VERBS.keys(), ...DISTANCING_WORDS, ...CLAIM_NOUNS, ...ACCUSE_VERBS, 'so-called', 'supposed', 'suspected', 'suspicion'],
	read(s, i) {
		const word = at(s, i);
		const next = at(s, i + 1);
		if (DISTANCING_WORDS.has(word)) return distancing(s, i, i, word);
		if (word === 'allegation' || word === 'allegations') return distancing(s, i, i, 'allegation');
		if (word.startsWith('claim')) return claimWord(s, i, word);
		if (word === 'accusation' || word === 'accusations') return distancing(s, i, i, 'accusation');
		if (ACCUSE_VERBS.has(word)) {
			// "was accused of", "developers accused of": a charge with no accuser named. The active "X accused Y
			// of" is an attribution with a neutral verb, which the attribution rules read.
			if (word !== 'accused') return null;
			const passive = BE.has(at(s, prevPast(s, i, ADVERBS))) || next === 'of';
			return passive && findAhead(s, i + 1, OF, ACCUSED_OF_REACH) >= 0 ? distancing(s, i, i, 'accused') : null;
		}
		if (word === 'so-called') {
			// Scare quotes around one word after it: the writer rejects the label. Without them it names a term.
			const rest = s.text.slice(endOf(s, i), endOf(s, i) + 40);
			return /^\s*[“"‘']\s*\p{Ll}[\p{L}'’-]*\s*[”"’']/u.test(rest) ? distancing(s, i, i, 'so-called') : null;
		}
		if (word === 'supposed') {
			// "the supposed benefits"; "is supposed to" is an obligation.
			return DETERMINERS.has(at(s, i - 1)) && isWord(s, i + 1) && next !== 'to' ? distancing(s, i, i, 'supposed') : null;
		}
		if (word === 'suspected') {
			if (next === 'that') return null;
			// "is suspected of", "the suspected gunman", "suspected militants".
			const passive = BE.has(at(s, prevPast(s, i, ADVERBS)));
			if (passive ? next === 'of' || next === 'to' || next === 'in' : isWord(s, i + 1) && !FUNCTION_WORDS.has(next)) return distancing(s, i, i, 'suspected');
			return null;
		}
		if (word === 'suspicion') return at(s, i - 1) === 'on' && next === 'of' ? distancing(s, i - 1, i + 1, 'on-suspicion-of') : null;
		const verb = DISTANCING_VERBS.get(word);
		if (!verb) return null;
		if (verb.needsThat && next !== 'that') return null;
		if (verb.lemma === 'insist' && isDemand(s, i)) return null;
		if (verb.lemma === 'assert' && next !== 'that') return null;
		return distancing(s, i, i, verb.lemma);
	},
};
