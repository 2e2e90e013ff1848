// Asks what kind of source a named source is (a person, an organization, a document, a post, a group)
// and, in the explanation, why that matters. One question per source of the pair, from a report that hears it.
import { BODY_NOUNS, ORG_WORDS, PLACES } from '../../analysis/lexicons/names';
import { REPORTING_VERBS } from '../../analysis/lexicons/reporting-verbs';
import type { Attribution, Source, SourceKind, Span } from '../../analysis/types';
import { endOfLongerName, gluedMention, nameMentions, surnameOf, writtenNames } from '../names';
import { ev, makeChoice } from '../make';
import { type CastMember, type Pair, trustedSpeaker, unitAt } from '../pair';
import { ReportName, textOf } from '../text';
import type { Question } from '../types';
import { SOURCE_KIND_CLOSE, SOURCE_KIND_LABEL, SOURCE_KIND_WHY } from '../wording';

const DIFFICULTY: Record<SourceKind, 1 | 2 | 3> = {
	person: 1,
	organization: 1,
	government: 1,
	document: 2,
	'social-media': 2,
	group: 3,
	anonymous: 3,
};

const PER_KIND = 3;

// Recordings and surveys the engine files as documents: an ad, a video, a poll. "A document, such as a
// letter, email or report" would be the wrong lesson about a television commercial or about the answers of
// a thousand people asked by phone, and no other label fits them.
// The same holds whatever kind the engine gave it: "a new USA TODAY/Suffolk University Poll finds" is no body.
const RECORDING = /\b(?:ads?|advertisements?|commercials?|videos?|footage|clips?|recordings?|spots?|broadcasts?|podcasts?|polls?|surveys?|census)$/i;

// Things the engine files as documents that are no letter, email or report: a tweet or a post is a
// social-media post (an option the question leaves out as close to a document), a website is a publisher's
// pages, and "the results" are a count of votes or answers. Only for documents: "the Washington Post" is a body.
const NOT_A_DOCUMENT = /\b(?:tweets?|posts?|websites?|web\s?sites?|results)$/i;

// "The Arizona group said": a "group" is an organization ("the advocacy group") or just some people who came
// together (Tea Party leaders and a legislator); the word alone does not tell a student which, so no key is fair.
const EITHER_BODY_OR_PEOPLE = /\bgroups?$/i;

const LABELS: string[] = [...new Set(Object.values(SOURCE_KIND_LABEL))];

/** "the letter", "the report": a source named by its common noun alone. */
const BARE_NOUN = /^the\s+(\p{L}+)$/iu;

/**
 * Whether a source named by a bare noun ("the letter") refers back to one of the same kind the pair names in
 * full ("the Georgetown University letter"): one document, and a second question on it asks the first again.
 */
function refersBack(pair: Pair, member: CastMember): boolean {
	const noun = BARE_NOUN.exec(member.name.trim())?.[1]?.toLowerCase();
	if (!noun) return false;
	return pair.cast.some((o) => o !== member && o.kind === member.kind && o.name.trim().toLowerCase().endsWith(` ${noun}`) && !BARE_NOUN.test(o.name.trim()));
}

/** A word that is a body's shape on its own: an acronym ("NASA", "U.N."), a web address ("BigGovernment.com"). Not an inner capital: "McNamara". */
const BODY_SHAPED = /^(?:[\p{Lu}\d.&]{2,}|\S+\.(?:com|org|net)\S*)$/u;
/** A mention set up as a body's: "the Pentagon", "the newspaper Haaretz", "the website Politico". */
const BODY_BEFORE = new RegExp(`\\b(?:the|${[...BODY_NOUNS].join('|')})\\s+$`, 'i');
/** A mention a description calls a body's: "Wal-Mart, the country’s largest retailer". */
const BODY_AFTER = new RegExp(`^,\\s+(?:the|an?)\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:${[...BODY_NOUNS].join('|')})\\b`, 'iu');

/**
 * Whether the report shows that a one-word name is a body's, not a person's surname given alone ("Pompeo
 * said", "Mueller announced", which the engine cannot tell from "Politico reported"): its shape, a list of
 * bodies and places, a mention set up as a body's ("the Pentagon", "the website Politico"), or an outlet's
 * verb ("Politico reported", "according to Haaretz"). Otherwise the kind is a guess, and the student is not
 * asked it.
 */
function shownAsBody(text: string, source: Source, said: readonly Attribution[]): boolean {
	const name = source.name.replace(/^the\s+/i, '');
	if (/\s/.test(name) || BODY_SHAPED.test(name) || ORG_WORDS.has(name.toLowerCase()) || PLACES.has(name.toLowerCase())) return true;
	if (said.some((a) => /^(?:report|publish|reveal)/.test(a.verb) || a.rule.includes('according-to'))) return true;
	return nameMentions(text, source).some((m) => (BODY_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && !attributive(text, m)) || BODY_AFTER.test(text.slice(m.end, m.end + 60)));
}

/**
 * A one-word body's name the report also writes as a piece of a longer name ("Rep. Steve Israel", "POLITICO
 * Florida"): which of the two speaks where the word stands alone is a guess, and a surname keyed as a body
 * teaches the wrong lesson.
 */
function pieceOfLongerName(text: string, source: Source): boolean {
	const name = source.name.replace(/^the\s+/i, '');
	if (/\s/.test(name) || BODY_SHAPED.test(name)) return false;
	// Where the name itself stands in the mention: the engine may list "Steve Israel" as a mention of "Israel".
	return nameMentions(text, source).some((m) => {
		const at = textOf(text, m).lastIndexOf(name);
		return at >= 0 && endOfLongerName(text, { start: m.start + at, end: m.start + at + name.length });
	});
}

/**
 * "the Khans" where the report names Khizr Khan: a family by its surname, whose members the report names one by
 * one, so "a group of people, not named one by one" is not plainly right, and no other label is.
 */
function family(pair: Pair, member: CastMember): boolean {
	const plural = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)s$/u.exec(member.name.trim())?.[1]?.toLowerCase();
	return !!plural && pair.cast.some((m) => m.kind === 'person' && surnameOf(m.name) === plural);
}

/** Words a body's name may go on to as the subject of its clause: "the Pentagon has", "the Pentagon said". */
const AUXILIARIES = new Set('has have had is was are were will would could can may might did does do'.split(' '));

/** "the Trump troops", "the Trump nomination": the name used as a modifier of the noun after it, not a body. */
function attributive(text: string, m: Span): boolean {
	const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 30))?.[1];
	return !!next && !AUXILIARIES.has(next) && !REPORTING_VERBS.has(next);
}

/**
 * Where the report first writes the source's whole name on its own (not a pronoun, not a piece of a longer
 * name), with the "the" the report puts before it: the name as the student reads it in the article.
 */
function writtenName(text: string, source: Source, headline: Span | null, speaksAt: (m: Span) => boolean): Span | undefined {
	const person = source.kind === 'person';
	// "Paul D. Ryan’s budget": the name without its possessive ending, which starts something else the report
	// talks about.
	// The engine lists where a source speaks ("Mr. Paul said"); a person's whole name may stand only where they
	// were introduced ("Representative Ron Paul of Texas"), so that is looked for too.
	const whole = person && source.name.includes(' ') ? writtenNames(text, source, [source.name.toLowerCase()]) : [];
	const named = [...nameMentions(text, source), ...whole]
		.map((m) => (/[’']s$/u.test(text.slice(m.start, m.end)) ? { start: m.start, end: m.end - 2 } : m))
		.filter((m) => m.end > m.start && !gluedMention(text, m, person));
	// A headline names people in its own shorthand ("… Between Obama and Paul Ryan"): the body's name, when it has one.
	const inBody = named.filter((m) => !headline || m.start >= headline.end);
	// A body is shown where it speaks, else where its name stands as a body's: not where it describes a noun
	// after it ("her White House qualifications"), nor where it is only a place ("his bid for the White House").
	const body = source.kind === 'organization' || source.kind === 'government';
	const shown = body ? inBody.filter((m) => !attributive(text, m)) : inBody;
	const speaking = person ? [] : shown.filter(speaksAt);
	const standing = speaking.length > 0 ? speaking : shown.length > 0 ? shown : inBody.length > 0 ? inBody : named;
	// The name itself, not the cue around it ("According to the emails" → "the emails"), nor a capital word a
	// headline sets before it ("… to Ask Sestak to Drop Out").
	const keys = [source.name, ...source.aliases].map((n) => n.replace(/^the\s+/i, '').toLowerCase()).filter(Boolean);
	const trimmed = (m: Span): Span => {
		const lower = text.slice(m.start, m.end).toLowerCase();
		const at = keys.map((k) => ({ k, i: lower.lastIndexOf(k) })).find((x) => x.i >= 0 && x.i + x.k.length === lower.length);
		return { start: m.start + (at?.i ?? 0), end: m.end };
	};
	// "the Obama administration", "the Clinton campaign": a person's name after "the" names something of theirs.
	const names = standing.map(trimmed).filter((m) => !(person && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))));
	// A person by the fullest form the report gives, a body where it is first named; a name that opens on
	// "the" where the report writes it so ("the statement", not "a statement").
	const longest = Math.max(0, ...names.map((m) => m.end - m.start));
	const afterThe = (x: Span) => /\bthe\s+$/i.test(text.slice(Math.max(0, x.start - 4), x.start)) || /^the\s/i.test(text.slice(x.start, x.end));
	const at = person ? names.find((x) => x.end - x.start === longest) : /^the\s/i.test(source.name) ? standing.find(afterThe) : standing[0];
	if (!at) return undefined;
	const { start, end } = trimmed(at);
	const withThe = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && !/^the\s/i.test(text.slice(start, end));
	return { start: withThe ? start - 4 : start, end };
}

export function sourceKind(pair: Pair): Question[] {
	const out: Question[] = [];
	// A few of each kind: five "a named person" questions teach nothing the first did not.
	const perLabel = new Map<string, number>();
	for (const member of pair.cast) {
		const label = SOURCE_KIND_LABEL[member.kind];
		if ((perLabel.get(label) ?? 0) >= PER_KIND) continue;
		if (RECORDING.test(member.name.trim()) || (member.kind === 'document' && NOT_A_DOCUMENT.test(member.name.trim()))) continue;
		if ((member.kind === 'group' && family(pair, member)) || refersBack(pair, member)) continue;
		for (const side of pair.sides) {
			const source = member.bySide[side.index];
			const said = side.analysis.attributions.filter((a) => trustedSpeaker(pair, side, a) === member);
			if (!source || said.length === 0) continue;
			const { text } = side.analysis;
			const speaksAt = (m: Span) => said.some((a) => unitAt(side, a.cue.start) === unitAt(side, m.start));
			const mention = writtenName(text, source, side.analysis.headline, speaksAt);
			if (!mention) continue;
			const named = textOf(text, mention);
			const body = member.kind === 'organization' || member.kind === 'government';
			if (EITHER_BODY_OR_PEOPLE.test(named) || (body && pieceOfLongerName(text, source)) || (body && !shownAsBody(text, source, said))) break;
			const right = SOURCE_KIND_LABEL[member.kind];
			const close = new Set((SOURCE_KIND_CLOSE[member.kind] ?? []).map((k) => SOURCE_KIND_LABEL[k]));
			const q = makeChoice(
				pair,
				{
					type: 'source-kind',
					difficulty: DIFFICULTY[member.kind],
					prompt: `${ReportName(side.key)} relies on “${named}” as a source. What kind of source is that?`,
					right: [right],
					wrong: LABELS.filter((l) => l !== right && !close.has(l)),
					order: LABELS,
					explanation: `“${named}” is ${right.charAt(0).toLowerCase()}${right.slice(1)}. ${SOURCE_KIND_WHY[member.kind]}`,
					evidence: [ev(side.key, mention)],
				},
				4,
			);
			if (q) {
				out.push(q);
				perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
			}
			break;
		}
	}
	return out;
}
