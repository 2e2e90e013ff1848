// "Trump's claim that Mexico will pay for the wall", "the senator's belief that the deal is dead", "her
// argument that taxes must rise" — a noun of saying or believing with its owner and "that": the clause is
// the owner's claim, not the reporter's. "Trump's support for waterboarding", "her criticism of the deal",
// "his calls for a ban", "Clinton's plan to raise taxes" — a noun of stance with its owner and the preposition
// it takes: the complement is the owner's stance.
import { clauseEnd, trimContent } from '../content';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { wordSet } from '../../lexicons/word-set';

const CLAIM_RULE = 'noun-cue/claim';
const STANCE_RULE = 'noun-cue/stance';
/** Nouns that carry what someone said or believes in a "that" clause. */
const CLAIM_NOUNS = wordSet(
	'claim claims assertion assertions argument arguments belief beliefs view insistence suggestion allegation ' +
		'allegations contention promise pledge warning charge accusation statement announcement prediction admission ' +
		'denial assurance concern fear hope complaint boast vow position',
);
/**
 * Nouns of stance and the prepositions they take: the nominalizations of the stance and saying verbs
 * (lexicons/reporting-verbs.ts), as FrameNet lists them under the same frames (Taking_sides: support,
 * opposition; Judgment_communication: criticism, praise, attack; Request: call, demand; Commitment: promise,
 * pledge, vow; Purpose: plan, intention; Opinion: view, position).
 */
const STANCE_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	(
		[
			['support', 'for of'], ['opposition', 'to'], ['criticism', 'of'], ['criticisms', 'of'], ['praise', 'for of'], ['attack', 'on'], ['attacks', 'on'],
			['endorsement', 'of'], ['call', 'for'], ['calls', 'for'], ['demand', 'for'], ['demands', 'for'], ['plan', 'to for'], ['plans', 'to for'],
			['promise', 'to of'], ['promises', 'to of'], ['pledge', 'to'], ['vow', 'to'], ['decision', 'to'], ['refusal', 'to'], ['threat', 'to'],
			['push', 'for'], ['bid', 'to for'], ['proposal', 'to for'], ['view', 'of on'], ['views', 'on of'], ['position', 'on'], ['stance', 'on'],
			['concern', 'about over'], ['concerns', 'about over'], ['complaint', 'about'], ['complaints', 'about'], ['defense', 'of'], ['defence', 'of'],
			['comments', 'about on'], ['remarks', 'about on'], ['embrace', 'of'], ['rejection', 'of'], ['condemnation', 'of'], ['backing', 'of for'],
		] as const
	).map(([noun, preps]) => [noun, new Set(preps.split(' '))]),
);
/** Adjectives between an owner and the noun are at most this many ("Trump's recent evidence-free assertion"). */
const MODIFIERS_MAX = 3;
/**
 * A lower-case word shaped as an adjective ("recent", "persistent", "continued", "false", "by-now-familiar"), not
 * a plural noun or a verb ("her allies fear that …" has a verb, "fear", and its subject, "allies").
 */
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:-\p{Ll}+|ent|ant|ive|al|ous|ful|less|ic|ed|false|own|new|latest|long)$/u;
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const CLAUSE_END = /[;]|\s[—–]\s/;

/** The rule reads only sentences with one of its nouns (find-attributions.ts). */
export const NOUN_CUE_TRIGGERS: readonly string[] = [...CLAIM_NOUNS, ...STANCE_NOUNS.keys()];

export function nounCue(r: SentenceReader): Found[] {
	const ts = r.tokens;
	const out: Found[] = [];
	for (let i = 1; i < ts.length - 1; i++) {
		const noun = ts[i];
		if (!noun) continue;
		const prep = ts[i + 1]?.lower ?? '';
		const claim = CLAIM_NOUNS.has(noun.lower) && prep === 'that';
		const stance = STANCE_NOUNS.get(noun.lower)?.has(prep) === true;
		if (!claim && !stance) continue;
		// "Trump's recent claim that", "his persistent suggestion that": a few adjectives between the owner and the noun.
		let o = i - 1;
		while (o > 0 && i - 1 - o < MODIFIERS_MAX && ADJECTIVE.test(ts[o]?.text ?? '')) o--;
		const owner = ts[o];
		if (!owner) continue;
		// The owner: "Trump's", "the senator's", or "his"/"her"/"their" read as a pronoun.
		let speaker = null;
		if (owner.base !== owner.text) {
			let k = o;
			while (k > 0 && (ts[k - 1]?.cap || ts[k - 1]?.lower === 'the') && o + 1 - k < 5) k--;
			speaker = r.resolve(r.np(k, o + 1));
		} else if (POSSESSIVE_PRONOUN[owner.lower]) {
			speaker = r.resolve([{ ...owner, text: POSSESSIVE_PRONOUN[owner.lower] ?? owner.text, lower: POSSESSIVE_PRONOUN[owner.lower] ?? owner.lower }]);
		}
		if (!speaker || speaker.resolvedBy === 'unresolved') continue;
		const that = ts[i + 1];
		if (!that) continue;
		// A stance's complement ends with its clause ("his support for the ban, which …"); a claim runs on.
		const stop = claim ? r.src.slice(that.end, r.s.end).search(CLAUSE_END) : -1;
		const end = claim ? (stop >= 0 ? that.end + stop : r.s.end) : (ts[clauseEnd(r, i + 2, true)]?.start ?? r.s.end);
		// "his plan to raise taxes": the infinitive is the plan, "to" and all.
		const from = prep === 'to' ? that.start : that.end;
		const content = trimContent(r.src, from, end);
		const cueEnd = prep === 'to' ? noun.end : that.end;
		// "Trump's claim that …" passes on what its owner said; "his support for …" names a stance in the report's
		// own words, a looser reading: measured apart.
		if (content) out.push({ cue: { start: owner.start, end: cueEnd }, content, verb: null, verbText: r.src.slice(noun.start, cueEnd).toLowerCase(), direct: false, speaker, category: claim ? 'said' : 'stance', rule: claim ? CLAIM_RULE : STANCE_RULE });
	}
	return out;
}
