// "Trump's claim that Mexico will pay for the wall", "the senator's belief that the deal is dead", "her
// argument that taxes must rise" — a noun of saying or believing with its owner and "that": the clause is
// the owner's claim, not the reporter's.
import { trimContent } from '../content';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';

const RULE = 'noun-cue';
/** Nouns that carry what someone said or believes in a "that" clause. */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'argument', 'arguments', 'belief', 'beliefs', 'view', 'insistence', 'suggestion', 'allegation', 'allegations', 'contention', 'promise', 'pledge', 'warning', 'charge', 'accusation', 'statement', 'announcement', 'prediction', 'admission', 'denial', 'assurance', 'concern', 'fear', 'hope', 'complaint', 'boast', 'vow', 'position']);
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const CLAUSE_END = /[;]|\s[—–]\s/;

export function nounCue(r: SentenceReader): Found[] {
	const ts = r.tokens;
	const out: Found[] = [];
	for (let i = 1; i < ts.length - 1; i++) {
		const noun = ts[i];
		if (!noun || !CLAIM_NOUNS.has(noun.lower) || ts[i + 1]?.lower !== 'that') continue;
		const owner = ts[i - 1];
		if (!owner) continue;
		// The owner: "Trump's", "the senator's", or "his"/"her"/"their" read as a pronoun.
		let speaker = null;
		if (owner.base !== owner.text) {
			let k = i - 1;
			while (k > 0 && (ts[k - 1]?.cap || ts[k - 1]?.lower === 'the') && i - k < 5) k--;
			speaker = r.resolve(r.np(k, i));
		} else if (POSSESSIVE_PRONOUN[owner.lower]) {
			speaker = r.resolve([{ ...owner, text: POSSESSIVE_PRONOUN[owner.lower] ?? owner.text, lower: POSSESSIVE_PRONOUN[owner.lower] ?? owner.lower }]);
		}
		if (!speaker || speaker.resolvedBy === 'unresolved') continue;
		const that = ts[i + 1];
		if (!that) continue;
		const rest = r.src.slice(that.end, r.s.end);
		const stop = rest.search(CLAUSE_END);
		const content = trimContent(r.src, that.end, stop >= 0 ? that.end + stop : r.s.end);
		if (content) out.push({ cue: { start: owner.start, end: noun.end }, content, verb: null, verbText: noun.lower, direct: false, speaker, category: 'said', rule: RULE });
	}
	return out;
}
