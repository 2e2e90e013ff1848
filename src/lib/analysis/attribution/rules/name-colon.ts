// "Sanders: Endorsements prove Clinton 'candidate of the establishment'" / "Rep. Trey Gowdy (R-S.C.): “I have
// not heard anyone …”" — a headline or a transcript line opens with a speaker's name and a colon: what
// follows is theirs. Only a name or a document the report resolves ("Report: …" is the report's), never a
// label of the page ("Update:", "Watch:", "Exclusive:").
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import { trimContent } from '../content';
import type { Found } from '../found';
import type { SentenceReader } from '../noun-phrase';
import { wordSet } from '../../lexicons/word-set';

const RULE = 'name-colon';
/** A name before the colon is at most this many words ("Former Secretary of State Hillary Rodham Clinton"). */
const NAME_MAX_TOKENS = 8;
/** Words that may stand before the name: "EXCLUSIVE – Roger Stone:". */
const DASHES = wordSet('— –');
const FIRST_PERSON = /\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b/;
/** A verb in a title-case headline: "Endorses", "Slams", "Says". */
const HEADLINE_VERB = /^\p{Lu}\p{Ll}+(?:es|ed)$/u;
/** Speakers named, or a document: not a role, a group or a pronoun. */
const SPEAKS = wordSet('name surname acronym document');

/** The rule reads only sentences with a colon (find-attributions.ts). */
export const NAME_COLON_TRIGGERS: readonly string[] = [':'];

export function nameColon(r: SentenceReader): Found[] {
	const ts = r.tokens;
	let colon = -1;
	for (let k = 1; k < ts.length && k <= NAME_MAX_TOKENS + 2; k++) {
		if (ts[k]?.text === ':') {
			colon = k;
			break;
		}
	}
	if (colon < 1) return [];
	// "EXCLUSIVE – Roger Stone: …": a page label before a dash is not part of the name.
	const dash = ts.slice(0, colon).findIndex((t) => DASHES.has(t.text));
	// "From Bush's Facebook post: “…”", "From the report: “…”": the paper quoted, or its owner, whatever its words.
	const quoted = ts[0]?.lower === 'from';
	const from = quoted ? 1 : dash >= 0 ? dash + 1 : 0;
	const np = ts.slice(from, colon);
	if (np.length === 0 || np.length > NAME_MAX_TOKENS || !(np[0]?.cap || quoted)) return [];
	// Only capitalized words, brackets and titles: "Donald Trump", "Rep. Trey Gowdy (R-S.C.)", "TRUMP".
	if (!quoted && !np.every((t) => t.cap || t.text === '.' || t.text === '(' || t.text === ')' || t.lower === 'of' || t.base !== t.text)) return [];
	// "Carly Fiorina Endorses Ted Cruz: …": a headline with a verb of its own, not a name.
	if (!quoted && np.some((t) => REPORTING_VERBS.has(t.lower) || HEADLINE_VERB.test(t.text))) return [];
	const speaker = r.resolve(r.np(from, colon));
	if (!speaker || !(SPEAKS.has(speaker.resolvedBy) || (quoted && speaker.entity)) || (speaker.kind !== 'person' && speaker.kind !== 'organization' && speaker.kind !== 'document')) return [];
	const c = ts[colon];
	if (!c) return [];
	const q = r.quotes.startingIn(c.end, c.end + 3);
	if (quoted && !q) return [];
	const content = q ? trimContent(r.src, q.inner.start, q.inner.end) : trimContent(r.src, c.end, r.s.end);
	const first = ts[from];
	if (!content || !first) return [];
	// A subheading in the body ("Sanders: Win in a walk.", "Clinton: 547.") is the reporter's; only a
	// headline, a quotation or words in the first person are the speaker's.
	const words = r.src.slice(content.start, content.end);
	if (!r.s.headline && !q && !FIRST_PERSON.test(words)) return [];
	return [{ cue: { start: first.start, end: c.end }, content, verb: null, verbText: ':', direct: !!q, speaker, category: q ? 'quote' : 'said', rule: RULE }];
}
