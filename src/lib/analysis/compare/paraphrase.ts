// Two reports make the same point in other words: "will select a chairman" / "the selection of a chairman",
// "refused" / "his refusal", "cuts in benefits" / "reductions in benefits". A word's rough stem (words.ts) is
// carried one step further, to what the word and its nominalisation, or its common synonym, share: a noun
// made from a verb by a regular suffix (-ation, -ition, -tion, -al, -ance/-ence) or an irregular one
// (lexicons/paraphrase.ts), the British -ise spelling, and a small WordNet synonym group. What this finds
// leans towards "both reports": a point called unique to one report when the other makes it in other words
// would key a wrong quiz answer.
import { IRREGULAR, SYNONYMS } from '../lexicons/paraphrase';

/**
 * A root left by taking off a suffix has at least this many letters: shorter roots are other words
 * ("nation" is no "n", "faction" no "fact", "tradition" no "trade", "coalition" no "coal").
 */
const MIN_ROOT = 5;

// Suffix → what replaces it, longest first. "-duction" keeps the verb's "duc" (reduce → reduction),
// "-scription" and "-ception" change it (describe → description, receive → reception), -ization and -ation
// go whole (organize → organization, allege → allegation), -ition too (oppose → opposition); "-tion" after c
// or p loses "-ion" (select → selection, adopt → adoption).
const RULES: readonly (readonly [string, string])[] = [
	['duction', 'duc'],
	['scription', 'scrib'],
	['ception', 'ceiv'],
	['ation', ''],
	['ition', ''],
	['ction', 'ct'],
	['ption', 'pt'],
	// refuse → refusal, approve → approval, withdraw → withdrawal ("-al" after other letters is an adjective:
	// "national", "political").
	['sal', 's'],
	['val', 'v'],
	['wal', 'w'],
	// accept → acceptance, insist → insistence (the stem has lost the final "e": "acceptanc").
	['anc', ''],
	['enc', ''],
	// An -ate verb's stem loses "-at" as its -ation noun does: investigate, investigation → "investig".
	['at', ''],
];

/** The root a stem shares with its verb, or the stem itself. */
function derivedRoot(stem: string): string {
	let root = stem;
	const rule = RULES.find(([suffix]) => stem.endsWith(suffix));
	if (rule) {
		const cut = stem.slice(0, stem.length - rule[0].length) + rule[1];
		if (cut.length >= MIN_ROOT) root = cut;
	}
	// British "-ise" is American "-ize" ("criticised" → "criticis", "organisation" → "organis").
	if (root.length >= 6 && root.endsWith('is')) return `${root.slice(0, -2)}iz`;
	// A final "y" is the "i" of its other forms: "deny", "denied", "denies"; "policy", "policies".
	return root.length >= 4 && root.endsWith('y') ? `${root.slice(0, -1)}i` : root;
}

let keys: Map<string, string> | undefined;

/** Stem → the key it shares with its paraphrases, built from the lexicons on first use. */
function keyMap(stemOf: (word: string) => string): Map<string, string> {
	const map = new Map<string, string>();
	for (const pair of IRREGULAR.split(' ')) {
		const [noun = '', verb = ''] = pair.split(':');
		map.set(stemOf(noun), derivedRoot(stemOf(verb)));
	}
	const root = (word: string) => {
		const s = stemOf(word);
		return map.get(s) ?? derivedRoot(s);
	};
	for (const group of SYNONYMS.split(';')) {
		const words = group.split(' ');
		const head = root(words[0] ?? '');
		for (const w of words) map.set(root(w), head);
	}
	return map;
}

/**
 * What `stem` (the rough stem of a word, from `stemOf`) shares with its nominalisations and synonyms:
 * "selection" and "select" → "select", "cut" and "reduction" → "reduc".
 */
export function paraphraseKey(stem: string, stemOf: (word: string) => string): string {
	keys ??= keyMap(stemOf);
	const direct = keys.get(stem);
	if (direct !== undefined) return direct;
	const root = derivedRoot(stem);
	return keys.get(root) ?? root;
}
