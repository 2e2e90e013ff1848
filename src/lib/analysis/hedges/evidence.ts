// Evidence that points without proving: "the data suggest that", "a study indicates", "moulting, which
// suggests they belong"; and a person putting something forward tentatively: "some have suggested that".
// Passives with no one named ("it has been suggested") are the impersonal rule's. Not hedges: "suggested a
// compromise", "indicated the exit" (a thing proposed or pointed at, not a claim).
import { DOCUMENT_NOUNS } from '../lexicons/names';
import { ADVERBS, BE, DETERMINERS, EVIDENCE_NOUNS, EVIDENCE_VERBS, HOLDER_MODIFIERS, SUBJECT_PRONOUNS } from '../lexicons/hedges';
import { at, found, isCapital, isWord, prevPast, type HedgeRule } from './sentence';

/** How far back the thing that suggests may stand: "the findings of a 2008 study" end three words before. */
const SUBJECT_REACH = 3;

const POINTS = ' says the evidence points this way, without proving it.';
const PUTS = ' puts this forward as possible, not as established.';

const isEvidence = (t: string): boolean => EVIDENCE_NOUNS.has(t) || DOCUMENT_NOUNS.has(t);

export const evidence: HedgeRule = {
	triggers: [...EVIDENCE_VERBS, 'suggestion', 'suggestions', 'indication', 'indications'],
	read(s, i) {
		const word = at(s, i);
		const next = at(s, i + 1);
		const lemma = word.startsWith('sugg') ? 'suggest' : word.startsWith('ind') ? 'indicate' : 'imply';
		if (word.endsWith('ion') || word.endsWith('ions')) {
			if (next !== 'that') return null;
			return lemma === 'indicate' ? found(s, i, i, 'modal', 'evidence', word, POINTS) : found(s, i, i, 'modal', 'belief', word, PUTS);
		}
		if (BE.has(at(s, prevPast(s, i, ADVERBS)))) return null;
		// The subject: an evidence noun just before, over adverbs, modifiers and determiners.
		for (let j = i - 1; j >= 0 && j >= i - SUBJECT_REACH; j--) {
			const t = at(s, j);
			if (isEvidence(t)) return found(s, i, i, 'modal', 'evidence', lemma, POINTS);
			if (!isWord(s, j) || !(ADVERBS.has(t) || DETERMINERS.has(t) || HOLDER_MODIFIERS.has(t) || t === 'also' || t === 'strongly' || /^\d/.test(t))) break;
		}
		if (next === 'that' || (SUBJECT_PRONOUNS.has(next) && next !== 'that' && next !== 'this') || (isWord(s, i + 1) && isCapital(s, i + 1) && lemma === 'suggest')) {
			return found(s, i, i, 'modal', 'belief', lemma, PUTS);
		}
		return null;
	},
};
