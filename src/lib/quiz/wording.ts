// The plain-words teaching text the questions are built from: what each kind of hedge, reporting verb,
// source and loaded word does to a reader. Data, not logic, so a teacher can reword it in one place.
// Written for a 14-year-old, after the categories of the News Literacy Project's "Checkology" lessons
// and the BBC Academy's style notes on attribution ("said" is neutral; "claimed", "admitted" are not).
import type { HedgeCategory, LoadedCategory, SourceKind, VerbColour } from '../analysis/types';

/** What a hedge of each category tells the reader, as a right answer to "what do these words tell you?". */
export const HEDGE_MEANING: Record<HedgeCategory, string> = {
	modal: 'It is possible, not certain: the words leave room for it not to happen or not to be true',
	'distancing-verb': 'The writer passes on the claim without vouching for it, and hints it may be disputed',
	impersonal: 'The report passes on something from a source it does not name',
	approximator: 'The number is an estimate, not an exact count',
	speculation: 'It is a judgement of what is probably so, or will probably happen, not a certainty',
	'vague-source': 'It leans on unnamed, uncounted people, so you cannot check who or how many',
	softener: 'The words soften the claim so it sounds less strong or less certain',
};

/** A sentence on why a hedge of each category matters, for explanations. */
export const HEDGE_WHY: Record<HedgeCategory, string> = {
	modal: 'it says something might be so, not that it is',
	'distancing-verb': 'it reports a claim while keeping the writer at a distance from it',
	impersonal: 'it passes something on without naming who says it, so you cannot judge how they know',
	approximator: 'it makes a number an estimate rather than an exact count',
	speculation: 'it gives a judgement of what is probably so, not a certainty',
	'vague-source': 'it points to unnamed people without saying who or how many',
	softener: 'it makes the claim sound less strong',
};

/**
 * For each hedge category, the other meanings that are plainly wrong for it (distractors). Meanings that can
 * also be true of a cue of the category are left out, so exactly one option is right: "it is understood
 * that" also leans on unnamed people and leaves a distance; "about 30,000" is also a judgement of what is
 * probably so; "claimed" also leaves room for it not to be true; "many experts believe" is also a judgement.
 */
export const HEDGE_DISTRACTORS: Record<HedgeCategory, HedgeCategory[]> = {
	modal: ['approximator', 'impersonal', 'vague-source'],
	'distancing-verb': ['approximator', 'speculation'],
	impersonal: ['approximator'],
	approximator: ['impersonal', 'distancing-verb'],
	speculation: ['approximator', 'impersonal', 'distancing-verb'],
	'vague-source': ['approximator'],
	softener: ['approximator', 'impersonal'],
};

/** Always wrong for a hedge: hedges make a claim less firm, never checked. */
export const HEDGE_FIRM_DISTRACTOR = 'The fact has been checked and is certain';

/** What a reporting verb of each colour signals, against a plain "said". */
export const VERB_SIGNAL: Record<VerbColour, string> = {
	distancing: 'It puts distance between the writer and the claim, hinting it may not be true',
	endorsing: 'It presents the claim as true, as if the writer agrees with it',
	emotive: 'It makes the speaker sound emotional or dramatic (angry, proud, upset), adding feeling of its own',
	neutral: 'Nothing: it means the same as a plain “said”',
};

/** Why the colour matters, for explanations. */
export const VERB_WHY: Record<VerbColour, string> = {
	distancing: 'Writers pick verbs like this when they do not want to stand behind what follows.',
	endorsing: 'Verbs like this tell you the words are true: the writer vouches for them, so ask whether what follows bears that out.',
	emotive: 'Verbs like this colour how you see the speaker before you have read what they said.',
	neutral: 'A plain verb leaves the judging to you.',
};

/** The options of a source-kind question, one per kind a reader can tell apart. */
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
	person: 'A named person',
	organization: 'An organization or official body',
	government: 'An organization or official body',
	document: 'A document, such as a letter, email or report',
	'social-media': 'A social-media post',
	group: 'A group of people, not named one by one',
	anonymous: 'An unnamed source',
};

/** Why each kind of source matters, for explanations. */
export const SOURCE_KIND_WHY: Record<SourceKind, string> = {
	person: 'You know exactly who is speaking, so you can ask what they know and what they might gain.',
	organization: 'An organization speaks through statements: no one person puts their name to the words, so ask whose view they stand for.',
	government: 'An official body speaks through statements: no one person puts their name to the words, so ask whose view they stand for.',
	document: 'A document can be checked by others, but you still need to know who wrote it.',
	'social-media': 'Posts can be deleted or faked, so it matters who posted it and whether the report checked it.',
	group: 'A group named as a whole cannot be asked who exactly said it.',
	anonymous: 'You cannot check who said it or why they might say it.',
};

/** Kinds that could be mistaken for each other, so neither is offered as a wrong answer for the other. */
export const SOURCE_KIND_CLOSE: Partial<Record<SourceKind, SourceKind[]>> = {
	organization: ['group', 'government'],
	government: ['group', 'organization'],
	group: ['organization', 'government', 'anonymous'],
	document: ['social-media'],
	'social-media': ['document', 'person'],
	anonymous: ['group'],
};

/** What a loaded word of each category does, as the right answer to "what does this word do?". */
export const LOADED_EFFECT: Record<LoadedCategory, string> = {
	emotive: 'It tells you how to feel before you have the facts',
	evaluative: 'It passes judgement instead of just reporting',
	intensifier: 'It makes things sound bigger or stronger than a plain word would',
	figurative: 'It paints a dramatic picture instead of saying plainly what happened',
	label: 'It sticks a label on someone that shapes how you see them',
	'headline-device': 'It teases you to read on instead of telling you what happened',
};

/** Things a loaded word never does, as wrong answers. */
export const LOADED_NON_EFFECTS: readonly string[] = [
	'It names the source of the information',
	'It gives a number you can check',
	'It tells you when and where it happened',
];

/**
 * Words that raise or lower how important a label makes someone sound. A small list drawn from how
 * newspapers grade officials and staff ("senior", "junior", "low-ranking"); used only to ask which report
 * makes a person sound more important, never to judge a report.
 */
export const STATUS_WORDS: ReadonlyArray<{ word: string; direction: 'up' | 'down' }> = [
	{ word: 'senior', direction: 'up' },
	{ word: 'top', direction: 'up' },
	{ word: 'leading', direction: 'up' },
	{ word: 'veteran', direction: 'up' },
	{ word: 'longtime', direction: 'up' },
	{ word: 'chief', direction: 'up' },
	{ word: 'high-ranking', direction: 'up' },
	{ word: 'prominent', direction: 'up' },
	{ word: 'eminent', direction: 'up' },
	{ word: 'junior', direction: 'down' },
	{ word: 'low-ranking', direction: 'down' },
	{ word: 'low-level', direction: 'down' },
	{ word: 'minor', direction: 'down' },
	{ word: 'mid-level', direction: 'down' },
	{ word: 'relatively', direction: 'down' },
];

/** The question a careful reader asks on meeting a hedge of each category. */
export const HEDGE_ASK: Record<HedgeCategory, string> = {
	modal: 'A careful reader asks how likely it really is.',
	'distancing-verb': 'A careful reader asks whether anyone has checked the claim.',
	impersonal: 'A careful reader asks who understands or says this, and how they know.',
	approximator: 'A careful reader asks where the number comes from.',
	speculation: 'A careful reader asks what the judgement rests on.',
	'vague-source': 'A careful reader asks who exactly, and how many.',
	softener: 'A careful reader asks what the plain claim would be without it.',
};

/** How hard a hedge of each category is to spot (1 easy, 3 hard). */
export const HEDGE_DIFFICULTY: Record<HedgeCategory, 1 | 2 | 3> = {
	modal: 1,
	approximator: 1,
	'distancing-verb': 2,
	speculation: 2,
	impersonal: 2,
	softener: 3,
	'vague-source': 3,
};
