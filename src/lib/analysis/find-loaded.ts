// Finds loaded language: emotive and judging words, intensifiers, figures of speech, labels and headline
// devices, each judged by its job in its sentence (loaded/senses.ts) and explained for that sentence, with
// the voice it is in: the reporter's narration or a source's words the report passes on. Which words count
// is data (lexicons/loaded.ts, lexicons/loaded-general.ts).
import { confidenceOf, ruleId } from './calibration/confidence';
import type { ReadingContext } from './context';
import { describedNoun, explain, headAfter } from './loaded/explain';
import { compoundLabel } from './loaded/compound-label';
import { headlineDevices, type Unvoiced } from './loaded/headline';
import { DOUBTING, LABEL_MODIFIERS } from './lexicons/loaded';
import { ENTRIES_BY_FIRST_WORD, type Entry } from './loaded/lexicon';
import { plainHere } from './loaded/senses';
import { perWord, tokenize, type Token } from './tokens';
import type { Attribution, Loaded, Span } from './types';
import { voiceReader } from './voice';

interface Candidate extends Span {
	entry: Entry;
	/** Where the listed words end: an intensifier's span goes on over the word it strengthens. */
	entryEnd: number;
	target: string | null;
	inHeadline: boolean;
}

/** A name after a label is taken whole up to this many capitalised words ("Islamic Republic of Iran" stops at "of"). */
const MAX_NAME_WORDS = 4;

const key = (t: Token): string => (t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower);
const OPENERS = new Set(['“', '"', '‘', "'", '(', ':', '—', '–']);
const ALL_CAPS = /^[\p{Lu}’'-]{2,}$/u;

/** Every way a word may be printed with its apostrophes straight or curly ("don't", "don’t"). */
function apostropheForms(word: string): string[] {
	let forms = [''];
	for (const c of word) forms = c === "'" ? forms.flatMap((f) => [f + c, `${f}’`]) : forms.map((f) => f + c);
	return forms;
}
// The entries by their first word as a token's lower case may print it, so each token is one look-up and
// key() runs only where an entry starts. A key written with a curly apostrophe is one key() never makes.
const BY_FIRST_AS_PRINTED: ReadonlyMap<string, readonly Entry[]> = new Map(
	[...ENTRIES_BY_FIRST_WORD].filter(([w]) => !w.includes('’')).flatMap(([w, entries]) => apostropheForms(w).map((f) => [f, entries] as const)),
);

const startingWith = perWord((w) => BY_FIRST_AS_PRINTED.get(w.lower) ?? null);

/** The entry whose words start at tokens[i], longest first, or null. */
function entryAt(tokens: readonly Token[], i: number): Entry | null {
	const first = tokens[i];
	const entries = first && startingWith(first);
	if (!entries) return null;
	for (const e of entries) {
		if (e.words.every((w, k) => { const t = tokens[i + k]; return t !== undefined && key(t) === w; })) return e;
	}
	return null;
}

/** A capitalised word inside a sentence is a name ("Savage", "Fury"), unless it opens a quotation or clause or the text shouts. */
function nameLike(tokens: readonly Token[], i: number, inHeadline: boolean): boolean {
	const t = tokens[i];
	if (!t?.cap || inHeadline || ALL_CAPS.test(t.text)) return false;
	const before = tokens[i - 1];
	return before !== undefined && !OPENERS.has(before.text);
}

/** What a label before a name or noun labels: the name ("Momentum", "Jeremy Corbyn") or the noun ("activists"). */
function labelled(tokens: readonly Token[], to: number): string | null {
	let end = to;
	while (end < tokens.length && end < to + MAX_NAME_WORDS && tokens[end]?.cap && /\p{L}/u.test(tokens[end]?.text ?? '')) end++;
	if (end > to) return tokens.slice(to, end).map((t) => t.text).join(' ');
	return headAfter(tokens, to)?.text ?? null;
}

function candidates(ctx: ReadingContext): Candidate[] {
	const out: Candidate[] = [];
	for (const s of ctx.sentences) {
		const tokens = tokenize(ctx.text, s);
		for (let i = 0; i < tokens.length; i++) {
			const listed = entryAt(tokens, i);
			// A capitalised compound is still one ("Trump-hating"): its first half is the name it is built on.
			const entry = (listed && !nameLike(tokens, i, s.headline) ? listed : null) ?? compoundLabel(tokens[i]);
			if (!entry) continue;
			let to = i + entry.words.length;
			const entryEnd = tokens[to - 1]?.end ?? s.start;
			if (plainHere(entry.text, entry.category, { tokens, from: i, to })) continue;
			let target: string | null = null;
			// An intensifier is marked with the word it strengthens: "utterly irrelevant" is one choice of words.
			// One that strengthens no word we can see ("Absolutely.", "absolutely nothing") is a manner of speech.
			if (entry.category === 'intensifier') {
				const head = headAfter(tokens, to);
				if (!head) continue;
				target = head.text;
				to++;
			} else if (DOUBTING.has(entry.text)) target = headAfter(tokens, to)?.text ?? null;
			else if (LABEL_MODIFIERS.has(entry.text) || entry !== listed) target = labelled(tokens, to);
			else if (entry.category === 'evaluative' || entry.category === 'emotive') target = describedNoun(tokens, i, to);
			const start = tokens[i]?.start ?? s.start;
			out.push({ start, end: tokens[to - 1]?.end ?? start, entry, entryEnd, target, inHeadline: s.headline });
			i = to - 1;
		}
	}
	return out;
}

export function findLoaded(ctx: ReadingContext, attributions: readonly Attribution[]): Loaded[] {
	const { text } = ctx;
	const headlineSentences = ctx.sentences.filter((s) => s.headline);
	const h0 = headlineSentences[0];
	const h1 = headlineSentences[headlineSentences.length - 1];
	const headline = h0 && h1 ? { start: h0.start, end: h1.end } : null;
	const voiceOf = voiceReader(attributions, ctx.quotes, headline);

	const found: (Unvoiced & { word?: Candidate })[] = candidates(ctx).map((c) => {
		const rule = ruleId('loaded', c.entry.category, c.entry.text);
		return { kind: 'loaded', category: c.entry.category, start: c.start, end: c.end, explanation: '', rule, confidence: confidenceOf(rule), word: c };
	});
	if (headline) found.push(...headlineDevices(text, headline));

	// Longest first, then one mark per stretch of words.
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Loaded[] = [];
	for (const { word, ...f } of found) {
		const last = out[out.length - 1];
		if (last && f.start < last.end) {
			// A headline device swallows the emotive word it starts with ("Shocking"), the longer span wins.
			if (f.end > last.end && f.category === 'headline-device') out[out.length - 1] = { ...f, voice: 'reporter' };
			continue;
		}
		const voiced = voiceOf(f);
		const explanation = word
			? explain({ written: text.slice(f.start, word.entryEnd), entry: word.entry.text, category: word.entry.category, target: word.target, voiced, inHeadline: word.inHeadline })
			: f.explanation;
		out.push({ ...f, explanation, voice: voiced.voice });
	}
	return out;
}
