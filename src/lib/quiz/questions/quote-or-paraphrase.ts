// Asks whose wording a passed-on passage is in: the speaker's own words, quoted, or the report's summary of
// the speaker's point. The difference matters to a reader: in a summary every word, loaded or hedged, is the
// writer's choice, though the claim is the source's. Asked only where the answer stands in the text: the
// passage is wholly inside quotation marks, or its sentence has none at all (a partly quoted passage mixes
// both), and its speaker is one the quiz can vouch for.
import { ev, makeChoice } from '../make';
import type { Attribution } from '../../analysis/types';
import { type Pair, type Side, askedWords, nameIn, quoteMarking, trustedSpeaker, unitAt } from '../pair';
import { capitalise, contains, endsOnCredit, holdsReportingVerb, objectAndInfinitive, passesObject, thinking, possessive, quote, quoteAround, reportName, subjectless, textOf, tidySpan, wholeClause, wordCount } from '../text';
import type { Question } from '../types';

/** One quoted and one summarised passage per report: the pair of them is the lesson. */
const PER_WORDING = 1;
/** A passage this short is a phrase, not a point someone made. */
const MIN_WORDS = 5;
/** The longest passage a prompt quotes, in words: a phone screen's worth. */
const MAX_WORDS = 30;
/** The prompt points at the passage by its first words; the sentence it stands in follows whole. */
const NAMED_WORDS = 8;
const QUOTE_MARKS = /["“”]/u;
/**
 * Speech, said or written, and quoted or passed on at a cue in the same sentence. A stance ("cited the
 * Chamber as a supporter"), an appearance, a question put to someone, an impersonal "it is believed" and a
 * quotation carried on from a cue in an earlier sentence are not a point someone made in this sentence.
 */
const SPEECH = new Set(['said', 'quote', 'according-to', 'colon-quote']);

/**
 * Whether the sentence says, before the verb of thinking, that it was told: "Trump said … he thought …",
 * "acknowledged that he expected …". Read from the words, so a cue the engine missed still counts.
 */
function toldBy(side: Side, att: Attribution): boolean {
	const unit = unitAt(side, att.cue.start);
	if (!unit) return false;
	return holdsReportingVerb(side.lower.slice(unit.start, att.cue.start), (w) => !thinking(w));
}

export function quoteOrParaphrase(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text } = side.analysis;
		const asked = { quoted: 0, summary: 0 };
		for (const att of side.analysis.attributions) {
			if (att.nested || !SPEECH.has(att.category)) continue;
			const wording = att.direct ? 'quoted' : 'summary';
			if (asked[wording] >= PER_WORDING) continue;
			const member = trustedSpeaker(pair, side, att);
			// A document or a recording has no point of its own to summarise, and "the report’s own words" would
			// read as report A or B.
			if (!member || member.kind === 'document') continue;
			const content = askedWords(side, att);
			const words = wordCount(textOf(text, content));
			if (words < MIN_WORDS || words > MAX_WORDS) continue;
			const sentence = unitAt(side, att.content.start);
			// The sentence shows who is credited: the cue stands in it, outside the passage.
			if (!sentence || !contains(sentence, att.cue) || contains(content, att.cue)) continue;
			// The answer must stand in the text: all of the passage quoted, or no quotation mark in its sentence.
			const marks = quoteMarking(side, content);
			if (att.direct ? marks !== 'all' : marks !== 'none' || QUOTE_MARKS.test(textOf(text, sentence))) continue;
			if (att.direct ? subjectless(text, content) || endsOnCredit(text, att.content) : !wholeClause(text, content)) continue;
			// "accused the administration of presiding over …", "calling it the mark of …", "described the plan as …":
			// what a verb of accusing, naming, describing or citing passes on is its object and a charge or label, no
			// wording of a point to weigh.
			if (!att.direct && passesObject(att.verb)) continue;
			// "Russia blocked the bank, fearing it would …", "still believes the nominee is unfit": a belief the writer
			// reads into the source, perhaps never put in words, so "the report’s wording of what X said" is not sure,
			// and the writer’s own claim is not plainly wrong. Unless the source is said to have told it ("Trump said
			// he thought …").
			if (!att.direct && thinking(att.verb) && !toldBy(side, att)) continue;
			// "acknowledged that he expected his bid to open his past up …": told, but an object and an infinitive.
			if (!att.direct && objectAndInfinitive(att.verb, textOf(text, content))) continue;
			// One passage, one speaker: a passage that hands words on to someone else asks two questions at once.
			// A reporting verb inside the passage is such a hand-on, found or not.
			if (side.analysis.attributions.some((a) => a !== att && contains(content, a.cue))) continue;
			if (!att.direct && holdsReportingVerb(textOf(text, content))) continue;
			const name = nameIn(member, side);
			const own = `${capitalise(possessive(name))} own words, quoted exactly`;
			const summary = `${capitalise(reportName(side.key))}’s own wording of what ${name} said`;
			const reporter = `The reporter’s own claim: no one is named as its source`;
			const cue = textOf(text, att.cue);
			const q = makeChoice(pair, {
				type: 'quote-or-paraphrase',
				difficulty: 1,
				prompt: `In this sentence from ${reportName(side.key)}, whose wording is ${quote(text, content, NAMED_WORDS)}? ${quoteAround(text, sentence, content, MAX_WORDS + 10)}`,
				right: [att.direct ? own : summary],
				wrong: [att.direct ? summary : own, reporter],
				order: [own, summary, reporter],
				explanation: att.direct
					? `The words stand inside quotation marks and “${cue}” hands them to ${name}: the report gives them as ${name} put them. The claim and the wording are both ${possessive(name)}.`
					: `“${cue}” hands the point to ${name}, but there are no quotation marks: the words are the writer’s. The claim is ${possessive(name)}; the wording, and any loaded or softening word in it, is the report’s choice.`,
				evidence: [ev(side.key, content), ev(side.key, att.cue)],
			});
			if (!q) continue;
			out.push(q);
			asked[wording]++;
		}
	}
	return out;
}
