// Finds quotations: words inside straight, curly or doubled marks (or two apostrophes, ''as in archives''), quotes that run across paragraphs
// (opened, not closed, reopened: the newspaper convention), and words introduced by a reporting verb and a
// colon with no marks at all ("He wrote: Ministers claim ..."). Quotes inside quotes are left to the outer one.
import { SpanIndex, type ReadingContext } from './context';
import { COLON_VERB_FORMS, REPORTING_VERBS } from './lexicons/reporting-verbs';
import type { Block, Quote, QuoteMarks, Span } from './types';
import { wordSet } from './lexicons/word-set';

const OPENERS = wordSet('“ „ «');
const CLOSERS = wordSet('” »');
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{—–-]/;
const SPACE = /\s/;

// A reporting verb, then a colon, then words with no quotation mark: the colon itself opens the quote.
// "told" takes the one told first: "told the BBC: …".
const TOLD = [...REPORTING_VERBS].filter(([w, v]) => v.lemma === 'tell' && !w.endsWith('ing')).map(([w]) => w);
const COLON_CUE = new RegExp(`\\b(?:${COLON_VERB_FORMS.join('|')}|(?:${TOLD.join('|')}) [^:“”"]{1,40})\\s*:[ \\t]+(?=[^\\s“"‘'«„])`, 'gu');

interface Open {
	at: number;
	marks: QuoteMarks;
	/** Length of the opening mark(s): 2 for a doubled ““. */
	width: number;
}

function trimEnd(text: string, end: number, start: number): number {
	let e = end;
	while (e > start && SPACE.test(text[e - 1] ?? '')) e--;
	return e;
}

/** Double-mark quotes of one block; an unclosed one runs to the end of the block and is flagged open. */
function scanBlock(text: string, block: Span): { quotes: Quote[]; openAtEnd: boolean } {
	const quotes: Quote[] = [];
	let open: Open | null = null;
	let single: number | null = null;
	for (let i = block.start; i < block.end; i++) {
		// Only quotation marks and apostrophes do anything below: skip the rest without making strings.
		const c = text.charCodeAt(i);
		if (c !== 0x22 && c !== 0x27 && c !== 0xab && c !== 0xbb && (c < 0x2018 || c > 0x201e)) continue;
		const ch = text[i] ?? '';
		const prev = i > block.start ? (text[i - 1] ?? '') : ' ';
		const next = text[i + 1] ?? '';
		if (OPENERS.has(ch)) {
			if (open) continue; // a stray second opener inside a quote
			let width = 1;
			while (OPENERS.has(text[i + width] ?? '')) width++;
			open = { at: i, marks: width > 1 ? 'doubled' : 'curly', width };
			single = null;
			i += width - 1;
		} else if (CLOSERS.has(ch)) {
			if (!open) continue;
			const marks: QuoteMarks = open.marks === 'straight' ? 'mixed' : open.marks;
			quotes.push({ start: open.at, end: i + 1, inner: { start: open.at + open.width, end: i }, marks, group: -1 });
			open = null;
		} else if (ch === "'" && next === "'") {
			// Two apostrophes stand for a double quotation mark in plain-text news archives: ''Like this,'' he said.
			const after = text[i + 2] ?? '';
			if (!open && SPACE_BEFORE.test(prev) && after !== '' && !SPACE.test(after)) {
				open = { at: i, marks: 'straight', width: 2 };
				single = null;
			} else if (open && open.width === 2 && !SPACE_BEFORE.test(prev)) {
				quotes.push({ start: open.at, end: i + 2, inner: { start: open.at + 2, end: i }, marks: 'straight', group: -1 });
				open = null;
			}
			i++;
		} else if (ch === '"') {
			if (open && open.marks === 'straight') {
				quotes.push({ start: open.at, end: i + 1, inner: { start: open.at + 1, end: i }, marks: 'straight', group: -1 });
				open = null;
			} else if (!open && SPACE_BEFORE.test(prev) && next !== '' && !SPACE.test(next)) {
				open = { at: i, marks: 'straight', width: 1 };
				single = null;
			} else if (open && !SPACE_BEFORE.test(prev)) {
				// A straight mark closing a curly opener.
				quotes.push({ start: open.at, end: i + 1, inner: { start: open.at + open.width, end: i }, marks: 'mixed', group: -1 });
				open = null;
			}
		} else if (!open && (ch === '‘' || (ch === "'" && SPACE_BEFORE.test(prev))) && LETTER.test(next) && SPACE_BEFORE.test(prev)) {
			single = i;
		} else if (!open && single !== null && (ch === '’' || ch === "'") && !LETTER.test(next) && i - single <= 80) {
			quotes.push({ start: single, end: i + 1, inner: { start: single + 1, end: i }, marks: 'curly', group: -1 });
			single = null;
		}
	}
	if (open) {
		const end = trimEnd(text, block.end, open.at);
		quotes.push({ start: open.at, end, inner: { start: open.at + open.width, end }, marks: open.marks, group: -1 });
		return { quotes, openAtEnd: true };
	}
	return { quotes, openAtEnd: false };
}

function colonQuotes(text: string, block: Block, marked: readonly Quote[]): Quote[] {
	const line = text.slice(block.start, block.end);
	// Every match holds its colon: most paragraphs have none, and the long pattern is not run over them.
	if (!line.includes(':')) return [];
	COLON_CUE.lastIndex = 0;
	for (let m = COLON_CUE.exec(line); m; m = COLON_CUE.exec(line)) {
		const at = block.start + m.index + m[0].length;
		if (marked.some((q) => q.start <= at && at < q.end)) continue;
		const end = trimEnd(text, block.end, at);
		if (end - at < 12) continue;
		return [{ start: at, end, inner: { start: at, end }, marks: 'colon', group: -1 }];
	}
	return [];
}

export function findQuotes(ctx: Omit<ReadingContext, 'quotes'>): Quote[] {
	const { text, blocks } = ctx;
	const out: Quote[] = [];
	let group = 0;
	let continuing = false;
	const noise = new SpanIndex(ctx.noise);
	for (const block of blocks) {
		// A block that is all page debris.
		if (noise.holds(block)) continue;
		const { quotes, openAtEnd } = scanBlock(text, block);
		const colon = colonQuotes(text, block, quotes);
		const all = [...quotes, ...colon].sort((a, b) => a.start - b.start);
		all.forEach((q, i) => {
			// A paragraph that reopens a quote left open at the end of the last one continues it.
			const joins = i === 0 && continuing && q.start === block.start && q.marks !== 'colon';
			q.group = joins ? group : ++group;
			out.push(q);
		});
		const last = all[all.length - 1];
		continuing = openAtEnd && last !== undefined && last.end >= trimEnd(text, block.end, block.start);
	}
	return out;
}
