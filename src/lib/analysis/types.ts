// The one vocabulary of the analysis engine. Every offset is a UTF-16 index into the report text exactly
// as given (end exclusive): nothing is trimmed or normalised before counting.

export interface Span {
	start: number;
	end: number;
}

export type FindingKind = 'noise' | 'attribution' | 'hedge' | 'loaded' | 'verdict';

/** The shape every finding shares: what it is, where it is, and a sentence a student can read. */
export interface Finding extends Span {
	kind: FindingKind;
	category: string;
	/** One or two plain sentences for a 14-year-old, naming the words concerned. */
	explanation: string;
	/**
	 * Which rule made it, as a path from the kind to the particular cue: "hedge/modal/might",
	 * "attribution/said/pronoun". Its confidence is measured per rule (calibration/).
	 */
	rule: string;
	/** 0..1: the precision the rule measured on the development corpus (confidenceOf(rule)). The quiz builder makes no question from findings below its threshold. */
	confidence: number;
}

export type NoiseCategory =
	| 'section-label'
	| 'stray-characters'
	| 'comment-form'
	| 'lost-embed'
	| 'social-post'
	| 'share-or-related'
	| 'cookie-or-newsletter'
	| 'advert'
	| 'byline'
	| 'timestamp'
	| 'caption'
	| 'navigation'
	| 'footer'
	| 'reader-poll'
	| 'repeated';

export interface NoiseFinding extends Finding {
	kind: 'noise';
	category: NoiseCategory;
}

/** A non-empty line of the text (a paragraph in copied articles), as found before noise is removed. */
export interface Block extends Span {
	index: number;
}

export interface Sentence extends Span {
	index: number;
	block: number;
	/** True for the headline sentence(s): the first non-empty line, less its noise. */
	headline: boolean;
}

export type QuoteMarks = 'straight' | 'curly' | 'doubled' | 'colon' | 'mixed';

/** Words given as a source's own: inside quotation marks, or after "He wrote:" with no marks. */
export interface Quote extends Span {
	/** The quoted words without the marks. */
	inner: Span;
	marks: QuoteMarks;
	/** Part of one quotation that runs across paragraphs; all parts share the same group number. */
	group: number;
}

export type SourceKind =
	| 'person'
	| 'organization'
	| 'government'
	| 'document'
	| 'social-media'
	| 'group'
	| 'anonymous';

export interface Source {
	/** Stable within one analysis: a slug of the name ("mark-smith"), or "anonymous-N". */
	id: string;
	/** Fullest name the text gives ("Foreign Secretary David Lammy" → "David Lammy"); "" for unnamed. */
	name: string;
	kind: SourceKind;
	/** Other names the text uses for it: surname, acronym, expansion ("FCDO"). */
	aliases: string[];
	/** Each place the text names or refers to it. */
	mentions: Span[];
	/** Words the text uses to describe or label it ("counter-terrorism officer at the British embassy in Dublin"). */
	descriptions: Span[];
}

export type VerbColour = 'neutral' | 'distancing' | 'endorsing' | 'emotive';

export interface Attribution extends Finding {
	kind: 'attribution';
	/** category: how it is attributed: 'said', 'according-to', 'described-as', 'impersonal', 'colon-quote', ... */
	category: string;
	/** start/end: the attributed content. */
	speaker: string;
	sourceId: string;
	sourceKind: SourceKind;
	cue: Span;
	content: Span;
	direct: boolean;
	/** The reporting verb as written ("insists"), lower-cased; "" when the cue has none ("according to"). */
	verb: string;
	verbColour: VerbColour;
	/**
	 * How the speaker was found: 'name' (named in the sentence), 'surname' or 'acronym' (a shorter form of a
	 * name given elsewhere), 'pronoun' (a he/she/they with one fitting antecedent), 'role' (a role, label or
	 * owner that refers to a named one: "the minister", "the New York Democrat", "Powell’s office"),
	 * 'description' (a body or office named only by what it is: "the airline"), 'group' ("officials"),
	 * 'document' ("the emails"), 'vague' ("critics", "a senior official"), 'impersonal' ("it is understood").
	 * 'unresolved': a pronoun with no single fitting antecedent — `speaker` is "" and the finding names no
	 * source; it never becomes a Source and never keys a who-said answer. 'first-person': "I think", "we
	 * believe" outside a quotation — the writer's (or, in a transcript, the one answering's) own view; `speaker`
	 * is "" and it never becomes a Source.
	 */
	resolvedBy: 'name' | 'pronoun' | 'surname' | 'acronym' | 'role' | 'description' | 'group' | 'document' | 'vague' | 'impersonal' | 'unresolved' | 'first-person';
	/** True when the cue sits inside another attribution's content (a source quoting a source). */
	nested?: boolean;
}

/**
 * The coarse kind of hedge, which the quiz's meaning options are written for: `modal` leaves room for the
 * claim not to be so (possibility, a guess about what is, how it looks, a belief, evidence that points, the
 * unknown: "may", "probably was", "seems", "believes", "suggests", "unclear"); `speculation` is a guess
 * about what will happen ("is likely to", "is expected to"). The sense says which exactly (HedgeSense).
 */
export type HedgeCategory =
	| 'modal'
	| 'distancing-verb'
	| 'impersonal'
	| 'approximator'
	| 'speculation'
	| 'vague-source'
	| 'softener';

/**
 * What a hedge does in its sentence, finer than its category, so that an explanation or a quiz answer is
 * true of this use of the word and not only of the word in general ("likely" about the present is a guess
 * about what is so, not about what will happen):
 * - `possibility`: it may be so, or may happen; the report does not say it is ("may", "could", "possibly",
 *   "potential breaches").
 * - `prediction`: a guess about what will happen; it has not happened ("is likely to win", "is expected to").
 * - `guess`: a guess about what is or was so, stated without knowing it ("probably caused", "presumably").
 * - `appearance`: how things look, not that they are so ("seems", "appears to", "apparently").
 * - `belief`: what someone believes or thinks, not an established fact ("believes", "thinks", "fears that",
 *   "suggested that").
 * - `evidence`: evidence points to it without proving it ("the data suggest", "indicates").
 * - `unknown`: the report says it is not known ("it is unclear", "remains to be seen", "could not be verified").
 * - `distancing`: a claim or charge passed on without the writer vouching for it ("claims", "alleged",
 *   "accused of", "so-called “experts”").
 * - `unnamed-source`: something passed on from people the report does not name ("it is understood",
 *   "reportedly", "is widely seen as", "sources said").
 * - `vague-source`: unnamed, uncounted people holding a view ("many believe", "critics say").
 * - `estimate`: a number given roughly or as a bound ("about 1,200", "at least 40", "roughly $5 million").
 * - `softened`: a judgement made smaller or less firm ("relatively", "arguably").
 */
export type HedgeSense =
	| 'possibility'
	| 'prediction'
	| 'guess'
	| 'appearance'
	| 'belief'
	| 'evidence'
	| 'unknown'
	| 'distancing'
	| 'unnamed-source'
	| 'vague-source'
	| 'estimate'
	| 'softened';

export interface Hedge extends Finding {
	kind: 'hedge';
	category: HedgeCategory;
	/** What this hedge does here (see HedgeSense). Always set by the engine; absent only in hand-made fixtures. */
	sense?: HedgeSense;
}

export type Voice = 'reporter' | 'source';

export type LoadedCategory =
	| 'emotive'
	| 'evaluative'
	| 'intensifier'
	| 'figurative'
	| 'label'
	| 'headline-device';

export interface Loaded extends Finding {
	kind: 'loaded';
	category: LoadedCategory;
	voice: Voice;
}

/** A strong claim in the reporter's own voice with no source ("These are war crimes."). */
export interface Verdict extends Finding {
	kind: 'verdict';
	category: 'unattributed-verdict';
}

export interface ReportAnalysis {
	text: string;
	/** The headline: first non-empty line less any noise in it; null for an empty text. */
	headline: Span | null;
	blocks: Block[];
	/** Sentences outside noise, in order. */
	sentences: Sentence[];
	quotes: Quote[];
	noise: NoiseFinding[];
	attributions: Attribution[];
	sources: Source[];
	hedges: Hedge[];
	loaded: Loaded[];
	verdicts: Verdict[];
}

export type ReportIndex = 0 | 1;

export interface Characterization {
	/** The entity's name as in the sources of both reports. */
	entity: string;
	byReport: [Span[], Span[]];
	explanation: string;
}

export interface QuoteVariant {
	speaker: string;
	byReport: [Span, Span];
	explanation: string;
}

export interface HedgeDrift {
	/** The report whose statement is firmer than its source. */
	report: ReportIndex;
	strong: Span;
	/** Report holding the hedged wording (the same report, or the other one). */
	hedgedReport: ReportIndex;
	hedged: Span;
	explanation: string;
	/** A label first given as someone's claim ("identifies himself as a student"), later used plainly: its noun. */
	claimedLabel?: string;
	/** A headline that drops the limit its lede puts on the same point ("modest reductions"): the limiting word. */
	limiter?: string;
}

export interface SentencePair {
	a: number;
	b: number;
	/** 0..1 content overlap. */
	score: number;
}

export interface Comparison {
	characterizations: Characterization[];
	quoteVariants: QuoteVariant[];
	hedgeDrift: HedgeDrift[];
	/**
	 * Passages with no counterpart in the other report: whole sentences, or clauses of a sentence whose other
	 * clauses have one, in text order; then, in text order, the figures the other report never gives that no
	 * passage holds (compare/figures.ts).
	 */
	onlyIn: [Span[], Span[]];
	/** Source ids each report relies on that the other does not. */
	sourcesOnlyIn: [string[], string[]];
	/** Sentences judged to carry the same content. */
	aligned: SentencePair[];
}
