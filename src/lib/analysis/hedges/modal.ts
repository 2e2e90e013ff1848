// Modal verbs of possibility: "the toll may rise", "it might be used", "sales could continue". The claim is
// a possibility, not a fact. Not hedges: "May" the month or a name; "could not" (it was not possible);
// "could" of what someone was able to do ("he could see the smoke") or of a purpose ("so that they could
// vote"); "may" in a concession ("absurd as it may sound") or a set phrase ("whatever the case may be").
import { ABILITY_VERBS, ADVERBS, MODALS } from '../lexicons/hedges';
import { at, found, isCapital, isNegation, nextPast, type HedgeRule, type Tokens } from './sentence';

/** How far back a "so" makes "could" a purpose: "so that his father could work" has three words between. */
const PURPOSE_REACH = 4;

/** The verbs of a concession after "as it may": "Absurd as it may sound". */
const CONCEDED = /^(?:sound|seem|appear|be)$/;

function isPurpose(s: Tokens, i: number): boolean {
	for (let j = i - 1; j >= 0 && j >= i - PURPOSE_REACH; j--) {
		const t = at(s, j);
		if (t === 'so') return true;
		if (t === ',' || t === ';') return false;
	}
	return false;
}

export const modal: HedgeRule = {
	triggers: [...MODALS],
	read(s, i) {
		const word = at(s, i);
		// A capital "May" is the month or a name; "may 5" a date.
		if (word === 'may' && (isCapital(s, i) || /^\d/.test(at(s, i + 1)))) return null;
		const next = nextPast(s, i, ADVERBS);
		// "Absurd as it may sound", "strange as it might seem", "be that as it may": a concession, not a guess.
		if (at(s, i - 2) === 'as' && (CONCEDED.test(at(s, next)) || !/^\p{L}/u.test(at(s, i + 1)))) return null;
		// "whatever the case may be", "as the case may be", "come what may": set phrases that leave a choice open.
		if ((at(s, i - 1) === 'case' && at(s, i + 1) === 'be' && !/^\p{L}/u.test(at(s, i + 2))) || (at(s, i - 1) === 'what' && at(s, i - 2) === 'come')) return null;
		if (word === 'could') {
			if (isNegation(at(s, i + 1))) return null;
			if (ABILITY_VERBS.has(at(s, next)) || isPurpose(s, i)) return null;
		}
		const past = at(s, next) === 'have' || at(s, next) === '’ve' || at(s, next) === "'ve";
		return found(s, i, i, 'modal', 'possibility', word, past ? ' says this possibly happened; the report does not say it did.' : ' says this is possible, not that it is certain.');
	},
};
