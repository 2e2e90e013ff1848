// Words that tell what kind of thing a name or a noun phrase is: titles before a person's name, the head
// nouns of organizations, countries (speaking for their governments), roles, documents and vague groups.
// Provenance: our own lists, drawn from the patterns of news style guides (Reuters, AP, BBC) for titles and
// from common English usage; countries are the UN member states most often in the news, not a full gazetteer.

const set = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean));

/** Lower-case words that join the parts of one name: "Department of Health", "Martin van Buren", "AT&T". */
export const NAME_CONNECTORS = set('of and for on the de da van von al bin le la &');

/** Courtesy titles and honorifics before a name. */
export const HONORIFICS = set('mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. sheikh');

/** Words of office or role that may stand before a name ("Foreign Secretary David Lammy"). */
export const TITLE_WORDS = set(
	'president vice prime minister secretary foreign home defence defense health justice finance chancellor deputy ' +
		'senator sen. rep. representative governor gov. mayor judge justice chief executive director general gen. ' +
		'colonel col. captain capt. lieutenant lt. sergeant sgt. commander admiral officer inspector detective ' +
		'spokesman spokeswoman spokesperson ambassador envoy king queen prince princess pope bishop archbishop ' +
		'chairman chairwoman chair ceo founder professor coach councillor councilor sheriff attorney solicitor ' +
		'speaker leader head special rapporteur senior junior former acting shadow state mp mep labour conservative ' +
		'democratic republican british american israeli palestinian russian ukrainian chinese french german irish ' +
		'un eu nato white house cabinet interior trade culture education energy environment transport',
);

/** Head nouns that make a capitalized name an organization. */
export const ORG_WORDS = set(
	'office ministry department government council agency authority party association committee commission ' +
		'university college school company corporation corp inc ltd plc llc group court police army navy force forces ' +
		'embassy bank news times post guardian telegraph herald journal press network channel service services ' +
		'union organisation organization institute foundation trust fund charity league federation board bureau ' +
		'parliament senate congress assembly cabinet administration tribunal hospital clinic center centre red cross ' +
		'crescent violence watch amnesty campaign movement coalition alliance front brigade brigades network times ' +
		'reuters bbc cnn afp ap aljazeera hamas hezbollah taliban nhs fbi cia pentagon kremlin whitehall downing ' +
		'commission secretariat registry',
);

/** Countries and blocs that speak as governments ("Israel insists …", "Britain said …"). */
export const COUNTRIES = set(
	'afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium ' +
		'bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus ' +
		'czechia denmark egypt eritrea estonia ethiopia finland france georgia germany ghana greece guatemala haiti ' +
		'hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait ' +
		'latvia lebanon libya lithuania malaysia mali mexico moldova morocco myanmar nepal netherlands nigeria norway ' +
		'oman pakistan palestine peru philippines poland portugal qatar romania russia rwanda serbia singapore slovakia ' +
		'somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine ' +
		'uk u.k. us u.s. usa america venezuela vietnam yemen zambia zimbabwe washington moscow beijing london ' +
		'jerusalem tehran kyiv paris berlin brussels',
);

/** Adjectives of nationality: a run made of these is a description, never a person's name. */
export const DEMONYMS = set(
	'british english scottish welsh irish american israeli palestinian russian ukrainian chinese french german ' +
		'italian spanish iranian iraqi syrian lebanese egyptian turkish indian pakistani afghan saudi qatari ' +
		'european african asian arab western eastern northern southern jewish muslim christian catholic ' +
		'canadian australian japanese korean mexican brazilian nigerian kenyan sudanese yemeni jordanian',
);

/** Role nouns: "a senior British diplomat", "the official", "a spokesman". */
export const ROLE_NOUNS = set(
	'official officials diplomat diplomats officer officers minister ministers spokesman spokeswoman spokesperson ' +
		'worker doctor teacher man woman boy girl student employee soldier executive lawyer judge politician mp ' +
		'activist journalist reporter resident father mother survivor witness victim nurse analyst expert adviser ' +
		'advisor aide staffer ambassador envoy chief director leader secretary president chairman campaigner ' +
		'servant source insider whistleblower researcher scientist economist professor commander general colonel ' +
		'lawmaker senator governor mayor negotiator investigator prosecutor detective inspector rapporteur',
);

/** Plural nouns for people speaking together, named only as a kind: a group source. */
export const GROUP_NOUNS = set(
	'officials diplomats colleagues residents witnesses protesters campaigners activists lawmakers ministers ' +
		'doctors teachers workers soldiers families parents students police investigators prosecutors authorities ' +
		'medics rescuers organisers organizers leaders staff',
);

/** Vague sources: who they are is not said at all. */
export const VAGUE_NOUNS = set('many some others critics observers experts analysts people sources insiders commentators several few');

/** Things that "say" things: documents and posts. */
export const DOCUMENT_NOUNS = set(
	'email emails letter letters report reports statement statements document documents memo memos study survey ' +
		'poll figures data filing filings records minutes transcript post posts tweet tweets message messages ' +
		'website guidance resolution indictment lawsuit complaint petition',
);

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
		'despite although though yet because during under over about according last next new entire many some more ' +
		'most several all both each every other such what who whom whose which why how mr mrs ms dr sir monday ' +
		'tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
		'september october november december shocking breaking exclusive live watch update',
);
