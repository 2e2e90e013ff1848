// The words of hedging, by what they do, and the context words the hedge rules read around them.
// Provenance: our own lists. The cue words follow the hedge categories of Hyland (1998, "Hedging in
// Scientific Research Articles": modal verbs, epistemic adjectives, adverbs and nouns, judgement verbs,
// approximators), the epistemic and doxastic cue classes of the Szeged uncertainty corpus as described by
// Szarvas, Vincze, Farkas, Móra & Gurevych (2012, "Cross-genre and cross-domain detection of semantic
// uncertainty", Computational Linguistics 38(2)) and Farkas et al. (2010, the CoNLL-2010 shared task), and
// Prince, Frader & Bosk (1982) for approximators; checked against the `hedges` and `weasels` word lists of
// wooorm (MIT), which we do not bundle because on news text they flag far too much ("would", "some",
// "about" as a topic). Distancing reporting verbs are not here: they are the reporting-verb vocabulary's
// (lexicons/reporting-verbs.ts, colour "distancing"), read from there. Context words are common English
// function words and word classes, not taken from any one text.

/** The words of a list; one written with a straight apostrophe also with a curly one ("isn't", "isn’t"): news prints both. */
const set = (s: string): ReadonlySet<string> =>
	new Set(
		s
			.split(/\s+/)
			.filter(Boolean)
			.flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, '’')] : [w])),
	);

/** Verbs written as their forms joined by "/", base first ("think/thinks/thought"): each form mapped to its base. */
const verbForms = (s: string): ReadonlyMap<string, string> =>
	new Map(
		s.split(/\s+/).flatMap((verb) => {
			const forms = verb.split('/');
			return forms.map((f) => [f, forms[0] ?? ''] as const);
		}),
	);

// ——— Grammar the rules read around a cue ———

/** Contractions that end in a form of "be": one token each ("it's unclear", "they're said to"). */
const BE_CONTRACTIONS = "it's that's there's what's he's she's who's here's they're we're you're i'm";

/** Forms of "be" that make a passive or a predicate ("is considered", "was unclear"). */
export const BE = set(`is are was were be been being am isn't aren't wasn't weren't ${BE_CONTRACTIONS}`);

/** Words that may sit between a verb and its particle or between "be" and a participle: "is widely considered". */
export const ADVERBS = set(
	'also still now already long widely generally commonly often usually sometimes once increasingly largely ' +
		'mostly privately publicly openly repeatedly reportedly originally initially previously later first ' +
		'traditionally popularly universally broadly rightly wrongly falsely even never not just only ' +
		'apparently clearly immediately yet entirely fully exactly always',
);

/** Determiners and possessives: before a word, they make it a noun ("the suspect", "a thought", "its potential"). */
export const DETERMINERS = set(
	"a an the this that these those his her its their our my your no some any every each another such " +
		"much many few several one two three first second",
);

/** Pronouns that start a clause ("believes he will", "thought it was"). */
export const SUBJECT_PRONOUNS = set('i you he she it we they there this that one');

/** Words that begin a clause after a verb of saying or thinking. */
export const CLAUSE_OPENERS = set(
	'that i you he she it we they there this these those the a an his her its their our my your some many most ' +
		'no none nobody everyone everybody someone somebody nothing everything all both each either neither',
);

/** Modal and auxiliary verbs that mark the future ("will probably", "is likely to win"). */
export const FUTURE = set("will 'll won't shall going gonna");

/** Past and present forms of "be", "have" and "do", which tie a guess to what is or was ("probably was"). */
export const FINITE = set(`is are was were has have had did does am isn't aren't wasn't weren't hasn't haven't hadn't didn't doesn't ${BE_CONTRACTIONS}`);

/** Marks that end a clause: a guess or a quantity is read no further than one of these. */
export const CLAUSE_MARKS = set(', ; : ( ) — – “ ” " ? ! .');

// ——— Modal verbs and possibility (category modal) ———

/** Modal verbs of possibility. "Can" and "would" are left out: in news they state ability and reported plans. */
export const MODALS = set('may might could');

/** After "could": verbs of perceiving or managing, where "could" tells what someone was able to do. */
export const ABILITY_VERBS = set('see hear feel smell taste afford manage recall remember read speak swim walk');

/** Words of possibility other than modal verbs. */
export const POSSIBILITY = set('possible possibly perhaps maybe potentially potential conceivably conceivable possibility');

/** Before "possible", words that make it a superlative or an idiom, not a hedge ("as soon as possible", "made possible"). */
export const NOT_POSSIBLE_BEFORE = set(
	'as made make makes making best worst highest lowest greatest fewest only every everything whenever wherever if where all maximum minimum',
);

/** After "potential", words that show it is the noun ("the potential for", "its potential to"). */
export const FUNCTION_WORDS = set(
	'for of to in on at by with from into about as is are was were be been has have had will would can could may ' +
		'might and or but nor so yet that which who whom whose than then if because while when where',
);

// ——— Likelihood, appearance, belief, evidence, the unknown (category speculation) ———

/** Adjectives and adverbs of likelihood. */
export const LIKELIHOOD = set('likely unlikely probably probable improbable presumably');

/** Verbs of seeming, and their adverbs. */
export const APPEARANCE = set('seem seems seemed seeming seemingly appear appears appeared appearing apparently apparent ostensibly');

/** After "appear", adjectives that make it a verb of seeming ("appeared likely", "appears ready"). */
export const APPEAR_COMPLEMENTS = set('likely unlikely poised set ready certain close unable unwilling reluctant willing eager keen determined confident intent');

/**
 * Verbs of belief (doxastic), each form mapped to its lemma: the view of someone, not a fact. "Think" and
 * "fear" have senses that are not beliefs ("think about", "the fear"), which the rule checks.
 */
export const BELIEF_VERBS = verbForms(
	'believe/believes/believed/believing think/thinks/thought/thinking suspect/suspects/suspected/suspecting ' +
		'assume/assumes/assumed/assuming suppose/supposes/supposed presume/presumes/presumed fear/fears/feared/fearing ' +
		'doubt/doubts/doubted/doubting speculate/speculates/speculated/speculating reckon/reckons/reckoned',
);

/** Verbs of forecasting: what someone expects to happen. */
export const PREDICTION_VERBS = set('expect expects expected expecting predict predicts predicted predicting forecast forecasts forecasted forecasting');

/** Nouns of forecasting that take a "that" clause ("predictions that"). */
export const PREDICTION_NOUNS = set('prediction predictions forecast forecasts expectation expectations');

/** After "likely", nouns that make it a term of polling ("likely voters"), not a guess. */
export const POLLING_NOUNS = set('voter voters caucusgoers caucus-goers electorate');

/** Nouns of belief and conjecture that take a "that" clause ("the belief that", "speculation that"). */
export const BELIEF_NOUNS = set(
	'belief beliefs view views notion theory theories assumption assumptions suspicion suspicions impression perception',
);

/** Verbs that hold an opinion about something: "is considered the best", "widely regarded as", "seen as". */
export const OPINION_VERBS = verbForms(
	'consider/considers/considered regard/regards/regarded see/sees/seen/saw view/views/viewed perceive/perceives/perceived',
);

/** After "as", words that make it a comparison or a conjunction, not the opinion held ("see as many as"). */
export const NOT_OPINION_AS = set('well soon long far much many if though yet of to part a-result');

/** After "considered", words that show it means "thought about", not "held to be" ("considered for the post"). */
export const DELIBERATION_AFTER = set(
	'for at in on during when whether how what before after and or by under with without alongside separately together again first later last today yesterday',
);

/** Verbs that say evidence points somewhere: "the data suggest", "polls indicate". */
export const EVIDENCE_VERBS = set('suggest suggests suggested suggesting indicate indicates indicated indicating imply implies implied');

/** Things that can suggest or indicate without a person saying it. */
export const EVIDENCE_NOUNS = set(
	'evidence research analysis analyses finding findings result results study studies data poll polls polling survey ' +
		'surveys figures numbers statistics records record signs sign tests test experiments trials trial report reports ' +
		'documents estimates estimate model models scan scans footage images video photos which that',
);

/** Adjectives that say something is not known. */
export const UNKNOWN_WORDS = set('unclear uncertain unknown unconfirmed unverified unproven undetermined doubtful');

/** Words that, negated, say something is not known: "not known", "not yet clear", "far from certain". */
export const KNOWN_WORDS = set('known clear certain understood');

/** Verbs that, negated after "be", say a claim has not been checked: "could not be verified". */
export const CHECK_VERBS = set('verified confirmed corroborated substantiated proven proved established');

/** Verbs after "hard to", "too early to": "it is too early to say". */
export const TELL_VERBS = set('say tell know determine prove predict verify judge assess establish');

/** Adjectives before "to" + a verb of telling: "hard to say", "impossible to verify". */
export const HARD_WORDS = set('hard difficult impossible early soon');

// ——— Distancing (category distancing-verb) ———

/** Adjectives and adverbs that pass a claim on without vouching for it. */
export const DISTANCING_WORDS = set('alleged allegedly purported purportedly supposedly reputed reputedly ostensible self-styled self-proclaimed');

/** Nouns for a claim or charge: "the allegations", "her claim that". */
export const CLAIM_NOUNS = set('claim claims allegation allegations accusation accusations');

/** Verbs of accusing: "accused X of", "accusing them of". */
export const ACCUSE_VERBS = set('accuse accuses accused accusing');

/**
 * "Claim" meaning to take or ask for something, not to state it: "claimed victory", "claim the nomination",
 * "insurance claims". Objects and modifiers of that sense.
 */
export const CLAIM_TAKE_OBJECTS = set(
	'victory credit responsibility title titles lives life seat seats prize crown trophy win wins record nomination ' +
		'majority delegates territory land mantle ownership asylum benefits benefit refund refunds compensation ' +
		'damages top spot place share stake throne presidency papacy',
);
/** "Concede" meaning to give up a contest, not to admit a point: "conceded the race", "conceding defeat". */
export const CONCEDED_THINGS = set('defeat race election contest primary caucus caucuses nomination seat game match');
export const CLAIM_MONEY_WORDS = set(
	'insurance compensation benefit benefits expense expenses damages injury pension tax welfare asylum legal land ' +
		'territorial property wage refund wrongful death patent warranty',
);
export const CLAIM_FORM_WORDS = set('process form forms handler handlers adjuster department office filed pursuant');

/** Before "claim(s)": words that make it the noun ("her claim", "the claims", "false claims"). */
export const CLAIM_NOUN_BEFORE = set(
	'a an the his her its their our my your this that these those such any no false unfounded ' +
		'baseless dubious unsubstantiated disputed repeated earlier previous latest recent new wild similar central ' +
		'main key explosive controversial outlandish bogus of about over against despite with amid on',
);

/** After "insist": words that make it a demand, not a claim ("insisted on", "insisted that he be released"). */
export const DEMAND_WORDS = set('on upon should must be');

// ——— Unnamed sources and impersonal reporting (category impersonal) ———

/**
 * Participles in an impersonal passive: "it is understood that", "is said to be" pass on what unnamed people
 * say (a report); "it is believed that", "is thought to be" what unnamed people think (a view).
 * "Considered" and "expected" have rules of their own (an opinion, a forecast); "known" states a fact.
 */
export const REPORT_PARTICIPLES = set('said understood reported rumoured rumored alleged claimed');
export const VIEW_PARTICIPLES = set('believed thought feared speculated suggested assumed presumed estimated inferred');

/** Adverbs that make a participle impersonal without "be": "a widely reported row", "commonly believed". */
export const WIDELY = set('widely commonly generally popularly universally');

/** Nouns for what unnamed people say: "amid reports that", "rumours of". */
export const REPORT_NOUNS = set('reports report rumours rumour rumors rumor speculation suggestions indications');

/** Before "reports" etc.: words that leave the reporter unnamed ("amid reports", "there were reports"). */
export const UNNAMED_REPORT_BEFORE = set(
	'amid following after despite unconfirmed media press news local some several earlier recent conflicting ' +
		'there growing widespread persistent multiple numerous',
);

/** Words for an unnamed source: "sources said", "a source close to", "people familiar with". */
export const SOURCE_WORDS = set('source sources');
/** After "source(s)": what makes it a person speaking ("sources said", "a source close to"), not an origin ("energy sources"). */
export const SOURCE_SPEAKS = set('said say says told tell close familiar within inside who briefed speaking added confirmed suggested claimed insisted revealed');
export const ANONYMITY_WORDS = set('anonymity anonymous anonymously unnamed unidentified');

// ——— Approximators (category approximator) ———

/** Words and phrases (first word → what must follow) that give a number roughly or as a bound. */
export const APPROXIMATORS: ReadonlyMap<string, readonly string[]> = new Map([
	['about', []],
	['around', []],
	['approximately', []],
	['roughly', []],
	['nearly', []],
	['almost', []],
	['some', []],
	['estimated', []],
	['at', ['least']],
	['more', ['than']],
	['fewer', ['than']],
	['less', ['than']],
	['up', ['to']],
	['close', ['to']],
	['upwards', ['of']],
	['as', ['many', 'as']],
	['an', ['estimated']],
]);

/** Number words that can follow an approximator ("about two-thirds", "nearly a dozen"). */
export const NUMBER_WORDS = set(
	'half third quarter two-thirds three-quarters one two three four five six seven eight nine ten eleven twelve ' +
		'thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ' +
		'ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens double twice ' +
		'two-dozen a-third a-quarter',
);

/** After "one" (a number word that is also a pronoun), the words that keep it a number: "about one in five". */
export const ONE_AS_NUMBER = set('in out percent per million billion thousand hundred third quarter fifth tenth');

/**
 * Units of time: "nearly five years", "more than 40 minutes". A span of time the report can know is rounded,
 * not guessed, so an approximator before one is not a hedge.
 */
export const TIME_UNITS = set(
	'second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years ' +
		'decade decades century centuries quarter-century half-century lifetime generations generation term terms',
);

/** Words before "about" that make it mean "on the subject of" ("talk about two issues"). */
export const ABOUT_TOPIC_BEFORE = set(
	'talk talks talked talking speak speaks spoke speaking think thinks thought thinking know knows knew care ' +
		'cares cared worry worries worried concerned clear sure ask asks asked asking learn learned hear heard ' +
		'write writes wrote read story stories question questions concerns complain complained ' +
		'argue argued debate news something nothing anything everything more much information details serious ' +
		'skeptical sceptical optimistic pessimistic excited happy angry upset curious',
);

// ——— Vague sources (category vague-source) ———

/** Quantifiers that stand for people without counting or naming them. */
export const VAGUE_QUANTIFIERS = set('many some several numerous others most');

/** Before a quantifier, words that make it a count or comparison, not a source ("how many", "as many as"). */
export const NOT_VAGUE_BEFORE = set('how as so too the of');

/** Nouns for people who hold or voice a view, named only as a kind. */
export const VIEW_HOLDERS = set(
	'people critics observers experts analysts commentators insiders sources colleagues officials residents ' +
		'politicians lawmakers mps members voters citizens users staff workers diplomats supporters opponents ' +
		'scholars historians scientists researchers economists campaigners activists conservatives liberals ' +
		'democrats republicans americans britons fans readers viewers parents teachers doctors believers ' +
		'pundits strategists',
);

/** Adjectives before those nouns: "many other senior colleagues". */
export const HOLDER_MODIFIERS = set('other senior junior western local foreign leading prominent fellow top former ordinary');

/** Groups that stand alone as a vague source: "critics say", "experts warned". */
export const BARE_VAGUE_HOLDERS = set('critics observers experts analysts commentators pundits');

/** Verbs of holding or voicing a view, besides the reporting verbs: "many believe", "some worry". */
export const VIEW_VERBS = set(
	'believe believed believes think thought thinks fear feared fears feel felt feels worry worried worries ' +
		'doubt doubted doubts suspect suspected wonder wondered question questioned questioning expressed voiced ' +
		'raised agree agreed disagree disagreed expect expected hope hoped see saw view viewed consider considered ' +
		'predict predicted speculate speculated complain complained criticise criticised criticize criticized ' +
		'wondering worrying fearing doubting calling predicting speculating complaining believing thinking',
);

/**
 * Forms of reporting verbs that are as often nouns or verbs of evidence: after "many" or "some" they name
 * things ("many states", "some posts", "most have shown"), not people voicing a view.
 */
export const ALSO_NOUNS = set(
	'state states post posts report reports note notes rule rules comment comments tweet tweets find finds found ' +
		'show shows showed shown estimate estimates cite cites respond responds reply replies label labels brand brands ' +
		'slam slams blast blasts rage rages vow vows praise praises stress stresses write writes written',
);

/** Between a vague group and its verb: "many have long argued", "some had also expressed". */
export const AUXILIARIES = set('have has had are were is was will would may might could also still now already long openly privately publicly even do did');

// ——— Softeners (category softener) ———

/** Words that make a judgement smaller or less firm. "Slightly", "partly" and "fairly" are left out: in news they measure, not hedge. */
export const SOFTENERS = set('relatively comparatively somewhat arguably');

/** Multi-word softeners, keyed by their first word: "to some extent", "more or less". */
export const SOFTENER_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
	[
		'to',
		[
			['some', 'extent'],
			['a', 'certain', 'extent'],
			['a', 'degree'],
			['some', 'degree'],
		],
	],
	['more', [['or', 'less']]],
]);
