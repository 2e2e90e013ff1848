// Reporting verbs: the words a writer uses to hand a passage to a source, with what the choice signals.
// Provenance: our own list, informed by the reporting-verb guidance of the AP Stylebook ("said" is neutral;
// "claimed", "insisted" cast doubt; "admitted", "revealed" take the source's side) and by the reporting-verb
// categories of Hyland (2002) and Thompson & Yiyun (1991). An irregular verb is written as its forms joined by
// "/"; a regular verb as its base, and its forms are made from it (inflect; "+" doubles the last consonant: "slam+").
import type { VerbColour } from '../types';

/**
 * How the verb takes what was said:
 * - `clause`: "X said (that) …" — a bare clause may follow.
 * - `weak`: "X announced that …" — counts only with "that", a colon or a quotation (else it takes a thing).
 * - `as`: "X described Y as …", "X praised Y as …".
 * - `of`: "X accused Y of …".
 * - `cite`: "…, citing …".
 * - `name`: "X called the plan a disgrace", "called it “reckless”" — an object and what the source named it.
 * - `quote`: only with a quotation ("“…,” he continued", "The sign read: “…”"): alone the verb says nothing
 *   of speech ("the sales continued", "he read the report").
 * - `stance`: a verb of wanting, judging or taking sides (STANCE_VERBS below): "that", a quotation, or its
 *   object ("X endorsed Ted Cruz", "X wants to win", "X called for a ban"; rules/stance.ts).
 */
export type VerbFrame = 'clause' | 'weak' | 'as' | 'of' | 'cite' | 'name' | 'quote' | 'stance';

export interface ReportingVerb {
	lemma: string;
	colour: VerbColour;
	frame: VerbFrame;
}

/**
 * Verbs of thinking: the report passes on a belief or a hope, which is the source's, not the reporter's (and
 * which the source may never have put in words: the quiz reads them apart).
 */
export const THINKING_VERBS = 'think/thinks/thought/thinking believe hope fear expect doubt suspect wonder';

/** The verbs by colour, then by frame; an irregular verb's forms base first ("say/says/said/saying"). */
const VERBS: Readonly<Record<VerbColour, Partial<Record<VerbFrame, string>>>> = {
	neutral: {
		clause:
			'say/says/said/saying tell/tells/told/telling explain argue warn suggest reply testify speculate ' + THINKING_VERBS,
		weak:
			'state add write/writes/wrote/writing/written stress note report announce answer respond comment tweet post ' +
			'declare estimate deny ask rule find/finds/found/finding question remark observe mention recall recount ' +
			'reiterate repeat emphasize emphasise proclaim counter propose demand promise pledge vow assure caution imply hint ' +
			'signal/signals/signaled/signalled/signaling/signalling indicate joke quip+ agree disagree feel/feels/felt/feeling ' +
			'worry predict conclude',
		as:
			'describe praise label/labels/labelled/labeled/labelling dismiss hail tout portray characterize characterise ' +
			// "cast her rival as a captive of Wall Street": to present someone as something (FrameNet Categorization).
			'cast/casts/cast/casting',
		of: 'accuse blame',
		cite: 'cite',
		name: 'call dub+',
		quote:
			'continue read/reads/read/reading interject ' +
			// Manner of speaking (Levin 1993, class 37.3): what the voice did, so only with a quotation ("boomed: “…”").
			'exclaim chant whisper mutter boom ' +
			// Verbs of telling someone: with a quotation, or a clause after the one told ("reminded voters that …",
			// content.ts); alone they tell of a thing ("reminded him of his gaffes", "informed the decision").
			'remind inform notify reassure',
	},
	distancing: {
		clause: 'claim insist allege contend assert',
		weak: 'maintain charge',
	},
	endorsing: {
		clause: 'admit+ concede',
		weak: 'show/shows/showed/showing/shown reveal confirm acknowledge disclose confess recognize recognise know/knows/knew/knowing/known',
	},
	emotive: {
		clause: 'fume boast',
		// "retorted that the figures were wrong": a sharp reply, which also passes a clause on.
		weak: 'slam+ blast rage complain lament retort',
		as: 'brand denounce',
		// Manner of speaking, as above ("shouted that message" is a thing shouted as often as a clause).
		quote: 'shout yell scream',
	},
};

/** Each verb as its list of forms, with its colour and frame. */
const ENTRIES = Object.entries(VERBS).flatMap(([colour, frames]) =>
	Object.entries(frames).flatMap(([frame, list]) => list.split(/\s+/).map((verb) => [verb, colour as VerbColour, frame as VerbFrame] as const)),
);

/** An entry's forms: all of them as written for an irregular verb, or its base's regular inflections. */
const formsOf = (forms: string): string[] => (forms.includes('/') ? forms.split('/') : inflect(forms));

export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map(
	ENTRIES.flatMap(([forms, colour, frame]) => {
		const list = formsOf(forms);
		const lemma = list[0] ?? '';
		return list.map((f) => [f, { lemma, colour, frame }] as const);
	}),
);

/** Verbs whose past is their base ("cast", "read"): after a name, the base form may be the past. */
export const PAST_IS_BASE: ReadonlySet<string> = new Set(ENTRIES.map(([forms]) => formsOf(forms)).flatMap((l) => (l[2] === l[0] ? [l[0] ?? ''] : [])));

/**
 * The forms of a regular verb from its base: "criticize" → criticizes criticized criticizing; "plan+" (a final
 * consonant doubled) → plans planned planning; "urge" → urges urged urging; "worry" → worries worried worrying.
 */
export function inflect(base: string): string[] {
	const double = base.endsWith('+');
	const w = double ? base.slice(0, -1) : base;
	const last = w.charAt(w.length - 1);
	const stem = double ? w + last : w;
	const consonantY = /[^aeiou]y$/.test(w);
	const third = /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : consonantY ? `${w.slice(0, -1)}ies` : `${w}s`;
	const past = w.endsWith('e') ? `${w}d` : consonantY ? `${w.slice(0, -1)}ied` : `${stem}ed`;
	const ing = /[^e]e$/.test(w) ? `${w.slice(0, -1)}ing` : `${stem}ing`;
	return [w, third, past, ing];
}

/**
 * Verbs of judging out loud in the news's plain words. "criticized the plan" tells what was said of it, as
 * "faulted" does: not a dramatic word for it ("lambasted", "ridiculed"), which stands with the emotive verbs.
 */
const JUDGING = 'applaud commend laud welcome thank congratulate fault reject challenge criticize criticise';
/** Their bases: with the emotive verbs of stance, the verbs by which a report tells that someone judged aloud. */
export const PLAIN_JUDGING: ReadonlySet<string> = new Set(JUDGING.split(' '));

/**
 * Verbs of wanting, judging and taking sides, which news uses to pass on a source's stance with its object
 * rather than its words: "Fiorina endorsed Ted Cruz", "Rubio wants to emerge as the alternative", "the union
 * called for a strike". Each verb takes an object (`np`) unless a colon gives the complements that carry its
 * stance, separated by commas: `np` an object, `to` an infinitive, or the prepositions it takes ("talk:about,of").
 * Provenance: the lexical units of FrameNet's frames for stance and its expression (Taking_sides, Desiring,
 * Purpose, Commitment, Agree_or_refuse_to_act, Request, Attempt_suasion, Judgment_communication, Complaining,
 * Chatting and Discussion, Respond_to_proposal, Preference), the same groups as Levin's (1993) verb classes
 * (admire, want, long, judgment, complain, talk and advise verbs), and the attitude cues of the PARC 3.0
 * attribution guidelines (Pareti 2016), which annotate such verbs as attributions. Verbs are written as in VERBS.
 */
const STANCE: Readonly<Record<'neutral' | 'emotive', string>> = {
	neutral:
		// Taking sides.
		'support oppose endorse back favor favour side:with,against champion defend prefer+:np,to ' +
		// Desiring, purpose, commitment; agreeing or refusing to act.
		'want:np,to wish:to,for seek/seeks/sought/seeking:np,to plan+:to intend:to aim:to threaten:to refuse:to,np ' +
		'decline:to offer:np,to commit+:to ' +
		// Requests and persuasion.
		'urge request recommend encourage advocate:np,for lobby:for,against press:for push:for plead:for,with ' +
		'beg+:np,for appeal:for,to ' +
		// Judging what someone did (Judgment_communication).
		`${JUDGING} ` +
		// Opinion: regarding something as something ("voters see Clinton as honest", "views the deal as a mistake").
		'see/sees/saw/seeing/seen:as view:as regard:as consider:as express point:to ' +
		// Talking about a topic, and answering.
		'talk:about,of speak/spoke/spoken/speaks/speaking:about,of,on,against discuss debate refer+:to allude:to ' +
		'react:to highlight tout',
	emotive:
		// Judging what someone did.
		'condemn attack mock ridicule deride decry bemoan lambaste castigate chastise rebuke ' +
		'disparage rail:against,at assail berate excoriate denigrate vilify belittle lampoon upbraid ' +
		// Talking about a topic.
		'brag+:about,of grumble:about',
};

/** Each verb of stance as its forms (as in VERBS), its colour and its complements. */
const STANCE_ENTRIES = Object.entries(STANCE).flatMap(([colour, list]) =>
	list.split(/\s+/).map((entry) => {
		const [forms = '', complements = 'np'] = entry.split(':');
		return [forms, colour as VerbColour, complements.split(',')] as const;
	}),
);

/**
 * Verbs of commitment (FrameNet Commitment): what a source undertakes to do ("vowed to repeal the law") is its
 * stance, an infinitive after the verb (rules/stance.ts reads whose undertakings count).
 */
export const COMMITMENT_VERBS: readonly string[] = ['promise', 'pledge', 'vow', 'propose'];

/** Prepositions and particles some verbs of saying take before their topic: "call for", "warn of". */
const SAYING_COMPLEMENTS: ReadonlyArray<readonly [lemma: string, complements: string]> = [
	['call', 'for on'],
	['warn', 'of about against'],
	['comment', 'on'],
	['complain', 'about of'],
	['boast', 'about of'],
	['worry', 'about'],
	['joke', 'about'],
	['speculate', 'about on'],
	['wonder', 'about'],
	['think', 'about of'],
	['hope', 'for to'],
	['insist', 'on'],
	['respond', 'to'],
	['reply', 'to'],
	['testify', 'about'],
	['argue', 'for against'],
	['agree', 'with on to'],
	['disagree', 'with on'],
	['ask', 'for about'],
	['point', 'to'],
	...COMMITMENT_VERBS.map((lemma) => [lemma, 'to'] as const),
];

export const STANCE_VERBS: ReadonlyMap<string, ReportingVerb> = new Map(
	STANCE_ENTRIES.flatMap(([forms, colour]) => {
		const list = formsOf(forms);
		const lemma = list[0] ?? '';
		return list.map((f) => [f, { lemma, colour, frame: 'stance' as const }] as const);
	}),
);

/** What each verb of stance or saying takes as its object: "np", "to", or prepositions; by lemma. */
export const COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	...STANCE_ENTRIES.map(([forms, , c]) => [formsOf(forms)[0] ?? '', new Set(c)] as const),
	...SAYING_COMPLEMENTS.map(([lemma, c]) => [lemma, new Set(c.split(' '))] as const),
]);

/**
 * Verbs that may come before their speaker when the words come first: "“…,” said Smith", "…, wrote the
 * editor". Other verbs are not inverted in news prose ("…, praised Clinton’s remarks" is not Clinton’s remarks
 * praising), so a capital after them is their object, not a speaker.
 */
export const INVERTING_LEMMAS: ReadonlySet<string> = new Set(
	'say add write ask reply explain continue note insist argue warn declare recall comment respond conclude concede acknowledge admit state suggest tweet post announce predict read'.split(' '),
);

/** The past tense of each verb: the third form of its entry. */
const PAST_FORMS = ENTRIES.map(([forms]) => formsOf(forms)[2] ?? '').filter(Boolean);

/**
 * Forms that take a colon and the words said ("He wrote: …", "The sign reads: …"): each verb's past tense,
 * and the present of the verbs that do nothing but introduce words ("says", "writes", "adds", "states",
 * "reads"). Not the base forms or other present forms: "report:", "question:", "claims:" are as often
 * nouns before a colon ("The question: …"); nor "told", which takes the one told first (find-quotes.ts).
 */
export const COLON_VERB_FORMS: readonly string[] = [...PAST_FORMS.filter((w) => w !== 'told'), 'says', 'writes', 'adds', 'states', 'reads'];

/** Multi-word cues with a colour of their own: "pointed out" endorses, "hit out at" is emotive. */
const PHRASAL: ReadonlyArray<readonly [forms: string, rest: string, verb: ReportingVerb]> = [
	['point points pointed pointing', 'out', { lemma: 'point out', colour: 'endorsing', frame: 'clause' }],
	['hit hits hitting', 'out at', { lemma: 'hit out', colour: 'emotive', frame: 'weak' }],
	['lash lashes lashed lashing', 'out at', { lemma: 'lash out', colour: 'emotive', frame: 'weak' }],
	['lay lays laid laying', 'out', { lemma: 'lay out', colour: 'neutral', frame: 'weak' }],
	['weigh weighs weighed weighing', 'in on', { lemma: 'weigh in', colour: 'neutral', frame: 'weak' }],
	['speak speaks spoke speaking', 'out (?:against|about|on)', { lemma: 'speak out', colour: 'neutral', frame: 'weak' }],
	['take takes took taking', 'issue with', { lemma: 'take issue', colour: 'neutral', frame: 'weak' }],
	['make makes made making', '(?:it )?clear', { lemma: 'make clear', colour: 'neutral', frame: 'clause' }],
	['open opens opened opening', 'up about', { lemma: 'open up', colour: 'neutral', frame: 'weak' }],
	// "As the Post's Ruth Marcus puts it, Obama is …": only before the comma, colon or quotation that opens the words.
	['put puts putting', 'it(?=\\s*[,:“"])', { lemma: 'put it', colour: 'neutral', frame: 'clause' }],
	// "“…,” Trump went on, as if he had not heard": only before a mark ("went on to say" is "say"'s).
	['go goes went going', 'on(?=\\s*[,.:“"])', { lemma: 'go on', colour: 'neutral', frame: 'quote' }],
];

/** Each phrasal cue as a pattern for the text at a word: /^(?:point|points|pointed|pointing) out\b/i. */
export const PHRASAL_CUES: ReadonlyArray<readonly [RegExp, ReportingVerb]> = PHRASAL.map(([forms, rest, verb]) => [
	new RegExp(`^(?:${forms.split(' ').join('|')}) ${rest}\\b`, 'i'),
	verb,
]);

/** The words a phrasal cue starts with, lower-cased: the patterns are tried only at one of them. */
export const PHRASAL_FIRST_WORDS: ReadonlySet<string> = new Set(PHRASAL.flatMap(([forms]) => forms.split(' ')));
/** The words of the rest of a phrasal cue ("out", "in", "issue", "clear", …): a pattern is tried only before one. */
export const PHRASAL_SECOND_WORDS: ReadonlySet<string> = new Set(PHRASAL.flatMap(([, rest]) => rest.match(/[a-z]+/g) ?? []));

/**
 * Past participles a report uses to pass a claim on without a source: "it is understood that …", "he is
 * said to have …", "it was feared that …". From the impersonal and passive reporting constructions of Quirk
 * et al. (1985, §16.34: "it is said that", "he is said to") with the verbs of saying and believing above.
 */
export const IMPERSONAL_PARTICIPLES: readonly string[] = [
	'understood',
	'believed',
	'thought',
	'reported',
	'alleged',
	'claimed',
	'said',
	'known',
	'suggested',
	'rumoured',
	'rumored',
	'feared',
	'estimated',
	'argued',
];

/**
 * Phrases that mark a source as deliberately unnamed: "people familiar with the matter", "an official who
 * spoke on condition of anonymity". From the anonymous-source conventions of the AP Stylebook and the
 * Reuters Handbook of Journalism ("sources familiar with", "not authorised to speak").
 */
export const ANONYMITY_PHRASES: readonly string[] = [
	'familiar with',
	'privy to',
	'close to',
	'connected to',
	'source within',
	'sources within',
	'source inside',
	'sources inside',
	'briefed on',
	'with knowledge of',
	'on condition of anonymity',
	'declined to be named',
	'not authorised to',
	'not authorized to',
];
