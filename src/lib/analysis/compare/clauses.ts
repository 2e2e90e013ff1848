// Splits a sentence into clauses, so that one part of a sentence can be told apart from another when only
// one of them has a counterpart in the other report: "Trustees warned the fund will be exhausted in 2036 |
// and under current law, seniors would then face a 23 percent cut". A clause starts after a semicolon, a
// colon or a spaced dash, at a comma followed by a word that opens a clause (a conjunction, a relative
// pronoun, a participle: ", disavowing racially charged signs"), before "but", and after the comma that
// closes a fronted subordinate clause ("After the mayors of Chicago and Boston heaped scorn upon the company, |
// the mayor of Washington suggested …") or a clause set off by commas (", who …, | said"). A piece with too few content words to be judged on its own joins
// its neighbour.
import type { Span } from '../types';
import type { Word } from './words';

/** A clause needs this many content words to be judged alone; a shorter piece joins its neighbour. */
export const MIN_CLAUSE_WORDS = 3;

// Words that open a clause after a comma: coordinating conjunctions, subordinators, relative pronouns and
// the participles that introduce reported speech (English grammar, not any one report). Not "or": after a
// comma it mostly joins the last item of a list ("his Twitter account, or a related photo-sharing site").
const OPENERS = new Set(
	(
		'and but yet so though although while whereas because since as after before when whenever where if unless until ' +
		'who whom whose which saying adding noting according including'
	).split(' '),
);
// Subordinators that can start a sentence with a clause ended by a comma.
const FRONTED = new Set('after although though while when whenever as because since if unless until before once despite'.split(' '));
// Openers of a clause set off by commas on both sides.
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
/** A present participle after a comma opens a clause (", trying to …"); short words in -ing ("king", "thing") do not. */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

// One pass over the sentence finds every candidate cut: the capture is the lower-case word after a comma.
const CUT = /;\s+|:\s+|\s+(?:--|—|–)\s*|\s*—\s+|[,?!][”"]\s+|,\s+(\p{Ll}[\p{L}’'-]*)|\s+(?=but\s)/gu;
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

/** Offsets into the text where a clause of `sentence` starts (the sentence's own start excluded). */
function cuts(text: string, sentence: Span): number[] {
	const t = text.slice(sentence.start, sentence.end);
	const out: number[] = [];
	CUT.lastIndex = 0;
	// Inside a clause opened by a relative pronoun or a participle after a comma, the next comma closes it:
	// "Weiner, | trying to put to rest a bizarre episode …, | emphatically denied …".
	let parenthetical = false;
	for (let m = CUT.exec(t); m; m = CUT.exec(t)) {
		const after = m[1];
		// A comma followed by a lower-case word (the capture); every other match is a cut as it stands.
		const comma = after !== undefined;
		const opens = !!after && (OPENERS.has(after) || PARTICIPLE.test(after));
		if (comma && !opens && !parenthetical) continue;
		parenthetical = comma && opens && (RELATIVE.has(after ?? '') || PARTICIPLE.test(after ?? ''));
		out.push(sentence.start + m.index + (after ? m[0].length - after.length : m[0].length));
	}
	const first = FIRST_WORD.exec(t)?.[1]?.toLowerCase();
	if (first && FRONTED.has(first)) {
		const comma = t.indexOf(', ');
		if (comma > 0) out.push(sentence.start + comma + 2);
	}
	return out.sort((x, y) => x - y);
}

/**
 * The clauses of a sentence, each with its content words (`words`: the sentence's content words, in text
 * order). Every word of the sentence is in exactly one clause.
 */
export function clausesOf(text: string, sentence: Span, words: readonly Word[]): { span: Span; words: Word[] }[] {
	const pieces: { span: Span; words: Word[] }[] = [];
	let from = sentence.start;
	for (const at of [...cuts(text, sentence), sentence.end]) {
		if (at <= from) continue;
		pieces.push({ span: { start: from, end: at }, words: [] });
		from = at;
	}
	let k = 0;
	for (const w of words) {
		while (k + 1 < pieces.length && w.start >= (pieces[k + 1]?.span.start ?? Infinity)) k++;
		pieces[k]?.words.push(w);
	}
	const out: { span: Span; words: Word[] }[] = [];
	for (const p of pieces) {
		const prev = out[out.length - 1];
		if (prev && (p.words.length < MIN_CLAUSE_WORDS || prev.words.length < MIN_CLAUSE_WORDS)) {
			prev.span.end = p.span.end;
			prev.words.push(...p.words);
		} else out.push(p);
	}
	return out;
}
