// Asks how the two reports label the same person or body: which report uses a given label, and, when the
// labels raise or lower the person's standing, which report makes them sound more important. Only labels the
// text itself ties to the person (right before the name, in apposition after it, or holding it), for a
// person or body whose name is a whole name in both reports: a label about someone else teaches nothing.
import type { Span } from '../../analysis/types';
import { ev, makeChoice } from '../make';
import { isContent, stem } from '../../analysis/compare/words';
import { nameMentions, surnameOf } from '../names';
import type { Pair, Side } from '../pair';
import { listWords, normName, textOf } from '../text';
import type { Question, ReportKey } from '../types';
import { STATUS_WORDS } from '../wording';
import { OFFICES } from '../../analysis/lexicons/names';

const WHICH = ['Report A', 'Report B', 'Both reports'];
const MORE = ['Report A', 'Report B', 'Neither: they give the same impression'];

// Every status word as a whole word ("senior", not "seniority"; "low-ranking" as one word), each in a group of
// its own so that a match names its word whatever its case. One pattern, not one a word: a case-blind
// pattern with a Unicode letter class is slow to compile, and fourteen of them cost a student's first quiz
// more than all the questions' other patterns together.
const STATUS = new RegExp(`(?<![\\p{L}-])(?:${STATUS_WORDS.map((w) => `(${w.word})`).join('|')})(?![\\p{L}-])`, 'giu');
const statusCache = new Map<string, string[]>();
const statusOf = (label: string, direction: 'up' | 'down'): string[] => {
	const key = `${direction}\u0000${label}`;
	const known = statusCache.get(key);
	if (known) return known;
	const found = findStatus(label, direction);
	// Labels are short and few per pair; the cache is cleared before it could grow large.
	if (statusCache.size > 2000) statusCache.clear();
	statusCache.set(key, found);
	return found;
};
function findStatus(label: string, direction: 'up' | 'down'): string[] {
	const found = new Set<number>();
	// Group k + 1 holds STATUS_WORDS[k].
	for (const m of label.matchAll(STATUS)) found.add(m.findIndex((group, k) => k > 0 && group !== undefined) - 1);
	return STATUS_WORDS.filter((w, k) => w.direction === direction && found.has(k)).map((w) => w.word);
}

// What may stand between a name and a label in apposition: "Dana Price, a junior officer", "(a spokesman)".
const APPOSITION = /^\s*[,(\u2013\u2014-]\s*$/u;
const OF_PLACE_APPOSITION = /^\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*,\s*$/u;
// What stands between a label and the name after it: a space, and given names when the mention is the surname.
const BEFORE_NAME = /^\s{1,2}(?:\p{Lu}[\p{L}.'’-]*\s{1,2}){0,3}$/u;
// A description the name is put to later in the sentence: "a Seattle woman, later identified as Jane Doe".
// The mention may be the surname alone, after the given names.
const IDENTIFIED_AS = /^\s*,?\s+(?:later\s+|since\s+|now\s+)?(?:identified|named)\s+as\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** The longest stretch between a description and the name it is later identified as (", later identified as" and given names). */
const IDENTIFIED_REACH = 48;
// "Republican of Virginia", "a Democrat from New York": a party and a state, which the other report may give as
// a tag after the name (", R-Va.", ", D-N.Y.").
const PARTY_OF_STATE = /^(?:(?:a|an|the)\s+)?(Republican|Democrat|Democratic|Independent)\s+(?:of|from)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$/u;
const PARTY_STATE_TAG = /^\s*,\s*([DRI])-(\p{Lu}[\p{L}.]*(?:\s?\p{Lu}[\p{L}.]*)?)/u;

/** The person or body a characterization is about, as both reports name it. */
interface Entity {
	/** The name as the question writes it: the cast member's, else the comparison's. */
	display: string;
	/** Where each report names it. */
	mentions: [Span[], Span[]];
	/** Words of its names, left out when comparing labels. */
	nameWords: Set<string>;
}

const PRONOUN = /^(?:he|she|it|they|him|her|them)$/i;

/**
 * The entity a characterization is about: a source of the pair with that surname, or, for someone the
 * reports name without quoting, the places each report writes the surname (capitalised, as a whole word).
 * Undefined when either report never names it, or the name is not a name.
 */
function entityFor(pair: Pair, name: string): Entity | undefined {
	const words = name.trim().split(/\s+/);
	if (words.length === 0 || PRONOUN.test(name.trim()) || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|for|and|de|van|von|bin|al)$/i.test(w))) return undefined;
	const key = surnameOf(name);
	if (key.length < 3) return undefined;
	const member = pair.cast.find((m) => m.bySide.some((s) => s && surnameOf(s.name) === key));
	const mentionsIn = (side: Side): Span[] => {
		const own = member?.bySide[side.index];
		const found = own ? [...nameMentions(side.analysis.text, own)] : [];
		const surname = words[words.length - 1] ?? '';
		const text = side.analysis.text;
		for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
			const end = at + surname.length;
			if (/\p{L}/u.test(text[at - 1] ?? ' ') || /\p{L}/u.test(text[end] ?? ' ')) continue;
			if (!found.some((m) => m.start <= at && end <= m.end)) found.push({ start: at, end });
		}
		return found;
	};
	const mentions: [Span[], Span[]] = [mentionsIn(pair.sides[0]), mentionsIn(pair.sides[1])];
	if (mentions[0].length === 0 || mentions[1].length === 0) return undefined;
	const names = [name, ...(member ? member.bySide.flatMap((s) => (s ? [s.name] : [])) : [])];
	return { display: member?.display ?? name, mentions, nameWords: new Set(names.flatMap(labelWords)) };
}

/** Whether the text ties a label to the entity: just before a mention, in apposition after one, or around one. */
function tiedTo(side: Side, entity: Entity, label: Span): boolean {
	const { text } = side.analysis;
	return (entity.mentions[side.index] ?? []).some(
		(m) =>
			(m.start >= label.start && m.end <= label.end) ||
			// "former Arkansas governor Mike Huckabee", the mention being the surname alone.
			(label.end <= m.start && BEFORE_NAME.test(text.slice(label.end, m.start))) ||
			(m.end <= label.start && label.start - m.end <= 4 && APPOSITION.test(text.slice(m.end, label.start))) ||
			// "Senator Harry Reid of Nevada, the Senate majority leader"
			(m.end <= label.start && label.start - m.end <= 40 && OF_PLACE_APPOSITION.test(text.slice(m.end, label.start))) ||
			(label.end <= m.start && m.start - label.end <= IDENTIFIED_REACH && IDENTIFIED_AS.test(text.slice(label.end, m.start))),
	);
}

// A label ends where a clause about the person begins: "a senior member of the committee, which has …".
// So does what someone does it for: "one of the most enthusiastic users of social media to engage with voters"
// (not "an adviser to the president", where "to" opens a noun).
const CLAUSE_TAIL = /(?:,\s*|\s+)(?:which|who|whose|where|when|that)\b|\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|\p{Lu}))\p{Ll}+\s/u;
// A label is a noun phrase: not a clause ("trying to put to rest …") or a phrase of place ("in an interview").
// A word in -ing or -ed opens a clause only with no article: "a leading voice" and "the acting director" are labels.
// Nor is a comparative alone: "a more congenial Sam Ortiz" tells how he seemed that day against another day,
// not who he is ("the more senior senator", with its noun, is a label).
const NOT_A_LABEL = /^(?:(?:a|an|the)\s+)?(?:in|on|at|with|for|from|by|to|of|as|after|before|during|who|whom|whose|which|that|where|when)\b|^(?:\p{Ll}+ing|\p{Ll}+ed)\b|^(?:(?:a|an|the)\s+)?(?:more|less)\s+\p{Ll}+$/u;
// A title left at the end of a label that stands before the name: "establishment-backed Sen." is "establishment-backed".
const TRAILING_TITLE = /\s+(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt)\.$/u;
/** Labels longer than this are descriptions of what someone did, not what a report calls them. */
const MAX_LABEL_WORDS = 12;

/**
 * Two labels joined by "and a": "the Senate majority leader and a Democrat facing a difficult re-election
 * fight" is two labels, and the other report may give one and not the other.
 */
function coordinated(text: string, span: Span): Span[] {
	const raw = text.slice(span.start, span.end);
	// "and a …", or "and" between a title in lower case and one led by a name: "former Arkansas governor and
	// Fox News contributor" (not "Ways and Means", whose "Ways" has a capital).
	const join = /\s+and\s+(?=(?:a|an|the)\s)/iu.exec(raw) ?? /(?<=\s\p{Ll}[\p{Ll}-]+)\s+and\s+(?=\p{Lu})/u.exec(raw);
	if (!join) return [span];
	return [
		{ start: span.start, end: span.start + join.index },
		{ start: span.start + join.index + join[0].length, end: span.end },
	];
}

// A label that ranks the person ("the first woman", "the only senator", "the youngest mayor"): an infinitive
// after it says first to do what, and without it the label says something else.
const RANKED = /\bthe\s+(?:[\p{L}-]+\s+)?(?:first|last|only|next|second|third|most|least|\p{Ll}{2,}est)\b/u;

/** The label part of a description: cut before a relative clause; null when it is not a noun phrase. */
function labelSpan(text: string, span: Span): Span | null {
	const raw = text.slice(span.start, span.end);
	let cut = CLAUSE_TAIL.exec(raw);
	// "the first working mother to serve as first lady": the infinitive stays; a relative clause after it is cut.
	if (cut && /^\s+to\s/u.test(cut[0]) && RANKED.test(raw.slice(0, cut.index))) {
		const rest = raw.slice(cut.index + cut[0].length);
		const later = /(?:,\s*|\s+)(?:which|who|whose|where|when|that)\b/u.exec(rest);
		cut = later ? Object.assign(later, { index: later.index + cut.index + cut[0].length }) : null;
	}
	const end = cut ? span.start + cut.index : span.end;
	const t = text.slice(span.start, end).trim();
	if (!t || NOT_A_LABEL.test(t) || t.split(/\s+/).length > MAX_LABEL_WORDS) return null;
	// "Rep." or "Mr." alone is a form of address, not a way of describing someone.
	if (/^(?:[A-Z][a-z]{1,3}\.)$/.test(t)) return null;
	const whole = text.slice(span.start, end).trimEnd();
	// Left off only when a describing word stays next to it: "GOP Rep." and "former Florida Gov." stay whole, not
	// "GOP" or "former Florida", whose capital word says where the office is.
	const bare = whole.replace(TRAILING_TITLE, '');
	const kept = /(?:^|\s)\p{Ll}\S*$/u.test(bare) ? bare : whole;
	return { start: span.start, end: span.start + kept.length };
}

// Abbreviated titles as their words, so "Sen." and "Senator" are one label.
const TITLE_ABBREVIATIONS: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel', sgt: 'sergeant', capt: 'captain', pres: 'president', amb: 'ambassador', atty: 'attorney' };

/**
 * The noun a label is about: its last word before "of", "for", "at", "to", "in" or "with" ("a spokeswoman for
 * the campaign" → spokeswoman, "Council leader" → leader), as a stem.
 */
function headOf(label: string): string | undefined {
	// "a Democrat facing a difficult fight": the noun before a participle, too.
	const before = label.split(/\s+(?:of|for|at|to|in|with|on|\p{Ll}+ing|\p{Ll}+ed)\s+/iu)[0] ?? label;
	return labelWords(before).pop();
}

// An abbreviated title with its stop ("Sen.", "Gov."), for spelling a phrase out before it is looked for.
const ABBREVIATED_TITLE = new RegExp(`\\b(${Object.keys(TITLE_ABBREVIATIONS).join('|')})\\.`, 'g');

/** Lower-case text with abbreviated titles spelled out: "the Vermont Sen." and "the Vermont senator" read alike. */
const spelledOut = (lower: string): string => lower.replace(ABBREVIATED_TITLE, (_, w: string) => TITLE_ABBREVIATIONS[w] ?? w);

/** The words of a label as stems, titles spelled out, without small words. */
const labelWords = (t: string): string[] =>
	(t.toLowerCase().match(/[\p{L}]+/gu) ?? []).map((w) => TITLE_ABBREVIATIONS[w] ?? w).filter(isContent).map(stem);

// Endings that make an adjective of the same word: "mayor"/"mayoral", "Democrat"/"Democratic", "Israel"/"Israeli".
const ADJECTIVE_ENDING = /^(?:al|ial|ic|ical|ian|an|i|ese|ish)$/;

/** Stems that are one word: equal, or one the other with an adjective's ending ("mayor", "mayoral"), not
 * merely one the start of the other ("office", "officer"). */
const sameWord = (x: string, y: string): boolean => {
	if (x === y) return true;
	const [short, long] = x.length < y.length ? [x, y] : [y, x];
	return short.length >= 4 && long.startsWith(short) && ADJECTIVE_ENDING.test(long.slice(short.length));
};

/**
 * Whether the other report gives a party-and-state label as a tag after the name: "Republican of Virginia"
 * and ", R-Va.", "Democrat of North Carolina" and ", D-N.C.". The state's abbreviation is read by its letters:
 * they stand in the state's name in order, the first letters alike ("Va" in "Virginia", "NC" in "North
 * Carolina", "Calif" in "California").
 */
function givenAsTag(label: string, other: Side, entity: Entity): boolean {
	const m = PARTY_OF_STATE.exec(label);
	if (!m) return false;
	const party = (m[1] ?? '').charAt(0);
	const state = (m[2] ?? '').toLowerCase();
	const text = other.analysis.text;
	return (entity.mentions[other.index] ?? []).some((at) => {
		const tag = PARTY_STATE_TAG.exec(text.slice(at.end, at.end + 16));
		const letters = (tag?.[2] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
		if (!tag || tag[1] !== party || !letters || letters[0] !== state[0]) return false;
		let i = 0;
		for (const c of state) if (c === letters[i]) i++;
		return i === letters.length;
	});
}

/**
 * Roles a report may tell as what the person does rather than name as a label: "Senate candidate" against "a
 * Democrat now running for the Senate", "presumptive nominee" against "as he prepares to accept the
 * nomination", "the challenger" against "who is challenging the mayor", "incumbent" against a title of office.
 * By the role's stem, how a sentence tells it ("running for", not "running the treasury").
 */
const ROLE_ACTS: ReadonlyMap<string, RegExp> = new Map([
	[stem('candidate'), /\b(?:run|runs|running|ran|bid|campaigning)\s+for\b|\bcandidacy\b/i],
	[stem('nominee'), /\bnominat(?:ion|e|ed|ing)\b/i],
	[stem('challenger'), /\bchalleng(?:e|es|ed|ing)\b/i],
	// "incumbent Sen. Arlen Specter" against "Senator Arlen Specter": the title says who holds the seat.
	[stem('incumbent'), /\b(?:Sen|Rep|Gov)\.\s|\b(?:Senator|Representative|Congressman|Congresswoman|Governor|Mayor|President)\s+\p{Lu}|\bre-?election\b/u],
]);

/** Every sentence in which a report names the entity: what it says of them there. */
function namingSentences(side: Side, entity: Entity): string[] {
	const mentions = entity.mentions[side.index] ?? [];
	return side.units.filter((u) => mentions.some((m) => u.start <= m.start && m.end <= u.end)).map((u) => side.analysis.text.slice(u.start, u.end));
}

export function characterization(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const c of pair.comparison.characterizations) {
		const found = entityFor(pair, c.entity);
		if (!found) continue;
		const ent = found;
		// Per report, whether a description tied to the person could not be read as a label ("who led the charge
		// of conservatives …"): what it says of their standing is unknown.
		const unread = [false, false];
		const labels = pair.sides.map((side) => {
			const seen = new Set<string>();
			const list: { span: Span; text: string }[] = [];
			for (const given of c.byReport[side.index]) {
				if (side.analysis.noise.some((n) => n.start < given.end && given.start < n.end)) continue;
				if (!tiedTo(side, ent, given)) continue;
				for (const part of coordinated(side.analysis.text, given)) {
					const span = labelSpan(side.analysis.text, part);
					if (!span) {
						unread[side.index] = true;
						continue;
					}
					const t = textOf(side.analysis.text, span);
					// "A senior British diplomat" and "Senior British diplomat" are one label.
					const key = t.toLowerCase().replace(/^(?:a|an|the)\s+/, '');
					if (!t || seen.has(key)) continue;
					seen.add(key);
					list.push({ span, text: t });
				}
			}
			// Labels that raise or lower standing first: they are the ones worth showing.
			const weight = new Map(list.map((l) => [l, statusOf(l.text, 'up').length + statusOf(l.text, 'down').length]));
			return list.sort((x, y) => (weight.get(y) ?? 0) - (weight.get(x) ?? 0) || x.span.start - y.span.start);
		});
		const [la, lb] = [labels[0] ?? [], labels[1] ?? []];
		if (la.length === 0 && lb.length === 0) continue;
		const entity = ent.display;
		// Both reports name the person (entityFor); one may describe them not at all.
		const say = (key: ReportKey, list: typeof la) =>
			list.length > 0 ? `Report ${key.toUpperCase()} calls ${entity} ${listWords(list.slice(0, 3).map((l) => `“${l.text}”`))}` : `Report ${key.toUpperCase()} names ${entity} with no such description`;
		const explainBoth = (first?: { text: string }) => {
			// The asked-about label always appears in the explanation.
			const order = (list: typeof la) => (first && list.some((l) => l === first) ? [first, ...list.filter((l) => l !== first)] : list) as typeof la;
			return `${say('a', order(la))}; ${say('b', order(lb)).replace(/^R/, 'r')}.`;
		};
		const evidence = [...la.map((l) => ev('a', l.span)), ...lb.map((l) => ev('b', l.span))];

		// Which report uses this label? Only a label whose words the other report never uses anywhere; a label
		// carrying a loaded or status word is the most worth asking about.
		const telling = (side: (typeof pair.sides)[number], l: { span: Span; text: string }) =>
			(side.analysis.loaded.some((x) => x.start < l.span.end && l.span.start < x.end) ? 2 : 0) +
			(statusOf(l.text, 'up').length + statusOf(l.text, 'down').length > 0 ? 1 : 0);
		// The other report's labels, as words, with the words of its sentences that name the person: a label
		// half of whose words the other report uses of them too is no clean difference ("a spokeswoman for the
		// Obama campaign" against "Obama campaign spokeswoman", "Senator" against "Sen.", "the powerful lobby"
		// against "the nation's most powerful seniors lobby").
		const nameWords = ent.nameWords;
		const choices = pair.sides.flatMap((side) => {
			const other = pair.sides[1 - side.index];
			if (!other) return [];
			const naming = namingSentences(other, ent);
			const otherSpelled = spelledOut(other.lower);
			const theirs = [...(labels[other.index] ?? []).flatMap((l) => labelWords(l.text)), ...naming.flatMap(labelWords)];
			return (labels[side.index] ?? [])
				.filter((l) => {
					// The label's words anywhere in the other report, a title abbreviated in one and written out in the
					// other ("Vermont Sen." and "the Vermont senator"), are the same label.
					if (!/\p{L}/u.test(l.text) || otherSpelled.includes(spelledOut(l.text.toLowerCase().replace(/^(?:a|an|the)\s+/, ''))) || normName(l.text) === normName(entity)) return false;
					if (givenAsTag(l.text, other, ent)) return false;
					const mine = labelWords(l.text).filter((w) => !nameWords.has(w));
					const held = (w: string) => theirs.some((t) => sameWord(w, t));
					const head = headOf(l.text);
					const act = head ? ROLE_ACTS.get(head) : undefined;
					const told = act ? naming.some((t) => act.test(t)) : false;
					return mine.length > 0 && !(head && held(head)) && !told && mine.filter(held).length * 2 <= mine.length;
				})
				.map((l) => ({ side, label: l, weight: telling(side, l) }));
		});
		const best = choices.sort((x, y) => y.weight - x.weight || x.side.index - y.side.index)[0];
		if (best) {
			const { side, label } = best;
			const right = side.key === 'a' ? 'Report A' : 'Report B';
			const q = makeChoice(pair, {
				type: 'characterization',
				difficulty: 2,
				prompt: `The two reports describe ${entity} in different words. Which report calls ${entity} “${label.text}”?`,
				right: [right],
				wrong: WHICH.filter((w) => w !== right),
				order: WHICH,
				explanation: `${explainBoth(label)} The label a report picks shapes who you think ${entity} is and how much weight you give them.`,
				evidence: [ev(side.key, label.span), ...evidence.filter((e) => e.report !== side.key || e.start !== label.span.start)],
			});
			if (q) out.push(q);
		}

		// Which report makes them sound more important? Only when both describe them and the status words point
		// one way.
		if (la.length === 0 || lb.length === 0) continue;
		const up = labels.map((list) => [...new Set(list.flatMap((l) => statusOf(l.text, 'up')))]);
		const down = labels.map((list) => [...new Set(list.flatMap((l) => statusOf(l.text, 'down')))]);
		const raisedBy = [0, 1].filter((i) => (up[i] ?? []).length > 0 && (down[i] ?? []).length === 0);
		const loweredBy = [0, 1].filter((i) => (down[i] ?? []).length > 0);
		const higher = raisedBy.length === 1 ? raisedBy[0] : loweredBy.length === 1 && raisedBy.length === 0 ? 1 - (loweredBy[0] ?? 0) : undefined;
		if (higher === undefined || (raisedBy.length === 1 && loweredBy.includes(higher))) continue;
		const lower = 1 - higher;
		// The report said to make them sound less important may say more of them than its labels: "Weekly Standard
		// Editor Bill Kristol, who led the charge of conservatives …". Not asked when part of it went unread.
		if (unread[lower]) continue;
		// An office held is standing of its own that no status word outweighs: "the outgoing chairman of the National
		// Economic Council" does not sound less important than "senior economic adviser".
		const office = (list: typeof la) => list.some((l) => (l.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => OFFICES.has(w)));
		if (office(labels[lower] ?? []) && !office(labels[higher] ?? [])) continue;
		const quoted = (ws: string[]) => listWords(ws.map((w) => `“${w}”`));
		const right = higher === 0 ? 'Report A' : 'Report B';
		const lowerName = lower === 0 ? 'report A' : 'report B';
		const ups = up[higher] ?? [];
		const downs = down[lower] ?? [];
		const raises = ups.length > 0 ? `${right}’s ${quoted(ups)} ${ups.length > 1 ? 'raise' : 'raises'} ${entity}’s standing` : '';
		const lowers = downs.length > 0 ? `${lowerName}’s ${quoted(downs)} ${downs.length > 1 ? 'lower' : 'lowers'} it` : '';
		const contrast = raises && lowers ? `${raises}, while ${lowers}` : raises || lowers.replace(/ it$/, ` ${entity}’s standing`).replace(/^r/, 'R');
		const q = makeChoice(pair, {
			type: 'characterization',
			variant: 'standing',
			difficulty: 3,
			prompt: `${say('a', la)}. ${say('b', lb)}. Which report makes ${entity} sound more important?`,
			right: [right],
			wrong: MORE.filter((m) => m !== right),
			order: MORE,
			explanation: `${contrast}. How important a report makes someone sound changes how much weight you give their words.`,
			evidence,
		});
		if (q) out.push(q);
	}
	return out;
}
