// Hand-written scanners for the two word patterns of the engine (tokens.ts, compare/words.ts). Each finds
// exactly what its regex finds in text.slice(start, end) with the u flag, but answers "letter or digit?"
// from a table filled as characters are met: a scan makes no match object per word, which on long
// reports was most of the garbage. Offsets are into the whole text; the result is flat: [s0, e0, s1, e1, …].
// A caller that scans span after span passes one array to be written over (scanTokens, scanWordBounds) and
// reads as many bounds as the scan says: emptying it (length = 0) would give its room back, and every scan
// would make that room again.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// What the scanners ask of a UTF-16 unit, as bits in one table: the marks the patterns name (all single
// units), whether it is a letter or digit, and whether that has been asked yet: each unit is tested with the
// regex when first met, once. One load answers both questions of the loops.
const PUNCTUATION = 1;
const TOKEN_INNER = 2;
const WORD_INNER = 4;
const LETTER_OR_DIGIT_BIT = 8;
const ASKED = 16;
const CLASS = new Uint8Array(0x10000);
for (const [bit, chars] of [
	[PUNCTUATION, ',;:()“”"‘’—–?!.'],
	[TOKEN_INNER, '’\'_.-'],
	[WORD_INNER, '’\'-'],
] as const) {
	for (const c of chars) CLASS[c.charCodeAt(0)] = (CLASS[c.charCodeAt(0)] ?? 0) | bit;
}

/** The bits of CLASS for a code point; one outside the first plane is no mark, and is asked each time. */
function classOf(cp: number): number {
	if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? LETTER_OR_DIGIT_BIT : 0;
	let k = CLASS[cp] ?? 0;
	if ((k & ASKED) === 0) {
		k |= ASKED | (LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? LETTER_OR_DIGIT_BIT : 0);
		CLASS[cp] = k;
	}
	return k;
}

/** True when the code point is in [\p{L}\p{N}]. */
const isLetterOrDigit = (cp: number): boolean => (classOf(cp) & LETTER_OR_DIGIT_BIT) !== 0;

/** The code point at `i` as a u-flag regex sees it in a slice ending at `end`: a pair only when both halves are in. */
function codePointAt(text: string, i: number, end: number): number {
	const c = text.charCodeAt(i);
	// String's codePointAt joins a high half with a low one after it, and gives a lone half as it is.
	return c >= 0xd800 && c <= 0xdbff && i + 1 < end ? (text.codePointAt(i) ?? c) : c;
}

/**
 * Matches of /@?[\p{L}\p{N}][\p{L}\p{N}’'_.-]*[\p{L}\p{N}]|@?[\p{L}\p{N}]|[,;:()“”"‘’—–?!.]/gu: a word
 * (from its first to its last letter or digit, over inner ’'_.-), with an @ it starts with, or one mark.
 */
export function tokenBounds(text: string, start: number, end: number): number[] {
	const out: number[] = [];
	scanTokens(text, start, end, out);
	return out;
}

/** Writes the bounds tokenBounds finds to out[0 .. 2n) and returns n, how many tokens there are. */
export function scanTokens(text: string, start: number, end: number, out: number[]): number {
	let n = 0;
	let p = start;
	while (p < end) {
		const c = codePointAt(text, p, end);
		let first = p;
		const k = classOf(c);
		if (c === 0x40 && p + 1 < end && classOf(codePointAt(text, p + 1, end)) & LETTER_OR_DIGIT_BIT) first = p + 1;
		else if ((k & LETTER_OR_DIGIT_BIT) === 0) {
			if (k & PUNCTUATION) {
				out[2 * n] = p;
				out[2 * n++ + 1] = p + 1;
			}
			p += c > 0xffff ? 2 : 1;
			continue;
		}
		let q = first + (codePointAt(text, first, end) > 0xffff ? 2 : 1);
		let last = q;
		while (q < end) {
			const d = codePointAt(text, q, end);
			const k = classOf(d);
			if (k & LETTER_OR_DIGIT_BIT) last = q += d > 0xffff ? 2 : 1;
			else if (k & TOKEN_INNER) q++;
			else break;
		}
		out[2 * n] = p;
		out[2 * n++ + 1] = last;
		p = last;
	}
	return n;
}

/**
 * Matches of [\p{L}\p{N}][\p{L}\p{N}’'-]* (global, u flag): a letter or digit and the letters, digits and ’'-
 * after it. Writes their bounds to out[0 .. 2n) when given; returns n, how many there are, or stops once
 * there are more than `limit`.
 */
function scanWords(text: string, start: number, end: number, out: number[] | null, limit = Infinity): number {
	let n = 0;
	let p = start;
	while (p < end && n <= limit) {
		const c = codePointAt(text, p, end);
		if ((classOf(c) & LETTER_OR_DIGIT_BIT) === 0) {
			p += c > 0xffff ? 2 : 1;
			continue;
		}
		let q = p + (c > 0xffff ? 2 : 1);
		while (q < end) {
			const d = codePointAt(text, q, end);
			const k = classOf(d);
			if (k & LETTER_OR_DIGIT_BIT) q += d > 0xffff ? 2 : 1;
			else if (k & WORD_INNER) q++;
			else break;
		}
		if (out) {
			out[2 * n] = p;
			out[2 * n + 1] = q;
		}
		n++;
		p = q;
	}
	return n;
}

/** Bounds of the words of text.slice(start, end), as scanWords finds them. */
export function wordBounds(text: string, start: number, end: number): number[] {
	const out: number[] = [];
	scanWords(text, start, end, out);
	return out;
}

/** Writes the bounds wordBounds finds to out[0 .. 2n) and returns n, how many words there are. */
export const scanWordBounds = (text: string, start: number, end: number, out: number[]): number => scanWords(text, start, end, out);

/**
 * How many words text.slice(start, end) holds, as scanWords finds them; with `limit`, counting stops past it
 * (the answer is then limit + 1): rules that skip long sentences or lines ask this of every one, and most are long.
 */
export const wordCount = (text: string, start: number, end: number, limit?: number): number => scanWords(text, start, end, null, limit);

const LETTER = /^\p{L}$/u;
/** True when the code point is in \p{L} (asked only after an apostrophe, so no table). */
const isLetter = (cp: number): boolean => (cp < 0x80 ? ((cp | 32) >= 97 && (cp | 32) <= 122) : LETTER.test(String.fromCodePoint(cp)));

/**
 * How many matches of /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu text.slice(start, end) holds: runs of letters or
 * digits, one apostrophe and the letters after it kept with them ("don't" one, "40,074" two).
 */
export function runCount(text: string, start = 0, end = text.length): number {
	let n = 0;
	let p = start;
	while (p < end) {
		const c = codePointAt(text, p, end);
		p += c > 0xffff ? 2 : 1;
		if (!isLetterOrDigit(c)) continue;
		n++;
		for (let d = codePointAt(text, p, end); p < end && isLetterOrDigit(d); d = codePointAt(text, p, end)) p += d > 0xffff ? 2 : 1;
		const a = text.charCodeAt(p);
		if ((a === 39 || a === 0x2019) && p + 1 < end && isLetter(codePointAt(text, p + 1, end))) {
			p++;
			for (let d = codePointAt(text, p, end); p < end && isLetter(d); d = codePointAt(text, p, end)) p += d > 0xffff ? 2 : 1;
		}
	}
	return n;
}

/** True when the UTF-16 unit is one /\s/ matches (the same set with or without the u flag). */
export const isSpaceUnit = (c: number): boolean =>
	c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
