// Finds how each report labels the same thing: the story's key nouns (a noun both reports use in several
// sentences, such as "photo" or "center") with the words each report puts before them, when one report
// uses a word for it that the other report never uses at all: "a lewd photo" / "a suggestive photograph,
// the offending photo"; "the controversial Islamic center" / "an Islamic center near ground zero". What
// a report says the thing does, right after it, is a label too: "a resolution Tuesday calling for groups to
// weed out …" / "a resolution condemning …"; "his budget plan, which slashes antipoverty programs" / "his
// deficit-reducing, GOP House budget".
import { NOT_NAME, ROLE_NOUNS } from '../lexicons/names';
import { PHRASE_END, SUBJECT_STOPS, TIME_NOUNS, TIME_WORDS } from '../lexicons/function-words';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs';
import type { Token } from '../tokens';
import type { Characterization, ReportAnalysis, Span } from '../types';
import { hasLetter, sentenceTokens } from './names';
import { quoted } from './characterizations';
import { isContent, stem, type Word } from './words';
import { wordSet } from '../lexicons/word-set';

/** A key noun is used in at least this many sentences of each report. */
const KEY_NOUN_SENTENCES = 2;
/** The story's things: this many of the nouns both reports use most. */
const KEY_NOUNS = 2;
/** At most this many words stand between a determiner and its noun in a label. */
const MAX_MODIFIERS = 3;

// "showed", "asking": a verb, not the story's thing.
const VERB_FORM = /(?:ed|ing)$/;
const DETERMINERS = wordSet('a an the his her its their');
/** What the thing does runs at most this many words: a label, not the rest of the sentence. */
const MAX_ACTION_WORDS = 14;
/** At most this many words of time stand between the thing and what it does ("a resolution Tuesday calling"). */
const MAX_TIME_WORDS = 2;
// Words in -ing that are no verb of the thing: prepositions ("a rally during the vote") and nouns of an event
// (other nouns in -ing are mostly caught by the verb after them: "the charter reading happened").
const NOT_PARTICIPLE = wordSet('during including according regarding concerning following meeting hearing');
// Words shaped as adjectives, which may be set apart by a comma before a noun: "deficit-reducing", "costly".
const ADJECTIVE_SHAPE = /^\p{L}+-\p{L}+$|(?:ing|ed|ive|ous|al|ful|less|ic|ant|ent|ly)$/u;
// A verb right after an -ing word makes the -ing word a noun: "the document reading happened".
const FINITE_NEXT = /^(?:\p{Ll}+ed|is|are|was|were|has|had|will|would)$/u;

interface ThingLabel {
	span: Span;
	/** The words before the thing, and the verb of what it does after it, as stems. */
	modifiers: string[];
	/** Whether each modifier is written with a capital. */
	capital: boolean[];
	/** The verb of what it does, as written in lower case. */
	verb?: string;
	/** The thing's noun as written. */
	noun: string;
}

/** Per stem of a lower-case content word, how many sentences use it (and the last one that did). */
function frequentNouns(r: ReportAnalysis, words: readonly Word[][]): Map<string, { n: number; last: number }> {
	const count = new Map<string, { n: number; last: number }>();
	words.forEach((ws, k) => {
		if (r.sentences[k]?.headline) return;
		for (const w of ws) {
			// Capitalized words are names, not things (A–Z by code; other letters by case).
			const code = r.text.charCodeAt(w.start);
			if ((code >= 65 && code <= 90) || (code > 127 && (r.text[w.start] ?? '') !== (r.text[w.start] ?? '').toLowerCase())) continue;
			const c = count.get(w.stem);
			if (!c) count.set(w.stem, { n: 1, last: k });
			else if (c.last !== k) {
				c.n++;
				c.last = k;
			}
		}
	});
	return count;
}

/** "[determiner] modifier… noun" before each use of a key noun, with the modifiers' stems. */
function labelsOf(r: ReportAnalysis, words: readonly Word[][], keys: ReadonlySet<string>): Map<string, ThingLabel[]> {
	const out = new Map<string, ThingLabel[]>();
	r.sentences.forEach((s, k) => {
		if (s.headline) return;
		const uses = (words[k] ?? []).filter((w) => keys.has(w.stem));
		if (uses.length === 0) return;
		const tokens = sentenceTokens(r, k);
		for (const use of uses) {
			const j = tokens.findIndex((t) => t.start === use.start);
			const t = tokens[j];
			// Inside a quotation the words are the speaker's, not the report's label.
			if (!t || t.cap || r.quotes.some((q) => q.start <= t.start && t.end <= q.end)) continue;
			const action = actionAfter(tokens, j);
			// The noun ends the phrase: not "tax" in "tax cuts".
			const next = tokens[j + 1];
			if (!action && next && hasLetter(next.text) && !next.cap && isContent(next.lower)) continue;
			let i = j;
			const mods: Token[] = [];
			while (i > 0 && mods.length <= MAX_MODIFIERS) {
				let m = tokens[i - 1];
				// Coordinate words before a noun may stand apart by a comma: "his deficit-reducing, GOP House budget".
				const prev = tokens[i - 2];
				if (m?.text === ',' && mods.length > 0 && prev && !prev.cap && ADJECTIVE_SHAPE.test(prev.lower)) {
					i--;
					m = prev;
				}
				if (!m || !hasLetter(m.text) || DETERMINERS.has(m.lower) || !isContent(m.lower) || NOT_NAME.has(m.lower)) break;
				mods.unshift(m);
				i--;
			}
			const det = tokens[i - 1];
			if ((mods.length === 0 && !action) || mods.length > MAX_MODIFIERS || !det || !DETERMINERS.has(det.lower)) continue;
			const list = out.get(use.stem) ?? [];
			const verb = action ? [action.verb] : [];
			list.push({
				span: { start: det.start, end: action?.end ?? t.end },
				modifiers: [...mods.map((m) => stem(m.lower)), ...verb.map((v) => stem(v.lower))],
				capital: [...mods.map((m) => m.cap), ...verb.map(() => false)],
				verb: action?.verb.lower,
				noun: t.text,
			});
			out.set(use.stem, list);
		}
	});
	return out;
}

/**
 * What the thing at tokens[j] does, said right after it: a participle ("a resolution Tuesday calling for …")
 * or a clause opened by ", which" ("his budget plan, which slashes …"), with the verb; a word of time may
 * stand between, and one more noun may close the thing's name first ("budget plan").
 */
function actionAfter(tokens: readonly Token[], j: number): { verb: Token; end: number } | undefined {
	let k = j + 1;
	const at = (n: number) => tokens[n];
	if (at(k) && !at(k)?.cap && isContent(at(k)?.lower ?? '') && at(k + 1)?.text === ',' && at(k + 2)?.lower === 'which') k++;
	for (let n = 0; n < MAX_TIME_WORDS && (TIME_WORDS.has(at(k)?.lower ?? '') || TIME_NOUNS.has(at(k)?.lower ?? '')); n++) k++;
	let verb = at(k);
	if (verb?.text === ',' && at(k + 1)?.lower === 'which') {
		k += 2;
		verb = at(k);
		// An auxiliary after "which" says when or whether, not what the thing does: "which was passed".
		if (!verb || verb.cap || SUBJECT_STOPS.has(verb.lower) || !/^\p{Ll}{3,}s$/u.test(verb.lower)) return undefined;
	} else if (!verb || verb.cap || !/^\p{Ll}{2,}ing$/u.test(verb.lower) || NOT_PARTICIPLE.has(verb.lower) || FINITE_NEXT.test(at(k + 1)?.lower ?? '')) return undefined;
	let end = verb.end;
	for (let n = k + 1, words = 1; n < tokens.length && words < MAX_ACTION_WORDS; n++) {
		const t = at(n);
		// A second thing it does is a label of its own: "condemning … and calling on …".
		if (!t || PHRASE_END.has(t.text) || (t.lower === 'and' && /^\p{Ll}{2,}ing$/u.test(at(n + 1)?.lower ?? ''))) break;
		if (hasLetter(t.text)) words++;
		end = t.end;
	}
	return { verb, end };
}

/** A verb that only passes words on ("saying", "announcing"): two of them tell nothing of the thing. */
const merelyReports = (word: string): boolean => REPORTING_VERBS.get(word)?.colour === 'neutral';

export function findThingLabels(a: ReportAnalysis, b: ReportAnalysis, words: readonly [Word[][], Word[][]]): Characterization[] {
	const fa = frequentNouns(a, words[0]);
	const fb = frequentNouns(b, words[1]);
	// The story's thing: the noun both reports use most (not a verb form, not a person's role).
	const inB = (w: string): number => fb.get(w)?.n ?? 0;
	const ranked: [string, number][] = [];
	for (const [w, { n }] of fa) if (n >= KEY_NOUN_SENTENCES && inB(w) >= KEY_NOUN_SENTENCES && !ROLE_NOUNS.has(w) && !VERB_FORM.test(w)) ranked.push([w, n]);
	ranked.sort((x, y) => y[1] + inB(y[0]) - (x[1] + inB(x[0])));
	const keys = new Set(ranked.slice(0, KEY_NOUNS).map(([w]) => w));
	if (keys.size === 0) return [];
	const la = labelsOf(a, words[0], keys);
	const lb = labelsOf(b, words[1], keys);
	// Every word each report uses, to tell a label word the other report never uses: gathered only when
	// both reports label the same thing.
	const used = (ws: readonly Word[][]) => new Set(ws.flatMap((s) => s.map((w) => w.stem)));
	let usedA: Set<string> | undefined;
	let usedB: Set<string> | undefined;
	const out: Characterization[] = [];
	for (const [head, xs] of la) {
		const ys = lb.get(head);
		if (!ys) continue;
		usedA ??= used(words[0]);
		usedB ??= used(words[1]);
		// A word one report puts before the thing that the other never uses, and either a loaded word (the
		// analysis says so) or two reports whose words for it have nothing in common ("offending" / "lewd").
		// Names before it ("the Perry ad") say which thing, not what it is like: only lower-case words count.
		// A verb that only passes words on ("a statement saying …") says nothing of what the thing is.
		const telling = (l: ThingLabel, m: string, k: number) => !l.capital[k] && !(l.verb && k === l.modifiers.length - 1 && merelyReports(l.verb));
		const own = (ls: ThingLabel[], other: Set<string>) => ls.flatMap((l) => l.modifiers.filter((m, k) => !other.has(m) && telling(l, m, k)).map((m) => ({ l, m })));
		const ownA = own(xs, usedB);
		const ownB = own(ys, usedA);
		if (ownA.length === 0 && ownB.length === 0) continue;
		const loaded = (r: ReportAnalysis, l: ThingLabel) => r.loaded.some((x) => x.start < l.span.end && l.span.start < x.end);
		const modsA = new Set(xs.flatMap((x) => x.modifiers));
		const disjoint = !ys.some((y) => y.modifiers.some((m) => modsA.has(m)));
		if (!disjoint && !ownA.some(({ l }) => loaded(a, l)) && !ownB.some(({ l }) => loaded(b, l))) continue;
		// Named by a word both reports put before it, if there is one: "the Islamic center".
		const common = xs.flatMap((x) => x.modifiers).find((m) => ys.some((y) => y.modifiers.includes(m)));
		const first = xs[0];
		const headWord = first?.noun ?? head;
		const commonWord = common ? xs.flatMap((x) => a.text.slice(x.span.start, x.span.end).split(/\s+/)).find((w) => stem(w.toLowerCase()) === common) : undefined;
		const entity = `the ${commonWord ? `${commonWord} ` : ''}${headWord}`;
		const spans: [Span[], Span[]] = [xs.map((x) => x.span), ys.map((y) => y.span)];
		out.push({
			entity,
			byReport: spans,
			explanation: `Report A calls ${entity} ${quoted(a, spans[0])}; report B ${quoted(b, spans[1])}. The words put before a thing tell the reader what to think of it.`,
		});
	}
	return out;
}
