// Finds the passages one report gives in the words of a voice the other report never hears: a clause
// carried by an attribution whose source the other report neither quotes nor paraphrases ("Mr. Levin said
// no one had contacted his company", when the other report never has Levin speak), or by a sourcing phrase
// with no source to name ("It is understood that the agency has processes in place …"). The other report
// cannot carry words of someone it never quotes, so the passage is this report's alone, however many topic
// words it shares with the other, unless the other report's own narration makes the same claim: one of its
// sentences holds most of what the passage says. Passed on by a group ("critics", "Republicans"), a voice
// may well be heard in the other report under another name, and a spokesperson speaks for a body the other
// report hears ("John Reed, the union's policy chief"): neither is taken as unheard.
import type { Attribution, ReportAnalysis, Source, Span } from '../types';
import { wordSet } from '../lexicons/word-set';
import { MIN_CLAUSE_WORDS, type ClauseRange } from './clauses';
import { contentWords, type Word } from './words';

/**
 * The other report makes the same claim when one of its sentences holds this share of the passage's content
 * words. Two reports of one event share their topic words, so a passage in an unheard voice still finds a
 * third of its words in some sentence; the same claim told in other words keeps about half.
 */
const SAME_CLAIM_SHARE = 0.4;

/**
 * Cues of the reporter's own guess, not of a source left unnamed: "appears to", "seems", "is expected to". The
 * other report may guess the same in its own way, so the passage is no unheard voice's.
 */
const HEDGED_CUE = /^(?:appear|seem|expect)/i;

/** How a speaker was found, where the finding names no one voice the other report could name too. */
const UNNAMED = wordSet('group vague unresolved first-person');

/** Names of `s` that another text would use: its name and aliases. */
const namesOf = (s: Source): string[] => [s.name, ...s.aliases].filter((n) => n.length > 1).map((n) => n.toLowerCase().replace(/^the /, ''));

/** How many characters of a passage the attribution's content covers (negative when apart). */
export const covered = (x: Attribution, passage: Span): number => Math.min(x.content.end, passage.end) - Math.max(x.content.start, passage.start);

/** The most of `stems` that any one sentence of the other report holds. */
export function mostInOneSentence(stems: ReadonlySet<string>, other: readonly Set<string>[]): number {
	let most = 0;
	for (const sentence of other) {
		let n = 0;
		for (const x of stems) if (sentence.has(x)) n++;
		most = Math.max(most, n);
	}
	return most;
}

/**
 * Whether no sentence of the other report (`other`: its sentences as sets of stems) holds most of what a clause
 * says: its content words, at least MIN_CLAUSE_WORDS of them (fewer say too little to judge).
 */
export function toldNowhere(clause: ClauseRange, words: readonly Word[], other: () => readonly Set<string>[]): boolean {
	const said = new Set(words.slice(clause.from, clause.to).map((w) => w.stem));
	return said.size >= MIN_CLAUSE_WORDS && mostInOneSentence(said, other()) < SAME_CLAIM_SHARE * said.size;
}

/**
 * Whether a clause of `r` is in the words of a voice the other report never hears. `onlyHere`: ids of r's
 * sources heard nowhere in the other report. The test takes the clause, its sentence's content words and the
 * other report's sentences as sets of stems (made when first asked for).
 */
export function unheardVoice(r: ReportAnalysis, onlyHere: readonly string[]) {
	const only = new Set(onlyHere);
	// A source described as speaking for a source the other report hears is heard.
	const heard = r.sources.filter((s) => s.name && !only.has(s.id)).flatMap(namesOf);
	const speaksForHeard = (s: Source) => s.descriptions.some((d) => heard.some((n) => r.text.slice(d.start, d.end).toLowerCase().includes(n)));
	const unheard = new Set(r.sources.filter((s) => only.has(s.id) && !speaksForHeard(s)).map((s) => s.id));
	// A document known only by a common noun ("the missive", "the letter") may be the other report's "resolution".
	const common = (x: Attribution) => x.resolvedBy === 'document' && !/\p{Lu}/u.test(x.speaker.slice(1));
	const voiced = r.attributions.filter((x) => !UNNAMED.has(x.resolvedBy) && !common(x) && ((x.resolvedBy === 'impersonal' && !HEDGED_CUE.test(r.text.slice(x.cue.start, x.cue.end))) || unheard.has(x.sourceId)));
	return (clause: ClauseRange, words: readonly Word[], other: () => readonly Set<string>[]): boolean => {
		// The attribution whose content covers most of the clause carries it: looked for among the voiced ones
		// first (few), then among all only when one of those covers part of the clause.
		let main: Attribution | undefined;
		let most = 0;
		for (const x of voiced) if (covered(x, clause.span) > most) [main, most] = [x, covered(x, clause.span)];
		if (!main || r.attributions.some((x) => covered(x, clause.span) > most)) return false;
		const { start, end } = main.content;
		let ws = words.slice(clause.from, clause.to).filter((w) => w.start >= start && w.end <= end);
		// Too little of what is said in this clause to judge it alone: what the voice says as a whole.
		if (ws.length < MIN_CLAUSE_WORDS) ws = contentWords(r.text, main.content);
		const said = new Set(ws.map((w) => w.stem));
		return said.size >= MIN_CLAUSE_WORDS && mostInOneSentence(said, other()) < SAME_CLAIM_SHARE * said.size;
	};
}
