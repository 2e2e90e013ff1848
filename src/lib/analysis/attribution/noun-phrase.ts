// Reads the noun phrases of one sentence that can name a speaker: the phrase just before a reporting verb
// ("Foreign Secretary David Lammy said"), the subject of the main clause ("Smith resigned, saying …"), an
// appositive ("Mark Smith, a former diplomat, said"), and resolves each with resolveSpeaker.
import type { Registry } from '../entities';
import { BETWEEN_SUBJECT_AND_VERB, COORDINATORS, DETERMINERS, INTRO_WORDS, RELATIVES, SUBJECT_STOPS } from '../lexicons/function-words';
import { NAME_CONNECTORS, NOT_NAME } from '../lexicons/names';
import { ANONYMITY_PHRASES, REPORTING_VERBS } from '../lexicons/reporting-verbs';
import { resolveSpeaker, type Speaker } from '../speaker';
import { isCapitalized, type Token } from '../tokens';
import type { Sentence, Span } from '../types';
import { anonymous } from './found';
import type { QuoteIndex } from './quote-index';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Sources familiar with the matter", "an official who spoke on condition of anonymity". */
export const ANONYMOUS_SOURCE = new RegExp(`\\b(?:${ANONYMITY_PHRASES.map(escape).join('|')})\\b`, 'i');

/** How far before a verb an anonymity phrase still describes its subject, in characters: about a clause. */
const ANONYMITY_REACH = 90;
/** An opening adverbial ends at a comma within this many tokens ("In a statement on Monday, …"). */
const INTRO_MAX_TOKENS = 12;
/** A main-clause subject is at most this many tokens ("The former British ambassador to the UN, …"). */
const SUBJECT_MAX_TOKENS = 10;
/** An appositive between commas before the verb is at most this many tokens ("Smith, …, said"). */
const APPOSITIVE_MAX_TOKENS = 30;
/** A speaker phrase read leftwards from the verb is at most this many words ("Foreign Secretary David Lammy"). */
const NAME_PHRASE_MAX_WORDS = 9;
/** Lower-case words a role phrase may hold before its head ("a senior British government official"). */
const ROLE_PHRASE_MAX_WORDS = 5;

// Patterns used in loops, compiled once (a literal in a loop is a new RegExp object each time round).
const ADVERB = /^\p{Ll}+ly$/u;
const ADVERB_OR_PARTICIPLE = /^\p{Ll}+(?:ed|ly)$/u;
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
const CLAUSE_PUNCTUATION = /[.;:]/;

/** What leftNP finds before a verb: the speaker and the appositive that describes them, if any. */
export interface LeftPhrase {
	speaker: Speaker | null;
	description: Span | null;
}

/** One sentence as the attribution rules read it: its tokens, the report's names and quotations. */
export class SentenceReader {
	constructor(
		readonly src: string,
		readonly s: Sentence,
		readonly tokens: readonly Token[],
		readonly reg: Registry,
		readonly quotes: QuoteIndex,
		/** End of the lede's paragraph: a role named there ("a senior diplomat") may be named just after. */
		readonly ledeEnd: number,
	) {}

	/** Every match of a global pattern in the sentence; match indexes count from the sentence's start. */
	matches(re: RegExp): RegExpExecArray[] {
		const line = this.src.slice(this.s.start, this.s.end);
		const out: RegExpExecArray[] = [];
		re.lastIndex = 0;
		for (let m = re.exec(line); m; m = re.exec(line)) out.push(m);
		return out;
	}

	/** The tokens from..to, less full stops. */
	np(from: number, to: number): Token[] {
		return this.tokens.slice(Math.max(0, from), Math.max(0, to)).filter((t) => t.text !== '.');
	}

	resolve(tokens: readonly Token[]): Speaker | null {
		if (tokens.length === 0) return null;
		const text = this.src.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0);
		if (ANONYMOUS_SOURCE.test(text)) return anonymous();
		return resolveSpeaker(this.reg, this.src, tokens, this.ledeEnd);
	}

	/** The subject of the sentence's main clause: "Dr. Iain Overton, …, commented …, saying …". */
	mainSubject(): Speaker | null {
		const ts = this.tokens;
		let k = 0;
		if (ts[0] && INTRO_WORDS.has(ts[0].lower)) {
			const comma = ts.findIndex((t) => t.text === ',');
			if (comma < 0 || comma > INTRO_MAX_TOKENS) return null;
			k = comma + 1;
		}
		let e = k;
		while (e < ts.length && e - k < SUBJECT_MAX_TOKENS) {
			const t = ts[e];
			if (!t || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(') break;
			if (e > k && (BETWEEN_SUBJECT_AND_VERB.has(t.lower) || ADVERB.test(t.text))) break;
			if (SUBJECT_STOPS.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
			if (e > k && ADVERB_OR_PARTICIPLE.test(t.text)) break;
			e++;
		}
		return this.resolve(this.np(k, e));
	}

	/** The noun phrase that ends just before token i, walking left over names, titles and role words. */
	leftNP(i: number): LeftPhrase | 'coordinated' | null {
		const ts = this.tokens;
		const verb = ts[i];
		// "Sources familiar with the matter said", "an official, speaking on condition of anonymity, said".
		const lead = verb ? this.src.slice(Math.max(this.s.start, verb.start - ANONYMITY_REACH), verb.start) : '';
		if (ANONYMOUS_SOURCE.test(lead) && !CLAUSE_PUNCTUATION.test(lead.slice(lead.search(ANONYMOUS_SOURCE)))) return { speaker: anonymous(), description: null };
		let j = i - 1;
		while (j >= 0) {
			const t = ts[j];
			if (!t || !(BETWEEN_SUBJECT_AND_VERB.has(t.lower) || ADVERB.test(t.text))) break;
			j--;
		}
		const tj = ts[j];
		if (!tj) return null;
		if (COORDINATORS.has(tj.lower)) return 'coordinated';
		if (tj.text === ',') return this.beforeAppositive(j);
		const start = this.walkLeft(j);
		if (start > j) return null;
		return { speaker: this.resolve(this.np(start, j + 1)), description: null };
	}

	/**
	 * The speaker of "X, …, said" where token j is the comma before the verb: "Mark Smith, a former diplomat,
	 * said" (the name before, the appositive a description), "The official, who spoke on condition of
	 * anonymity, said" (a relative clause, commas and all), "A Twitter spokesman, Christopher Abboud, said"
	 * (a role, then the name in apposition: the name speaks).
	 */
	private beforeAppositive(j: number): LeftPhrase | null {
		const ts = this.tokens;
		let c0 = -1;
		for (let k = j - 1; k >= Math.max(0, j - APPOSITIVE_MAX_TOKENS); k--) {
			if (ts[k]?.text !== ',') continue;
			if (c0 < 0) c0 = k;
			// A relative clause may hold commas of its own ("who lost her daughter in Aurora, Colorado, in 2012"): its start wins.
			if (RELATIVES.has(ts[k + 1]?.lower ?? '')) {
				c0 = k;
				break;
			}
		}
		if (c0 < 1) return null;
		const inner = ts.slice(c0 + 1, j);
		const before = ts[c0 - 1];
		if (!before) return null;
		const start = this.walkLeft(c0 - 1);
		const lead = ts[start];
		// "A Twitter spokesman, Christopher Abboud, said": a role before, a person's name between the commas.
		if (inner[0]?.cap && !NOT_NAME.has(inner[0].lower) && lead && !before.cap) {
			const named = this.resolve(inner);
			if (named?.kind === 'person') return { speaker: named, description: { start: lead.start, end: before.end } };
		}
		if (!(isCapitalized(before) || before.text === ')' || (lead && DETERMINERS.has(lead.lower)))) return null;
		const speaker = this.resolve(this.np(start, c0));
		const a = inner[0];
		const b = inner[inner.length - 1];
		const description = a && b && inner.length >= 2 && !RELATIVES.has(a.lower) ? { start: a.start, end: b.end } : null;
		return { speaker, description };
	}

	/** First token of the noun phrase that ends at token j. */
	walkLeft(j: number): number {
		const ts = this.tokens;
		const head = ts[j];
		if (!head) return j + 1;
		let k = j;
		let sawParen = false;
		if (head.text === ')') {
			const open = ts.slice(0, j).map((t) => t.text).lastIndexOf('(');
			if (open < 0) return j + 1;
			k = open - 1;
			sawParen = true;
		}
		const lowerHead = !isCapitalized(ts[k] ?? head) && !sawParen;
		let start = k + 1;
		let count = 0;
		while (k >= 0 && count < NAME_PHRASE_MAX_WORDS) {
			const t = ts[k];
			if (!t) break;
			const left = ts[k - 1];
			if (DETERMINERS.has(t.lower)) {
				start = k;
				break;
			}
			const cap = isCapitalized(t) || t.text === '.';
			const connector = NAME_CONNECTORS.has(t.lower) && left !== undefined && isCapitalized(left) && k < j;
			const bracketComma = t.text === ',' && sawParen && left !== undefined && isCapitalized(left) && isCapitalized(ts[k + 1] ?? t);
			const lower = lowerHead && LOWER_WORD.test(t.text) && !SUBJECT_STOPS.has(t.lower) && !REPORTING_VERBS.has(t.lower) && count < ROLE_PHRASE_MAX_WORDS;
			if (cap || connector || bracketComma || lower || (t.lower === 'for' && lowerHead)) {
				start = k;
				k--;
				count++;
				continue;
			}
			break;
		}
		return start;
	}
}
