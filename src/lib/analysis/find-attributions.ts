// Finds every passage the report attributes to a source, with its cue, and resolves the speaker to a name:
// "X said (that) …", "…, X said", "“…,” said X", "according to X", "X told Y: “…”", "X described Y as …",
// "accusing Y of …", "citing …", the impersonal forms ("it is understood that", "was said to be") and
// quotations that carry on after an attributed one. Sources are the distinct speakers the report relies on.
import { confidenceOf, ruleId } from './calibration/confidence';
import type { ReadingContext } from './context';
import { buildRegistry, mentionsBefore, type Entity, type Registry } from './entities';
import { COUNTRIES } from './lexicons/names';
import { PHRASAL_CUES, PHRASAL_FIRST_WORDS, REPORTING_VERBS, type ReportingVerb } from './lexicons/reporting-verbs';
import { resolveSpeaker, type Speaker } from './speaker';
import { isCapitalized, type Token } from './tokens';
import type { Attribution, Quote, Sentence, Source, SourceKind, Span } from './types';

interface Raw {
	cue: Span;
	content: Span;
	verb: ReportingVerb | null;
	verbText: string;
	direct: boolean;
	speaker: Speaker;
	category: string;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'these', 'those', 'such', 'any', 'no', 'of', 'to', 'for', 'whose']);
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s']);
const SKIP_LEFT = new Set(['has', 'have', 'had', 'also', 'further', 'previously', 'later', 'then', 'again', 'once', 'earlier', 'yesterday', 'today', 'tonight', 'would', 'will', 'now', 'even', 'still', 'too', 'subsequently', 'reportedly']);
const COORD = new Set(['and', 'but', 'or', 'while']);
const STOP_SUBJECT = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'who', 'which', 'that', 'after', 'before', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'over', 'since', 'as']);
const INTRO = new Set(['in', 'on', 'after', 'as', 'while', 'despite', 'following', 'speaking', 'at', 'during', 'when', 'since', 'before', 'with', 'without', 'amid', 'but', 'and', 'however', 'meanwhile', 'earlier', 'later', 'yesterday', 'today', 'last', 'this']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'to', 'via', 'through', 'from', 'after', 'before', 'outside', 'inside', 'before']);
const PRONOUNS_SET = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'recently', 'previously', 'again']);
const CLAUSE_START = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'an', 'there', 'his', 'her', 'their', 'its', 'this', 'that']);

const ANON_NP = /\b(?:familiar with|close to|briefed on|with knowledge of|on condition of anonymity|declined to be named|not authori[sz]ed to)\b/i;
const IMPERSONAL_IT = /\b[Ii]t (?:is|was|has been|had been|is being) (?:widely |also |now )?(?:understood|believed|thought|reported|alleged|claimed|said|known|suggested|rumou?red|feared|estimated|argued) (?:that )?/g;
const PASSIVE_TO = /\b(?:is|are|was|were|has been|have been|had been) (?:widely |also |now |often )?(?:said|believed|thought|understood|reported|alleged|rumou?red|known|claimed|estimated|considered) to (?:be|have(?: been)?)\b/g;
const WITH_VAGUE = /\bwith (many|some|others|critics|observers|experts|analysts|several|commentators)((?: [a-z]+){0,2}) (questioning|saying|arguing|warning|suggesting|claiming|asking|calling|noting|accusing|describing|insisting)\b/g;
const SOCIAL = /\b(?:was|were|has been|had been)? ?(?:posted|shared|published|tweeted|uploaded)(?: (?:on|to) (?:X|Twitter|Facebook|Instagram|TikTok|Telegram|YouTube|LinkedIn|Threads|Bluesky|social media)(?: \([^)]{1,20}\))?)? by (?=\p{Lu}|@)/gu;

// Patterns used in loops, compiled once (a literal in a loop is a new RegExp object each time round).
const TRIM_START = /[\s,:;—–-]/;
const TRIM_END = /[\s.,;:—–-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ADVERB = /^\p{Ll}+ly$/u;
const ADVERB_OR_PARTICIPLE = /^\p{Ll}+(?:ed|ly)$/u;
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
const PLURAL = /s$/;

const anonymous = (confidence: number, description: Span | null = null): Speaker => ({
	name: '',
	kind: 'anonymous',
	entity: null,
	resolvedBy: 'impersonal',
	confidence,
	description,
});

function trimContent(src: string, start: number, end: number): Span | null {
	let s = start;
	let e = end;
	while (s < e && TRIM_START.test(src[s] ?? '')) s++;
	while (e > s && TRIM_END.test(src[e - 1] ?? '')) e--;
	if (e - s < 3 || !LETTER_OR_DIGIT.test(src.slice(s, e))) return null;
	return { start: s, end: e };
}

/**
 * The report's quotations, found by where they start or end: of those in a range, the first in list order
 * (what `quotes.find` would return), without walking the whole list at every cue of a long report.
 */
class QuoteIndex {
	private readonly byStart: number[];
	private readonly byEnd: number[];
	private readonly groups = new Map<number, Quote[]>();

	constructor(readonly list: readonly Quote[]) {
		const order = list.map((_, k) => k);
		this.byStart = [...order].sort((x, y) => (list[x]?.start ?? 0) - (list[y]?.start ?? 0) || x - y);
		this.byEnd = order.sort((x, y) => (list[x]?.end ?? 0) - (list[y]?.end ?? 0) || x - y);
		for (const q of list) {
			const parts = this.groups.get(q.group);
			if (parts) parts.push(q);
			else this.groups.set(q.group, [q]);
		}
	}

	/** The first quote starting at an offset in [from, to] that passes `test`. */
	startingIn(from: number, to: number, test?: (q: Quote) => boolean): Quote | undefined {
		return this.first(this.byStart, 'start', from, to, test);
	}

	/** The first quote ending at an offset in [from, to]. */
	endingIn(from: number, to: number): Quote | undefined {
		return this.first(this.byEnd, 'end', from, to);
	}

	/** All parts of the quote's group, in list order. */
	group(q: Quote): readonly Quote[] {
		return this.groups.get(q.group) ?? [];
	}

	private first(order: readonly number[], key: 'start' | 'end', from: number, to: number, test?: (q: Quote) => boolean): Quote | undefined {
		let lo = 0;
		let hi = order.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.list[order[mid] ?? 0]?.[key] ?? 0) < from) lo = mid + 1;
			else hi = mid;
		}
		let best = -1;
		for (let k = lo; k < order.length; k++) {
			const i = order[k] ?? 0;
			const q = this.list[i];
			if (!q || q[key] > to) break;
			if ((best < 0 || i < best) && (!test || test(q))) best = i;
		}
		return this.list[best];
	}
}

class SentenceReader {
	constructor(
		readonly src: string,
		readonly s: Sentence,
		readonly tokens: readonly Token[],
		readonly reg: Registry,
		readonly quotes: QuoteIndex,
		readonly ledeEnd: number,
	) {}

	np(from: number, to: number): Token[] {
		return this.tokens.slice(Math.max(0, from), Math.max(0, to)).filter((t) => t.text !== '.');
	}

	resolve(tokens: readonly Token[]): Speaker | null {
		if (tokens.length === 0) return null;
		const text = this.src.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0);
		if (ANON_NP.test(text)) return anonymous(0.8);
		return resolveSpeaker(this.reg, this.src, tokens, this.ledeEnd);
	}

	/** The subject of the sentence's main clause: "Dr. Iain Overton, …, commented …, saying …". */
	mainSubject(): Speaker | null {
		const ts = this.tokens;
		let k = 0;
		if (ts[0] && INTRO.has(ts[0].lower)) {
			const comma = ts.findIndex((t) => t.text === ',');
			if (comma < 0 || comma > 12) return null;
			k = comma + 1;
		}
		let e = k;
		while (e < ts.length && e - k < 10) {
			const t = ts[e];
			if (!t || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(') break;
			if (e > k && (SKIP_LEFT.has(t.lower) || ADVERB.test(t.text))) break;
			if (STOP_SUBJECT.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
			if (e > k && ADVERB_OR_PARTICIPLE.test(t.text)) break;
			e++;
		}
		return this.resolve(this.np(k, e));
	}

	/** The noun phrase that ends just before token i, walking left over names, titles and role words. */
	leftNP(i: number): { speaker: Speaker | null; description: Span | null } | 'coordinated' | null {
		const ts = this.tokens;
		const verb = ts[i];
		// "Sources familiar with the matter said", "an official, speaking on condition of anonymity, said".
		const lead = verb ? this.src.slice(Math.max(this.s.start, verb.start - 90), verb.start) : '';
		if (ANON_NP.test(lead) && !/[.;:]/.test(lead.slice(lead.search(ANON_NP)))) return { speaker: anonymous(0.8), description: null };
		let j = i - 1;
		while (j >= 0) {
			const t = ts[j];
			if (!t || !(SKIP_LEFT.has(t.lower) || ADVERB.test(t.text))) break;
			j--;
		}
		const tj = ts[j];
		if (!tj) return null;
		if (COORD.has(tj.lower)) return 'coordinated';
		if (tj.text === ',') {
			// "Mark Smith, counter-terrorism officer at the British embassy in Dublin, said …"
			let c0 = -1;
			for (let k = j - 1; k >= Math.max(0, j - 30); k--) {
				if (ts[k]?.text === ',') {
					c0 = k;
					break;
				}
			}
			if (c0 < 1) return null;
			const before = ts[c0 - 1];
			if (!before || !(isCapitalized(before) || before.text === ')')) return null;
			const start = this.walkLeft(c0 - 1);
			const speaker = this.resolve(this.np(start, c0));
			const a = ts[c0 + 1];
			const b = ts[j - 1];
			const description = a && b && j - 1 - c0 >= 2 ? { start: a.start, end: b.end } : null;
			return { speaker, description };
		}
		const start = this.walkLeft(j);
		if (start > j) return null;
		return { speaker: this.resolve(this.np(start, j + 1)), description: null };
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
		while (k >= 0 && count < 9) {
			const t = ts[k];
			if (!t) break;
			const left = ts[k - 1];
			if (DETERMINERS.has(t.lower) && !['of', 'to', 'for'].includes(t.lower)) {
				start = k;
				break;
			}
			const cap = isCapitalized(t) || t.text === '.';
			const connector = ['of', 'for', 'and', '&', 'on'].includes(t.lower) && left !== undefined && isCapitalized(left) && k < j;
			const bracketComma = t.text === ',' && sawParen && left !== undefined && isCapitalized(left) && isCapitalized(ts[k + 1] ?? t);
			const lower = lowerHead && LOWER_WORD.test(t.text) && !STOP_SUBJECT.has(t.lower) && !REPORTING_VERBS.has(t.lower) && count < 5;
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

	/** Where what was said starts, after the verb at token i: skips "that", an object of "told", a place. */
	contentAfter(i: number, verb: ReportingVerb): { at: number; direct: readonly Quote[] } | null {
		const ts = this.tokens;
		let k = i + 1;
		const quoteAt = (pos: number): readonly Quote[] => {
			const q = this.quotes.startingIn(pos, pos + 3);
			return q ? this.quotes.group(q) : [];
		};
		if (verb.lemma === 'tell' || verb.lemma === 'ask') {
			// The one told is short: "reporters", "the BBC", "Sky News", "the paper", "AOAV".
			let m = k;
			const t0 = ts[m];
			if (!t0 || ['that', ':', ',', '“', '"'].includes(t0.text)) return null;
			if (['the', 'a', 'an', 'his', 'her', 'their'].includes(t0.lower)) m++;
			if (ts[m]?.cap) while (ts[m]?.cap) m++;
			else m++;
			k = m;
		}
		while (ts[k] && ADVERB.test(ts[k]?.text ?? '')) k++;
		// "said in a statement that", "wrote on X:", "said on Monday that".
		const t0 = ts[k];
		if (t0 && PREPOSITIONS.has(t0.lower)) {
			let m = k + 1;
			while (m < ts.length && m - k < 8 && !['that', ':', ',', '“', '"'].includes(ts[m]?.text ?? '')) m++;
			const stop = ts[m];
			const leadsOn = stop && (stop.text === 'that' || stop.text === ':' || (stop.text === ',' && quoteAt(stop.end).length > 0));
			if (leadsOn && m - k < 8) k = m;
		}
		// "claims, without evidence, that".
		if (ts[k]?.text === ',') {
			const close = ts.findIndex((t, m) => m > k && m <= k + 6 && t.text === ',');
			if (close > 0 && ts[close + 1]?.lower === 'that') k = close + 1;
		}
		const t = ts[k];
		if (!t) return null;
		if (t.text === ':' || t.text === ',') {
			const qs = quoteAt(t.end);
			if (qs.length) return { at: t.end, direct: qs };
			if (t.text === ':') return { at: t.end, direct: [] };
			// "As the economist John Kay has pointed out, productivity …"
			if (ts[0]?.lower === 'as' && t.text === ',') return { at: t.end, direct: [] };
			if (verb.frame === 'clause' && ts[k + 1]?.lower === 'that') return { at: ts[k + 1]?.end ?? t.end, direct: [] };
			return null;
		}
		const qs = quoteAt(t.start);
		if (qs.length) return { at: t.start, direct: qs };
		if (t.lower === 'that') return { at: t.end, direct: [] };
		if (verb.frame === 'as') {
			const as = ts.findIndex((x, m) => m > k && m <= k + 12 && x.lower === 'as');
			return as > 0 ? { at: t.start, direct: [] } : null;
		}
		if (verb.frame === 'of') {
			const of = ts.findIndex((x, m) => m > k && m <= k + 8 && x.lower === 'of');
			return of > 0 ? { at: t.start, direct: [] } : null;
		}
		if (verb.frame === 'cite') return { at: t.start, direct: [] };
		if (verb.frame === 'weak') return null;
		if (['to', 'by', 'for', 'about', '.', '?', '!', 'so', 'nothing', 'goodbye', 'yes', 'no'].includes(t.lower)) return null;
		return { at: t.start, direct: [] };
	}

	/** "…, he wrote." / "…,” said Smith." — the cue closes the sentence and what was said comes before it. */
	trailing(i: number): { before: number; speaker: Speaker | null; closingQuote: Quote | null } | null {
		const ts = this.tokens;
		let c = -1;
		for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
			const t = ts[k];
			if (t && (t.text === ',' || t.text === '”' || (t.text === '"' && k > 0))) {
				c = k;
				break;
			}
		}
		if (c < 1) return null;
		let endAt = ts.length;
		while (endAt > 0 && ['.', '!', '?', '”', '"'].includes(ts[endAt - 1]?.text ?? '')) endAt--;
		const after = ts.slice(i + 1, endAt);
		const between0 = ts.slice(c + 1, i).filter((t) => t.text !== ',' && t.text !== '”' && t.text !== '"');
		if (between0.length && (after.length > 8 || after.some((t) => ['that', ':', '“', ',', ';'].includes(t.lower)))) return null;
		const between = ts.slice(c + 1, i).filter((t) => t.text !== ',' && t.text !== '”' && t.text !== '"');
		if (between.length > 6) return null;
		let speaker: Speaker | null;
		if (between.length) {
			// "…, he wrote." or "…, Smith said in a statement." — nothing but a place or time may follow.
			// "…,” Kuleba told reporters in Brussels." — the one told comes first.
			let skip = 0;
			if (REPORTING_VERBS.get(ts[i]?.lower ?? '')?.lemma === 'tell') while (skip < after.length && skip < 4 && !PREPOSITIONS.has(after[skip]?.lower ?? '')) skip++;
			const first = after[skip];
			if (first && !PREPOSITIONS.has(first.lower) && !TIME_WORDS.has(first.lower)) return null;
			speaker = this.resolve(between);
		} else {
			// "…,” said Mr Smith on Monday." / "…,” said Josep Borrell, the EU's foreign policy chief."
			const rest = ts.slice(i + 1, endAt);
			let n = 0;
			while (n < rest.length && ![',', 'on', 'in', 'at', 'during', 'after', 'before', 'to'].includes(rest[n]?.lower ?? '')) n++;
			if (n > 6 || rest.slice(n).some((t) => t.lower === 'that' || t.text === ':' || t.text === '“')) return null;
			// What follows "said" must be a name or a noun phrase, not a clause ("said he had made …").
			const r0 = rest[0];
			if (!r0 || !(isCapitalized(r0) || DETERMINERS.has(r0.lower)) || (PRONOUNS_SET.has(r0.lower) && n > 1)) return null;
			if (rest.slice(0, n).some((t) => BE.has(t.lower) || ['has', 'have', 'had', 'would', 'will', 'could'].includes(t.lower))) return null;
			speaker = this.resolve(rest.slice(0, n));
			const a = rest[n + 1];
			const b = rest[rest.length - 1];
			if (speaker?.entity && rest[n]?.text === ',' && a && b) speaker.entity.descriptions.push({ start: a.start, end: b.end });
		}
		const mark = ts[c];
		const close = mark ? (this.quotes.endingIn(mark.start, mark.end + 2) ?? null) : null;
		return { before: mark?.start ?? this.s.start, speaker, closingQuote: close };
	}
}

// Every word a cue can start with: most tokens are none, and one lookup rules them out.
const CUE_WORDS: ReadonlySet<string> = new Set([...PHRASAL_FIRST_WORDS, ...REPORTING_VERBS.keys()]);

const isColonQuote = (q: Quote): boolean => q.marks === 'colon';

function verbAt(ts: readonly Token[], i: number, src: string): { verb: ReportingVerb; end: number } | null {
	const t = ts[i];
	if (!t || !CUE_WORDS.has(t.lower)) return null;
	// A pattern can only match at one of its first words; the patterns are not tried at every token.
	if (PHRASAL_FIRST_WORDS.has(t.lower)) {
		for (const [re, verb] of PHRASAL_CUES) {
			const m = re.exec(src.slice(t.start, t.start + 30));
			if (m) {
				const last = ts.findIndex((x, k) => k >= i && x.end >= t.start + m[0].length);
				return { verb, end: last < 0 ? i : last };
			}
		}
	}
	const verb = REPORTING_VERBS.get(t.lower);
	return verb ? { verb, end: i } : null;
}

function readSentence(r: SentenceReader): Raw[] {
	const { src, s, tokens: ts } = r;
	const out: Raw[] = [];
	const sentenceEnd = s.end;

	// Impersonal and passive attributions: "It is understood that …", "he was said to be …".
	const line = src.slice(s.start, s.end);
	for (const re of [IMPERSONAL_IT, PASSIVE_TO]) {
		re.lastIndex = 0;
		for (let m = re.exec(line); m; m = re.exec(line)) {
			const cue = { start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length };
			const rest = line.slice(m.index + m[0].length);
			const stop = re === PASSIVE_TO ? rest.search(/[,;]|\s(?:and|but)\s/) : -1;
			const content = trimContent(src, cue.end, stop >= 0 ? cue.end + stop + (rest.length - rest.trimStart().length ? 0 : 0) : sentenceEnd);
			if (content) out.push({ cue, content, verb: null, verbText: m[0].trim().toLowerCase(), direct: false, speaker: anonymous(0.85), category: 'impersonal' });
		}
	}
	WITH_VAGUE.lastIndex = 0;
	for (let m = WITH_VAGUE.exec(line); m; m = WITH_VAGUE.exec(line)) {
		const cueStart = s.start + m.index + 5;
		const cue = { start: cueStart, end: s.start + m.index + m[0].length };
		const content = trimContent(src, cue.end, sentenceEnd);
		if (content) out.push({ cue, content, verb: REPORTING_VERBS.get(m[3] ?? '') ?? null, verbText: m[3] ?? '', direct: false, speaker: anonymous(0.7), category: 'vague-source' });
	}
	SOCIAL.lastIndex = 0;
	for (let m = SOCIAL.exec(line); m; m = SOCIAL.exec(line)) {
		const byEnd = s.start + m.index + m[0].length;
		const k = ts.findIndex((t) => t.start >= byEnd);
		let e = k;
		while (e < ts.length && (ts[e]?.cap === true || ts[e]?.text.startsWith('@') === true)) e++;
		const speaker = k >= 0 ? r.resolve(r.np(k, e)) : null;
		const content = trimContent(src, s.start, s.start + m.index);
		if (speaker && content) {
			out.push({ cue: { start: s.start + m.index, end: byEnd - 1 }, content, verb: REPORTING_VERBS.get('posted') ?? null, verbText: 'posted', direct: false, speaker: { ...speaker, confidence: Math.min(speaker.confidence, 0.75) }, category: 'social-media' });
		}
	}

	for (let i = 0; i < ts.length; i++) {
		const t = ts[i];
		if (!t) continue;
		// "according to X, …" / "…, according to X."
		if (t.lower === 'according' && ts[i + 1]?.lower === 'to') {
			let e = i + 2;
			while (e < ts.length && ![',', '.', ';', ':', '?', '!'].includes(ts[e]?.text ?? '')) e++;
			const speaker = r.resolve(r.np(i + 2, e));
			const cueEnd = ts[e - 1]?.end ?? t.end;
			const after = trimContent(src, ts[e]?.end ?? cueEnd, sentenceEnd);
			const before = trimContent(src, s.start, t.start);
			const content = i > 0 && ts[i - 1]?.text === ',' && !after ? before : (after ?? before);
			if (speaker && content) {
				out.push({ cue: { start: t.start, end: cueEnd }, content, verb: null, verbText: 'according to', direct: false, speaker, category: 'according-to' });
			}
			i = e;
			continue;
		}
		const found = verbAt(ts, i, src);
		if (!found) continue;
		const { verb } = found;
		const prev = ts[i - 1];
		const next = ts[found.end + 1];
		// "the government’s claims of …", "insurance claims were …": a noun, not a verb.
		if (prev && (DETERMINERS.has(prev.lower) || prev.base !== prev.text)) continue;
		if (next && ['were', 'are', 'have', 'of', 'is', 'was'].includes(next.lower) && PLURAL.test(t.lower)) continue;
		const ing = t.lower.endsWith('ing');
		if (prev && BE.has(prev.lower) && !ing) continue; // passive: handled by the impersonal rules
		if (ing && prev && BE.has(prev.lower) === false && !(prev.text === ',' || COORD.has(prev.lower) || prev.lower === 'by')) continue;

		const cue: Span = { start: t.start, end: ts[found.end]?.end ?? t.end };
		const verbText = src.slice(cue.start, cue.end).toLowerCase();
		const trail = ing ? null : r.trailing(i);
		if (trail) {
			const q = trail.closingQuote;
			const content = q ? trimContent(src, q.inner.start, q.inner.end) : trimContent(src, s.start, trail.before);
			if (trail.speaker && content) {
				const parts = q ? r.quotes.group(q) : [];
				for (const p of parts.length ? parts : [null]) {
					const c = p ? trimContent(src, p.inner.start, p.inner.end) : content;
					if (c) out.push({ cue, content: c, verb, verbText, direct: !!q, speaker: trail.speaker, category: q ? 'quote' : 'said' });
				}
			}
			continue;
		}
		const after = r.contentAfter(found.end, verb);
		if (!after) continue;
		let speaker: Speaker | null = null;
		let description: Span | null = null;
		if (ing && prev?.lower !== 'is' && prev?.lower !== 'was') speaker = r.mainSubject();
		else {
			const left = r.leftNP(i);
			if (left === 'coordinated') speaker = r.mainSubject();
			else if (left) {
				speaker = left.speaker;
				description = left.description;
			}
		}
		if (!speaker) continue;
		if (description && speaker.entity) speaker.entity.descriptions.push(description);
		if (after.direct.length) {
			for (const q of after.direct) {
				const c = trimContent(src, q.inner.start, q.inner.end);
				if (c) out.push({ cue, content: c, verb, verbText, direct: true, speaker, category: 'quote' });
			}
			continue;
		}
		// What was said runs to the end of the sentence, or to the next cue in it.
		const content = trimContent(src, after.at, sentenceEnd);
		if (content) {
			const q = r.quotes.startingIn(after.at - 2, after.at + 2, isColonQuote);
			out.push({ cue, content: q ? { start: q.inner.start, end: q.inner.end } : content, verb, verbText, direct: !!q, speaker, category: q ? 'colon-quote' : verb.frame === 'as' ? 'described-as' : 'said' });
		}
	}
	// Two cues in one sentence: the first one's content stops where the second cue begins.
	out.sort((a, b) => a.cue.start - b.cue.start);
	for (let k = 0; k < out.length - 1; k++) {
		const a = out[k];
		const b = out[k + 1];
		if (a && b && a.content.start < b.cue.start && b.cue.start < a.content.end && !a.direct && a.category !== 'colon-quote' && !(a.category === 'according-to' && a.cue.start === s.start)) {
			// Cut at the start of the clause that holds the second cue ("…, and while he was said to be …").
			const tail = src.slice(a.content.start, b.cue.start);
			let cut = -1;
			for (const m of tail.matchAll(/[,;]|\b(?:and|but|while|although|whereas)\b/g)) cut = m.index;
			for (let m = /(?:[,;]|\b(?:and|but|while|although|whereas))\s*$/.exec(tail.slice(0, cut)); m && cut > 0; m = /(?:[,;]|\b(?:and|but|while|although|whereas))\s*$/.exec(tail.slice(0, cut))) cut = m.index;
			const trimmed = trimContent(src, a.content.start, cut > 0 ? a.content.start + cut : b.cue.start);
			if (trimmed) a.content = trimmed;
		}
	}
	return out;
}

/** Learns a person's pronoun from the first he/she that follows their name in their own sentence. */
function learnGender(e: Entity | null, src: string, span: Span): void {
	if (!e || e.kind !== 'person' || e.gender) return;
	const m = /\b(he|him|his|himself|she|her|hers|herself)\b/i.exec(src.slice(span.start, span.end));
	if (m) e.gender = /^(?:he|him|his|himself)$/i.test(m[1] ?? '') ? 'he' : 'she';
}

function sourceKind(speaker: Speaker): SourceKind {
	if (speaker.kind === 'organization' && COUNTRIES.has(speaker.name.toLowerCase())) return 'government';
	return speaker.kind;
}

const EXPLAIN_KIND: Record<string, string> = {
	impersonal: 'No one is named: the report only says this is understood or said, so a reader cannot check who is behind it.',
	'vague-source': 'The report gives no names here, only a vague group of people.',
	'social-media': 'The report passes on something posted on social media and names who posted it.',
};

export function findAttributions(ctx: ReadingContext): { attributions: Attribution[]; sources: Source[] } {
	const reg = buildRegistry(ctx);
	const src = ctx.text;
	const firstBody = ctx.sentences.find((s) => !s.headline);
	const ledeBlock = firstBody ? ctx.blocks[firstBody.block] : undefined;
	const ledeEnd = ledeBlock ? ledeBlock.end : 0;
	const raws: Raw[] = [];
	const quotes = new QuoteIndex(ctx.quotes);
	for (const s of ctx.sentences) {
		const reader = new SentenceReader(src, s, reg.tokens.get(s.index) ?? [], reg, quotes, ledeEnd);
		const found = readSentence(reader);
		for (const a of found) {
			if (a.speaker.entity) {
				learnGender(a.speaker.entity, src, { start: a.cue.end, end: a.content.end });
				// A resolved pronoun is a mention too: the next "he" most likely means the same person.
				if (a.speaker.resolvedBy === 'pronoun') {
					const at = a.cue.start;
					const mention = { at: Math.max(s.start, at - 1), end: at, entity: a.speaker.entity };
					reg.mentions.splice(mentionsBefore(reg, mention.at), 0, mention);
				}
			}
		}
		raws.push(...found);
	}

	// Quotations with no cue of their own carry on the words of the source quoted just before them.
	// Both lists are in text order, so one pass with two pointers does it.
	raws.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
	const byEnd = raws.filter((a) => a.direct).sort((a, b) => a.content.end - b.content.end);
	const continued: Raw[] = [];
	const sentenceOf = sentenceFinder(ctx.sentences);
	let p = 0;
	for (const q of ctx.quotes) {
		while (p < byEnd.length && (byEnd[p]?.content.end ?? Infinity) <= q.start) p++;
		if (q.marks === 'colon' || covered(raws, q)) continue;
		const sentence = sentenceOf(q.start);
		if (!sentence || sentence.headline) continue;
		const prev = byEnd[p - 1];
		if (!prev) continue;
		const gap = src.slice(prev.content.end, q.start);
		const paragraphs = gap.split(/\n\s*\n|\n/).length - 1;
		if (paragraphs > 1 || gap.length > 400) continue;
		// Only a quote that stands as its own sentence or paragraph, not a phrase quoted inside narration.
		const share = (q.inner.end - q.inner.start) / Math.max(1, sentence.end - sentence.start);
		if (share < 0.6) continue;
		const content = trimContent(src, q.inner.start, q.inner.end);
		if (content) continued.push({ ...prev, content, direct: true, category: 'continued-quote', speaker: { ...prev.speaker, confidence: Math.min(prev.speaker.confidence, 0.65) } });
	}

	raws.push(...continued);
	raws.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
	const attributions: Attribution[] = [];
	const seen = new Set<string>();
	for (const a of raws) {
		const key = `${a.content.start}:${a.content.end}:${a.speaker.name}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const nested = isNested(raws, a);
		const rule = ruleId('attribution', nested ? 'nested' : a.category, a.speaker.resolvedBy);
		const speakerName = a.speaker.name;
		const kind = sourceKind(a.speaker);
		const verbWord = a.verb ? a.verbText : '';
		const who = speakerName || 'an unnamed source';
		const explanation =
			EXPLAIN_KIND[a.category] ??
			(a.direct
				? `These are ${who}’s own words, in quotation marks${a.verb ? `, passed on with “${verbWord}”` : ''}.`
				: `The report passes this on from ${who}${verbWord ? ` with “${verbWord}”` : ' with “according to”'}: it is ${who}’s account, not the reporter’s.`);
		attributions.push({
			kind: 'attribution',
			category: a.category,
			start: a.content.start,
			end: a.content.end,
			explanation,
			rule,
			confidence: confidenceOf(rule),
			speaker: speakerName,
			sourceId: a.speaker.entity?.id ?? (speakerName ? speakerName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') : `anonymous-${attributions.length}`),
			sourceKind: kind,
			cue: a.cue,
			content: a.content,
			direct: a.direct,
			verb: a.verb ? a.verbText : '',
			verbColour: a.verb?.colour ?? 'neutral',
			resolvedBy: a.speaker.resolvedBy,
			...(nested ? { nested: true } : {}),
		});
	}
	return { attributions, sources: collectSources(attributions, reg) };
}

/** True when another attribution's content holds this one's cue. Contents stay near their cue, so only
 * attributions whose content starts within a few paragraphs before need checking (raws are sorted). */
function isNested(raws: readonly Raw[], a: Raw): boolean {
	for (let k = firstFrom(raws, a.cue.start - 4000); k < raws.length; k++) {
		const o = raws[k];
		if (!o || o.content.start > a.cue.start) break;
		if (o !== a && a.cue.end <= o.content.end) return true;
	}
	return false;
}

function covered(raws: readonly Raw[], q: Quote): boolean {
	for (let k = firstFrom(raws, q.inner.start - 4000); k < raws.length; k++) {
		const o = raws[k];
		if (!o || o.content.start > q.inner.start) break;
		if (q.inner.end <= o.content.end + 1) return true;
	}
	return false;
}

/** Index of the first raw whose content starts at or after `at` (raws sorted by content start). */
function firstFrom(raws: readonly Raw[], at: number): number {
	let lo = 0;
	let hi = raws.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((raws[mid]?.content.start ?? 0) < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function sentenceFinder(sentences: readonly Sentence[]): (at: number) => Sentence | undefined {
	return (at) => {
		let lo = 0;
		let hi = sentences.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((sentences[mid]?.end ?? 0) <= at) lo = mid + 1;
			else hi = mid;
		}
		const s = sentences[lo];
		return s && s.start <= at ? s : undefined;
	};
}

function collectSources(attributions: readonly Attribution[], reg: Registry): Source[] {
	const out = new Map<string, Source>();
	const byId = new Map(reg.entities.map((e) => [e.id, e]));
	for (const a of attributions) {
		if (a.nested) continue;
		const e = byId.get(a.sourceId);
		const known = out.get(a.sourceId);
		if (known) {
			known.mentions.push(a.cue);
			continue;
		}
		out.set(a.sourceId, {
			id: a.sourceId,
			name: a.speaker,
			kind: a.sourceKind,
			aliases: e ? [...e.aliases] : [],
			mentions: e ? [...e.mentions] : [a.cue],
			descriptions: e ? dedupe(e.descriptions) : [],
		});
	}
	return [...out.values()];
}

function dedupe(spans: readonly Span[]): Span[] {
	const seen = new Set<string>();
	return spans
		.filter((s) => {
			const k = `${s.start}:${s.end}`;
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		})
		.sort((a, b) => a.start - b.start);
}
