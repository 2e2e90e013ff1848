// Text helpers for writing questions: excerpts that quote the report, words to tap, and plain labels.
import { OBJECT_PREPOSITIONS } from '../analysis/attribution/noun-phrase';
import { COORDINATORS, DETERMINERS, IRREGULAR_PAST, LY_ADVERB, PLACE_TIME_PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_NOUNS } from '../analysis/lexicons/function-words';
import { REPORTING_VERBS, THINKING_VERBS } from '../analysis/lexicons/reporting-verbs';
import { memoByWord } from '../analysis/memo';
import { runCount } from '../analysis/scan';
import type { Sentence, Span } from '../analysis/types';
import type { ReportKey, Target } from './types';

export const REPORT_KEYS: readonly [ReportKey, ReportKey] = ['a', 'b'];
export const reportName = (key: ReportKey): string => (key === 'a' ? 'report A' : 'report B');
export const ReportName = (key: ReportKey): string => (key === 'a' ? 'Report A' : 'Report B');

export const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

// A word: letters or digits, joined inside by apostrophes, hyphens, or digit separators ("40,074", "don't").
const WORD = /[\p{L}\p{N}]+(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** The words of a span, each with its span, in order. */
export function wordsOf(text: string, span: Span, report: ReportKey): Target[] {
	const out: Target[] = [];
	const slice = text.slice(span.start, span.end);
	WORD.lastIndex = 0;
	for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
		out.push({ text: m[0], report, start: span.start + m.index, end: span.start + m.index + m[0].length });
	}
	return out;
}

// Runs of letters or digits (/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu): close enough to wordsOf for length limits,
// and far cheaper, counted by a scan that makes no match per word.
export const wordCount = (text: string): number => runCount(text);

/** A span with spaces, quotation marks and trailing commas or colons taken off both ends. */
export function tidySpan(text: string, span: Span): Span {
	let { start, end } = span;
	const edge = /[\s"“”‘'’,;:(\u2013\u2014-]/u;
	const tail = /[\s"“”‘’',;:)\u2013\u2014-]/u;
	while (start < end && edge.test(text[start] ?? '')) start++;
	while (end > start && tail.test(text[end - 1] ?? '')) end--;
	// Give back a closing mark whose opening mark is inside: ‘was "painful"’, not ‘was "painful’.
	const inner = text.slice(start, end);
	const closer = text[end];
	if ((closer === '"' && (inner.match(/"/g) ?? []).length % 2 === 1) || (closer === '”' && (inner.match(/“/g) ?? []).length > (inner.match(/”/g) ?? []).length))
		end++;
	// A quotation inside a quotation that closes after its comma ("our motto was 'E pluribus unum,'" he said)
	// loses its closing mark with the comma: give both back, or the words read ‘E pluribus unum with no end.
	else if (unclosedSingle(inner)) {
		const after = /^[,;:.]?['’]/u.exec(text.slice(end, end + 2));
		if (after) end += after[0].length;
	}
	return { start, end };
}

/** Whether a single quotation mark opens in `s` and does not close (an apostrophe stands between letters). */
function unclosedSingle(s: string): boolean {
	const marks = s.replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
	const straight = (marks.match(/'/g) ?? []).length;
	return straight % 2 === 1 || (marks.match(/‘/g) ?? []).length > (marks.match(/’/g) ?? []).length;
}

/** The text of a span with inner whitespace runs collapsed, for quoting in a prompt. */
export function textOf(text: string, span: Span): string {
	const s = text.slice(span.start, span.end);
	// Most spans hold single spaces only: skip the rewrite for them.
	return /\s\s|[\t\n\r\u00a0]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

// Words for cutting quotations to length: runs of non-space (cheaper than WORD, and a cut lands on a space).
const CHUNK = /\S+/g;

/** The span cut to at most `maxWords` words (cut at a word end), and whether it was cut. */
export function clipSpan(text: string, span: Span, maxWords: number): { span: Span; clipped: boolean } {
	CHUNK.lastIndex = span.start;
	let count = 0;
	for (let m = CHUNK.exec(text); m && m.index < span.end; m = CHUNK.exec(text)) {
		count++;
		if (count === maxWords) {
			const end = Math.min(span.end, m.index + m[0].length);
			if (!/[\p{L}\p{N}]/u.test(text.slice(end, span.end))) return { span, clipped: false };
			return { span: { start: span.start, end }, clipped: true };
		}
	}
	return { span, clipped: false };
}

/** Quotation marks inside quoted words become single ones, as in print: “she said ‘no’”. */
export const nestQuotes = (s: string): string =>
	s
		// A doubled mark (“““This”, pasted from some sites) is one mark.
		.replace(/([“”"])\1+/g, '$1')
		.replace(/“/g, '‘')
		.replace(/”/g, '’')
		.replace(/(^|[\s(\[—–-])"/g, '$1‘')
		.replace(/"/g, '’');

/** Words quoted as they stand in the report, between curly quotes; "…" marks a cut. */
export function quote(text: string, span: Span, maxWords = 30, dropStop = false): string {
	const { span: s, clipped } = clipSpan(text, span, maxWords);
	// Mid-sentence ("… includes “x”; report B …") a quotation's own full stop is dropped.
	const words = nestQuotes(textOf(text, s))
		.replace(dropStop ? /\.$/ : /$^/, '')
		.replace(clipped ? /\s*[,;:–—-]$/ : /$^/, '');
	return `“${words}${clipped ? ' …' : ''}”`;
}

/** Whether quotation marks open in text.slice(from, to) are all closed again (counted in place: no slice). */
function quotesBalanced(text: string, from: number, to: number): boolean {
	let straight = 0;
	let open = 0;
	let close = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) straight++;
		else if (c === 0x201c) open++;
		else if (c === 0x201d) close++;
	}
	return straight % 2 === 0 && open <= close;
}

/**
 * The sentence widened to whole quotations: a sentence splitter cuts "He said: "We tried. We failed.""
 * inside the quote, and half a quotation quoted alone misleads. Stays within the sentence's paragraph.
 */
export function wholeSentence(text: string, sentences: readonly Sentence[], s: Sentence): Span {
	let first = s;
	let last = s;
	let blockStart = s.start;
	for (let i = s.index - 1; i >= 0 && sentences[i]?.block === s.block; i--) blockStart = sentences[i]?.start ?? blockStart;
	while (!quotesBalanced(text, blockStart, first.start)) {
		const prev = sentences[first.index - 1];
		if (!prev || prev.block !== s.block) break;
		first = prev;
	}
	while (!quotesBalanced(text, blockStart, last.end)) {
		const next = sentences[last.index + 1];
		if (!next || next.block !== s.block) break;
		last = next;
	}
	return { start: first.start, end: last.end };
}

/** The sentence that holds the start of a span. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
	return sentences.find((s) => s.start <= at && at < s.end);
}

// Sentences that open on a pronoun, "this" or "then" lean on the one before ("Then there is Gen. Eisenhower."),
// and one that ends on a colon on the one after ("…, it was the stage itself:"): quoted alone they do not stand up.
const LEANS_ON_CONTEXT = /^(?:he|she|it|they|this|these|those|that|his|her|its|their|him|them|there|then|but|and|so|yet|also|however)\b|:\s*$/i;
export const leansOnContext = (sentenceText: string): boolean => LEANS_ON_CONTEXT.test(sentenceText.replace(/^["“‘']+/, ''));

// "this decision", "those remarks", "the following statement", "on that same day": a thing named by pointing to a
// sentence before or after. Not "this year" (the time of writing) nor "this is" (a pronoun).
const POINTING = /\b(?:this|these|those)\s+(?!(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|past|coming|last|next)\b)(\p{Ll}{3,})|\bthe following\b|\bthat (?:same|very)\b/giu;
// "sent that statement around", "represented that Democratic angst": "that" before a noun phrase, told from the
// "that" of "said Tuesday that taxes would rise" (a verb of saying or thinking a word or two before) or of "the
// bill that passed" (before a verb).
const THAT_PHRASE = /\b(\p{L}+)\s+(\p{L}+)\s+that\s+(\p{L}+)\s+(\p{L}+)/gu;
const NOT_BEFORE_THAT = new Set('so such now given than fact ensure know knew known think thought believe believed hope hoped fear feared expect expected show showed shown clear sure aware'.split(' '));
const VERB_FORM = /(?:ed|s)$|^(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do)$/;

/** Whether narration names something by pointing to another sentence ("that statement", "the following"). */
export function pointsBack(narration: string): boolean {
	for (const m of narration.matchAll(POINTING)) if (!m[1] || !TIME_NOUNS.has(m[1].toLowerCase())) return true;
	THAT_PHRASE.lastIndex = 0;
	for (let m = THAT_PHRASE.exec(narration); m; m = THAT_PHRASE.exec(narration)) {
		// The next match may start at the word after this one's first: "x said that" then "said that …".
		THAT_PHRASE.lastIndex = m.index + (m[1] ?? '').length + 1;
		const [earlier = '', before = '', first = '', second = ''] = [m[1], m[2], m[3], m[4]].map((w) => w?.toLowerCase());
		const saying = (w: string) => REPORTING_VERBS.has(w) || NOT_BEFORE_THAT.has(w);
		if (saying(before) || saying(earlier) || DETERMINERS.has(first) || SUBJECT_PRONOUNS.has(first)) continue;
		if (!VERB_FORM.test(first) && !VERB_FORM.test(second) && !IRREGULAR_PAST.has(second)) return true;
	}
	return false;
}

/**
 * A sentence not quoted to a student: a "?" or "!" standing apart from the word before it ("Nelson Warfield ?
 * and John ?McLaughlin"), a character lost in copying; a piece that opens in lower case ("aired on BET …" after
 * "Black Girls Rock!" ended a sentence too early); a subheading with most words capitalised ("George Lopez On
 * Why …"), which reads as a headline, not as a sentence of the report; a sentence holding a tag of markup;
 * one cut off after a title.
 */
export function garbled(sentenceText: string): boolean {
	if (/\s[?!]/.test(sentenceText) || CUT_AT_TITLE.test(sentenceText) || /^\p{Ll}/u.test(sentenceText) || MARKUP.test(sentenceText) || LINK.test(sentenceText) || SHOUTED.test(sentenceText) || MOJIBAKE.test(sentenceText)) return true;
	const words = sentenceText.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
	return words.length >= HEADING_MIN_WORDS && capitals / words.length >= HEADING_CAPITALS;
}

/**
 * A line cut after a title ("The records released by the agency, which is part of Gov."): no sentence ends on
 * one, so the name and the rest were lost in copying.
 */
const CUT_AT_TITLE = /\b(?:Gov|Sen|Rep|Sens|Reps|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Prof|Rev|Hon)\.$/;
/** The rest of a line cut after a title: the text just before it ends on one ("… part of Gov." ¶ "Rick Scott’s …"). */
export const afterCut = (text: string, start: number): boolean => CUT_AT_TITLE.test(text.slice(Math.max(0, start - 8), start).trimEnd());
/**
 * Text decoded in the wrong character set ("the realÃ¢€world concerns"): UTF-8 read as Latin-1 leaves "Ã" or "â€" before
 * a sign that no word holds.
 */
const MOJIBAKE = /Ã[\u0080-\u00bf]|â€/u;
/**
 * Half of a quotation: an odd number of quotation marks (a doubled apostrophe counts as one), the other half in
 * the sentence before or after. Shown alone, its marks do not pair up and the reader cannot tell whose words are whose.
 */
export const halfQuoted = (sentenceText: string): boolean => (sentenceText.match(/''|["“”]/g)?.length ?? 0) % 2 === 1;
/** A sentence that cannot be shown alone as a question's text: garbled, or half of a quotation. */
export const unfitAlone = (sentenceText: string): boolean => garbled(sentenceText) || halfQuoted(sentenceText);
/** A tag left in a pasted page ("<tweet id=…>", "<tweet/>"): shown as text, but no sentence of the report. */
const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/i;
/**
 * A heading in capitals run into the sentence ("AT LEAST 10 KILLED IN DEADLY BLAST Police said …"): four words in
 * capitals in a row, more than a run of acronyms ("the U.S. and NATO") ever makes.
 */
const SHOUTED = /(?:\b\p{Lu}{2,}\b[\s\d]+){3}\b\p{Lu}{2,}\b/u;
/**
 * A web address: a sentence holding one is an embedded post or a page's furniture ("… in her victory speech
 * https://t.co/…"), whose point a student cannot weigh as the report's.
 */
const LINK = /\bhttps?:\/\/|\bwww\.\p{L}/iu;
/** A subheading has at least this many words, and at least this share of them capitalised (a sentence of names has fewer). */
const HEADING_MIN_WORDS = 5;
const HEADING_CAPITALS = 0.75;

/** A string to match literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "a", "b" and "c" for options in the command line. */
export const letter = (i: number): string => String.fromCharCode(97 + i);

/** A list in plain English: "x", "x and y", "x, y and z". */
export function listWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** First letter upper-cased, for an option or sentence built from a name. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Names as a reader would write them: "the FCDO" stays, "Mark Smith" stays; empty names never reach here.
 * Kept per distinct string: the pool asks it of the same names and passages many times over.
 */
export const normName = memoByWord((s: string): string =>
	s
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.replace(/^the\s+/, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim(),
);

/** Words of a sentence quoted around a focus span, cut to at most `maxWords`, with "…" where cut. */
export function quoteAround(text: string, sentence: Span, focus: Span, maxWords = 30): string {
	const words: Span[] = [];
	CHUNK.lastIndex = sentence.start;
	for (let m = CHUNK.exec(text); m && m.index < sentence.end; m = CHUNK.exec(text)) words.push({ start: m.index, end: Math.min(sentence.end, m.index + m[0].length) });
	if (words.length <= maxWords) return `“${nestQuotes(textOf(text, sentence))}”`;
	const at = Math.max(0, words.findIndex((w) => w.end > focus.start));
	const first = Math.max(0, Math.min(at - 8, words.length - maxWords));
	const last = Math.min(words.length, first + maxWords) - 1;
	const from = first === 0 ? sentence.start : (words[first]?.start ?? sentence.start);
	const to = last === words.length - 1 ? sentence.end : (words[last]?.end ?? sentence.end);
	// A cut leaves no stray comma or dash before the "…".
	const inner = textOf(text, { start: from, end: to }).replace(/[,;:–—-]$/, '');
	return `“${first > 0 ? '… ' : ''}${nestQuotes(inner)}${to < sentence.end ? ' …' : ''}”`;
}

/**
 * A dateline opening a story: a place in capitals, perhaps with its state or an agency, then a dash and the
 * sentence's first word ("WASHINGTON — Representative …", "NEW YORK (AP) -- The …", "CLEVELAND, Ohio - …").
 * A name in capitals set off by a dash before small words is the sentence's subject ("AMTRAK — the rail company — said").
 */
export const DATELINE = /^\p{Lu}{2,}\.?(?:[ ,]+\p{Lu}[\p{L}.]*){0,3}(?:\s*\([^()\n]{1,25}\))?\s*(?:-{1,2}|—|–)\s*(?=["“‘]?\p{Lu})/u;

/** A name with the possessive ending: "Mark Smith’s", "the FCDO’s". */
export const possessive = (name: string): string => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

// Words that open a phrase, not a clause: content that starts on one was cut in the wrong place ("in a speech
// Thursday night in which …" read as what was said), or leans on words left outside it.
// "why she stands behind Clinton", "how the plan would work": an indirect question names a topic, not a point.
const NOT_CLAUSE_START = new Set(
	'in on at during after before while with to for from by of about that as when which who whom whose and but or because since if than through into over under without within against among between following why how whether'.split(' '),
);
const DAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const RELATIVE_AFTER = /^\s*,\s*(?:which|who|whose|whom|where)\b/i;
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?"“”’)\]\u2013\u2014-]|$)/u;

/**
 * Verb frames whose passed-on words are an object and what it is called, described as or accused of, or
 * what was cited ("citing former senators like …"): no claim a student can give to someone.
 */
const OBJECT_FRAMES: ReadonlySet<string> = new Set(['name', 'as', 'of', 'cite']);
/** The verbs of thinking, every form the lexicon writes (a regular verb's base is its lemma). */
const THINKING = new Set(THINKING_VERBS.split(/[\s/]+/));
/** Whether a reporting verb is one of thinking ("believes", "expected"): a belief, perhaps never put in words. */
export const thinking = (verb: string): boolean => THINKING.has(REPORTING_VERBS.get(verb)?.lemma ?? '');
/**
 * "expected her bid to open her past up to scrutiny": an object and an infinitive, with no finite verb of their
 * own, are what a belief is about, not a claim to read alone.
 */
const TO_VERB = /\bto\s+\p{Ll}/u;
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|won't|can't)\b/iu;
export const objectAndInfinitive = (verb: string, said: string): boolean => thinking(verb) && TO_VERB.test(said) && !FINITE.test(said);
/** Whether some word of the text is a form of a reporting verb (that `keep` accepts): the words tell of speech. */
export const holdsReportingVerb = (text: string, keep: (form: string) => boolean = () => true): boolean =>
	text.toLowerCase().split(/[^\p{L}]+/u).some((w) => REPORTING_VERBS.has(w) && keep(w));
/** Whether a reporting verb passes on an object and its label ("calling it a disgrace"), not a clause said. */
export const passesObject = (verb: string): boolean => OBJECT_FRAMES.has(REPORTING_VERBS.get(verb)?.frame ?? '');

/**
 * Whether reported words (not a quotation) stand as a whole clause a student can read as someone's claim:
 * they open on a subject, not a preposition, a conjunction or a day ("Tuesday that he …"), and end where a
 * clause ends.
 */
export function wholeClause(text: string, span: Span): boolean {
	const words = textOf(text, span).split(/\s+/);
	const first = (words[0] ?? '').replace(/^["“‘']+/, '');
	if (NOT_CLAUSE_START.has(first.toLowerCase()) || DAY_OR_MONTH.test(first)) return false;
	// "statistics …, which he said were more reliable": a verb first, its subject left in the narration.
	if (PREDICATE_START.has(first.replace(/’/g, "'"))) return false;
	// "… Tuesday that he would …": a cue's "that" inside the first words means the clause starts later.
	if (words.slice(1, 4).some((w) => w.toLowerCase() === 'that')) return false;
	// "delegate-rich states that vote a week later": a bare word with a determiner straight after it is a verb
	// and its object, no subject: the "that" was a relative pronoun and the cue a noun. (A word in -ing with its
	// object is a subject: "reading the document aloud was a first".)
	// (Nor a preposition or a conjunction opening the clause: "despite the divisions that remain, the country …".)
	// So is one with "to" or an object pronoun straight after it: "states that want to block the law", "an event
	// that he says led him to the church".
	const second = (words[1] ?? '').toLowerCase();
	if (/^\p{Ll}+$/u.test(first) && !/ing$/.test(first) && !DETERMINERS.has(first) && !QUANTIFIERS.has(first) && !SUBJECT_PRONOUNS.has(first) && !opensPhrase(first) && (DETERMINERS.has(second) || second === 'to' || OBJECT_PRONOUNS.has(second)))
		return false;
	// "suggested boycotting the company until it changed course", "denied taking the money": a gerund with no
	// verb of its own after it is what was proposed or denied, not a claim ("cutting taxes will help" has one).
	if (/^\p{Ll}{3,}ing$/u.test(first) && !AMOUNTS.has(first) && !ownVerb(words)) return false;
	// "what they said that really got us thinking": an adverb in -ly before a verb, the subject left behind.
	if (LY_ADVERB.test(first) && /^\p{Ll}/u.test(second)) return false;
	// "has said little about the plan": what was said about something, not a claim.
	if (AMOUNTS.has(first) && second === 'about') return false;
	// "the main reason her group, which disagrees with her, would …": cut before a relative clause set off by
	// commas, the words are a subject still waiting for its verb.
	if (RELATIVE_AFTER.test(text.slice(span.end, span.end + 12))) return false;
	// "told his audience, to rowdy applause: “…”": words cut at a colon are the setting; what was said follows.
	if (/^\s*:/.test(text.slice(span.end, span.end + 3))) return false;
	// "the 12 million jobs she and Hale say the plan would create": a clause about the noun before its speaker, whose
	// verb's object is that noun, left out; the words alone are no claim.
	// ("In the report the mayor says …": a noun after a preposition is the setting, not what the clause is about.)
	const lead = text.slice(Math.max(0, span.start - ANTECEDENT_CHARS), span.start);
	const found = ANTECEDENT_BEFORE.exec(lead);
	const antecedent = found?.[1]?.toLowerCase() ?? '';
	// The verb is one of saying, and the noun no verb ("announced Tuesday that …" is a cue, a day and "that").
	const setting = !found || !REPORTING_VERBS.has(found[2] ?? '') || REPORTING_VERBS.has(antecedent) || /ed$/.test(antecedent) || IN_A_SETTING.test(lead.slice(0, found.index));
	if (GAPPED_END.test(textOf(text, span)) && antecedent && !setting && !TIME_NOUNS.has(antecedent) && !PREDICATE_START.has(antecedent) && !opensPhrase(antecedent) && !DETERMINERS.has(antecedent) && !JOINING.has(antecedent)) return false;
	return CLAUSE_END_AFTER.test(text.slice(span.end, span.end + 3));
}

/** Words that end where a verb's object should follow: a modal and one verb ("would create", "can afford to fix"). */
const GAPPED_END = /\b(?:would|will|could|can|might|may|should|must)\s+(?:\p{Ll}+\s+to\s+)?\p{Ll}+[.,;!?]?$/u;
/**
 * A noun, then one who speaks and a verb, just before the words: "jobs she and Hale say", "bridge the mayor says".
 * The speaker is a pronoun, a name, or "the" and a noun.
 */
const ANTECEDENT_BEFORE = /\b(\p{Ll}{3,})\s+(?:(?:he|she|they|we|I|the\s+\p{Ll}+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})(?:\s+and\s+)?){1,2}\s+(\p{Ll}+)\s+$/u;
/** A preposition and a determiner (and perhaps a word) just before that noun: "In the (new) report". */
const IN_A_SETTING = /\b(?:in|on|at|during|after|before|from|with|by|under|since)\s+(?:the|a|an|this|that|his|her|their|its)\s+(?:\p{Ll}+\s+)?$/iu;
/** Words that join clauses, never a noun a clause is about ("but she said", "that he says" may be either, so neither). */
const JOINING = new Set([...COORDINATORS, ...RELATIVES, 'that', 'yet', 'so', 'as', 'than']);
/** How far back from the words the noun and the speaker are looked for. */
const ANTECEDENT_CHARS = 60;

/**
 * Whether a gerund phrase opening the words has a verb of its own: an auxiliary or modal before any clause of its
 * own opens ("boycotting Apple if the company did not help" has none; "cutting taxes will help" has one).
 */
function ownVerb(words: readonly string[]): boolean {
	for (const w of words.slice(1)) {
		const lower = w.toLowerCase();
		if (SUBORDINATORS.has(lower) || /[,;:]$/.test(w)) return false;
		if (PREDICATE_START.has(lower.replace(/’/g, "'"))) return true;
	}
	return false;
}

const OBJECT_PRONOUNS = new Set('him them us me it'.split(' '));
const AMOUNTS = new Set('little much nothing something anything everything more less'.split(' '));
// Words that may stand before a determiner at the head of a subject ("all the votes", "half his staff").
const QUANTIFIERS = new Set('all both half such what quite rather'.split(' '));
/** Prepositions the shared lists do not hold ("despite the divisions", "amid the protests"). */
const MORE_PREPOSITIONS = new Set('despite amid unlike beyond within throughout'.split(' '));
const opensPhrase = (w: string): boolean => OBJECT_PREPOSITIONS.has(w) || PLACE_TIME_PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || MORE_PREPOSITIONS.has(w);

// Words that open a predicate, not a clause: an auxiliary, a modal, a negation.
const PREDICATE_START = new Set(
	"do does did don't doesn't didn't is are was were isn't aren't wasn't weren't has have had hasn't haven't hadn't will would won't wouldn't can can't cannot could couldn't should shouldn't may might must not never also".split(
		' ',
	),
);

/** One to four capitalised words on a line of their own, then the closing mark: "…\nBill Clinton.”". */
const CREDIT_LINE = /^[.,!?]?[ \t]*\n[ \t]*(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}.'’-]*[.,]?["”]/u;
/** How far after the words a credit line may end: a name of four words and its marks. */
const CREDIT_REACH = 60;
/**
 * Whether a quotation ends on a line naming someone, set inside its marks as a pull quote's credit ("… I never
 * begrudged it.\nBill Clinton.”"): who said it is that name, which the cue the analysis found may not be.
 */
export function endsOnCredit(text: string, span: Span): boolean {
	const words = textOf(text, span);
	const lastBreak = words.lastIndexOf('\n');
	const from = lastBreak >= 0 ? span.start + lastBreak : span.end;
	return CREDIT_LINE.test(text.slice(from, span.end + CREDIT_REACH));
}

/**
 * Whether quoted words begin on their predicate, their subject left in the narration ("The savings, she said,
 * “do not cut a single …”"): quoted alone they read as an order or a fragment.
 */
export function subjectless(text: string, span: Span): boolean {
	const first = (textOf(text, span).split(/\s+/)[0] ?? '').replace(/^["“‘']+/, '').replace(/’/g, "'");
	if (!/^\p{Ll}/u.test(first)) return false;
	return PREDICATE_START.has(first) || (/^\p{Ll}+(?:ed|ing)$/u.test(first) && !/thing$/.test(first));
}

// A sentence end inside a passage: a full stop, question or exclamation mark (and any closing mark) before a
// space and a capital or an opening mark.
const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=["“‘]?[\p{Lu}\d])/gu;

/**
 * The passage cut to its first whole sentences within `maxWords` words, or null when even its first sentence
 * is longer: a prompt quotes whole sentences, never half of one.
 */
export function wholeSentencesWithin(text: string, span: Span, maxWords: number): Span | null {
	if (wordCount(textOf(text, span)) <= maxWords) return span;
	const inner = text.slice(span.start, span.end);
	let best: Span | null = null;
	SENTENCE_BREAK.lastIndex = 0;
	for (let m = SENTENCE_BREAK.exec(inner); m; m = SENTENCE_BREAK.exec(inner)) {
		const end = span.start + m.index + m[0].trimEnd().length;
		if (wordCount(text.slice(span.start, end)) > maxWords) break;
		// A stop after a title ("ran against then-Sen. Obama") ends no sentence: the name follows.
		if (CUT_AT_TITLE.test(text.slice(span.start, end))) continue;
		best = { start: span.start, end };
	}
	return best;
}
