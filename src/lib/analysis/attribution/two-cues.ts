// "Smith said the vote would go ahead, and while he was said to be confident, …" — two cues in one
// sentence: the first one's content stops where the clause holding the second cue begins.
import { IRREGULAR_PAST } from '../lexicons/function-words';
import { trimContent } from './content';
import type { Found } from './found';

// A comma between digits ("2,400") groups thousands; it breaks no clause.
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|;|\b(?:and|but|while|although|whereas)\b/g;
const LAST_WORD = /(\p{Ll}+)\s+$/u;
const VERB_FORM = /\p{Ll}{2}(?:ing|ed)$/u;
const NOUN_CUE = 'noun-cue';
const NAME_BEFORE = /\p{Lu}\p{L}*\s+$/u;
const NAME_AFTER = /^\s+\p{Lu}/u;
const CLAUSE_BREAK_AT_END = /(?:[,;]|\b(?:and|but|while|although|whereas))\s*$/;

/** Cuts, in place, each passage that runs over a later cue of the same sentence; `found` is one sentence's. */
export function cutAtSecondCue(src: string, sentenceStart: number, found: Found[]): void {
	found.sort((a, b) => a.cue.start - b.cue.start);
	for (let k = 0; k < found.length - 1; k++) {
		const a = found[k];
		const b = found[k + 1];
		if (!a || !b) continue;
		const runsOver = a.content.start < b.cue.start && b.cue.start < a.content.end;
		// Quotations and colon quotes end where their marks do; "According to X, …" at the start, or set inside its
		// clause ("The mayor, according to the paper, said …"), holds the whole sentence.
		// A stance ends at its own clause's end already (content.ts, clauseEnd), and an "and" inside it joins its objects.
		if (!runsOver || a.direct || a.category === 'colon-quote' || a.category === 'stance' || (a.category === 'according-to' && (a.cue.start === sentenceStart || a.content.start < a.cue.start))) continue;
		// Cut at the start of the clause that holds the second cue ("…, and while he was said to be …").
		const tail = src.slice(a.content.start, b.cue.start);
		// "… show that the numbers are wrong and appear to be aimed at …": how things look, joined on with no
		// comma, is a second predicate of what the first source says, not a clause of the reporter's.
		if (b.category === 'appearance' && a.verb && !/[,;]/.test(tail)) continue;
		// "… that AARP, …, was softening its opposition to cuts": a noun cue right after a verb of the first passage
		// is that verb's object, and opens no clause of its own ("…, despite his stance on …" may be the reporter's).
		const before = LAST_WORD.exec(tail)?.[1] ?? '';
		if (b.rule.startsWith(NOUN_CUE) && (VERB_FORM.test(before) || IRREGULAR_PAST.has(before))) continue;
		let cut = -1;
		for (const m of tail.matchAll(CLAUSE_BREAK)) {
			// "said it was concerning, and that colleagues had expressed concerns": "and that" goes on with what
			// the first verb said; the second cue is inside it.
			if (/^[,;]?\s*(?:and|but)?\s*that\b/.test(tail.slice(m.index + m[0].length).replace(/^\s*(?:and|but)\b/, ''))) continue;
			// "attacks like Paris and Brussels make it …": an "and" between two names joins them, not two clauses.
			if (m[0] === 'and' && NAME_BEFORE.test(tail.slice(0, m.index)) && NAME_AFTER.test(tail.slice(m.index + 3))) continue;
			cut = m.index;
		}
		// No break: the second cue is inside what the first speaker says ("Song said Clinton had said …"): nested.
		if (cut <= 0) continue;
		for (let m = CLAUSE_BREAK_AT_END.exec(tail.slice(0, cut)); m && cut > 0; m = CLAUSE_BREAK_AT_END.exec(tail.slice(0, cut))) cut = m.index;
		const trimmed = trimContent(src, a.content.start, cut > 0 ? a.content.start + cut : b.cue.start);
		if (trimmed) a.content = trimmed;
	}
}
