// Reads the labels a report gives a person or body it names, in the shapes news style uses for them:
//   before the name:     "former Arkansas governor and Fox News contributor | Mike Huckabee"
//   after it (apposed):  "Mike Huckabee, | the former governor of Arkansas,"
//   a relative clause:   "Bill Kristol, | who led the charge of conservatives calling for Steele to step down,"
//   named later:         "a Seattle woman, | later identified as Gennette Cordova"
//   what a sentence says they are: "Mr. Lee | was also a longtime critic of the plan."
//   an epithet for one just named: "Rep. Anthony Weiner said … | The New York Democrat, who …"
// Bare courtesy titles ("Mr.", "Rep.") are not labels; "Senate Majority Leader" is.
import { BE, COORDINATORS, RELATIVES, SETTING_PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from '../lexicons/function-words';
import { BODY_HEADS, DEMONYMS, DOCUMENT_NOUNS, GROUP_NOUNS, HONORIFICS, NOT_NAME, RELATION_NOUNS, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from '../lexicons/names';
import { AUXILIARIES } from '../lexicons/hedges';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs';
import { wordSet } from '../lexicons/word-set';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { hasLetter, plainWord, type NameAt, type NameReading, type Named } from './names';

/** An apposed label longer than this many tokens has run into the rest of the sentence. */
const MAX_LABEL_TOKENS = 24;
/** Words before a body's head noun ("nonprofit conservative advocacy | group"): more are a clause's. */
const MAX_BODY_MODIFIERS = 4;
/** A lede's opening noun phrase is at most this many tokens long ("A senior British diplomat"). */
const DELAYED_NP = 6;
/** An epithet looks back this many sentences for the person it stands for. */
const EPITHET_REACH = 2;

const DETERMINERS = wordSet('a an the');
// An owner's pronoun opens a noun phrase as "the" does: "his likely GOP rival | Mitt Romney", "her longtime aide | Huma Abedin".
const OWNERS = wordSet('his her their its');
// Words a label before a name cannot contain: prepositions, verbs of the sentence, pronouns, subordinators.
const NOT_IN_LABEL: ReadonlySet<string> = new Set([
	...SETTING_PREPOSITIONS,
	...SUBORDINATORS,
	...RELATIVES,
	...BE,
	...SUBJECT_PRONOUNS,
	...wordSet(
		'into than against among between behind toward towards upon within across around per amid that where does can must shall should ' +
			'has have had do did will would may might could you his her its their our my your him them us me this these those there here not no ' +
			'said says say told tells according asked added also just only even still then called named like whether neither either other ' +
			'another never ever rather further together under or nor but',
	),
]);
// Parties and their members as epithet heads ("the New York Democrat") and as label words to compare.
const PARTY_HEADS = wordSet('democrat republican independent conservative liberal');
// Heads of an epithet that stands for a named person ("the New York Democrat", "the seven-term congressman").
// Generic people nouns ("the student", "the official") often bring in someone new, so only offices and
// parties count.
const EPITHET_HEADS = new Set([...PARTY_HEADS, ...wordSet('senator congressman congresswoman lawmaker representative governor mayor chairman chairwoman president leader speaker candidate frontrunner nominee contender minister secretary')]);

// Endings of agent nouns and adjectives: "contributor", "strategist", "presidential", "legislative"; only on
// words long enough that the ending is one ("sent", "spent" are not).
const MIN_SUFFIX_WORD = 6;
const LABEL_ENDINGS = /(?:or|er|ist|ian|ant|ent|al|ive|ic|ous|ary)$/;
const plain = (t: Token | undefined): string => (t ? plainWord(t.base) : '');
const isWord = (t: Token | undefined): boolean => !!t && hasLetter(t.text);
/** A verb's "-ing" form: between two label words it is a verb ("spent capital recruiting Senator …"), not part of one. */
const PARTICIPLE_ING = /^\p{Ll}{3,}ing$/u;
const lowerLabel = (t: Token | undefined): boolean => labelWord(t) && !t?.cap;
const isTitleOnly = (t: Token): boolean => {
	const w = plain(t);
	return HONORIFICS.has(w) || HONORIFICS.has(`${w}.`) || TITLE_WORDS.has(`${w}.`);
};

export interface Label extends Span {
	named: Named;
}

/** A word of office, role or standing toward another: "governor", "spokesman", "rival". */
const officeOrRole = (w: string): boolean => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || RELATION_NOUNS.has(w);

/**
 * A word that can stand in a label without a determiner to vouch for it: a capital, a number or hyphenated
 * word ("seven-term"), a title, role or nationality, an agent noun ("contributor", "strategist") or an
 * adjective by its ending ("presidential", "legislative"). A verb before a name ("targeted Sen. Schumer",
 * "separates Mr. Reid") is none of these.
 */
function labelWord(t: Token | undefined): boolean {
	if (!t || !isWord(t)) return false;
	const w = plain(t);
	// A capital is a name's or a title's word, whatever verb it spells ("Secretary of State", "United States").
	if (NOT_IN_LABEL.has(w) || NOT_NAME.has(w) || (REPORTING_VERBS.has(w) && !t.cap)) return false;
	if (t.cap || /[\d-]/.test(w) || w === 'former' || w === 'and') return true;
	return officeOrRole(w) || DEMONYMS.has(w) || PARTY_HEADS.has(w) || (w.length >= MIN_SUFFIX_WORD && LABEL_ENDINGS.test(w));
}

/**
 * Whether something the tokenizer drops stands between two tokens: a dash typed as hyphens ("a prominent
 * intermediary -- former President Bill Clinton"), which ends a label as "—" does. Words are one space apart.
 */
function dashBetween(a: Token | undefined, b: Token | undefined): boolean {
	return !!a && !!b && b.start - a.end > 1;
}

// Nouns a name can modify ("Clinton campaign", "Cruz supporters", "Obama adviser"): the words before such a
// name describe the noun after it ("recent Clinton campaign accusations", "the otherwise cautious Cruz supporters").
const MODIFIED = new Set([...ROLE_NOUNS, ...GROUP_NOUNS, ...BODY_HEADS, ...wordSet('campaign camp administration')]);

/** The label before a name: the capitalized title run inside it, and the label words before that. */
function before(tokens: readonly Token[], m: NameAt): Span | null {
	// Not after an owner: "Presidential candidate Marco Rubio’s campaign" labels Rubio.
	const next = tokens[m.to];
	const owner = tokens[m.to - 1];
	if (next && !next.cap && owner?.base === owner?.text && MODIFIED.has(plain(next))) return null;
	// Left over the words before the run, as far as a determiner, which vouches for a noun phrase ("the
	// Republican presidential candidate and Tea Party favorite | Representative Michele Bachmann").
	let from = m.runFrom;
	let k = m.runFrom;
	while (k > 0) {
		const t = tokens[k - 1];
		const w = plain(t);
		if (OWNERS.has(w) && k < m.runFrom) {
			from = k;
			break;
		}
		if (!t || !isWord(t) || NOT_IN_LABEL.has(w) || REPORTING_VERBS.has(w) || dashBetween(t, tokens[k])) break;
		// An owner next to the name is not a label ("Georgetown’s | Public Policy Institute").
		if (k === m.runFrom && t.base !== t.text) break;
		k--;
		if (DETERMINERS.has(w)) {
			from = k + 1;
			break;
		}
	}
	if (from === m.runFrom || !(DETERMINERS.has(plain(tokens[from - 1])) || OWNERS.has(plain(tokens[from - 1])))) {
		// No determiner: only label words, and a word of any kind only between two of them ("AARP legislative policy director").
		from = m.runFrom;
		while (from > 0 && !dashBetween(tokens[from - 1], tokens[from]) && (labelWord(tokens[from - 1]) || (isWord(tokens[from - 1]) && lowerLabel(tokens[from - 2]) && !PARTICIPLE_ING.test(plain(tokens[from - 1])) && !NOT_IN_LABEL.has(plain(tokens[from - 1])) && !REPORTING_VERBS.has(plain(tokens[from - 1]))))) {
			if (k === m.runFrom && tokens[from - 1]?.base !== tokens[from - 1]?.text) break;
			from--;
		}
	}
	// "and Obama": a list of names, not a label; "But Justice …", "For Mayor …": a sentence's first word.
	while (from < m.from && (plain(tokens[from]) === 'and' || NOT_IN_LABEL.has(plain(tokens[from])))) from++;
	const words = tokens.slice(from, m.from).filter(isWord);
	const last = tokens[m.from - 1];
	if (words.length === 0 || !last || !isWord(last)) return null;
	// Only a courtesy title or office abbreviation: "Mr.", "Sen.".
	if (words.every((t) => isTitleOnly(t) || DETERMINERS.has(plain(t)))) return null;
	// One word of office on its own ("Representative", "President") is a title, not a label.
	if (words.length === 1 && officeOrRole(plain(last))) return null;
	// The word before the name must be able to end a noun phrase ("contributor", "Editor").
	if (!labelWord(last)) return null;
	// After an auxiliary a lone word is a verb ("would bolster Rubio's claim", "will face Jo Hart").
	if (words.length === 1 && !last.cap && AUXILIARIES.has(plain(tokens[from - 1]))) return null;
	const first = tokens[from];
	return first ? { start: first.start, end: last.end } : null;
}

/**
 * The label before a body's name, ending in a common noun for a body: "nonprofit conservative advocacy group |
 * Secure America Now", "the civil rights group | NAACP". Other words before a body's name may make it another
 * body ("the 112th Congress"), and a bare noun ("the group AARP") says nothing of it.
 */
function bodyBefore(tokens: readonly Token[], m: NameAt): Span | null {
	const head = tokens[m.from - 1];
	if (!head || head.cap || head.base !== head.text || !BODY_HEADS.has(plain(head))) return null;
	let from = m.from - 1;
	// "cable and network | TV": after "and" the noun may be a modifier, not the body's head.
	while (from > 0 && m.from - from <= MAX_BODY_MODIFIERS && modifier(tokens[from - 1]) && !COORDINATORS.has(plain(tokens[from - 1])) && !dashBetween(tokens[from - 1], tokens[from])) from--;
	const first = tokens[from];
	return first && from < m.from - 1 ? { start: first.start, end: head.end } : null;
}

/** Skips a party-and-state tag (", R-Wis.,") or a home state ("of Nevada") after a name; returns the next index. */
function pastTags(tokens: readonly Token[], i: number): number {
	let k = i;
	if (tokens[k]?.lower === 'of' && tokens[k + 1]?.cap) k += 2;
	if (tokens[k]?.text === ',' && /^[RDI]-/.test(tokens[k + 1]?.text ?? '')) {
		k += 2;
		while (tokens[k] && tokens[k]?.text !== ',' && k < i + 8) k++;
	}
	return k;
}

/** The end of a phrase set off by commas that starts at `from`: the next comma, stop or dash. */
function phraseEnd(tokens: readonly Token[], from: number): number | null {
	for (let k = from; k < tokens.length && k < from + MAX_LABEL_TOKENS; k++) {
		const t = tokens[k]?.text ?? '';
		if (t === ',' || t === ';' || t === ':' || t === '—' || t === '–' || t === '(' || t === ')' || t === '“' || t === '”' || t === '"') return k;
		if (k > from && dashBetween(tokens[k - 1], tokens[k])) return k;
		if (t === '.' && k === tokens.length - 1) return k;
	}
	return from + MAX_LABEL_TOKENS >= tokens.length ? tokens.length : null;
}

/** A phrase after the name and a comma: "…, the former governor of Arkansas," or "…, who was raised on …,". */
function after(tokens: readonly Token[], to: number, kind: 'person' | 'body'): Span | null {
	const k = pastTags(tokens, to);
	if (tokens[k]?.text !== ',') return null;
	const head = tokens[k + 1];
	if (!head || !isWord(head)) return null;
	const w = plain(head);
	// "who" for a person, "which" for a body.
	const relative = w === (kind === 'person' ? 'who' : 'which');
	if (w === 'who' || w === 'which' || w === 'whose') {
		if (!relative) return null;
		// "who said …" hands words to the source: an attribution, not a label.
		const verb = [tokens[k + 2], tokens[k + 3]].find((t) => t && !/ly$/.test(t.lower) && t.lower !== 'has' && t.lower !== 'had' && t.lower !== 'have');
		if (REPORTING_VERBS.has(plain(verb))) return null;
	} else if (knownFor(tokens, k + 1)) {
		// "Joe Arpaio, known for his tough stances on …,": what the person is known for is how the report labels them.
	} else {
		// An apposed noun phrase opens with a determiner, "one of", or a noun or adjective; not with a preposition,
		// a verb or a participle ("…, speaking on …"), nor with another name (a list).
		if (NOT_IN_LABEL.has(w) || REPORTING_VERBS.has(w) || w === 'and' || w === 'but' || w === 'or') return null;
		// A determiner, "one (of)", an owner ("Georgetown’s") or a label word ("chairman of …", "executive vice president").
		const owner = head.base !== head.text;
		if (!DETERMINERS.has(w) && w !== 'one' && !owner && !(labelWord(head) && !head.cap) && !(head.cap && (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || PARTY_HEADS.has(w)))) return null;
	}
	const end = phraseEnd(tokens, k + 1);
	if (end === null || end <= k + 1) return null;
	// A label ends a phrase; a clause going on with a verb of saying is the sentence, not the label.
	const inner = tokens.slice(k + 1, end);
	// (A capital is a name's word: "the United States Senate", "the Secretary of State".)
	if (!relative && !knownFor(tokens, k + 1) && inner.some((t) => REPORTING_VERBS.has(t.lower) && !t.cap && t.lower !== 'found')) return null;
	if (!relative) {
		// A phrase with a verb of its own before any "who" is a clause ("Sanders, the mission is different").
		const rel = inner.findIndex((t) => RELATIVES.has(t.lower) || t.lower === 'that');
		if (inner.slice(0, rel < 0 ? inner.length : rel).some((t, i) => BE.has(t.lower) && inner[i - 1]?.lower !== 'to')) return null;
		// A phrase naming a statement sums up the sentence, not the person ("… in a debate with Mr. Sanders, a
		// bracingly honest statement"): its head is its last word, or the word before "of".
		const of = inner.findIndex((t) => t.lower === 'of');
		const head = plain(inner[(of < 0 ? inner.length : of) - 1]);
		if (DOCUMENT_NOUNS.has(head)) return null;
	}
	return spanOf(tokens, k + 1, end);
}

/** "known for …", "best known as …", "widely known for …" at token k: a phrase that labels whom it follows. */
function knownFor(tokens: readonly Token[], k: number): boolean {
	const known = KNOWN_DEGREE.has(plain(tokens[k])) ? k + 1 : k;
	return plain(tokens[known]) === 'known' && /^(for|as)$/.test(plain(tokens[known + 1]));
}
const KNOWN_DEGREE = wordSet('best widely well long perhaps');

/** Tokens [from, end) as a span, less a sentence's final stop. */
function spanOf(tokens: readonly Token[], from: number, end: number): Span | null {
	const first = tokens[from];
	const last = tokens[end - 1];
	return first && last ? { start: first.start, end: last.text === '.' ? (tokens[end - 2]?.end ?? last.end) : last.end } : null;
}

/**
 * What a sentence says its subject is: "Lee is a longtime critic of the plan", "Park was also a loyal supporter
 * of …", "Ruiz has long been a candidate in …". The name opens the sentence; between it and "a" stand only
 * forms of "be", "has" and the adverbs of an auxiliary (a modal or "not" makes it no statement of what someone is);
 * the complement’s head is a word of office, role or standing ("critic", "senator", "ally"): "a guest at the dinner",
 * "a long way from …", "a factor" are not labels.
 */
function copular(tokens: readonly Token[], m: NameAt): Span | null {
	// The name opens the sentence ("Lee is …"); "is", "was" or "has" follows it, so no modal ("would be").
	if (m.runFrom || !/^(is|was|ha[sd])$/.test(plain(tokens[m.to]))) return null;
	let k = m.to;
	let be = false;
	for (let w = plain(tokens[k]); BE.has(w) || AUXILIARIES.has(w); w = plain(tokens[++k])) be ||= BE.has(w);
	// The head is the last word before a preposition, a clause or a mark: "a loyal and tireless | supporter | of …".
	let j = k + 1;
	while (isWord(tokens[j]) && !NOT_IN_LABEL.has(plain(tokens[j]))) j++;
	const head = plain(tokens[j - 1]);
	return be && /^an?$/.test(plain(tokens[k])) && officeOrRole(head) ? spanOf(tokens, k, phraseEnd(tokens, k) ?? j) : null;
}

/** "a Seattle woman, later identified as Gennette Cordova": the phrase before "identified as". */
function identifiedAs(tokens: readonly Token[], m: NameAt): Span | null {
	let k = m.from - 1;
	if (tokens[k]?.lower !== 'as' || tokens[k - 1]?.lower !== 'identified') return null;
	k -= 2;
	if (tokens[k]?.lower === 'later' || tokens[k]?.lower === 'since') k--;
	if (tokens[k]?.text === ',') k--;
	const end = k;
	while (k >= 0 && isWord(tokens[k]) && !DETERMINERS.has(plain(tokens[k])) && !NOT_IN_LABEL.has(plain(tokens[k])) && end - k < 6) k--;
	if (!DETERMINERS.has(plain(tokens[k]))) return null;
	const a = tokens[k];
	const b = tokens[end];
	return a && b && end > k ? { start: a.start, end: b.end } : null;
}

/**
 * Epithets: "the [words] HEAD" as the subject of a sentence or of a clause after "that", standing for
 * someone just named: "Sen. John McCain said … | The Arizona Republican said …", "The former Pennsylvania
 * senator has …". At least one word stands before the head. The one it stands for is the first person
 * named in the nearest sentence before that names one; a body only when the sentence and the one before
 * name no other body. An epithet elsewhere in a sentence ("a message from the prominent Democrat") is left:
 * too often it brings in someone new.
 */
function epithets(reading: NameReading, out: Label[]): void {
	const { sentences, at } = reading;
	sentences.forEach(({ tokens }, k) => {
		for (let i = 0; i < tokens.length; i++) {
			if (tokens[i]?.lower !== 'the') continue;
			const opener = i === 0 || plain(tokens[i - 1]) === 'that' || (i === 1 && !isWord(tokens[0]));
			// Elsewhere in a sentence, "the Minnesota Republican" (a place or party, then an office or party) stands
			// for the one person the sentence has named before it.
			const inner = !opener && tokens[i + 1]?.cap && EPITHET_HEADS.has(plain(tokens[i + 2])) ? onlyPersonBefore(reading, k, i) : null;
			if (!opener && !inner) continue;
			let j = i + 1;
			while (j < tokens.length && j < i + 7 && modifier(tokens[j]) && !EPITHET_HEADS.has(plain(tokens[j])) && !BODY_HEADS.has(plain(tokens[j]))) j++;
			// The head is the last noun of the phrase: "the right Republican | candidate".
			while (j + 1 < tokens.length && !tokens[j + 1]?.cap && (EPITHET_HEADS.has(plain(tokens[j + 1])) || BODY_HEADS.has(plain(tokens[j + 1])) || ROLE_NOUNS.has(plain(tokens[j + 1])))) j++;
			const head = tokens[j];
			const h = plain(head);
			if (!head || j === i + 1 || !(EPITHET_HEADS.has(h) || BODY_HEADS.has(h))) continue;
			// Inside a quotation the phrase is the speaker's, and may mean anyone ("the right Republican candidate").
			if (reading.quotes.some((q) => q.start <= head.start && head.end <= q.end)) continue;
			// "the GOP chairman Michael Steele": a title before a name, read by before().
			if (tokens[j + 1]?.cap && isWord(tokens[j + 1])) continue;
			const start = tokens[i];
			// Inside a name already read ("The Gay and Lesbian Alliance …"): not an epithet.
			if (!start || at.some((m) => m.sentence === k && m.from <= j && m.to > i)) continue;
			const antecedent = inner ?? (EPITHET_HEADS.has(h) ? personBefore(reading, k) : onlyBody(reading, k, start.start));
			if (!antecedent) continue;
			// A party word that contradicts what the report says elsewhere of the person: a different person.
			if (PARTY_HEADS.has(h) && out.some((l) => l.named === antecedent && otherParty(reading, l, h))) continue;
			out.push({ start: start.start, end: head.end, named: antecedent });
			// "The New York Democrat, who is known for his combative style, …"
			const more = after(tokens, j + 1, antecedent.kind);
			if (more) out.push({ ...more, named: antecedent });
			i = j;
		}
	});
}

/** A word between "the" and an epithet's head: not a function word, a verb of saying or a past form. */
function modifier(t: Token | undefined): boolean {
	if (!t || !isWord(t)) return false;
	const w = plain(t);
	if (NOT_IN_LABEL.has(w) || DETERMINERS.has(w) || REPORTING_VERBS.has(w)) return false;
	return t.cap || t.base !== t.text || !/(?:ed|ly)$/.test(w);
}

function otherParty(reading: NameReading, l: Label, party: string): boolean {
	const sentence = reading.sentences.find((s) => s.span.start <= l.start && l.start < s.span.end);
	const words = new Set((sentence?.tokens ?? []).filter((t) => t.start >= l.start && t.end <= l.end).map((t) => (plain(t) === 'gop' ? 'republican' : plain(t))));
	return [...PARTY_HEADS].some((p) => p !== party && words.has(p));
}

/** The one person named in sentence k before token i; null when none or more than one. */
function onlyPersonBefore(reading: NameReading, k: number, i: number): Named | null {
	const people = new Set(reading.at.filter((m) => m.sentence === k && m.to <= i && m.named.kind === 'person').map((m) => m.named));
	return people.size === 1 ? ([...people][0] ?? null) : null;
}

/** The first person named in the nearest sentence before sentence k that names one. */
function personBefore(reading: NameReading, sentence: number): Named | null {
	for (let k = sentence - 1; k >= 0 && k >= sentence - EPITHET_REACH; k--) {
		const first = reading.at.find((m) => m.sentence === k && m.named.kind === 'person');
		if (first) return first.named;
	}
	return null;
}

/** The one body named in sentence k before `at` and in the sentence before it; null when there are more. */
function onlyBody(reading: NameReading, sentence: number, at: number): Named | null {
	const bodies = new Set(
		reading.at
			.filter((m) => m.named.kind === 'body' && (m.sentence === sentence - 1 || (m.sentence === sentence && (reading.sentences[sentence]?.tokens[m.from]?.start ?? Infinity) < at)))
			.map((m) => m.named),
	);
	return bodies.size === 1 ? ([...bodies][0] ?? null) : null;
}

/**
 * The lede that names someone only in the next sentence: "A senior British diplomat has resigned in protest
 * … | Mark Smith, who served at the FCDO, announced …". The opening noun phrase, ending in a role noun, is
 * a label of the person whose full name opens the following sentence.
 */
function delayedName(reading: NameReading, out: Label[]): void {
	const { sentences, at } = reading;
	const body = sentences.findIndex((s, k) => !reading.headline.includes(k));
	for (const k of [body, body + 1]) {
		const tokens = sentences[k]?.tokens ?? [];
		const first = plain(tokens[0]);
		if (first !== 'a' && first !== 'an') continue;
		// The head is the phrase's last role noun: a role noun may also modify one ('A veteran science teacher').
		let head: Token | undefined;
		for (let j = 1; j < tokens.length && j < DELAYED_NP && modifier(tokens[j]); j++) if (ROLE_NOUNS.has(plain(tokens[j]))) head = tokens[j];
		const named = at.find((m) => m.sentence === k + 1 && m.from === 0 && m.named.kind === 'person')?.named;
		const start = tokens[0];
		if (!head || !named || !start) continue;
		out.push({ start: start.start, end: head.end, named });
	}
}

/**
 * A phrase that opens with another person's title and name is the next in a list, not a label: "longtime
 * official Ann Lee, | former state party chairman Bo Park and …", "Mike Huckabee, | Senator Lindsay Graham
 * (R-S.C.) and …", "the U.S. Senate, | Lt. Gov. Carlos Ruiz would …". After a determiner or a preposition the
 * other person belongs to the label ("a former aide to | Jimmy Carter").
 */
function listed(reading: NameReading, m: NameAt, span: Span): boolean {
	const tokens = reading.sentences[m.sentence]?.tokens ?? [];
	const from = tokens.findIndex((t) => t.start === span.start);
	return reading.at.some((n) => {
		const last = tokens[n.to - 1];
		const next = tokens[n.to];
		return (
			n.sentence === m.sentence &&
			n.named.kind === 'person' &&
			from >= 0 &&
			from <= n.runFrom &&
			!!last &&
			last.end <= span.end &&
			// "Senator Al Ng’s wife": the other person is an owner, and the phrase is a label.
			last.base === last.text &&
			// "Obama adviser | David Axelrod": a name with no title that modifies the noun after it is no one in a list.
			(TITLE_HEADS.has(plain(tokens[n.from - 1])) || last.end === span.end || next?.lower === 'and' || next?.text === ',') &&
			tokens.slice(from, n.runFrom).every((t) => isWord(t) && !DETERMINERS.has(plain(t)) && !NOT_IN_LABEL.has(plain(t)))
		);
	});
}

/** Every label the report gives each person or body it names. */
export function readLabels(reading: NameReading): Label[] {
	const out: Label[] = [];
	const stated: Label[] = [];
	for (const m of reading.at) {
		const tokens = reading.sentences[m.sentence]?.tokens ?? [];
		// Words before a body's name may make it another body ("the 112th Congress", "the lame-duck Congress"):
		// only what is apposed to a body, or a phrase ending in a noun for a body, is its label.
		// "Mr. Rubio and Mr. Cruz, the children of Cuban immigrants": a phrase after the second of two names
		// describes both.
		const joined = COORDINATORS.has(plain(tokens[m.runFrom - 1])) && tokens[m.runFrom - 2]?.cap;
		const spans = m.named.kind === 'person' ? [before(tokens, m), joined ? null : after(tokens, m.to, 'person'), identifiedAs(tokens, m)] : [bodyBefore(tokens, m), after(tokens, m.to, 'body')];
		for (const span of spans) if (span && !listed(reading, m, span)) out.push({ ...span, named: m.named });
		// Inside a quotation it is the speaker's word for someone ("“Ruiz is a fraud,” Lee said"), not the report's.
		const said = copular(tokens, m);
		if (said && !reading.quotes.some((q) => q.start <= said.start && said.end <= q.end)) stated.push({ ...said, named: m.named });
	}
	epithets(reading, out);
	delayedName(reading, out);
	// One place, one label: of overlapping labels the longest ("the powerful lobby for older Americans …" over "the powerful
	// lobby"). A sentence's complement comes last, giving way to the labels inside it ("Lee is an aide to | Ohio Gov. | Al Ng").
	const kept = out.sort((x, y) => y.end - y.start - (x.end - x.start)).concat(stated);
	return kept.filter((l, i) => !kept.slice(0, i).some((k) => k.start < l.end && l.start < k.end)).sort((x, y) => x.start - y.start);
}
