// Words that tell what kind of thing a name or a noun phrase is: titles before a person's name, the head
// nouns of organizations, places (speaking for their governments), party and national labels, roles,
// documents and vague groups.
// Provenance: our own lists, drawn from the patterns of news style guides (Reuters, AP, BBC) for titles and
// from common English usage; places are the US states (US Census Bureau), the UN member states and the
// cities and regions most often in international news: a list of places, not a full gazetteer.

import { wordSet as set } from './word-set';
/** A list of names of one or more words, separated by commas. */
const phrases = (s: string): ReadonlySet<string> => new Set(s.split(',').map((p) => p.trim()).filter(Boolean));

/** Lower-case words that join the parts of one name: "Department of Health", "Martin van Buren", "AT&T". */
export const NAME_CONNECTORS = set('of and for on the de da van von al bin le la &');

/** Courtesy titles and honorifics before a name, with the pronoun they imply where they imply one. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'he' | 'she' | null> = new Map([
	// Clergy: "Father Thomas Reese", "Sister Simone Campbell".
	...[...set('mr mr. sir lord father')].map((w) => [w, 'he'] as const),
	...[...set('mrs mrs. ms ms. miss dame lady sister')].map((w) => [w, 'she'] as const),
	...[...set('dr dr. prof prof. rev rev. fr fr. msgr msgr. mgr mgr. sheikh')].map((w) => [w, null] as const),
]);
export const HONORIFICS: ReadonlySet<string> = new Set(HONORIFIC_GENDER.keys());

/**
 * Offices that head a title before a person's name: "Senate Majority Leader Ann Cole", "Foreign Secretary
 * David Lammy", "NAACP President Ben Jealous". Whatever capitalized words come before the last of these
 * in a name belong to the title, the words after it are the name.
 */
export const TITLE_HEADS = set(
	'president minister secretary chancellor senator sen. rep. representative congressman congresswoman governor gov. ' +
		'mayor judge justice director general gen. colonel col. captain capt. lieutenant lt. sergeant sgt. commander ' +
		'admiral officer inspector detective spokesman spokeswoman spokesperson ambassador envoy king queen prince ' +
		'princess pope bishop archbishop chairman chairwoman chair ceo founder professor coach councillor councilor ' +
		'sheriff attorney solicitor speaker leader rapporteur mp mep editor correspondent columnist commissioner ' +
		'superintendent chief whip delegate nominee candidate premier sen gov rep gen col capt lt sgt prof ' +
		'cardinal rabbi imam pastor reverend monsignor nuncio',
);

/** Words of office or role that may stand before a name ("Foreign Secretary David Lammy", "Former Sen."). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
	...TITLE_HEADS,
	...set(
		'vice prime foreign home defence defense health justice finance deputy executive head special senior junior ' +
			'former longtime acting shadow state labour conservative democratic republican british american israeli ' +
			'palestinian russian ukrainian chinese french german irish un eu nato white house cabinet interior trade ' +
			'culture education energy environment transport majority minority assistant associate managing',
	),
]);

/** Offices held towards another country or body: "the ambassador to France", "the nuncio to the United States". */
export const ENVOYS = set('ambassador envoy nuncio representative delegate emissary');

/** Head nouns that make a capitalized name an organization. */
export const ORG_WORDS = set(
	'office ministry department government council agency authority party association committee commission ' +
		'university college school company corporation corp inc ltd plc llc group court police army navy force forces ' +
		'embassy bank news times post guardian telegraph herald journal press network channel service services ' +
		'union organisation organization institute foundation trust fund charity league federation board bureau ' +
		'parliament senate congress house assembly cabinet administration tribunal hospital clinic center centre ' +
		'red cross crescent violence watch amnesty campaign movement coalition alliance front brigade brigades ' +
		'reuters bbc cnn afp ap aljazeera hamas hezbollah taliban nhs fbi cia pentagon kremlin whitehall downing ' +
		'secretariat registry conference convention caucus institution initiative project tribune gazette magazine ' +
		'review standard daily weekly radio television tv studio studios airlines airline motors industries ' +
		'holdings partners associates division unit enforcement intelligence',
);

/** "co-chairwoman", "vice-chairman", "ex-governor": a title with a prefix of office is that title. */
export const lessOfficePrefix = (lower: string): string => lower.replace(OFFICE_PREFIX, '');
const OFFICE_PREFIX = /^(?:co|vice|deputy|ex)-(?=\p{L})/u;

/** Bodies among ORG_WORDS whose name takes no article: "Reuters reported", not "the Reuters". */
export const NO_ARTICLE = set('reuters cnn hamas hezbollah whitehall downing aljazeera');

/** Countries and blocs that speak as governments ("Israel insists …", "Britain said …"), and their capitals. */
export const COUNTRIES = set(
	'afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium ' +
		'bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada chile china colombia congo croatia cuba ' +
		'cyprus czechia denmark egypt eritrea estonia ethiopia finland france georgia germany ghana greece guatemala ' +
		'haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya ' +
		'korea kosovo kuwait latvia lebanon libya lithuania malaysia mali mexico moldova morocco myanmar nepal ' +
		'netherlands nicaragua nigeria norway oman pakistan palestine panama peru philippines poland portugal qatar ' +
		'romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan ' +
		'tanzania thailand tunisia turkey uganda ukraine uk u.k. us u.s. usa america venezuela vietnam yemen zambia ' +
		'zimbabwe washington moscow beijing london jerusalem tehran kyiv kiev paris berlin brussels',
);

/** Places named by more than one word, or that are not countries: US states, cities, regions. */
const OTHER_PLACES = phrases(
	'united states, united kingdom, great britain, south africa, north korea, south korea, saudi arabia, ' +
		'new zealand, sri lanka, south sudan, costa rica, el salvador, puerto rico, hong kong, ' +
		'united arab emirates, czech republic, dominican republic, ivory coast, sierra leone, west bank, gaza, ' +
		'gaza strip, crimea, kashmir, europe, asia, africa, middle east, latin america, north america, ' +
		'south america, central america, scandinavia, the balkans, caribbean, ' +
		'alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho, ' +
		'illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, ' +
		'mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york, ' +
		'north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, ' +
		'south dakota, tennessee, texas, utah, vermont, virginia, west virginia, wisconsin, wyoming, ' +
		'district of columbia, new york city, los angeles, san francisco, san diego, san antonio, las vegas, ' +
		'new orleans, des moines, st. louis, salt lake city, chicago, boston, houston, dallas, atlanta, miami, ' +
		'philadelphia, seattle, detroit, denver, phoenix, baltimore, cleveland, pittsburgh, manhattan, brooklyn, ' +
		'tokyo, cairo, baghdad, damascus, kabul, istanbul, ankara, new delhi, delhi, mumbai, rome, madrid, geneva, ' +
		'vienna, tel aviv, beirut, riyadh, dubai, doha, islamabad, karachi, seoul, pyongyang, manila, jakarta, ' +
		'sydney, toronto, montreal, ottawa, mexico city, havana, caracas, nairobi, lagos, johannesburg, ' +
		'dublin, edinburgh, glasgow, cardiff, belfast, manchester, birmingham, liverpool, leeds, scotland, wales, ' +
		'england, northern ireland',
);

/** Every place a name may be, single or several words, lower case: a place speaks as its government. */
export const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...OTHER_PLACES]);

/** Adjectives of nationality: a run made of these is a description, never a person's name. */
export const DEMONYMS = set(
	'british english scottish welsh irish american israeli palestinian russian ukrainian chinese french german ' +
		'italian spanish iranian iraqi syrian lebanese egyptian turkish indian pakistani afghan saudi qatari ' +
		'european african asian arab western eastern northern southern jewish muslim christian catholic ' +
		'canadian australian japanese korean mexican brazilian nigerian kenyan sudanese yemeni jordanian',
);

/**
 * Members of a party or a political camp, singular: "a Democrat" is a label for a person, "Democrats" a
 * group, "the New York Democrat" a label that refers back to one person named before.
 */
export const PARTY_MEMBERS = set(
	'democrat republican conservative liberal progressive libertarian socialist communist tory independent ' +
		'moderate evangelical populist nationalist loyalist unionist nationalist centrist',
);

/** Roles and offices. */
const ROLES = set(
	'official officials diplomat diplomats officer officers minister ministers spokesman spokeswoman spokesperson ' +
		'worker doctor teacher man woman boy girl student employee soldier executive lawyer judge politician mp ' +
		'activist journalist reporter resident father mother survivor witness victim nurse analyst expert adviser ' +
		'advisor aide staffer ambassador envoy chief director leader secretary president chairman chairwoman ' +
		'campaigner servant source insider whistleblower researcher scientist economist professor commander general ' +
		'colonel lawmaker senator governor mayor negotiator investigator prosecutor detective inspector rapporteur ' +
		'strategist pollster consultant historian voter supporter opponent donor member candidate nominee ' +
		'legislator congressman congresswoman representative delegate attorney manager owner founder partner ' +
		'operative organizer organiser volunteer veteran pastor priest bishop rabbi imam host anchor columnist ' +
		'editor correspondent author writer commentator critic fan friend relative neighbour neighbor wife husband ' +
		'son daughter brother sister parent farmer businessman businesswoman entrepreneur ceo chairwoman trustee ' +
		'commissioner superintendent sheriff coach player officer fellow scholar lecturer physician surgeon ' +
		'psychologist engineer designer blogger pundit advocate backer proponent child kid justice',
);

/**
 * People in the news by what they do or are known for, which a report uses for someone it has named ("the
 * actor said", "the billionaire told", "the NFL legend said"): roles too, but never an office someone holds.
 */
export const KNOWN_FOR = set(
	'actor actress star singer musician artist comedian athlete celebrity legend tycoon mogul magnate billionaire ' +
		'millionaire developer investor banker narrator',
);

/**
 * Nouns for where someone stands toward another ("his likely GOP rival", "a longtime Clinton ally"): they end a
 * label, but are kept out of ROLE_NOUNS, where "rivals said" would count as a group of sources.
 */
export const RELATION_NOUNS = set('rival ally');

/** Role nouns: "a senior British diplomat", "the official", "a spokesman", "the Republican strategist", "the actor". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...ROLES, ...KNOWN_FOR]);

/** The pronoun a role noun implies, where it implies one. */
export const ROLE_GENDER: ReadonlyMap<string, 'he' | 'she'> = new Map([
	...[...set('spokesman chairman congressman businessman man boy father husband son brother king prince')].map((w) => [w, 'he'] as const),
	...[...set('spokeswoman chairwoman congresswoman businesswoman woman girl mother wife daughter sister queen princess')].map((w) => [w, 'she'] as const),
]);

/** Plural nouns for people speaking together, named only as a kind: a group source. */
/** Nouns for a gathering of people, who speak as its members: "a group of professors", "a handful of voters". */
export const COLLECTIVE_NOUNS = set('group number handful crowd dozen');

export const GROUP_NOUNS = set(
	'officials diplomats colleagues residents witnesses protesters campaigners activists lawmakers ministers ' +
		'doctors teachers workers soldiers families parents students police investigators prosecutors authorities ' +
		'medics rescuers organisers organizers leaders staff aides advisers advisors allies supporters opponents ' +
		'voters members delegates donors strategists operatives volunteers employees executives lawyers attorneys ' +
		'scientists researchers economists historians pollsters legislators senators congressmen representatives ' +
		'governors mayors candidates democrats republicans conservatives liberals progressives americans ' +
		'respondents participants organizers owners farmers veterans fans friends neighbors neighbours people men women ' +
		'advocates backers proponents children kids',
);

/**
 * Common nouns that stand for a body a report has named ("the civil rights group", "the nation's most
 * powerful seniors lobby") or that the body's name follows ("the conservative advocacy group Club for Growth").
 */
export const BODY_HEADS = set('group lobby organization organisation association union coalition committee network magazine newspaper company chain agency party firm');

/** Vague sources: who they are is not said at all. */
export const VAGUE_NOUNS = set('many some others critics observers experts analysts sources insiders commentators several few');

/** Things that "say" things: documents, posts, polls and figures. */
export const DOCUMENT_NOUNS = set(
	'email emails letter letters report reports statement statements document documents memo memos study studies ' +
		'survey surveys poll polls figures data filing filings records minutes transcript post posts tweet tweets ' +
		'message messages website guidance guidelines resolution indictment lawsuit complaint petition results numbers ' +
		'estimates projections analysis review audit investigation note notes release ad ads advertisement video ' +
		'footage book textbook article column editorial order ruling decision opinion brief affidavit motion suit bill missive ' +
		'legislation measure proposal plan average research profile memoir transcript tally count census',
);

/** Polls and studies whose findings a report passes on: "in a new Fox News poll". */
export const SURVEY_NOUNS = set('poll polls survey surveys study studies analysis census tracking average');

/**
 * Common nouns for bodies that speak: "the airline said", "the campaign said". A "the" phrase with another
 * head ("the meeting", "the policy", "the same time") speaks for no one.
 */
export const BODY_NOUNS = set(
	'government ministry department office council agency company firm party army military court embassy ' +
		'commission committee administration campaign group network paper newspaper airline bank union board ' +
		'university college school hospital police authority authorities coalition movement organization ' +
		'organisation association church team club league station channel magazine website site family ' +
		'opposition regime cabinet parliament legislature congress senate house prosecution defense defence ' +
		'federation foundation institute charity lobby manufacturer retailer carrier operator utility insurer industry',
);

/** Offices one person holds at a time: "the president said" speaks as that office even unnamed. */
export const OFFICES = set('president minister secretary governor mayor chancellor premier speaker ambassador commissioner director chairman chairwoman ceo');

/** Social networks a post can be shared on, as their names are written. */
export const SOCIAL_PLATFORMS: readonly string[] = ['X', 'Twitter', 'Facebook', 'Instagram', 'TikTok', 'Telegram', 'YouTube', 'LinkedIn', 'Threads', 'Bluesky', 'Truth Social', 'social media'];

/** Pronouns that can be the subject of a reporting verb, with what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'it' | 'they' | 'we' | 'i'> = new Map([
	['he', 'he'],
	['she', 'she'],
	['it', 'it'],
	['they', 'they'],
	['we', 'we'],
	['i', 'i'],
]);

/** Capitalized words that start sentences or sit in names without being names themselves. */
export const NOT_NAME = set(
	'the a an this that these those it its he she his her they their we our i my you your there here when while ' +
		'after before as at in on of for from with without by to and but or if so then also however meanwhile since ' +
		'despite although though yet because during under over about according last next entire many some more ' +
		'most several all both each every other such what who whom whose which why how mr mrs ms dr sir monday ' +
		'tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
		'september october november december shocking breaking exclusive live watch update asked saying speaking ' +
		'analysis opinion editorial photos video read more now earlier later yesterday',
);
