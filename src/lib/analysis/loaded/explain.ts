// Writes the explanation of one loaded word for the sentence it stands in: what the word does to what it
// describes ("“ridiculous” judges the plans…"), the plainer word where there is one ("“slammed” … a
// plain word would be “criticised”"), and whose words they are (the reporter's, or the named source's).
// A part of the sentence is named only when the sentence's shape makes it certain; otherwise the
// explanation stays with the word itself, so it is never false about this sentence.
import { ASIDES, DOUBTING, FUNCTION_WORDS, PLAINER, type WordCategory } from '../lexicons/loaded';
import type { Token } from '../tokens';
import type { Voiced } from '../voice';

// Words before an adjective that show it stands before its noun ("a ridiculous plan", "their greedy bosses").
const BEFORE_NOUN_PHRASE = new Set('a an the this that these those his her its their our your my such some any no every another what'.split(' '));

/** The word a loaded word describes or strengthens, when the sentence's shape leaves no doubt; else null. */
export function headAfter(tokens: readonly Token[], to: number): Token | null {
	const t = tokens[to];
	if (!t || t.cap || !/^[\p{Ll}][\p{Ll}’'-]*$/u.test(t.text) || FUNCTION_WORDS.has(t.lower)) return null;
	return t;
}

export function describedNoun(tokens: readonly Token[], from: number, to: number): string | null {
	const before = tokens[from - 1]?.lower ?? '';
	if (!BEFORE_NOUN_PHRASE.has(before)) return null;
	const head = headAfter(tokens, to);
	// "-ly" words and verb forms after the adjective would make "the ridiculous quickly" nonsense.
	if (!head || /(?:ly|ing|ed)$/.test(head.lower)) return null;
	const after = tokens[to + 1];
	// "a ridiculous peace plan": the head is the last noun, not the first; leave it unnamed.
	if (after && headAfter(tokens, to + 1) && !/^(?:of|to|for|in|on|at|by|with|that|which|who)$/.test(after.lower)) return null;
	return head.text;
}

function whose(v: Voiced, inHeadline: boolean): string {
	if (inHeadline && v.voice === 'reporter') return ' The headline says it in the report’s own voice.';
	if (v.voice === 'reporter') return v.lifted ? ' The quotation marks show the wording is someone else’s, which the report chose to repeat.' : ' These are the reporter’s own words.';
	if (!v.speaker) return ' These are a quoted source’s words, which the report passes on.';
	// "The president" inside a sentence reads "the president"; a name keeps its capitals.
	const who = v.speaker.replace(/^(The|A|An) /, (m) => m.toLowerCase());
	return ` These are the words of ${who}, which the report passes on.`;
}

export interface Explained {
	/** The word or phrase as written. */
	written: string;
	entry: string;
	category: WordCategory;
	/** The noun the word describes, or the word an intensifier strengthens. */
	target: string | null;
	voiced: Voiced;
	inHeadline: boolean;
}

export function explain(x: Explained): string {
	const w = `“${x.written}”`;
	const plain = PLAINER.get(x.entry);
	let what: string;
	if (DOUBTING.has(x.entry))
		what = x.target ? `${w} casts doubt on “${x.target}”: it hints that the name does not fit, without saying why.` : `${w} casts doubt on the name that follows it, without saying why.`;
	else if (ASIDES.has(x.entry)) what = `${w} comments on what is reported: it tells you what to make of it instead of only reporting it.`;
	else if (plain) what = `${w} is a charged way of saying “${plain}”: it adds drama or a point of view that the plain word would not.`;
	else if (x.category === 'intensifier')
		what = x.target ? `${w} turns up “${x.target}”: it makes the claim sound stronger than the plain word would.` : `${w} turns up the strength of the claim.`;
	else if (x.category === 'label')
		what = x.target
			? `${w} is a label for “${x.target}”: it sorts them by a judgement instead of saying what they stand for or did.`
			: `${w} is a label: it judges the people or body it names instead of saying what they did.`;
	else if (x.category === 'figurative') what = `${w} is a figure of speech: it adds drama or a point of view instead of saying plainly what happened.`;
	else if (x.category === 'emotive')
		what = x.target ? `${w}, said of “${x.target}”, tells you how to feel, not only what happened.` : `${w} is an emotional word: it tells you how to feel, not only what happened.`;
	else what = x.target ? `${w}, said of “${x.target}”, passes judgement instead of only describing.` : `${w} passes judgement instead of only describing.`;
	return what + whose(x.voiced, x.inHeadline);
}
