// Unnamed, uncounted people holding or voicing a view: "many believe", "some critics say", "many other
// senior colleagues had also expressed their concerns", "with many questioning", "critics warned". Who
// they are and how many is not said. Not vague sources: "how many people", "as many voters as possible",
// "many roads were closed" (no view is voiced).
import { REPORTING_VERBS } from '../lexicons/reporting-verbs';
import { ALSO_NOUNS, AUXILIARIES, BARE_VAGUE_HOLDERS, HOLDER_MODIFIERS, NOT_VAGUE_BEFORE, VAGUE_QUANTIFIERS, VIEW_HOLDERS, VIEW_VERBS } from '../lexicons/hedges';
import { at, found, isCapital, nextPast, type HedgeRule, type Tokens } from './sentence';
import { wordSet } from '../lexicons/word-set';

const OF_GROUP: ReadonlySet<string> = wordSet('them those us the');

const UNNAMED_PEOPLE = ' stands for people who are not named, so you cannot check who or how many they are.';

/** The verb after a group: "say", "have long argued", "had also expressed". -1 when none voices a view. */
function viewVerb(s: Tokens, j: number, ingAllowed: boolean): number {
	const v = nextPast(s, j - 1, AUXILIARIES);
	const t = at(s, v);
	if (!VIEW_VERBS.has(t) && !(REPORTING_VERBS.has(t) && !ALSO_NOUNS.has(t))) return -1;
	// "-ing" only in "with many questioning": "most telling" is a comparison.
	return t.endsWith('ing') && !ingAllowed ? -1 : v;
}

export const vagueSource: HedgeRule = {
	triggers: [...VAGUE_QUANTIFIERS, ...BARE_VAGUE_HOLDERS],
	read(s, i) {
		const word = at(s, i);
		const prev = at(s, i - 1);
		if (VAGUE_QUANTIFIERS.has(word)) {
			// "Edwards and others": others besides a named person, not a crowd.
			if (NOT_VAGUE_BEFORE.has(prev) || (word === 'others' && (prev === 'and' || prev === 'or'))) return null;
			let j = nextPast(s, i, HOLDER_MODIFIERS, 2);
			if (VIEW_HOLDERS.has(at(s, j))) j++;
			else if (at(s, j) === 'of' && OF_GROUP.has(at(s, j + 1))) {
				j = nextPast(s, j + 1, HOLDER_MODIFIERS, 2);
				if (VIEW_HOLDERS.has(at(s, j))) j++;
			} else if (at(s, j) === 'in' && isCapital(s, j + 1)) j += 2;
			if (at(s, j) === 'who') j++;
			// "with many questioning": the -ing form voices the view.
			if (viewVerb(s, j, prev === 'with') < 0) return null;
			return found(s, i, i, 'vague-source', 'vague-source', word, UNNAMED_PEOPLE);
		}
		// "critics say", "experts warned": the group alone, when no quantifier before it has been read.
		if (VAGUE_QUANTIFIERS.has(prev) || HOLDER_MODIFIERS.has(prev)) return null;
		const v = viewVerb(s, i + 1, false);
		if (v < 0) return null;
		return found(s, i, v, 'vague-source', 'vague-source', word, UNNAMED_PEOPLE);
	},
};
