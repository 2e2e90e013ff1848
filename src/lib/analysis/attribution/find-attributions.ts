// Finds every passage a report attributes to a source, with its cue, and resolves the speaker to a name.
// Each shape of sentence is one rule in rules/ (its file opens with the shape and an example); this file
// runs them sentence by sentence, carries quotations on to the source quoted before them, and turns what
// they found into findings and the report's list of sources.
// Imports out of alphabetical order stand where the bundle gzips smaller: modules are laid out in the
// order they are first imported (index.ts says why that matters).
import { confidenceOf, ruleId } from '../calibration/confidence';
import type { ReadingContext } from '../context';
import { buildRegistry, mentionsBefore, type Entity } from '../entities';
import type { Attribution, Source, Span } from '../types';
import { cueVerbAt } from './cue-word';
import { SentenceReader } from './noun-phrase';
import { NAME_COLON_TRIGGERS, nameColon } from './rules/name-colon';
import { perWord } from '../tokens';
import { holderOf, type Found } from './found';
import { QuoteIndex } from './quote-index';
import { accordingTo } from './rules/according-to';
import { APPEARANCE_TRIGGERS, appearance } from './rules/appearance';
import { WITH_VAGUE_TRIGGERS, withVague } from './rules/with-vague';
import { ASKED_TRIGGERS, asked } from './rules/asked';
import { cueAfter } from './rules/cue-after';
import { IMPERSONAL_IT_TRIGGERS, impersonalIt } from './rules/impersonal-it';
import { IN_POLL_TRIGGERS, inPoll } from './rules/in-poll';
import { NOUN_CUE_TRIGGERS, nounCue } from './rules/noun-cue';
import { objectRelative } from './rules/object-relative';
import { cueBefore } from './rules/cue-before';
import { participle } from './rules/participle';
import { PASSIVE_TO_TRIGGERS, passiveTo } from './rules/passive-to';
import { SOCIAL_POST_TRIGGERS, socialPost } from './rules/social-post';
import { stance } from './rules/stance';
import { continuedQuotes } from './rules/continued-quote';
import { collectSources, sourceKind } from './sources';
import { cutAtSecondCue } from './two-cues';

/**
 * Rules that read a whole sentence by its pattern, in the order their findings are kept, each with the words
 * (lower-cased tokens) it needs: a sentence without one of them is not read by it. Most sentences have none,
 * so one pass over a sentence's tokens decides which rules run.
 */
const SENTENCE_RULES: ReadonlyArray<readonly [(r: SentenceReader) => Found[], readonly string[]]> = [
	[impersonalIt, IMPERSONAL_IT_TRIGGERS],
	[passiveTo, PASSIVE_TO_TRIGGERS],
	[withVague, WITH_VAGUE_TRIGGERS],
	[socialPost, SOCIAL_POST_TRIGGERS],
	[nameColon, NAME_COLON_TRIGGERS],
	[inPoll, IN_POLL_TRIGGERS],
	[nounCue, NOUN_CUE_TRIGGERS],
	[asked, ASKED_TRIGGERS],
	[appearance, APPEARANCE_TRIGGERS],
];
/** Each trigger word → the bits of the sentence rules it wakes. */
const TRIGGERS: ReadonlyMap<string, number> = SENTENCE_RULES.reduce((map, [, words], k) => {
	for (const w of words) map.set(w, (map.get(w) ?? 0) | (1 << k));
	return map;
}, new Map<string, number>());
const wakes = perWord((w) => TRIGGERS.get(w.lower) ?? 0);

/** The rules that start at a cue word, tried at each token of the sentence. */
function readAtToken(r: SentenceReader, i: number, out: Found[]): number {
	const according = accordingTo(r, i);
	if (according) {
		out.push(...according.found);
		return according.next;
	}
	const cue = cueVerbAt(r.tokens, i, r.src, r.s.headline);
	if (!cue) return i;
	const made = out.length;
	// A participle's words come after it, except a progressive's ("“…,” Mr. Cole is shown saying.").
	const trailing = cue.participle && !cue.progressive ? null : cueAfter(r, cue);
	if (trailing) out.push(...trailing);
	else {
		// "is saying", "is also arguing" has its subject before it, like "says"; when no phrase there names one
		// ("Officials, including the governor, are hoping …"), the clause's subject does, as for a participle.
		const before = cue.participle && !cue.progressive ? [] : cueBefore(r, cue);
		out.push(...(before.length || !cue.participle ? before : participle(r, cue, out)));
	}
	// No words of the source's own: its stance, the verb's object ("endorsed Ted Cruz", "wants to win").
	if (out.length === made) out.push(...stance(r, cue, out));
	// No object at all: what it passes on is the phrase a relative clause is about ("a charge the office denied").
	if (out.length === made) out.push(...objectRelative(r, cue));
	return i;
}

function readSentence(r: SentenceReader): Found[] {
	let wake = 0;
	for (const t of r.tokens) wake |= wakes(t);
	const out: Found[] = [];
	for (let k = 0; wake !== 0 && k < SENTENCE_RULES.length; k++) {
		const rule = SENTENCE_RULES[k];
		if (rule && wake & (1 << k)) out.push(...rule[0](r));
	}
	for (let i = 0; i < r.tokens.length; i++) i = readAtToken(r, i, out);
	cutAtSecondCue(r.src, r.s.start, out);
	return out;
}

const EXPLAIN_KIND: Record<string, string> = {
	impersonal: 'No one is named: the report only says this is understood or said, so a reader cannot check who is behind it.',
	'vague-source': 'The report gives no names here, only a vague group of people.',
	'social-media': 'The report passes on something posted on social media and names who posted it.',
	appearance: 'The report says how things look or what is expected, and names no one who judges so: it is an appraisal, not a fact it vouches for.',
	question: 'The report passes on a question put to someone: the question is the asker’s, not the reporter’s.',
};

/** Stable within one analysis: the entity's id, a slug of the words naming the source, or a numbered stand-in. */
function sourceIdOf(speaker: Found['speaker'], n: number): string {
	if (speaker.entity) return speaker.entity.id;
	if (speaker.resolvedBy === 'unresolved' || speaker.resolvedBy === 'first-person') return `${speaker.resolvedBy}-${n}`;
	return speaker.name ? speaker.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') : `anonymous-${n}`;
}

function explain(a: Found): string {
	if (a.speaker.resolvedBy === 'unresolved') return 'The report does not make clear who this is from: more than one person could be meant.';
	if (a.speaker.resolvedBy === 'first-person') return `Someone speaking in the first person (“${a.verbText}”) gives this as their own view: an opinion, not a fact the report establishes.`;
	const who = a.speaker.name || 'an unnamed source';
	const verbWord = a.verb ? a.verbText : '';
	if (a.category === 'stance') return `The report tells what ${who} wants, backs or objects to (“${verbWord}”): it is ${who}’s position as the report puts it, not the reporter’s own.`;
	return (
		EXPLAIN_KIND[a.category] ??
		(a.direct
			? `These are ${who}’s own words, in quotation marks${a.verb ? `, passed on with “${verbWord}”` : ''}.`
			: `The report passes this on from ${who}${verbWord ? ` with “${verbWord}”` : ' with “according to”'}: it is ${who}’s account, not the reporter’s.`)
	);
}

/** Rule ids by their parts: a report has thousands of findings and a few dozen distinct ids. */
const RULE_IDS = new Map<string, string>();
function ruleOf(rule: string, direct: string, resolvedBy: string): string {
	const key = `${rule}|${direct}|${resolvedBy}`;
	let id = RULE_IDS.get(key);
	if (id === undefined) {
		// A rule may name a shape of its own within it ("appearance/expected"): a family inside the rule's.
		const parts = rule.split('/');
		id = direct ? ruleId('attribution', ...parts, direct, resolvedBy) : ruleId('attribution', ...parts, resolvedBy);
		RULE_IDS.set(key, id);
	}
	return id;
}

export function findAttributions(ctx: ReadingContext): { attributions: Attribution[]; sources: Source[] } {
	const reg = buildRegistry(ctx);
	const src = ctx.text;
	const firstBody = ctx.sentences.find((s) => !s.headline);
	const ledeBlock = firstBody ? ctx.blocks[firstBody.block] : undefined;
	const ledeEnd = ledeBlock ? ledeBlock.end : 0;
	const found: Found[] = [];
	const quotes = new QuoteIndex(ctx.quotes);
	let previous = 0;
	for (const s of ctx.sentences) {
		// A pronoun here reads against the people named in this sentence and the one before.
		reg.view.from = s.headline ? s.start : previous;
		reg.view.sentence = s.start;
		reg.inHeadline = s.headline;
		previous = s.start;
		const reader = new SentenceReader(src, s, reg.tokens.get(s.index) ?? [], reg, quotes, ledeEnd);
		const inSentence = readSentence(reader);
		for (const a of inSentence) {
			const e = a.speaker.entity;
			if (!e) continue;
			if (a.speaker.description) e.descriptions.push(a.speaker.description);
			// A speaker found by a pronoun, role or group is a mention too: the next "he" or "they" may mean them. So is
			// one named in a way the registry did not read as a name ("Yin Myint May, 60, a doctor, said").
			if ((a.speaker.resolvedBy !== 'name' && a.speaker.resolvedBy !== 'surname') || !e.mentions.some((m) => m.start >= s.start && m.start < s.end)) {
				const at = a.cue.start;
				const mention = { at: Math.max(s.start, at - 1), end: at, entity: e };
				reg.mentions.splice(mentionsBefore(reg, mention.at), 0, mention);
			}
			// "Carson said the Post's Costa had reported …": a source whose words another's pass on does not take the floor.
			if (e.kind === 'person' && a.cue.start >= reg.view.lastSpeakerAt && !inSentence.some((o) => o.cue.start !== a.cue.start && o.content.start <= a.content.start && a.content.end <= o.content.end)) {
				reg.view.lastSpeaker = e;
				reg.view.lastSpeakerAt = a.cue.start;
				reg.view.lastSaidEnd = a.content.end;
			}
		}
		found.push(...inSentence);
	}

	const byStart = (a: Found, b: Found): number => a.content.start - b.content.start || a.cue.start - b.cue.start;
	found.sort(byStart);
	found.push(...continuedQuotes(ctx, found));
	found.sort(byStart);

	const attributions: Attribution[] = [];
	const seen = new Set<string>();
	for (const a of found) {
		const key = `${a.content.start}:${a.content.end}:${a.speaker.name}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const holder = holderOf(found, a);
		const nested = holder !== null;
		// "“I think we can win,” Smith said": inside a quotation the first person is the one quoted.
		const self = !!holder && a.speaker.resolvedBy === 'first-person' && holder.direct && !!holder.speaker.name;
		if (self && holder) a.speaker = { ...holder.speaker, resolvedBy: 'pronoun', description: null };
		// The rule that found it, whether the words are quoted, and how the speaker was resolved: each level a
		// family that calibration can measure ("attribution/cue-after/direct/name").
		// A source quoted by a source is its own family, whatever found it; the quoted speaker's own view in the
		// first person ("“I think we can win,” Smith said") is a family of its own within it, as sure as the quotation.
		const rule = ruleOf(nested ? 'nested' : a.rule, self ? 'self' : nested ? '' : a.direct ? 'direct' : 'indirect', a.speaker.resolvedBy);
		const speakerName = a.speaker.name;
		attributions.push({
			kind: 'attribution',
			category: a.category,
			start: a.content.start,
			end: a.content.end,
			explanation: explain(a),
			rule,
			confidence: confidenceOf(rule),
			speaker: speakerName,
			sourceId: sourceIdOf(a.speaker, attributions.length),
			sourceKind: sourceKind(a.speaker),
			cue: a.cue,
			content: a.content,
			direct: a.direct,
			verb: a.verb ? a.verbText : '',
			verbColour: a.verb?.colour ?? 'neutral',
			resolvedBy: a.speaker.resolvedBy,
			...(nested ? { nested: true } : {}),
		});
	}
	return { attributions, sources: collectSources(attributions, reg, src) };
}
