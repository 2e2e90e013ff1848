// Asks who is the source of a quoted or passed-on passage. The key is a speaker the quiz can vouch for
// (pair.trustedSpeaker); wrong options are other speakers of the pair, each a different person or body from
// the key and from each other, never one the analysis has saying the same thing (here, or in the matching
// sentence of the other report). What the explanation says about quotation marks is read from the text.
import { ev, makeChoice } from '../make';
import type { Attribution, Span } from '../../analysis/types';
import { type CastMember, type Pair, type Side, affiliated, askedSpan, askedWords, inSide, mayBeOne, nameIn, quoteMarking, saidAnywhere, speakers, trustedSpeaker, unitAt } from '../pair';
import { ReportName, capitalise, endsOnCredit, normName, objectAndInfinitive, passesObject, possessive, quote, reportName, textOf, subjectless, wholeClause, wholeSentencesWithin, wordCount } from '../text';
import { surnameOf } from '../names';
import { pronounAt } from '../speakers';
import type { Question } from '../types';

/** At most this many questions about one speaker in one report, so one voice does not fill the pool. */
const PER_SPEAKER = 3;
/** What opens a question passed on in the report's words ("questioned why …", "asked whether …"). */
const INDIRECT_QUESTION = /^(?:why|whether|if|how|what|when|where|who|whom|which)\b/i;
/** "… but provided no details", "… and declined to comment": a past-tense verb joined on without a subject. */
const JOINED_PREDICATE = /\s(?:but|and|yet)\s+(?:then\s+|later\s+|also\s+)?\p{Ll}{3,}ed\b/u;
/** ", but he …", ", even as Ms. Roe …": a clause set against the reported one may be the narration's, not the speaker's. */
const CONTRAST_CLAUSE = /,\s+(?:but|yet|even as)\s+(?:he|she|they|it|\p{Lu}\p{Ll}+)\s/u;
/** A cue inside a clause set off by a comma: ", who alleged that …", ", though she said …". */
const RELATIVE_CUE = /,\s+(?:who|which|though|although|even though|while)\s+[^,.;:!?]*$/;
/** How far before the cue (in characters, about ten words) the clause's opening word is looked for. */
const RELATIVE_REACH = 60;
/** An ellipsis: reported words the report cut or ran on past a break, not one claim in its own words. */
const ELLIPSIS = /…|\.\s?\.\s?\./;
/** The longest passage a prompt quotes, in words: a phone screen's worth. */
const MAX_WORDS = 40;
/**
 * A who-said question needs this many wrong options: a 50-50 guess teaches little. Where the pair hears only
 * two voices (a debate, a row between two people), telling their words apart is the reading to be done, and
 * one wrong option is all there is.
 */
const MIN_WRONG = 2;
const MIN_WRONG_OF_TWO = 1;
/** And offers at most this many, so four options fit a phone screen. */
const MAX_WRONG = 3;

// The second half of a quotation split by its cue opens on a joining word: quoted alone it is half a thought.
const SECOND_HALF = /^["“‘']?(?:and|but|or|so|yet|because|which|who|that|then|while)\b/;

/**
 * The parts of a quotation split by its cue ("“Our goal is …,” John Rother said, “but we also want …”"): the
 * same speaker's quoted words in the same sentence, in order. One part when it is not split.
 */
function splitParts(pair: Pair, side: Side, att: Attribution, member: CastMember): Span[] {
	const unit = unitAt(side, att.content.start);
	if (!unit) return [askedWords(side, att)];
	// Each part as a question quotes it: a quotation carried on past its cue's sentence by its first part.
	return side.analysis.attributions
		.filter((a) => a.direct && a.content.start >= unit.start && a.content.start < unit.end && trustedSpeaker(pair, side, a) === member)
		.map((a) => askedWords(side, a))
		.filter((p) => p.end <= unit.end)
		.sort((x, y) => x.start - y.start)
		.filter((p, i, all) => i === 0 || (all[i - 1]?.end ?? 0) <= p.start);
}

/**
 * Reported words whose cue stands in a relative clause ("Mr. Roe, who said that the port would close, was …") end
 * with that clause, at its closing comma: what follows is the narration going on about the speaker.
 */
function relativeClaim(text: string, att: Attribution, span: Span): Span {
	if (!RELATIVE_CUE.test(text.slice(Math.max(0, att.cue.start - RELATIVE_REACH), att.cue.start))) return span;
	const comma = textOf(text, span).indexOf(',');
	return comma < 0 ? span : { start: span.start, end: span.start + comma };
}

/**
 * Whether the cue closes a quotation set off by a comma before it in its sentence ("“…,” she said"), with no other
 * cue between ("“…,” said Weld, who added that …" has one: "added" passes on words of its own).
 */
function closesQuotation(side: Side, att: Attribution): boolean {
	const unit = unitAt(side, att.cue.start);
	const { text, quotes, attributions } = side.analysis;
	const cueBetween = (from: number) => attributions.some((a) => a.cue.start >= from && a.cue.end <= att.cue.start && a !== att);
	return !!unit && quotes.some((q) => q.start >= unit.start && q.end <= att.cue.start && text.slice(q.inner.end - 1, q.end + 1).includes(',') && !cueBetween(q.end));
}

export function whoSaid(pair: Pair): Question[] {
	const out: Question[] = [];
	const cast = speakers(pair);
	for (const side of pair.sides) {
		const { text } = side.analysis;
		const other = pair.sides[1 - side.index] ?? side;
		const asked = new Map<CastMember, number>();
		const byClosest = [...cast].sort((x, y) => Number(inSide(y, side)) - Number(inSide(x, side)));
		// Direct quotes first: they make the clearest questions.
		const candidates = side.analysis.attributions
			.filter((a) => trustedSpeaker(pair, side, a) !== undefined)
			.sort((x, y) => Number(y.direct) - Number(x.direct) || x.content.start - y.content.start);
		for (const att of candidates) {
			const member = trustedSpeaker(pair, side, att);
			if (!member || !cast.includes(member) || (asked.get(member) ?? 0) >= PER_SPEAKER) continue;
			const tidy = att.direct ? askedWords(side, att) : relativeClaim(text, att, askedWords(side, att));
			// A quotation split by its cue ("“A,” Mr. Rother said, “but B.”") is asked whole, from its first part.
			const parts = att.direct ? splitParts(pair, side, att, member) : [tidy];
			if (parts[0]?.start !== tidy.start) continue;
			const said = textOf(text, tidy);
			if (parts.length === 1 && att.direct && SECOND_HALF.test(said)) continue;
			// Quoted words whose subject stands in the narration are half a sentence on their own; a quotation
			// that ends on its own credit line may be someone else's than the cue's.
			if (att.direct && (subjectless(text, tidy) || endsOnCredit(text, att.content))) continue;
			const content = parts.length > 1 ? tidy : wholeSentencesWithin(text, tidy, MAX_WORDS);
			if (!content || wordCount(textOf(text, content)) < 4) continue;
			const shown = parts.length > 1 ? `“${parts.map((p) => quote(text, p, MAX_WORDS).slice(1, -1)).join(' … ')}”` : quote(text, content, MAX_WORDS);
			if (wordCount(shown) > MAX_WORDS) continue;
			// What the explanation says about quotation marks must be true of these words.
			const marks = quoteMarking(side, tidy);
			if (marks === 'some' || att.direct !== (marks === 'all')) continue;
			// Reported words must read as a whole claim, not a phrase cut from the narration; what a verb of naming,
			// describing or accusing passes on ("calls that evidence unrepresentative", "accused the group of
			// morphing into …") is an object and its label, with no verb of its own to read alone.
			// Nor is what a stance takes ("endorsed Mitt Romney in 2008", "defended his budget against …"): a thing
			// backed, opposed or talked about, not a claim.
			if (!att.direct && (att.category === 'stance' || !wholeClause(text, tidy) || passesObject(att.verb))) continue;
			// "“…,” Ann Roe said quietly as the crowd left": a cue closing the quotation before it has that for its
			// words; what follows it is how and where they were said.
			if (!att.direct && closesQuotation(side, att)) continue;
			// "questioned why it took so long", "asked whether …": a question passed on is no claim to own.
			if (!att.direct && (INDIRECT_QUESTION.test(said) || ELLIPSIS.test(said))) continue;
			if (!att.direct && objectAndInfinitive(att.verb, said)) continue;
			// "mentioned that he had been offered a job but provided no details": a verb joined on with no subject of
			// its own may be the narration's ("Mr. Sestak … provided no details"), not part of the claim.
			if (!att.direct && JOINED_PREDICATE.test(said)) continue;
			// "has said he'll steer clear of the election, but he stars in a new ad …": after ", but" a new clause
			// may be the report setting the facts against the claim.
			if (!att.direct && CONTRAST_CLAUSE.test(said)) continue;
			// A passage that passes on someone else's words ("…, Mr. Sellers says, …") asks two questions at once; one
			// with its own cue inside ("Those expansions, he said, include …") shows "he said" in the question. The
			// speaker's own "we know …" or "I feel …" inside their quotation is no second voice.
			if (side.analysis.attributions.some((a) => a.cue.start >= tidy.start && a.cue.end <= tidy.end && !(att.direct && a.nested && a.speaker === att.speaker))) continue;
			// A passage that names its own speaker gives the answer away: a person by surname, a body by its name
			// or an alias ("the Foreign Secretary" does not name the Foreign Office).
			const words = ` ${normName(textOf(text, content))} `;
			const names = member.bySide.flatMap((s) => (s ? (s.kind === 'person' ? [surnameOf(s.name)] : [s.name, ...s.aliases].map(normName)) : []));
			if (names.some((n) => n.length > 2 && words.includes(` ${n} `))) continue;
			const sentence = unitAt(side, att.content.start);
			// Sources of this report first: they are the plausible wrong answers. One option per referent.
			const wrong: CastMember[] = [];
			for (const m of byClosest) {
				if (wrong.length >= MAX_WRONG) break;
				if (m === member || mayBeOne(m, member) || affiliated(pair, m, member) || wrong.some((w) => mayBeOne(w, m))) continue;
				if (!inSide(m, side) && !inSide(m, other)) continue;
				if (saidAnywhere(pair, side, m, askedSpan(side, att), sentence)) continue;
				wrong.push(m);
			}
			// Two voices in the pair, not counting one that speaks for the other ("the group’s director"): one wrong option is all there is.
			const others = cast.filter((m) => m !== member && !mayBeOne(m, member) && !affiliated(pair, m, member)).length;
			if (wrong.length < (others <= 1 ? MIN_WRONG_OF_TWO : MIN_WRONG)) continue;
			const name = nameIn(member, side);
			const cue = textOf(text, att.cue);
			// The pronoun beside the cue ("He said"), named in the explanation so the resolution can be checked.
			const pronoun = att.resolvedBy === 'pronoun' ? pronounAt(side, att)?.word : undefined;
			const resolved =
				att.resolvedBy === 'pronoun'
					? pronoun
						? ` (“${pronoun}” there means ${name}, the last one named before it)`
						: ''
					: '';
			const clipped = content.end < tidy.end;
			const q = makeChoice(
				pair,
				{
					type: 'who-said',
					difficulty: att.resolvedBy === 'pronoun' ? 3 : att.direct ? 1 : 2,
					prompt: att.direct
						? `Who said these words, according to ${reportName(side.key)}? ${shown}${clipped ? ' (the quotation goes on)' : ''}`
						: `According to ${reportName(side.key)}, whose claim is this? ${quote(text, content, MAX_WORDS)}`,
					right: [capitalise(name)],
					wrong: wrong.map((m) => capitalise(nameIn(m, side))),
					explanation: [
						`${ReportName(side.key)} ties these words to ${name} with “${cue}”${resolved}.`,
						att.direct
							? `They stand in quotation marks, so they are given as ${possessive(name)} own words.`
							: `There are no quotation marks: the report gives ${possessive(name)} point in its own words.`,
						'None of the other options said this in either report.',
					].join(' '),
					evidence: [ev(side.key, content), ...parts.slice(1).map((p) => ev(side.key, p)), ev(side.key, att.cue)],
				},
				4,
			);
			if (!q) continue;
			out.push(q);
			asked.set(member, (asked.get(member) ?? 0) + 1);
		}
	}
	return out;
}
