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
import { trimSpan } from '../segment';
import { clauseRanges, MIN_CLAUSE_WORDS } from './clauses';
import { contentWords, stem, type Word } from './words';

/**
 * The other report makes the same claim when one of its sentences holds this share of the passage's content
 * words. Two reports of one event share their topic words, so a passage in an unheard voice still finds a
 * third of its words in some sentence; the same claim told in other words keeps about half.
 */
const SAME_CLAIM_SHARE = 0.4;

/** How a speaker was found, where the finding names one voice the other report could name too. */
const NAMED = new Set<Attribution['resolvedBy']>(['name', 'surname', 'acronym', 'pronoun', 'role', 'description', 'document', 'impersonal']);

/** Names of `s` that another text would use: its name and aliases. */
const namesOf = (s: Source): string[] => [s.name, ...s.aliases].filter((n) => n.length > 1).map((n) => n.toLowerCase().replace(/^the /, ''));

/**
 * The sources of `r` that `other` never hears: among `onlyHere` (ids of voices heard nowhere in the other
 * report), those not described as speaking for a source the other report does hear.
 */
function unheardIds(r: ReportAnalysis, onlyHere: readonly string[]): Set<string> {
	const only = new Set(onlyHere);
	const heard = r.sources.filter((s) => s.name && !only.has(s.id)).flatMap(namesOf);
	const speaksForHeard = (s: Source) => s.descriptions.some((d) => heard.some((n) => r.text.slice(d.start, d.end).toLowerCase().includes(n)));
	return new Set(r.sources.filter((s) => only.has(s.id) && !speaksForHeard(s)).map((s) => s.id));
}

const NAME_RUN = /(?:\b\p{Lu}[\p{L}’'-]*(?:\s+(?:of|and|for|the)\s+|\s+)?)+/gu;
const DOTTED = /\b(?:\p{Lu}\.){2,}/gu;
const MINOR = /^(?:of|and|for|the)$/;

/**
 * The acronyms a sentence names without writing them: the initials of a name ("Internal Revenue Service":
 * "irs") and an acronym written with stops ("N.A.A.C.P.": "naacp"), so that "the IRS" in one report meets
 * the name spelt out in the other.
 */
function acronymsIn(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(NAME_RUN)) {
		const initials = m[0].trim().split(/\s+/).filter((w) => !MINOR.test(w)).map((w) => w[0]).join('');
		if (initials.length > 1) out.push(stem(initials));
	}
	for (const m of text.matchAll(DOTTED)) out.push(stem(m[0].replace(/\./g, '')));
	return out;
}

/** The most of `stems` that any one sentence of the other report holds. */
function mostInOneSentence(stems: ReadonlySet<string>, other: readonly Set<string>[]): number {
	let most = 0;
	for (const sentence of other) {
		let n = 0;
		for (const x of stems) if (sentence.has(x)) n++;
		most = Math.max(most, n);
	}
	return most;
}

/**
 * Clauses of `r` (`words`: its content words by sentence) in the words of a voice `other` never hears
 * (`onlyHere`: ids of r's sources heard nowhere in other; `otherWords`: other's content words by sentence).
 */
export function unheardVoicePassages(r: ReportAnalysis, words: readonly Word[][], onlyHere: readonly string[], o: ReportAnalysis, otherWords: readonly Word[][]): Span[] {
	const unheard = unheardIds(r, onlyHere);
	const voiced = r.attributions.filter((x) => NAMED.has(x.resolvedBy) && (x.resolvedBy === 'impersonal' || unheard.has(x.sourceId)));
	if (!voiced.length) return [];
	const other = otherWords.map((ws, k) => {
		const sentence = o.sentences[k];
		return new Set([...ws.map((w) => w.stem), ...(sentence ? acronymsIn(o.text.slice(sentence.start, sentence.end)) : [])]);
	});
	const out: Span[] = [];
	r.sentences.forEach((s, k) => {
		if (s.headline) return;
		const sentenceWords = words[k] ?? [];
		for (const clause of clauseRanges(r.text, s, sentenceWords)) {
			// The attribution whose content covers most of the clause carries it.
			let main: Attribution | undefined;
			let most = 0;
			for (const x of r.attributions) {
				const covered = Math.min(x.content.end, clause.span.end) - Math.max(x.content.start, clause.span.start);
				if (covered > most) [main, most] = [x, covered];
			}
			if (!main || !voiced.includes(main)) continue;
			const { start, end } = main.content;
			let said = new Set(sentenceWords.slice(clause.from, clause.to).filter((w) => w.start >= start && w.end <= end).map((w) => w.stem));
			// Too little of what is said in this clause to judge it alone: what the voice says as a whole.
			if (said.size < MIN_CLAUSE_WORDS) said = new Set(contentWords(r.text, main.content).map((w) => w.stem));
			if (said.size >= MIN_CLAUSE_WORDS && mostInOneSentence(said, other) < SAME_CLAIM_SHARE * said.size) out.push(trimSpan(r.text, clause.span));
		}
	});
	return out;
}
