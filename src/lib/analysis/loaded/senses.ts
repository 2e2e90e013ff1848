// Judges a listed word by its job in the sentence: the same word is loaded in one use and plain in another.
// "a historic deal" praises, "a historic building" is old; "an incendiary speech" judges, "an incendiary
// device" is a bomb; "the Assad regime" labels a government, "the
// sanctions regime" is a set of rules; "so-called experts" casts doubt, "the so-called Dublin rules"
// names a term; "I was shocked" tells the speaker's own feeling; "immensely costly, at £4bn" is backed by
// a figure. Each check says when the word is plain; a word with no check is loaded wherever it stands.
import type { Token } from '../tokens';
import { wordSet } from '../lexicons/word-set';

/** What a sense check sees: the sentence's tokens and the matched entry's first and after-last index. */
export interface Use {
	tokens: readonly Token[];
	from: number;
	to: number;
}

const lowerAt = (u: Use, k: number): string => u.tokens[k]?.lower ?? '';
const next = (u: Use): string => lowerAt(u, u.to);
const prev = (u: Use): string => lowerAt(u, u.from - 1);

// "historic" before a building or place means old, not momentous.
const OLD_THINGS = wordSet(
	'building buildings house houses home homes church churches district districts site sites town towns city centre center ' +
		'core landmark monument monuments bridge castle village street streets quarter port market hotel theatre theater ' +
		'mansion estate property properties preservation neighborhood neighbourhood area county trail park ship railway ' +
		'architecture register places place structure structures fort mill inn courthouse cathedral temple mosque synagogue ' +
		'palace garden gardens ruins downtown buildings environment',
);
// "outright" before these is a plain term of elections, law and business.
const OUTRIGHT_TERMS = wordSet('majority win winner victory ban bans owner owners ownership control sale sales purchase lead title acquisition repeal abolition grant gift payment');
// "regime" after these is a set of rules, and "regime change" a policy's name.
const RULE_DOMAINS = wordSet(
	'sanctions sanction tax visa testing training inspection inspections regulatory trade export currency tariff treatment ' +
		'drug dosing fitness diet exercise security safety compliance legal immigration licensing planning pension pensions ' +
		'customs exchange fiscal monetary verification reporting accounting sentencing enforcement data privacy',
);
// "radical" labels people or a political side only before these (or a name); "radical change" is a degree.
const RADICAL_LABELLED = wordSet(
	'left right left-wing right-wing islamist islamists islamic islam activists activist group groups cleric clerics ' +
		'preacher preachers elements wing faction factions fringe militants feminists environmentalists agenda ideology ' +
		'ideologies leftists socialists democrats republicans conservatives liberals progressives jihadists extremists ' +
		'muslims organization organisation organizations organisations movement movements views views',
);
// Words of a court case: "indictment" among them is the charge itself.
const LEGAL = wordSet('jury grand charge charges charged counts count unsealed prosecutor prosecutors court trial federal filed indicted judge pleaded plea');
// A noun that can name an event ("disaster", "scandal") judges only as the predicate of a verdict, after these.
const VERDICT_ARTICLES = wordSet('a an such total complete utter unmitigated absolute real');
// "disaster" before these is the first noun of a term for aid after any disaster.
const DISASTER_TERMS = wordSet('relief recovery area areas zone zones aid assistance response declaration declarations fund funds funding preparedness management');
// "shock" in these is medical or physical.
const SHOCK_BEFORE = wordSet('electric electrical toxic septic anaphylactic culture shell future sticker');
const SHOCK_AFTER = wordSet('absorber absorbers wave waves therapy treatment collar troops');

// Size and degree words a figure can back: "hugely expensive, at £4bn" measures what it says.
const MEASURABLE = wordSet('immense immensely enormously hugely massively tremendous tremendously staggering staggeringly dramatic dramatically');
/** How far after the word a figure still backs it: the rest of a short clause ("hugely popular, with 70% approval"). */
const FIGURE_REACH = 8;

// A speaker telling their own feeling ("I was shocked", "we are devastated", "I deeply regret") states a fact
// about themselves; the word judges no one. Only the verb of feeling, adverbs, "not", "and", "must" and marks
// may stand between: "I think it is shocking" judges "it".
const FIRST_PERSON = wordSet('i we i’m i\'m we’re we\'re i’ve i\'ve we’ve we\'ve me us');
const FEELING_VERBS = wordSet('am is are was were be been being feel felt feels feeling remain remained got get left');
/** How many words may stand between "I"/"we" and the feeling ("I was absolutely shocked"). */
const FEELING_REACH = 4;

// Terms of art: "incendiary device", "explosive power", a "deeply held" belief name a thing, not a judgement.
const MUNITIONS = wordSet('device devices bomb bombs ammunition rounds round weapon weapons munitions balloon balloons kite kites power yield material materials charge charges vest');
// "slammed into a wall", "the gate slammed shut" tell of a collision, not of criticism.
const COLLIDING = wordSet('into onto against shut');

const CHECKS: Record<string, (u: Use) => boolean> = {
	incendiary: (u) => MUNITIONS.has(next(u)),
	explosive: (u) => MUNITIONS.has(next(u)),
	slammed: (u) => COLLIDING.has(next(u)),
	slams: (u) => COLLIDING.has(next(u)),
	slamming: (u) => COLLIDING.has(next(u)),
	// "police brutality" names an issue of public life; "bragging rights" is an idiom for a win's prestige.
	brutality: (u) => prev(u) === 'police',
	bragging: (u) => next(u) === 'rights',
	deeply: (u) => next(u) === 'held' || next(u) === 'rooted',
	historic: (u) => OLD_THINGS.has(next(u)) || prev(u) === 'listed',
	// Before a verb it means "directly" or "in full": "outright banned", "outright rejecting the bid".
	outright: (u) => OUTRIGHT_TERMS.has(next(u)) || /(?:ed|ing)$/.test(next(u)),
	regime: (u) => RULE_DOMAINS.has(prev(u)) || next(u) === 'change',
	radical: (u) => !(u.tokens[u.to]?.cap || RADICAL_LABELLED.has(next(u))),
	'so-called': (u) => {
		const t = u.tokens[u.to];
		// A capitalised or quoted term after it is a name being introduced, not a word being doubted; so is one
		// set off after a dash, comma or bracket ("3-D-printed guns — so-called ghost guns —").
		return !t || t.cap || /^["“‘']$/.test(t.text) || /^[—–,(]$/.test(u.tokens[u.from - 1]?.text ?? '');
	},
	indictment: (u) => next(u) !== 'of' || u.tokens[u.to + 1]?.cap === true || u.tokens.some((t) => LEGAL.has(t.lower)),
	// "disaster relief", "a disaster area" name a kind of aid or place, whatever the disaster.
	disaster: (u) => !VERDICT_ARTICLES.has(prev(u)) || DISASTER_TERMS.has(next(u)),
	// "a scandal", "a total disaster" pass judgement; "the expenses scandal", "the death toll from the
	// disaster" name the affair or event the report is about.
	scandal: (u) => !VERDICT_ARTICLES.has(prev(u)),
	// "the controversial sheriff" labels (Wikipedia's MOS:LABEL names the word); "the plan is controversial"
	// reports that a dispute exists.
	controversial: (u) => /^(?:is|are|was|were|be|been|being|remains?|remained|became|become|proved|proven)$/.test(prev(u)),
	// "bubonic plague" is the disease; "rigged with explosives", "rigged to explode" are wired, not fixed.
	plague: (u) => /^(?:bubonic|pneumonic|septicemic)$/.test(prev(u)),
	rigged: (u) => next(u) === 'with' || next(u) === 'to',
	shock: (u) => SHOCK_BEFORE.has(prev(u)) || SHOCK_AFTER.has(next(u)) || prev(u) === 'in',
	// "Dear Members," "Dear Mr Smith" open a letter: a salutation, not a feeling for anyone.
	dear: (u) => u.tokens[u.to]?.cap === true,
};

/** Words whose every use is judged by a check here (the corpus-mined "plain in news" list leaves them to it). */
export const isSenseChecked = (word: string): boolean => Object.hasOwn(CHECKS, word);

function figureBacked(u: Use): boolean {
	for (let k = u.to; k < Math.min(u.tokens.length, u.to + FIGURE_REACH); k++) {
		if (/\d/.test(u.tokens[k]?.text ?? '')) return true;
	}
	return false;
}

/** An intensifier of the speaker's own verb needs no verb of feeling ("I deeply regret", "I must totally agree"). */
function ownFeeling(u: Use, intensifier: boolean): boolean {
	let verb = false;
	for (let k = u.from - 1; k >= Math.max(0, u.from - FEELING_REACH); k--) {
		const w = lowerAt(u, k);
		if (FIRST_PERSON.has(w)) return verb || intensifier || /’m|'m|’re|'re/.test(w);
		if (FEELING_VERBS.has(w)) verb = true;
		else if (!/ly$|^(?:not|never|so|and|must)$|^\W+$/.test(w)) return false;
	}
	return false;
}

/** True when the entry, used here, is plain: its job in this sentence carries no judgement. */
export function plainHere(entry: string, category: string, u: Use): boolean {
	const check = CHECKS[entry];
	if (check?.(u)) return true;
	// "Absurd as it may sound, …" grants how a claim will strike the reader; it calls nothing absurd ("as absurd
	// as it sounds" does, and "watched aghast as this pope …" tells when).
	if (prev(u) !== 'as' && / as (?:it|this|that) (?:may|might|could|can|sounds?|seems?|is) /.test(` ${next(u)} ${lowerAt(u, u.to + 1)} ${lowerAt(u, u.to + 2)} `)) return true;
	if (MEASURABLE.has(entry) && figureBacked(u)) return true;
	return (category === 'emotive' || category === 'intensifier') && ownFeeling(u, category === 'intensifier');
}
