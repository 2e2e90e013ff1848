// Asks what a coloured reporting verb ("insists", "claims", "admitted", "slammed") signals against a plain
// "said". When the verb sits inside a quotation it is the quoted speaker's choice, and the question says so.
import { REPORTING_VERBS } from '../../analysis/lexicons/reporting-verbs';
import type { VerbColour } from '../../analysis/types';
import { ev, makeChoice } from '../make';
import { type Pair, enclosingAttribution, inQuote, nameIn, sure, trustedSpeaker, unitAt } from '../pair';
import { cueIsWords } from '../speakers';
import { possessive, quoteAround, reportName } from '../text';
import type { Question } from '../types';
import { VERB_SIGNAL, VERB_WHY } from '../wording';

/** Colours whose signals do not overlap the key's (a forceful "insists" is not offered as "emotive"). */
const WRONG: Record<Exclude<VerbColour, 'neutral'>, VerbColour[]> = {
	distancing: ['endorsing', 'neutral'],
	endorsing: ['distancing', 'neutral'],
	emotive: ['endorsing', 'neutral'],
};

/**
 * "you know", "I admit", "we insist": a verb whose subject is "I", "we" or "you" is someone talking, in words
 * the report quotes even where no quotation mark was found, never the writer's narration.
 */
const TALKING = /(?:^|[^\p{L}])(?:I|[Ww]e|[Yy]ou)\s+(?:\p{Ll}+\s+)?$/u;
/** How far before the cue its subject is looked for: "we" and one word ("we do insist"). */
const SUBJECT_CHARS = 20;

/** A line that opens as a point of a list: a dash, a bullet or an asterisk, then a word. */
const LIST_ITEM = /^[-–•*]\s?\p{L}/u;

export function reportingVerb(pair: Pair): Question[] {
	const out: Question[] = [];
	const seen = new Set<string>();
	for (const side of pair.sides) {
		const { text } = side.analysis;
		for (const att of side.analysis.attributions) {
			const colour = att.verbColour;
			// Only a confident finding whose cue reads as a reporting verb. Who speaks does not change what the
			// writer's verb does, so the speaker need not be one the quiz can name.
			if (colour === 'neutral' || !att.verb || !sure(pair, att) || att.nested || !cueIsWords(side, att) || seen.has(att.verb)) continue;
			if (!text.slice(att.cue.start, att.cue.end).toLowerCase().includes(att.verb)) continue;
			if (TALKING.test(text.slice(Math.max(0, att.cue.start - SUBJECT_CHARS), att.cue.start))) continue;
			// "he focused on crime, showing that he would not shy away …": a person shows by what they do; "show" is
			// a verb of saying only for a poll, a study or a record, so here it is the writer's own reading.
			if (att.sourceKind === 'person' && REPORTING_VERBS.get(att.verb)?.lemma === 'show') continue;
			// "…, knowing it would come across as weak": what someone knew, not what they said. No "said" could stand
			// in its place, so the writer chose no verb of saying to ask about.
			if (REPORTING_VERBS.get(att.verb)?.lemma === 'know') continue;
			const sentence = unitAt(side, att.cue.start);
			// A point of a list the report prints ("Aides circulated these points:" then "-His rival admits …") may be
			// someone else's words set out without quotation marks: the verb is not surely the writer's choice.
			if (!sentence || LIST_ITEM.test(text.slice(sentence.start, sentence.end))) continue;
			// Inside a quotation, the verb is the quoted speaker's word, not the writer's.
			const outer = enclosingAttribution(side, att.cue, att);
			const outerMember = outer ? trustedSpeaker(pair, side, outer) : undefined;
			const nested = inQuote(side, att.cue) || outer !== undefined;
			if (nested && !outerMember) continue;
			const outerName = outerMember ? nameIn(outerMember, side) : undefined;
			const chooser = outerName ?? 'the writer';
			const excerpt = quoteAround(text, sentence, att.cue, 30);
			const q = makeChoice(pair, {
				type: 'reporting-verb',
				difficulty: nested ? 3 : 2,
				prompt: outerName
					? `In ${possessive(outerName)} words, as ${reportName(side.key)} passes them on, what does the choice of “${att.verb}” signal, compared with a plain “said”? ${excerpt}`
					: `In this sentence from ${reportName(side.key)}, what does the writer’s choice of “${att.verb}” signal, compared with a plain “said”? ${excerpt}`,
				right: [VERB_SIGNAL[colour]],
				wrong: WRONG[colour].map((c) => VERB_SIGNAL[c]),
				explanation: `“${att.verb}” is not a neutral word like “said”. ${VERB_WHY[colour]}${
					outerName ? ` Here it is ${possessive(chooser)} word, inside what the report passes on, so it shows what ${chooser} thinks of the claim.` : ''
				}`,
				evidence: [ev(side.key, att.cue), ev(side.key, att.content)],
			});
			if (!q) continue;
			out.push(q);
			seen.add(att.verb);
		}
	}
	return out;
}
