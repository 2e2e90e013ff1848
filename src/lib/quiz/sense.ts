// Whether a hedge or a loaded word does, in its sentence, the job its category's teaching text says it does.
// The engine finds cues by their words; the same word can do another job ("likely to" for a tendency, "May"
// the month, "so-called" naming a nickname, "shocked" a speaker saying how they felt, "immensely" backed by
// a figure). When the quiz cannot be sure of the job, the finding makes no question and a sentence that
// holds it is not asked about: an explanation that is false for the sentence teaches the wrong lesson.
import { HOLDER_MODIFIERS, VAGUE_QUANTIFIERS, VIEW_HOLDERS } from '../analysis/lexicons/hedges';
import type { Hedge, Loaded, Span } from '../analysis/types';
import { type Side, unitAt } from './pair';

const lower = (side: Side, s: Span): string => side.analysis.text.slice(s.start, s.end).toLowerCase();
const after = (side: Side, s: Span, n = 40): string => side.analysis.text.slice(s.end, s.end + n);
const before = (side: Side, s: Span, n = 40): string => side.analysis.text.slice(Math.max(0, s.start - n), s.start);

/** The clause around a span: from the last clause break before it to the next one after it. */
function clause(side: Side, s: Span): string {
	const { text } = side.analysis;
	const head = text.slice(Math.max(0, s.start - 120), s.start);
	const tail = text.slice(s.end, s.end + 120);
	const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('.'), head.lastIndexOf('—'));
	const cut = tail.search(/[,;.—]/);
	return (head.slice(from + 1) + text.slice(s.start, s.end) + (cut < 0 ? tail : tail.slice(0, cut))).toLowerCase();
}

/** The sentence (widened to whole quotations) around a span. */
const sentenceAround = (side: Side, s: Span): string => {
	const unit = unitAt(side, s.start);
	return (unit ? side.analysis.text.slice(unit.start, unit.end) : clause(side, s)).toLowerCase();
};

// Units of time: "nearly five years" for a span the reader can count is not an estimate.
const DURATION = /^\s*(?:[\d,.]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|a dozen|half an?)(?:\s+\w+)?\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries)\b/i;

// A report saying something is not known ("it was unclear whether …") states that; it hedges no claim.
const UNKNOWN = /\b(?:unclear|unknown|uncertain|remains to be seen|not known|could not be (?:verified|confirmed))\b/;

/** Whether a hedge does, here, the job its category's wording describes. */
export function hedgeInSense(side: Side, h: Hedge): boolean {
	const cue = lower(side, h);
	const raw = side.analysis.text.slice(h.start, h.end);
	if (UNKNOWN.test(cue)) return false;
	// "But expecting him to change is like marrying a man and expecting to reform him": a gerund names the act of
	// expecting as a thing to talk about; it makes no claim of the writer's less certain.
	if (/ing$/.test(cue) && /(?:^["“‘']*|\b(?:and|or|but|like|of|about|by|without|than|from)\s+)$/i.test(lead(side, h))) return false;
	// "I don't expect you to pay for my mistakes": what one expects of a person is a demand, not a guess.
	if (/^expect/.test(cue) && /^\s+(?:you|me|us)\s+to\b/i.test(after(side, h, 12))) return false;
	// "… but don't expect him to fade quietly": an order to the reader with no subject of its own is the writer's
	// firm forecast, the opposite of a hedge.
	if (/^expect/.test(cue) && /(?:^|[\n.!?“",;:—–]\s*|\b(?:but|and|so)\s+)(?:just\s+)?(?:don[’']t|do not|never)\s+$/i.test(before(side, h, 24))) return false;
	// "weaker than I expected", "less than he could be expected to raise", "more optimistic than it may seem": the
	// cue sits in the measure of a comparison, and the claim it measures is firm. "than 20 people may have died"
	// is a count, and the modal hedges it; so is "more than likely", which means "probably".
	if (h.category !== 'approximator' && !/^likely/.test(cue) && COMPARISON_MEASURE.test(lead(side, h))) return false;
	// "As expected, the bill passed": the writer says the forecast came true.
	if (/^(?:expect|predict|anticipat)/.test(cue) && /\bas\s+$/i.test(before(side, h, 4))) return false;
	switch (h.category) {
		case 'modal':
			// A modal is lower case and followed by a verb or "not": "May 4" is the month. "You may have heard"
			// speaks to the reader; it does not make a claim less certain.
			if (/\byou\s+$/i.test(before(side, h, 5))) return false;
			// "Wal-Mart may be a big company, but …", "It may be cold. But …": a concession grants the point
			// before a "but"; it does not doubt it. "… and that is no doubt" says so outright.
			if (/^(?:may|might)$/.test(cue) && CONCESSION.test(after(side, h, 160))) return false;
			// "While he may win the applause of delegates, his words are false": a clause opened by "while" or
			// "although" and closed by a comma before the main clause grants the point the same way.
			if (/^(?:may|might)$/.test(cue) && CONCESSIVE_OPENING.test(lead(side, h)) && /^[^.!?;:]*,/.test(after(side, h, 160))) return false;
			// "pressed about what the campaign may be implying", "unclear whether the notion may give way": a modal
			// inside an indirect question asks; it makes no claim less certain.
			if (INDIRECT_QUESTION.test(lead(side, h))) return false;
			return /^\p{Ll}/u.test(raw) && /^\s+(?:not\s+|also\s+|well\s+|still\s+|never\s+|even\s+)?\p{Ll}/u.test(after(side, h, 20));
		case 'speculation':
			// "more likely to vote" is a tendency of a group, not the writer's judgement; "unclear" states
			// "unlikely" reverses the meaning the teaching text gives.
			if (/likely/.test(cue) && /\b(?:more|less|most|least|as)\s+$/i.test(before(side, h, 8))) return false;
			return !/unlikely/.test(cue);
		case 'impersonal':
			// "should be seen less as a change than as …": a speaker saying how to read something, not others'
			// view passed on unnamed.
			if (VIEW_PARTICIPLE.test(cue) && /\b(?:should|must|can|could|would|might|may|ought to|to|cannot|can't|shouldn't)\s+(?:not\s+|also\s+)?be\s+$/i.test(before(side, h, 24)))
				return false;
			// "seen as the best choice by about a quarter of voters": a poll's share names who holds the view.
			if (VIEW_PARTICIPLE.test(cue) && HOLDERS_COUNTED.test(after(side, h, 200))) return false;
			// "reportedly told The Times", "reportedly, according to Reuters": the sentence names where it comes
			// from, and the teaching text ("without naming who says it") would be false.
			return !/^[\s,]*(?:\w+\s+){0,3}?(?:told|said|wrote|to|by|in|according to)\s+(?:the\s+)?\p{Lu}/u.test(after(side, h, 50));
		case 'distancing-verb':
			// "so-called" often just gives a name ("the so-called Buffett rule"); its job cannot be read off.
			return !/so-called/.test(cue);
		case 'approximator':
			return !DURATION.test(side.analysis.text.slice(h.end, h.end + 40)) && !DURATION.test(` ${cue.replace(/^\S+\s*/, '')}`);
		case 'softener':
			// "a potential candidate" is someone who has not declared, a plain description.
			return !/potential/.test(cue);
		default:
			return true;
	}
}

/** "seen as", "regarded as": a view passed on with its holders left out, or named later ("by …"). */
const VIEW_PARTICIPLE = /^(?:seen|viewed|regarded|considered)\b/;
/** Later in the sentence, a share of people as the agent: "by about a quarter of voters", "by 40 percent of". */
const HOLDERS_COUNTED = /^[^.!?;]*\bby\s+(?:\S+\s+){0,3}?(?:quarter|third|half|fifth|majority|percent|per cent|\d+%)\s+of\b/i;

/** After a concessive "may": a "but" later in the sentence or opening the next in its paragraph, or "no doubt". */
const CONCESSION = /^[^.!?]*(?:,["”’]?\s*but\b|\bno doubt\b|[.!?]["”’]?[ \t]+["“]?But\b)/u;
/** Before a concessive "may": its clause opens the sentence (or follows "that", "but") with "while" or "although". */
const CONCESSIVE_OPENING = /(?:^["“‘']*|\b(?:that|but|and)\s*,?\s*)(?:while|although|though|even though|whereas)\s[^,;:]*$/i;
/** Before a cue: "than" and a few words of one clause with no figure after it, the measure of a comparison. */
const COMPARISON_MEASURE =
	/\bthan\s+(?![\d$£€]|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands|half)\b)(?:(?!(?:and|or|but|yet|so|because|while|although|though|when|whereas)\s)[\p{L}’']+\s+){0,8}$/iu;
/** Before a modal: the clause it sits in is a question told indirectly ("whether …", "asked if …", "about what …"). */
const INDIRECT_QUESTION = /\b(?:whether|ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?if|about\s+(?:what|how|why|which))\s[^,;:]*$/i;

/** The words of a finding's sentence before it, from the sentence's start. */
function lead(side: Side, s: Span): string {
	const unit = unitAt(side, s.start);
	return side.analysis.text.slice(unit ? unit.start : Math.max(0, s.start - 120), s.start);
}

const FIRST_PERSON = /\b(?:i|i’m|i'm|me|my|we|we’re|we're|us|our)\b/;
const FIGURE = /\d|\b(?:percent|per cent|million|billion|thousand|hundred|dozen)\b/;

/** Whether a loaded word does, here, the job of loaded language: colouring the account, not reporting it. */
export function loadedInSense(side: Side, l: Loaded, quoted: boolean): boolean {
	const words = clause(side, l);
	// A speaker saying how they felt ("I was shocked") reports a feeling; it does not colour the account.
	if (quoted && l.category === 'emotive' && FIRST_PERSON.test(words)) return false;
	// "immensely popular, with 70 percent approval": an intensifier backed by a figure is measured.
	if (l.category === 'intensifier' && FIGURE.test(sentenceAround(side, l))) return false;
	return true;
}

// Words that hedge in most of their uses. A sentence that holds one the engine did not mark is not asked as
// tap-the-words: a student who taps it would be marked wrong for a fair reading. From the modal, speculation
// and distancing cues of Hyland's (1998) hedging categories, as the hedges lexicon has them; "tentative"; the
// expectations and predictions the engine marks only in their clearest shapes ("the ruling, expected by June,
// will …"); and the distance a writer takes with "what she called" and with quotation marks around a word or two.
const HEDGE_LOOKALIKE = /\b(?:may|might|could|perhaps|possibly|probably|likely|unlikely|seem(?:s|ed|ingly)?|appear(?:s|ed)?|apparently|reportedly|allegedly|supposedly|purportedly|suggest(?:s|ed)?|unclear|presumably|arguably|alleged|claim(?:s|ed)?|so-called|tentative(?:ly)?|expect(?:s|ed|ing|ations?)?|predict(?:s|ed|ing|ions?)?|what (?:he|she|they|it|we) (?:calls?|called)|in (?:my|our|his|her|their) (?:opinion|view))\b/gi;
/**
 * Verbs that give someone's view in many of their uses ("did not see the fight resonating", "viewed it as a
 * mistake", "felt the plan was rushed"): the engine marks them only in their clearest shapes, and a student
 * may fairly tap them beside "expect" or "believe".
 */
const VIEW_LOOKALIKE = /\b(?:see|sees|saw|view|views|viewed|regard|regards|regarded|consider|considers|considered|feel|feels|felt)\b/gi;
/**
 * Words that soften a degree ("pretty vulnerable", "somewhat smaller", "fairly sure"): a student may fairly tap
 * them as hedges, and the engine trusts none of them enough to key one (its softener rule is measured low).
 */
const SOFTENER_LOOKALIKE = /\b(?:somewhat|fairly|rather|relatively|pretty|slightly|sort of|kind of|more or less)(?=\s+(?!than\b)\p{Ll})/giu;
/** A speaker's own guess or view, which a student may fairly tap: "I guess", "I can figure", "we don't think". */
const FIRST_PERSON_VIEW = /\b(?:I|[Ww]e)\s+(?:\w+[’']?\w*\s+)?(?:guess|think|suppose|believe|figure|reckon|suspect|imagine|assume|doubt)\b/g;
/**
 * People named only as a kind and a rough number after their verb ("said several observers", "say some
 * Democrats"; the engine marks them before it), and an argument passed on as nobody's ("the reasoning goes"):
 * a student may fairly tap them.
 */
const VAGUE_GROUP = new RegExp(
	String.raw`\b(?:says?|said|argue[sd]?|added|noted|warned|wrote|believe[sd]?)\s+(?:${[...VAGUE_QUANTIFIERS].join('|')})\s+(?:(?:${[...HOLDER_MODIFIERS].join('|')})\s+)?(?:${[...VIEW_HOLDERS].join('|')})\b|\bthe\s+(?:reasoning|thinking|argument|theory|logic)\s+goes\b`,
	'gi',
);
/** Scare quotes: a word or two in quotation marks keeps the writer at a distance from it ("American “pragmatism”"). */
const SCARE_QUOTE = /["“][^"“”]{1,25}["”]/g;

/** The hedge-like words of a span that no finding covers. */
export function unmarkedHedgeWords(side: Side, span: Span, marked: readonly Span[]): string[] {
	const text = side.analysis.text.slice(span.start, span.end);
	const out: string[] = [];
	// The matches of one pattern that no finding covers and that `keep` accepts, in text order.
	const unmarked = (re: RegExp, keep: (m: RegExpExecArray) => boolean) => {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const at = span.start + m.index;
			if (keep(m) && !marked.some((s) => s.start < at + m[0].length && at < s.end)) out.push(m[0]);
		}
	};
	// "May" the month, capitalised mid-sentence, is not a hedge.
	unmarked(HEDGE_LOOKALIKE, (m) => m[0] !== 'May' || /(?:^|[.!?"“]\s*)$/.test(text.slice(0, m.index)));
	unmarked(VIEW_LOOKALIKE, () => true);
	unmarked(SOFTENER_LOOKALIKE, () => true);
	unmarked(FIRST_PERSON_VIEW, () => true);
	unmarked(VAGUE_GROUP, () => true);
	unmarked(SCARE_QUOTE, (m) => m[0].trim().split(/\s+/).length <= 2);
	return out;
}
