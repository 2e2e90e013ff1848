// "Fiorina endorsed Ted Cruz on Wednesday." / "Rubio wants to emerge as the alternative to Trump." / "The union
// called for a strike." / "The latest poll showed Clinton leading by five points." — a verb of wanting,
// judging or taking sides, or a verb of saying or showing with its object rather than a clause: the object is
// the source's stance as the report tells it (what they back, want, attack or talk about), not the reporter's.
// The stance runs from the object to the end of its clause; the speaker is the verb's subject.
import { BE, CATENATIVES, COORDINATORS, DETERMINERS, INTRO_WORDS, LY_ADVERB, MONTHS, PLACE_TIME_PREPOSITIONS, SETTING_PREPOSITIONS, TIME_MODIFIERS, TIME_NOUNS, TIME_WORDS } from '../../lexicons/function-words';
import { BODY_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, PRONOUNS, ROLE_NOUNS, VAGUE_NOUNS } from '../../lexicons/names';
import { COMMITMENT_VERBS, COMPLEMENTS } from '../../lexicons/reporting-verbs';
import type { Speaker } from '../../speaker';
import type { Token } from '../../tokens';
import { MAIN_VERB, clauseEnd, dashCloses, lessSetting, namedQuote, takesAThing, throughQuote, trimContent } from '../content';
import type { CueVerb } from '../cue-word';
import type { Found } from '../found';
import { ownClause, participleSpeaker } from './participle';
import type { SentenceReader } from '../noun-phrase';
import { wordSet } from '../../lexicons/word-set';

const RULE = 'stance';

/**
 * Verbs of saying whose object is what was said ("announced his candidacy", "noted the attacks", "described
 * a rigged system"); not those whose object is mostly something else ("added 3 points", "wrote a book",
 * "found the body", "ruled the country", "knew him", "posted a loss", "read the report", "told reporters").
 */
const SAYING_WITH_OBJECT = new Set([
	'announce', 'note', 'describe', 'declare', 'mention', 'cite', 'acknowledge', 'deny', 'admit', 'confirm', 'reveal', 'disclose',
	'predict', 'propose', 'demand', 'promise', 'pledge', 'vow', 'question', 'praise', 'denounce', 'hail', 'dismiss', 'blame',
	'slam', 'blast', 'lament', 'recall', 'repeat', 'reiterate', 'emphasize', 'emphasise', 'stress', 'suggest', 'show', 'indicate',
	'signal', 'expect', 'fear', 'doubt', 'suspect', 'claim', 'accuse', 'portray', 'characterize', 'characterise', 'brand', 'label',
	'estimate', 'imply', 'concede', 'tweet', 'ask', 'tout', 'congratulate', 'lay out', 'weigh in', 'speak out', 'take issue', 'open up', 'hit out', 'lash out',
]);

/** Words after a verb that make it another verb ("backed off", "spoke on behalf of") or say when ("responded first"). */
const PARTICLES = wordSet('off away down up out over back around behalf first last again together forward ahead home here there');
/** Verbs that name what their object is ("branded the council a “wrecking crew”"). */
const NAMING = wordSet('brand label dub describe portray characterize characterise hail tout denounce dismiss');
/** Verbs of evidence: a poll or a record shows something; a person "showed a lack of will" does not report. */
const EVIDENCE = wordSet('show indicate signal suggest reveal');
/** Subjects that take a verb's base form: "they support", "Democrats want"; not "the TV show", "CNBC debate". */
const PLURAL_PRONOUNS = wordSet('they we i you who which that');
/** Object pronouns: as a stance they name no position. */
const OBJECT_PRONOUNS = wordSet('it them him us me you this these those one');
const NEGATED = /n[’']t$/;
/** Speakers that are institutions, whose undertakings are plans rather than pledges. */
const BODY_KINDS: ReadonlySet<string> = new Set(['government', 'organization']);
const PERCENT = /^(?:percent|%)$|%$/;
/** "did not respond", "can support", "would never endorse": words between a subject and its verb. */
const AUXILIARIES = wordSet(
	'has have had would will could can may might should must did does do not never also now still even already ' +
		'again further then once only just really previously later earlier long first too ever',
);
/** "sees the deal as a mistake": the "as" comes within this many words of the verb. */
const AS_WITHIN = 12;
/** A stance must say something: a lone word after the verb that says nothing ("wants more", "backed it"). */
const MIN_STANCE_CHARS = 2;

/** Whether the token can end the verb's subject: a name, a pronoun, a noun for people, bodies or papers. */
function endsSubject(t: Token | undefined): boolean {
	if (!t) return false;
	if (t.cap || t.text === ')' || t.text === ',' || t.lower === 'who' || t.lower === 'which') return true;
	const w = t.base.toLowerCase();
	const singular = w.endsWith('s') ? w.slice(0, -1) : w;
	return PRONOUNS.has(w) || PERCENT.test(w) || /^\d/.test(w) || [w, singular].some((x) => ROLE_NOUNS.has(x) || GROUP_NOUNS.has(x) || DOCUMENT_NOUNS.has(x) || BODY_NOUNS.has(x) || VAGUE_NOUNS.has(x));
}

/** Where the verb's object starts and what cue words it adds ("call for"), or null when it has none here. */
function objectAt(r: SentenceReader, cue: CueVerb): { at: number; cueEnd: number } | null {
	const ts = r.tokens;
	const takes = COMPLEMENTS.get(cue.verb.lemma);
	const stance = cue.verb.frame === 'stance';
	if (!stance && !SAYING_WITH_OBJECT.has(cue.verb.lemma) && !takes) return null;
	let k = cue.end + 1;
	// "criticized on Saturday the accord" is rare; "backed on Monday" is a setting, not a stance: skip time only.
	while (ts[k] && (LY_ADVERB.test(ts[k]?.text ?? '') || TIME_WORDS.has(ts[k]?.lower ?? '') || TIME_NOUNS.has(ts[k]?.lower ?? '') || MONTHS.has(ts[k]?.lower ?? ''))) k++;
	const t = ts[k];
	if (!t || dashCloses(r, k)) return null;
	const w = t.lower;
	// "talked about the deficit", not "spoke on Monday" or "speaking on condition of anonymity".
	if (takes?.has(w) && w !== 'np' && w !== 'to') return ts[k + 1] && !isTime(ts[k + 1]) && ts[k + 1]?.lower !== 'condition' ? { at: k + 1, cueEnd: k } : null;
	// "the divides he promised to bridge have grown": a main verb right after the infinitive's verb shows the
	// clause is a relative one whose object is the noun before it, and the stance is not in the words after.
	// "vowed to “keep fighting”": the infinitive's verb may open a quotation of the source's own words.
	if (w === 'to') {
		const v = /^[“"]$/.test(ts[k + 1]?.text ?? '') ? k + 2 : k + 1;
		return takes?.has('to') && /^\p{Ll}/u.test(ts[v]?.text ?? '') && !MAIN_VERB.has(ts[v + 1]?.lower ?? '') ? { at: k, cueEnd: cue.end } : null;
	}
	// "see Clinton as honest": an object, then "as" and what it is seen as.
	const seenAs = stance && takes?.has('as') && ts.some((x, m) => m > k && m <= k + AS_WITHIN && x.lower === 'as');
	if (!(stance ? takes?.has('np') || seenAs : SAYING_WITH_OBJECT.has(cue.verb.lemma))) return null;
	// "backed off", "spoke on behalf of", "responded first": a particle or an adverb, not an object.
	if (PARTICLES.has(w)) return null;
	// An object: not a preposition, a conjunction, a form of "be", a mark or the end of the clause.
	if (!/[\p{L}\p{N}$“"‘']/u.test(t.text.charAt(0)) || PLACE_TIME_PREPOSITIONS.has(w) || SETTING_PREPOSITIONS.has(w) || COORDINATORS.has(w) || BE.has(w)) return null;
	// "backed it", "endorsed him": a pronoun says nothing a reader can weigh; "her plans" is a possessive.
	if (w === 'that' || OBJECT_PRONOUNS.has(w) || (w === 'her' && !DETERMINER_NEXT(ts[k + 1]))) return null;
	// "claims more territory", "conceded the race": an act, not a position.
	if (takesAThing(cue.verb, ts, k)) return null;
	return { at: k, cueEnd: cue.end };
}

/** Verbs of plain speaking: denied, nothing was said ("would not agree to new taxes" is still a stance). */
const SPEAKING = wordSet('comment discuss mention say talk speak elaborate specify address detail answer respond reply cite accuse');

/**
 * "would not comment on the remarks", "never mentioned the plan": a verb of saying denied passes nothing on (a verb
 * of stance denied is a stance: "did not support the plan", "would not agree to new taxes").
 */
function unsaid(ts: readonly Token[], cue: CueVerb): boolean {
	if (!SPEAKING.has(cue.verb.lemma)) return false;
	for (let j = cue.i - 1; j >= 0 && (AUXILIARIES.has(ts[j]?.lower ?? '') || NEGATED.test(ts[j]?.lower ?? '') || LY_ADVERB.test(ts[j]?.text ?? '')); j--) {
		const w = ts[j]?.lower ?? '';
		if (w === 'not' || w === 'never' || NEGATED.test(w)) return true;
	}
	return false;
}

/** "her plans" (a possessive) rather than "her" (an object pronoun): a word follows that belongs to it. */
const DETERMINER_NEXT = (t: Token | undefined): boolean => !!t && /^\p{L}/u.test(t.text) && !DETERMINERS.has(t.lower);

const isTime = (t: Token | undefined): boolean => !!t && (TIME_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower));

/** Words of a time set between a subject and its verb: "a poll last month showed", "a poll out Monday showed". */
const TIME_AFTER_SUBJECT = wordSet('last this on out released published conducted taken');
/** Such a time is this many tokens at most ("released late Sunday night"). */
const TIME_AFTER_SUBJECT_MAX = 4;

/**
 * "A CNN poll last month showed …", "New polls released Sunday showed …": the token before a time that sits
 * between the subject and its verb, when it can end the subject; else `j` itself.
 */
function overTime(ts: readonly Token[], j: number): number {
	if (!isTime(ts[j])) return j;
	let m = j;
	while (m > 0 && j - m < TIME_AFTER_SUBJECT_MAX && (isTime(ts[m]) || TIME_AFTER_SUBJECT.has(ts[m]?.lower ?? '') || TIME_MODIFIERS.has(ts[m]?.lower ?? ''))) m--;
	return m < j && endsSubject(ts[m]) && !isTime(ts[m]) ? m : j;
}

/** A verb's base form ("support", not "supports", "supported"): it agrees only with a plural subject. */
const isBaseForm = (cue: CueVerb): boolean => cue.text === cue.verb.lemma;

/** The subject of the verb: the phrase before it, the antecedent of "who", or the main clause's subject. */
function subjectOf(r: SentenceReader, cue: CueVerb, before: readonly Found[]): { speaker: Speaker | null; relative: boolean } | null {
	const ts = r.tokens;
	// "is also praising …": a progressive's subject stands before it (read below), as a finite verb's does.
	if (cue.participle && !cue.progressive) {
		const prev = ts[cue.i - 1];
		// "By refusing to admit any fault, Trump and Lewandowski …": an opening participle clause is its main subject's.
		const opens = cue.i - 1 === r.afterDateline() && INTRO_WORDS.has(prev?.lower ?? '');
		if (prev?.text !== ',' && !COORDINATORS.has(prev?.lower ?? '') && !BE.has(prev?.lower ?? '') && !opens) return null;
		// "photos showing the crowd": only a verb of stance or saying reports as a participle.
		if (EVIDENCE.has(cue.verb.lemma)) return null;
		if (!BE.has(prev?.lower ?? '')) {
			// "…, which Mr. Trump called “a disgrace,” blaming Bloomberg": after a clause with a subject of its own no
			// one is named, as the participle rule reads it; with no subject to the sentence, no stance is read.
			return { speaker: participleSpeaker(r, cue, before) && participleSpeaker(r, cue, before, ownClause(r, cue)), relative: false };
		}
	}
	let j = cue.i - 1;
	let helped = false;
	while (j >= 0 && (AUXILIARIES.has(ts[j]?.lower ?? '') || NEGATED.test(ts[j]?.lower ?? '') || LY_ADVERB.test(ts[j]?.text ?? '') || BE.has(ts[j]?.lower ?? '') || (ts[j]?.lower === 'to' && CATENATIVES.has(ts[j - 1]?.lower ?? '')))) {
		helped = true;
		j -= ts[j]?.lower === 'to' ? 2 : 1;
	}
	// "Mr. Perry was widely criticized for backing …": a passive's subject is the one criticized, not the critic.
	if (!cue.text.endsWith('ing') && ts.slice(j + 1, cue.i).some((t) => BE.has(t.lower))) return null;
	j = overTime(ts, j);
	const tj = ts[j];
	if (!tj) return null;
	if (COORDINATORS.has(tj.lower)) return { speaker: r.mainSubject(cue.i), relative: false };
	// "Republicans who support a ban", "a poll which showed …": the one the relative clause is about.
	if (tj.lower === 'who' || tj.lower === 'which') {
		const head = r.relativeHead(j);
		return head ? { speaker: r.resolve(r.np(head.start, head.end)), relative: true } : null;
	}
	if (!endsSubject(tj)) return null;
	// "the TV show", "the CNBC debate", "the Orlando attack": a singular noun before a base form is a compound.
	if (isBaseForm(cue) && !helped && !cue.participle && !PLURAL_PRONOUNS.has(tj.lower) && !/[^s]s$/.test(tj.base.toLowerCase())) return null;
	const left = r.leftNP(j + 1);
	if (left === 'coordinated') return { speaker: r.mainSubject(cue.i), relative: false };
	return { speaker: left?.speaker ?? null, relative: false };
}

export function stance(r: SentenceReader, cue: CueVerb, before: readonly Found[]): Found[] {
	// A headline tells the event in a few capitalized words ("UK refuses to ban arms exports"): the act is the
	// news, not a position the report passes on, and its capitals hide where the subject starts.
	if (r.s.headline) return [];
	const object = objectAt(r, cue);
	if (!object || unsaid(r.tokens, cue)) return [];
	const subject = subjectOf(r, cue, before);
	const speaker = subject?.speaker;
	if (!subject || !speaker) return [];
	// A poll, a record or a study shows; a person who "showed a lack of will" reports nothing.
	if (EVIDENCE.has(cue.verb.lemma) && cue.verb.frame !== 'stance' && speaker.kind !== 'document') return [];
	const ts = r.tokens;
	// "Trump has promised to build a wall" is a pledge a reader can weigh; "the council has promised to review its
	// policy" is news of what a body plans to do, told as the report's own fact.
	if (ts[object.at]?.lower === 'to' && COMMITMENT_VERBS.includes(cue.verb.lemma) && BODY_KINDS.has(speaker.kind)) return [];
	// "branded the council a “wrecking crew”": what it was branded is the source's own words.
	const quoted = NAMING.has(cue.verb.lemma) ? namedQuote(r, object.at) : undefined;
	const inner = quoted ? trimContent(r.src, quoted.inner.start, quoted.inner.end) : null;
	if (inner) return [{ cue: cue.cue, content: inner, verb: cue.verb, verbText: cue.text, direct: true, speaker, category: 'quote', rule: RULE }];
	const from = ts[object.at];
	const stop = ts[lessSetting(ts, object.at, clauseEnd(r, object.at, subject.relative))];
	if (!from) return [];
	const clause = trimContent(r.src, from.start, stop ? stop.start : r.s.end);
	if (!clause || clause.end - clause.start < MIN_STANCE_CHARS) return [];
	const content = throughQuote(r, clause);
	const cueSpan = { start: cue.cue.start, end: ts[object.cueEnd]?.end ?? cue.cue.end };
	const text = r.src.slice(cueSpan.start, cueSpan.end).toLowerCase();
	return [{ cue: cueSpan, content, verb: cue.verb, verbText: text, direct: false, speaker, category: 'stance', rule: RULE }];
}
