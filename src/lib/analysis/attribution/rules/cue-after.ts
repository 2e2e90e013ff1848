// The cue comes after the words, which come first in the sentence:
//   "“We will not trade territory,” Kuleba told reporters in Brussels."  (speaker before the verb)
//   "“This is a war of aggression,” said Josep Borrell, the EU's foreign policy chief."  (speaker after it)
//   "The plan, he wrote, is dead."  (the cue inside the sentence: the words on both sides are his)
//   "“The plan,” he said, “is dead.”"  (a quotation the cue interrupts: one passage)
// What follows the cue may be a place or a time, the one told, or a new clause of the speaker's own
// ("…,” he said, adding that …"), never the content of the verb ("he said that …").
import { BE, COORDINATORS, DETERMINERS, LONE_QUANTIFIERS, MONTHS, PARTITIVES, PLACE_TIME_PREPOSITIONS, RELATIVES, SETTING_PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_MODIFIERS, TIME_NOUNS, TIME_WORDS } from '../../lexicons/function-words';
import { NAME_CONNECTORS, NOT_NAME, ROLE_NOUNS } from '../../lexicons/names';
import { INVERTING_LEMMAS, REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import type { Speaker } from '../../speaker';
import type { Token } from '../../tokens';
import type { Quote, Span } from '../../types';
import { contentAfter, trimContent } from '../content';
import { type CueVerb, shownBefore } from '../cue-word';
import { type Found, passage } from '../found';
import { ANONYMOUS_SOURCE, OBJECT_PREPOSITIONS, TYPED_DASH, groupsDigits, type SentenceReader } from '../noun-phrase';
import { wordSet } from '../../lexicons/word-set';

/** Verbs of telling someone that take what they were told of with "of" or "about" ("reminded him of his gaffes"). */
const TOLD_OF_THING = wordSet('remind inform notify');
const RULE = 'cue-after';

/** A speaker between the mark and the verb is at most this many words ("…, the former minister said")… */
const SPEAKER_BEFORE_MAX = 6;
/** …or this many after a closing quotation mark, which leaves no doubt what went before ("…,” Senate Majority Leader Mitch McConnell, R-Ky., said"). */
const SPEAKER_BEFORE_QUOTE_MAX = 10;
/** A speaker right after the verb ("said Mr Smith", "said the former foreign minister") is at most this many words. */
const SPEAKER_AFTER_MAX = 7;
/** "…,” Trump told Fox News's Greta Van Susteren": the one told is at most this many words. */
const TOLD_MAX = 6;
/** "…, he said at a rally in Des Moines on Monday": a phrase of place or time after the cue runs at most this far. */
const SETTING_MAX = 12;
/** A title in quotation marks in a setting ("on “Meet the Press”", "in “The Daily”") is at most this long. */
const TITLE_MAX_CHARS = 40;
/** A closing mark this close after the comma's mark is the quotation the cue closes. */
const CLOSE_WITHIN = 2;
/** "…,” Ann Ford, a Republican trying to unseat …, said": the appositive between name and verb is at most this many tokens. */
const APPOSITIVE_MAX_TOKENS = 30;
/** A name right after a closing quotation mark is at most this many tokens ("Rep. Mary J. Blige-Hall"). */
const NAME_MAX_TOKENS = 6;
/** "…,” he said, “…”": the next quotation opens this close after the comma. */
const REOPENS_WITHIN = 3;

/** Prepositions that size a number after them ("over 2,000", "under 10 percent") rather than set a scene. */
const QUANTITY_PREPOSITIONS = wordSet('over under about around nearly');
const CLOSING = new Set(['”', '"', "'"]);
/** A dateline opens on a place in capitals ("WASHINGTON -", "NEW YORK —"); a name before a dash is in mixed case. */
const DATELINE = /^\p{Lu}{2,}$/u;
const SENTENCE_END = new Set(['.', '!', '?', '”', '"', "'"]);
/** After the cue these open what the verb says: the cue is then before its content, not after it. */
const CONTENT_OPENERS = wordSet('that : “ "');
const AUXILIARY = wordSet('has have had would will could');
/** "has said", "had told": the auxiliaries of a perfect tense, between a speaker and its verb. */
const PERFECT = wordSet('has have had');
/** Words that end a speaker named after the verb: "said Dan Golvach when asked about …", "said Ann Cole as she left". */
const SPEAKER_AFTER_STOPS = wordSet('when as while because although though before after adding noting');
const PARTICIPLE_ING = /^\p{Ll}{3,}ing$/u;
/** "said former Obama adviser David Axelrod": a title before the name runs to at most this many tokens. */
const TITLE_MAX_TOKENS = 4;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
/** An adverb in -ly ("matter-of-factly"): a manner or a time after the cue, never a name. */
const ADVERB = /^\p{Ll}[\p{Ll}-]*ly$/u;
/** Conjunctions opening a clause of the reporter's after a cue ("…,” she said after …"); not "if", which may open what was said. */
const CLAUSE_OF_TIME_OR_REASON = wordSet('when after before while because although though since');

/** "warned his priests in a letter that": a "that" this near after the verb opens the verb's own words. */
const THAT_WITHIN = 8;
/** Words before a quotation's opening mark in its sentence that make it a mixed quotation: at least two words. */
const MIXED_LEAD = /[\p{L}\p{N}]+\W+[\p{L}\p{N}]+/u;
/** A quotation that ends its sentence with "?" or "!" closes this close before the cue's sentence (a space). */
const QUESTION_GAP = 3;
/** A plain comma before a trailing cue is at most this many tokens back ("…, the former minister said")… */
const COMMA_WITHIN = 7;
/** …or this many after a clause: "…, a new USA TODAY/Suffolk University Poll finds" (a body's full name runs to eight). */
const LONG_SPEAKER_WITHIN = 9;

/**
 * The closing quotation mark or the comma the words before the cue end with: a closing mark wins, since an
 * appositive between it and the verb has commas of its own ("…,” Mitch McConnell, R-Ky., said").
 */
function markBefore(r: SentenceReader, i: number): number {
	const ts = r.tokens;
	let comma = -1;
	for (let k = i - 1; k >= Math.max(0, i - SPEAKER_BEFORE_QUOTE_MAX - 4); k--) {
		const t = ts[k];
		if (!t) continue;
		if (t.text === '”' || ((t.text === '"' || t.text === "'") && k > 0 && r.quotes.endingIn(t.end, t.end))) {
			// "“…unlikely” that Sanders can win, said Steve Elmendorf": the words after the mark go on with what
			// was said (no speaker opens with a lower-case word but an article); the comma ends them.
			const next = ts[k + 1];
			const lower = !!next && /^\p{Ll}/u.test(next.text);
			// "“Today” show host Ann Cole asked": a title quoted inside a phrase, with no mark that ends words said.
			if (lower && comma < 0 && /^\p{L}/u.test(ts[k - 1]?.text ?? '') && !DETERMINERS.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower)) continue;
			return comma > k && lower && !DETERMINERS.has(next.lower) ? comma : k;
		}
		if (t.text !== ',' || comma >= 0) continue;
		// Further back only after a clause: in "Sam Lau, the communications director for the party said" a name
		// alone stands before the comma ("Mr. Obama, officials said, has …" is near enough either way).
		const far = i - k > COMMA_WITHIN && i - k <= LONG_SPEAKER_WITHIN && ts.slice(0, k).some((x) => /^\p{Ll}/u.test(x.text));
		// "10,000": a comma inside a number is no mark before the cue.
		if (!groupsDigits(ts, k) && (i - k <= COMMA_WITHIN || far)) comma = k;
	}
	return comma;
}

/** Words before the cue that are only a phrase of place or time ("In her letter", "At the rally on Monday"): where it was said, not what. */
const settingOnly = (lead: readonly Token[]): boolean => lead.length <= SETTING_MAX && PLACE_TIME_PREPOSITIONS.has(lead[0]?.lower ?? '') && !lead.some((t) => t.text === ',' || CLOSING.has(t.text));

/** Index of the sentence's last token before its closing punctuation. */
function bodyEnd(ts: readonly Token[]): number {
	let end = ts.length;
	while (end > 0 && SENTENCE_END.has(ts[end - 1]?.text ?? '')) end--;
	return end;
}

/** Skips the one told ("told reporters", "told Fox News's Greta Van Susteren", "told the BBC"). */
function skipTold(ts: readonly Token[], k: number): number {
	let m = k;
	if (DETERMINERS.has(ts[m]?.lower ?? '')) m++;
	if (ts[m]?.cap) {
		while (ts[m]?.cap && m - k < TOLD_MAX) m++;
		return m;
	}
	return m + 1;
}


/**
 * Skips "in a statement", "at a rally on Monday", "Thursday", "earlier this month", "of Cruz",
 * "matter-of-factly" after the cue: settings, one after another, up to a comma or a content opener.
 */
function skipSetting(r: SentenceReader, k: number, end: number): number {
	const ts = r.tokens;
	let m = k;
	for (let guard = 0; m < end && guard < SETTING_MAX; guard++) {
		const t = ts[m];
		if (!t) break;
		const timed = TIME_MODIFIERS.has(t.lower) && (TIME_WORDS.has(ts[m + 1]?.lower ?? '') || TIME_NOUNS.has(ts[m + 1]?.lower ?? ''));
		// "last January": a month is a time as a weekday is.
		if (timed || TIME_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower) || ADVERB.test(t.text)) {
			m++;
			continue;
		}
		// "found over 2,200 emails": a preposition before a number sizes the object; it sets no place or time.
		if (!SETTING_PREPOSITIONS.has(t.lower) || (QUANTITY_PREPOSITIONS.has(t.lower) && /^\d/.test(ts[m + 1]?.text ?? ''))) break;
		const from = m;
		m++;
		while (m < end && m - from < SETTING_MAX && ts[m]?.text !== ',' && !CONTENT_OPENERS.has(ts[m]?.lower ?? '') && !SETTING_PREPOSITIONS.has(ts[m]?.lower ?? '')) m++;
		// "he said on “Meet the Press.”": a programme's or a paper's title in quotation marks closes the setting.
		const title = ts[m] && (ts[m]?.text === '“' || ts[m]?.text === '"') ? r.quotes.startingIn(ts[m]?.start ?? 0, ts[m]?.start ?? 0) : undefined;
		if (title && title.inner.end - title.inner.start <= TITLE_MAX_CHARS) {
			while (m < ts.length && (ts[m]?.start ?? 0) < title.end) m++;
			if (m >= end) return end;
		}
	}
	return m;
}

/**
 * Where the cue and what goes with it end (the one told, a place or time), or -1 when the verb goes on to
 * say something itself ("…, he said that …", "…, he said he …"). After a closing quotation mark the words
 * before are plainly what was said: then anything may follow but a content of the verb's own.
 */
function tailEnd(r: SentenceReader, cue: CueVerb, from: number, afterQuote = false): number {
	const ts = r.tokens;
	const end = bodyEnd(ts);
	let k = from;
	if (cue.verb.lemma === 'tell' || cue.verb.lemma === 'ask') k = skipTold(ts, k);
	k = skipSetting(r, k, end);
	if (k >= end) return end;
	const t = ts[k];
	// "…,” he said, adding that …", "…, he said, “and …”": the sentence goes on after a comma.
	if (t?.text === ',' || t?.text === ';' || t?.text === '—' || t?.text === '(') return k;
	// "“…,” Johnson told Fox News -- referring to …": after a quotation, a dash typed as hyphens (which leaves no
	// token) sets off an aside too.
	if (afterQuote && t && k > from && TYPED_DASH.test(r.src.slice(ts[k - 1]?.end ?? t.start, t.start))) return k;
	// "said on the program “This Week,” adding that …": the comma set inside a title's closing mark.
	if (k > from && PLACE_TIME_PREPOSITIONS.has(ts[from]?.lower ?? '') && (ts[k - 1]?.text === '”' || ts[k - 1]?.text === '"') && ts[k - 2]?.text === ',') return k;
	if (!afterQuote || !t) return -1;
	// "…,” he told the hosts of “Morning Joe,” …": a quotation after a preposition is a title, not what was said.
	const opens = ts.slice(k, end).findIndex((x, m) => (x.text === '“' && !SETTING_PREPOSITIONS.has(ts[k + m - 1]?.lower ?? '')) || (x.lower === 'that' && !(SAID_OF.has(ts[from]?.lower ?? '') && relativeThat(ts, k + m))) || x.text === ':');
	if (opens < 0) return end;
	// "…,” Carson told the AP after hinting that “changes” could come", "…,” he told CBS’ “Face the Nation,”
	// saying that …": a clause of time or reason, or a participle after a comma, opened after the cue holds its
	// own "that" or quotation; the verb's words are still the ones before the mark.
	const lead = ts.slice(from, k + opens);
	return lead.some((x, m) => CLAUSE_OF_TIME_OR_REASON.has(x.lower) || (PARTICIPLE_ING.test(x.text) && (lead[m - 1]?.text === ',' || lead[m - 2]?.text === ','))) ? end : -1;
}

/**
 * "…,” she said of a list that included two mayors": after "said of", a "that" between a noun in lower case and a
 * verb (no subject of its own after it) opens a clause about the noun, not what was said.
 */
const relativeThat = (ts: readonly Token[], i: number): boolean => {
	const before = ts[i - 1];
	const after = ts[i + 1];
	return !!before && !!after && LOWER_WORD.test(before.text) && !SETTING_PREPOSITIONS.has(before.lower) && !REPORTING_VERBS.has(before.lower) && /^\p{Ll}{3,}(?:ed|es)$/u.test(after.text);
};
/** "said of", "said about": what the words were about, a noun that a clause may go on to tell more of. */
const SAID_OF = wordSet('of about');

/**
 * "said former Obama adviser David Axelrod", "said conservative activist Bob Klaus", "said state Sen. Ann
 * Ford": a title in lower case opens the speaker, then the whole name (two capitalized words at least) closes
 * it before a comma, the sentence's end or what tells more of them ("of", "in", "who"). Not a setting
 * ("said firmly", "said on Monday") nor a clause ("said voters want …"): those have no name closing them.
 */
function titledName(ts: readonly Token[], from: number, end: number): boolean {
	const t0 = ts[from];
	if (!t0 || ADVERB.test(t0.text) || PARTICIPLE_ING.test(t0.text)) return false;
	// Title words in lower case, and capitals of its own ("former Obama adviser", "state Sen."): the name is the
	// last run of capitals.
	let run = 0;
	let k = from;
	for (; k < end && k - from < TITLE_MAX_TOKENS + NAME_MAX_TOKENS; k++) {
		const t = ts[k];
		if (!t || t.text === '.') continue;
		if (t.cap) run++;
		else if (run < 2 && (t.lower === 'and' || (LOWER_WORD.test(t.text) && !NOT_NAME.has(t.lower) && !BE.has(t.lower) && !AUXILIARY.has(t.lower)))) run = 0;
		else break;
	}
	const stop = ts[k]?.lower ?? '';
	return run >= 2 && (k >= end || stop === ',' || stop === 'of' || RELATIVES.has(stop) || PLACE_TIME_PREPOSITIONS.has(stop));
}

/** "said Josep Borrell, the EU's foreign policy chief", "said another advocate, Andrew Pincus of Mayer Brown". */
/** Words a speaker named after the verb opens with: a name, a determiner or a quantifier ("said one voter"). */
const opensSpeaker = (t: Token): boolean => t.cap || DETERMINERS.has(t.lower) || LONE_QUANTIFIERS.has(t.lower) || PARTITIVES.has(t.lower);

function speakerAfter(r: SentenceReader, from: number, end = bodyEnd(r.tokens)): { speaker: Speaker | null; end: number; description: Span | null } | null {
	const ts = r.tokens;
	const r0 = ts[from];
	if (!r0 || !(opensSpeaker(r0) || titledName(ts, from, end))) return null;
	if (r0.cap && NOT_NAME.has(r0.lower) && !DETERMINERS.has(r0.lower)) return null;
	// "said a source close to the campaign", "said one official familiar with the talks": the whole phrase names
	// the unnamed source, up to its comma or a relative clause about it.
	const stop = ts.findIndex((t, m) => m > from && (t.text === ',' || RELATIVES.has(t.lower)));
	const phrase = ts.slice(from, stop > 0 && stop < end ? stop : end);
	const tip = phrase[phrase.length - 1];
	if (tip && ANONYMOUS_SOURCE.test(r.src.slice(r0.start, tip.end))) return { speaker: r.resolve(phrase), end, description: null };
	let n = from;
	while (n < end && n - from < SPEAKER_AFTER_MAX) {
		const t = ts[n];
		if (!t || t.text === ',' || t.text === '(' || RELATIVES.has(t.lower) || PLACE_TIME_PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower) || SPEAKER_AFTER_STOPS.has(t.lower)) break;
		// "wrote a man calling himself Paul Paul": the name he goes by speaks, the words before describe him.
		if (n > from && t.lower === 'calling' && /sel(?:f|ves)$/.test(ts[n + 1]?.lower ?? '') && ts[n + 2]?.cap) {
			let m = n + 2;
			while (m < end && ts[m]?.cap) m++;
			const named = r.resolve(ts.slice(n + 2, m));
			const a = ts[from];
			const b = ts[n - 1];
			if (named && a && b) return { speaker: named, end, description: { start: a.start, end: b.end } };
		}
		// "said Dan Golvach, wearing a cowboy hat": a participle opens a clause of its own.
		if (n > from && PARTICIPLE_ING.test(t.text)) break;
		if (t.lower === 'of' && ts[n - 1]?.cap && ts[n - 2]?.cap) break; // "Andrew Pincus of Mayer Brown"
		if (BE.has(t.lower) || AUXILIARY.has(t.lower) || CONTENT_OPENERS.has(t.lower)) return null;
		n++;
	}
	if (n === from || (n - from >= SPEAKER_AFTER_MAX && n < end && ts[n]?.text !== ',')) return null;
	// "said the decision to forgo … had nothing to do with …": the words after the verb are a clause, not a speaker.
	if (ts[n]?.lower === 'to') return null;
	// "said he had made …": a pronoun that starts a clause, not a speaker.
	if (SUBJECT_PRONOUNS.has(r0.lower) && n - from > 1) return null;
	const np = ts.slice(from, n);
	const after = ts[n];
	const last = ts[end - 1];
	// "said another advocate, Andrew J. Pincus", "said Saucier’s lawyer, Greg Rinckey": a role, then the name in apposition.
	if (after?.text === ',' && (!np[0]?.cap || isRole(np[np.length - 1])) && ts[n + 1]?.cap) {
		let m = n + 1;
		while (m < end && ts[m]?.cap) m++;
		const named = r.resolve(ts.slice(n + 1, m));
		const first = np[0];
		const lastNp = np[np.length - 1];
		if (named?.kind === 'person' && first && lastNp) return { speaker: named, end, description: { start: first.start, end: lastNp.end } };
	}
	const speaker = r.resolve(np);
	const d0 = after && (after.text === ',' || RELATIVES.has(after.lower) || after.lower === 'of') ? ts[after.text === ',' ? n + 1 : n] : undefined;
	const description = d0 && last && last.end > d0.start ? { start: d0.start, end: last.end } : null;
	return { speaker, end, description };
}

/**
 * "“A,” said Jane Roe, the mayor, “and B.”": after a quotation the cue closes, the comma before one that opens
 * again later in the sentence ends the speaker named after the verb (the passage runs on over the cue, as
 * below); the sentence's last word otherwise.
 */
function reopenedAt(r: SentenceReader, from: number): number {
	const ts = r.tokens;
	const end = bodyEnd(ts);
	for (let k = from + 1; k < end && !CLOSING.has(ts[k]?.text ?? '“'); k++) if (reopensAfter(r, ts[k])) return k;
	return end;
}

/** The quotation that opens again just after a comma ("“A,” he said, “B.”"), if the token is one. */
const reopensAfter = (r: SentenceReader, t: Token | undefined) => (t?.text === ',' ? r.quotes.startingIn(t.end, t.end + REOPENS_WITHIN) : undefined);

/** A role noun in lower case: "lawyer", "spokeswoman", not a name. */
const isRole = (t: Token | undefined): boolean => !!t && !t.cap && ROLE_NOUNS.has(t.lower);

/** The person named after a role that ends in lower case ("Saucier’s lawyer" + "Greg Rinckey"); null otherwise. */
function roleThenName(r: SentenceReader, role: readonly Token[], name: readonly Token[]): Speaker | null {
	if (!isRole(role[role.length - 1]) || !name.length || !name.every((t) => t.cap || t.text === '.' || NAME_CONNECTORS.has(t.lower))) return null;
	const named = r.resolve(name);
	return named?.kind === 'person' ? named : null;
}

/**
 * "…, his top aide, Tad Devine, told The Huffington Post." — the speaker and an appositive before the verb,
 * the words before them all, nothing after the verb but the one told or a setting.
 */
function appositiveSpeaker(r: SentenceReader, cue: CueVerb): Found[] | null {
	const ts = r.tokens;
	if (ts[cue.i - 1]?.text !== ',' || tailEnd(r, cue, cue.end + 1) < 0) return null;
	const left = r.leftNP(cue.i);
	if (!left || left === 'coordinated' || !left.speaker || left.from === undefined) return null;
	const comma = ts[left.from - 1];
	if (comma?.text !== ',') return null;
	// "At the rally on Monday, Blumenthal, smiling, said": a phrase of setting before the subject is where it was
	// said, not what.
	if (settingOnly(ts.slice(r.afterDateline(), left.from - 1))) return null;
	const closing = r.quotes.endingIn(comma.start, comma.end + CLOSE_WITHIN);
	// "Later, Blumenthal, smiling, said, “…”": with no quotation before, one opening after the verb is what it passes on.
	const next = ts[cue.end + 1];
	if (!closing && next && (next.text === ',' || next.text === ':') && r.quotes.startingIn(next.end, next.end + REOPENS_WITHIN)) return null;
	if (left.speaker.entity && left.description) left.speaker.entity.descriptions.push(left.description);
	const content = closing ? trimContent(r.src, closing.inner.start, closing.inner.end) : trimContent(r.src, r.s.start, comma.start);
	return content ? [{ cue: cue.cue, content, verb: cue.verb, verbText: cue.text, direct: !!closing, speaker: left.speaker, category: closing ? 'quote' : 'said', rule: RULE }] : null;
}

/** "Name, an appositive, said …" with the verb's own words after it. */
function opensWithAppositive(r: SentenceReader, cue: CueVerb): boolean {
	const left = r.leftNP(cue.i);
	if (!left || left === 'coordinated' || !left.speaker || left.from === undefined || !left.description) return false;
	const start = r.afterDateline();
	return left.from <= start && contentAfter(r, cue.end, cue.verb) !== null;
}

/** The passages a cue after its content closes; null when the cue does not close its sentence. */
/**
 * "“Can we win Illinois?” Mr. Manafort asked." — a question or an exclamation ends the quotation's sentence,
 * so the cue opens a sentence of its own: the speaker (or "asked Mr. Manafort") and the verb, nothing more.
 */
function afterQuestion(r: SentenceReader, cue: CueVerb): Found[] | null {
	const ts = r.tokens;
	const q = r.quotes.endingIn(r.s.start - QUESTION_GAP, r.s.start);
	// (In the same paragraph: a new one after the quotation is the reporter's again.)
	if (!q || !/[?!]\s*$/.test(r.src.slice(q.inner.start, q.inner.end)) || /\S|\n/.test(r.src.slice(q.end, r.s.start))) return null;
	// "…?” Clinton remarked, alluding to …", "…?” Trump went on, as if he had not heard her": a participle or a
	// clause of manner or time after the comma is the reporter's telling of it, not what was said.
	// "…?” asked Maria Cantwell, who is willing to …": the one asking named after the verb (not the one asked),
	// with whatever tells more of them.
	const inverted = cue.i === 0 && INVERTING_LEMMAS.has(cue.verb.lemma) ? speakerAfter(r, cue.end + 1) : null;
	const tail = inverted ? inverted.end : tailEnd(r, cue, cue.end + 1, true);
	const next = ts[tail + 1];
	if (cue.i > SPEAKER_BEFORE_QUOTE_MAX || (tail < bodyEnd(ts) && !(ts[tail]?.text === ',' && next && (PARTICIPLE_ING.test(next.text) || SUBORDINATORS.has(next.lower) || next.lower === 'as')))) return null;
	const speaker = cue.i > 0 ? r.resolve(ts.slice(0, cue.i)) : (inverted?.speaker ?? null);
	const content = trimContent(r.src, q.inner.start, q.inner.end);
	if (!speaker || !content) return null;
	return [{ cue: cue.cue, content, verb: cue.verb, verbText: cue.text, direct: true, speaker, category: 'quote', rule: RULE }];
}

/**
 * "“Ground zero is hallowed ground,” Ann Ford, a Republican trying to unseat Representative Joe Hall, a
 * Democrat, in the Third District, said." — a quotation closing on a comma, a name right after it, then an
 * appositive long enough to hold commas and names of its own, then the verb: the name after the mark speaks.
 */
function nameAfterQuote(r: SentenceReader, cue: CueVerb): Found[] | null {
	const ts = r.tokens;
	if (ts[cue.i - 1]?.text !== ',') return null;
	let k = cue.i - 2;
	for (; k >= 0 && cue.i - k <= APPOSITIVE_MAX_TOKENS; k--) {
		const t = ts[k];
		if (!t || t.text === ';' || t.text === ':' || t.text === '“') return null;
		if (CLOSING.has(t.text)) break;
	}
	const mark = ts[k];
	const closing = mark ? r.quotes.endingIn(mark.start, mark.end) : undefined;
	if (!mark || !closing || !/,\s*[”"']$/.test(r.src.slice(closing.start, closing.end))) return null;
	let n = k + 1;
	while (n < cue.i && n - k <= NAME_MAX_TOKENS && (ts[n]?.cap || ts[n]?.text === '.' || NAME_CONNECTORS.has(ts[n]?.lower ?? ''))) n++;
	// The name, then a comma and an appositive of at least a word before the comma that precedes the verb.
	if (n === k + 1 || ts[n]?.text !== ',' || n + 1 >= cue.i - 1 || tailEnd(r, cue, cue.end + 1, true) < 0) return null;
	const speaker = r.resolve(ts.slice(k + 1, n));
	if (!speaker?.entity || (speaker.kind !== 'person' && speaker.kind !== 'organization')) return null;
	const d0 = ts[n + 1];
	const d1 = ts[cue.i - 2];
	if (d0 && d1 && d1.end > d0.start) speaker.entity.descriptions.push({ start: d0.start, end: d1.end });
	const out = quoteParts(r, { cue: cue.cue, verb: cue.verb, verbText: cue.text, speaker, rule: RULE }, closing);
	return out.length ? out : null;
}

/** A quotation that closes the sentence, opened after a comma or colon further on ("…, again using an accent, “…”"). */
function quoteAfterAside(r: SentenceReader, from: number): boolean {
	const q = r.quotes.startingIn(from, r.s.end);
	return !!q && q.end >= r.s.end - CLOSE_WITHIN && /[,:]\s*$/.test(r.src.slice(from, q.start)) && !/[“"]/.test(r.src.slice(from, q.start));
}

/** Each part of the quotation (one that runs over paragraphs has several), as the speaker's own words. */
function quoteParts(r: SentenceReader, base: Omit<Found, 'content' | 'direct' | 'category'>, closing: Quote): Found[] {
	const out: Found[] = [];
	for (const p of r.quotes.group(closing)) {
		const part = trimContent(r.src, p.inner.start, p.inner.end);
		if (part) out.push(passage(base, part, true, 'quote'));
	}
	return out;
}

/** A lower-case noun that can end an antecedent ("a point", "a charge"): not a preposition nor a determiner. */
const objectHead = (t: Token | undefined): boolean => !!t && /^\p{Ll}{3,}$/u.test(t.text) && !SETTING_PREPOSITIONS.has(t.lower) && !OBJECT_PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower);

export function cueAfter(r: SentenceReader, cue: CueVerb): Found[] | null {
	const ts = r.tokens;
	const named = nameAfterQuote(r, cue);
	if (named) return named;
	const c = markBefore(r, cue.i);
	if (c < 1) return c < 0 ? afterQuestion(r, cue) : null;
	// "…, The Denver Post has reported, citing …", "…,” she has said.": a perfect auxiliary belongs to the verb,
	// not to the speaker, when the verb closes its clause ("…, Mr. Cruz, who has proposed …" goes on).
	const closes = [',', '.', ';'].includes(ts[cue.end + 1]?.text ?? '.');
	let verbStart = closes && PERFECT.has(ts[cue.i - 1]?.lower ?? '') && cue.i - 1 > c + 1 ? cue.i - 1 : cue.i;
	// "“…,” Mr. Cole is shown saying.", "“…,” the mayor was heard telling aides.": a "be" (and a passive of
	// showing) belongs to the verb too.
	const be = shownBefore(ts, cue.i) - 1;
	const toldOnly = /^\p{Ll}+$/u.test(ts[cue.end + 1]?.text ?? '') && [',', '.', ';'].includes(ts[cue.end + 2]?.text ?? '');
	if (cue.progressive && (closes || toldOnly) && BE.has(ts[be]?.lower ?? '') && be > c + 1) verbStart = be;
	const between = ts.slice(c + 1, verbStart).filter((t) => t.text !== ',' && t.text !== '.' && !CLOSING.has(t.text));
	// "…, but somehow the sales continued": a clause of its own, not a speaker; nor one after a colon; nor
	// one that says when ("“…,” after an aide expressed support online").
	// Nor a phrase after a preposition ("…, with Reed and Cole expected to win"): its noun is no subject.
	if (between[0] && (COORDINATORS.has(between[0].lower) || between[0].lower === 'so' || SUBORDINATORS.has(between[0].lower) || OBJECT_PREPOSITIONS.has(between[0].lower))) return null;
	if (between.some((t) => t.text === ':' || t.text === ';')) return null;
	// "…, and thousands “liked” photos that Mr. Hale posted": an object relative clause; the verb's object is the
	// noun before "that", not the words before the mark.
	if (between.some((t, j) => j > 0 && (t.lower === 'that' || t.lower === 'which' || t.lower === 'whom') && /^\p{Ll}/u.test(between[j - 1]?.text ?? '') && (between[j + 1]?.cap || SUBJECT_PRONOUNS.has(between[j + 1]?.lower ?? '')))) return null;
	// "…, a point the union denied": the same without "that" — a noun, then the clause's own subject.
	if (DETERMINERS.has(between[0]?.lower ?? '') && between.some((t, j) => j > 1 && DETERMINERS.has(t.lower) && objectHead(between[j - 1]))) return null;
	// "“…,” O'Neill said to The Daily Caller and NOW confirmed to …": the words already have their cue and
	// speaker; a later verb is about them, not the one that closes them.
	const said = between.findIndex((t) => /^\p{Ll}/u.test(t.text) && REPORTING_VERBS.has(t.lower));
	// So too after a subordinator: "“…,” Ryan said on CNN, though he said, “…”" (a clause of its own, a cue of its own).
	if (said > 0 && !between.slice(0, said).some((t) => RELATIVES.has(t.lower)) && between.slice(said + 1).some((t) => COORDINATORS.has(t.lower) || SUBORDINATORS.has(t.lower))) return null;
	const afterQuote = CLOSING.has(ts[c]?.text ?? '') || CLOSING.has(ts[c - 1]?.text ?? '');
	// "“Vote for change,” she urged.": a verb of stance closes only a quotation.
	if (cue.verb.frame === 'stance' && !afterQuote) return null;
	// A long speaker is plain enough after a closing quotation mark, or when it ends in a name ("Algerian foreign ministry spokesman Benali Cherif Abdelaziz said").
	if (between.length > (afterQuote || between[between.length - 1]?.cap ? SPEAKER_BEFORE_QUOTE_MAX : SPEAKER_BEFORE_MAX)) return null;
	let speaker: Speaker | null;
	let tail: number;
	let rule = RULE;
	if (between.length) {
		tail = tailEnd(r, cue, cue.end + 1, afterQuote);
		if (tail < 0) return null;
		// "Mitch McConnell, R-Ky., said": what follows a comma inside is a description, not the name.
		const inner = ts.slice(c + 1, verbStart).filter((t) => !CLOSING.has(t.text));
		const comma = inner.findIndex((t, k) => k > 0 && t.text === ',');
		// "Saucier’s lawyer, Greg Rinckey, said": a role, then the name in apposition — the name speaks, not the one
		// whose lawyer they are.
		const appositive = comma > 0 ? roleThenName(r, inner.slice(0, comma), inner.slice(comma + 1).filter((t) => t.text !== ',')) : null;
		// "“…,” Roger Pilon of the Cato Institute said": the person, as before the verb elsewhere (noun-phrase.ts).
		const fromBody = comma > 0 ? null : r.personOfBody(between);
		speaker = appositive ?? fromBody?.speaker ?? r.resolve(comma > 0 ? inner.slice(0, comma) : between);
		if (fromBody) fromBody.speaker.entity?.descriptions.push(fromBody.description);
		const d0 = appositive ? inner[0] : inner[comma + 1];
		const d1 = appositive ? inner[comma - 1] : ts[verbStart - 1]?.text === ',' ? ts[verbStart - 2] : ts[verbStart - 1];
		if (comma > 0 && speaker?.entity && d0 && d1 && d1.end > d0.start) speaker.entity.descriptions.push({ start: d0.start, end: d1.end });
	} else {
		// "Craig Minassian, a spokesman for the foundation, said the decision …": a subject with its appositive
		// opens the sentence and the verb's words follow; the cue is before them (cue-before.ts).
		if (opensWithAppositive(r, cue)) return null;
		// "…, warned his priests in a letter that …": the verb passes on the words after it; no speaker follows it.
		const that = ts.findIndex((t, m) => m > cue.end && m <= cue.end + THAT_WITHIN && t.lower === 'that');
		const ownWords = that > 0 && !ts.slice(cue.end + 1, that).some((t) => t.text === ',');
		const after = INVERTING_LEMMAS.has(cue.verb.lemma) && !ownWords ? speakerAfter(r, cue.end + 1, afterQuote ? reopenedAt(r, cue.end + 1) : undefined) : null;
		if (!after) return appositiveSpeaker(r, cue);
		speaker = after.speaker;
		tail = after.end;
		// A speaker after the verb that opens with a title in lower case (titledName): a shape measured apart.
		const r0 = ts[cue.end + 1];
		if (r0 && !opensSpeaker(r0)) rule = `${RULE}/titled`;
		if (speaker?.entity && after.description) speaker.entity.descriptions.push(after.description);
	}
	const mark = ts[c];
	// No speaker there: another reading of the sentence may find one ("On ABC’s “Good Morning America” Tuesday, he said, “…”").
	if (!speaker || !mark) return null;
	const closingQuote = r.quotes.endingIn(mark.start, mark.end + CLOSE_WITHIN) ?? null;
	// "…, the sales continued.": a verb that reports speech only beside a quotation.
	if (cue.verb.frame === 'quote' && !closingQuote) return null;
	// "When Biden went after the “47 percent,” Ryan reminded him of his own gaffes": told of a thing, the one
	// told says nothing of the words before.
	if (TOLD_OF_THING.has(cue.verb.lemma) && ts.slice(cue.end + 1).some((t) => t.lower === 'of' || t.lower === 'about')) return null;
	const { src } = r;
	const base = { cue: cue.cue, verb: cue.verb, verbText: cue.text, speaker, rule };
	const closing = closingQuote;
	const comma = ts[tail];
	const reopened = reopensAfter(r, comma);
	// "On the subject of Israel, Trump added, “…”": the quotation comes after; the cue is before its words. So
	// too after an aside: "Hale joked, again using a thick accent, “…”".
	if (!closing && (reopened || (comma?.text === ',' && quoteAfterAside(r, comma.end)))) return null;
	if (closing) {
		// "“The plan,” he said, “is dead.”": one passage in two parts, the cue between them.
		if (reopened && reopened.start < r.s.end) {
			const whole = trimContent(src, closing.inner.start, reopened.inner.end);
			return whole ? [passage(base, whole, true, 'quote')] : [];
		}
		// "America needs leaders “who understand …,” Clinton said.": words of the speaker's put in the reporter's
		// own, then quoted: the passage runs from the sentence's start (a mixed quotation, not the words alone).
		const lead = r.src.slice(r.tokens[r.afterDateline()]?.start ?? r.s.start, closing.start);
		if (closing.start > r.s.start && closing.start <= r.s.end && MIXED_LEAD.test(lead) && !/[“”"]/.test(lead)) {
			const mixed = trimContent(src, r.tokens[r.afterDateline()]?.start ?? r.s.start, closing.inner.end);
			if (mixed) return [passage(base, mixed, false, 'quote')];
		}
		return quoteParts(r, base, closing);
	}
	// "The bigger risk, he said, is a clash …": the cue inside the sentence; the words on both sides are his.
	const rest = comma?.text === ',' && !reopened ? ts[tail + 1] : undefined;
	const goesOn = rest !== undefined && !rest.lower.endsWith('ing') && !['and', 'but', 'as', 'while', 'because', 'though', 'although', 'before', 'after', 'when'].includes(rest.lower);
	// "In the note, he asked members to …": a phrase of setting before the comma is where it was said, not what.
	const lead = ts.slice(r.afterDateline(), c);
	if (!goesOn && settingOnly(lead)) return null;
	// "… clips of his show - proof, the government argued, of his part in it": a cue inside the sentence speaks
	// for the words from the last dash before it, not for the sentence before the dash.
	const dash = goesOn ? [...src.slice(r.s.start, mark.start).matchAll(/\s-{1,2}\s|[—–]/g)].pop() : undefined;
	// "JERUSALEM - The prime minister will …, officials said": the dateline in capitals is the paper's, not theirs.
	const open = DATELINE.test(ts[0]?.text ?? '') ? (ts[r.afterDateline()]?.start ?? r.s.start) : r.s.start;
	const content = goesOn ? trimContent(src, dash ? r.s.start + (dash.index ?? 0) + dash[0].length : open, r.s.end) : trimContent(src, open, mark.start);
	return content ? [passage(base, content, false, 'said')] : [];
}

