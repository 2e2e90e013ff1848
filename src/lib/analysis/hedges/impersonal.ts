// Sourcing with no one named: "it is understood that", "he was said to be", "is believed to have", "a
// widely reported row", "reportedly", "according to media reports", "amid reports that", "rumours of",
// "sources said", "officials speaking on condition of anonymity", "people familiar with the talks". The
// report passes something on without telling you who says it. Not hedges: "it was reported by the BBC"
// (the source is named), "energy sources" (an origin), "it is known that" (a fact).
import { ROLE_NOUNS } from '../lexicons/names';
import { ADVERBS, ANONYMITY_WORDS, BE, REPORT_NOUNS, REPORT_PARTICIPLES, SOURCE_SPEAKS, SOURCE_WORDS, UNNAMED_REPORT_BEFORE, VIEW_HOLDERS, VIEW_PARTICIPLES, WIDELY } from '../lexicons/hedges';
import { at, found, isWord, prevPast, type Found, type HedgeRule, type Tokens } from './sentence';
import { wordSet } from '../lexicons/word-set';

const UNNAMED = ' passes this on from a source the report does not name.';
const REPORTED = ' passes on what others have reported, without saying who or checking it.';
const HIDDEN = ': the people speaking are not named, so you cannot check who they are or how they know.';

/** Forms of "have", and modals, that can stand between "it" and the participle: "it has been suggested", "it can be inferred". */
const PERFECT: ReadonlySet<string> = wordSet('been being has have had can could may might must would will');
/** How many words may stand between "it" and the participle: "it has also long been widely" is five. */
const AUX_REACH = 5;
/** After "by", agents that leave the holders unnamed: "it is thought by some". */
const VAGUE_AGENTS: ReadonlySet<string> = wordSet('some many most others several critics experts observers analysts');
const ACCORDING_TO_UNNAMED: ReadonlySet<string> = wordSet('reports media news press local sources people a one unnamed anonymous insiders multiple several');
/** After "reports", "rumours": what carries the content passed on ("reports that", "rumours of"). */
const REPORT_CONTENT: ReadonlySet<string> = wordSet('that of suggesting saying indicating claiming about over');

const HELD = ' gives a view without saying who holds it.';

/** Something unnamed people say ("report") or think ("view"): the two families are trusted apart. */
const unnamed = (s: Tokens, first: number, last: number, cue: string, explain = UNNAMED, family: 'report' | 'view' = 'report'): Found =>
	found(s, first, last, 'impersonal', 'unnamed-source', cue, explain, family);

/** "it is understood", "it has been widely suggested", "is said to", "widely believed". */
function passive(s: Tokens, i: number, word: string): Found | null {
	const next = at(s, i + 1);
	// "reported by the BBC": the source is named. "thought by some": it is not.
	if (next === 'by' && !VAGUE_AGENTS.has(at(s, i + 2))) return null;
	// Back over adverbs and the forms of "have" and "be" ("has been", "is widely") to what stands before them.
	let j = i - 1;
	let passiveBe = false;
	while (j >= 0 && j >= i - AUX_REACH && (ADVERBS.has(at(s, j)) || PERFECT.has(at(s, j)) || BE.has(at(s, j)))) {
		if (BE.has(at(s, j)) || at(s, j) === 'been') passiveBe = true;
		j--;
	}
	const cue = word === 'rumored' ? 'rumoured' : word;
	const family = VIEW_PARTICIPLES.has(word) ? 'view' : 'report';
	const explain = family === 'view' ? HELD : UNNAMED;
	if (passiveBe) {
		if (at(s, j) === 'it') return unnamed(s, j, i, `it-is-${cue}`, explain, family);
		if (next === 'to' && isWord(s, i + 2)) return unnamed(s, j + 1, i + 1, `${cue}-to`, explain, family);
		return null;
	}
	if (WIDELY.has(at(s, i - 1))) return unnamed(s, i - 1, i, `widely-${cue}`, explain, family);
	return null;
}

export const impersonal: HedgeRule = {
	triggers: [...REPORT_PARTICIPLES, ...VIEW_PARTICIPLES, 'reportedly', 'according', ...REPORT_NOUNS, ...SOURCE_WORDS, ...ANONYMITY_WORDS, 'familiar'],
	read(s, i) {
		const word = at(s, i);
		const next = at(s, i + 1);
		const prev = at(s, i - 1);
		if (REPORT_PARTICIPLES.has(word) || VIEW_PARTICIPLES.has(word)) return passive(s, i, word);
		if (word === 'reportedly') return unnamed(s, i, i, word, REPORTED);
		if (word === 'according') {
			if (next !== 'to' || !ACCORDING_TO_UNNAMED.has(at(s, i + 2))) return null;
			// "according to a source", "according to media reports": up to the noun that says who.
			let last = i + 2;
			while (last < s.n && last <= i + 4 && !(REPORT_NOUNS.has(at(s, last)) || SOURCE_WORDS.has(at(s, last)) || VIEW_HOLDERS.has(at(s, last)))) last++;
			if (last > i + 4 || last >= s.n) return null;
			return unnamed(s, i, last, 'according-to-reports', REPORTED);
		}
		if (REPORT_NOUNS.has(word)) {
			// Rumour and speculation have no named author: unnamed sourcing wherever they carry content ("rumours
			// of", "speculation that", "rumours are"), not in "spread rumours" said of rumour in general.
			const rumour = (word.startsWith('rumo') || word === 'speculation') && (REPORT_CONTENT.has(next) || BE.has(next));
			const before = at(s, prevPast(s, i, ADVERBS));
			const thereAre = BE.has(prev) && at(s, i - 2) === 'there';
			// "Reports" and "suggestions" are unnamed only where no author is given ("amid reports that").
			if (!rumour && !((UNNAMED_REPORT_BEFORE.has(before) || thereAre) && REPORT_CONTENT.has(next))) return null;
			return unnamed(s, i, i, word.startsWith('rumo') ? 'rumours' : word, REPORTED);
		}
		if (SOURCE_WORDS.has(word)) {
			if (!SOURCE_SPEAKS.has(next) || /['’]s$/.test(prev) || prev === 'his' || prev === 'her' || prev === 'their' || prev === 'its') return null;
			return unnamed(s, i, i, 'sources', HIDDEN);
		}
		if (word === 'anonymously') return unnamed(s, i, i, 'anonymity', HIDDEN);
		if (word === 'anonymity') {
			// "on condition of anonymity"
			if (prev !== 'of' || at(s, i - 2) !== 'condition') return null;
			return unnamed(s, at(s, i - 3) === 'on' ? i - 3 : i - 2, i, 'anonymity', HIDDEN);
		}
		if (ANONYMITY_WORDS.has(word)) {
			return VIEW_HOLDERS.has(next) || ROLE_NOUNS.has(next) || SOURCE_WORDS.has(next) ? unnamed(s, i, i + 1, 'anonymous', HIDDEN) : null;
		}
		if (word === 'familiar') {
			return next === 'with' && (VIEW_HOLDERS.has(prev) || prev === 'person' || prev === 'someone') ? unnamed(s, i - 1, i + 1, 'familiar-with', HIDDEN) : null;
		}
		return null;
	},
};
