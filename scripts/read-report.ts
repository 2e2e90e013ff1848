// Reads a report file for the command line, or says in one line why it cannot: missing, empty, binary,
// not UTF-8, or longer than the 20,000 words the engine is meant for. The text is returned exactly as read.
import { readFileSync, statSync } from 'node:fs';

import { MAX_WORDS } from '../src/lib/paste/check-report';

export { MAX_WORDS };

export type ReadResult = { ok: true; text: string; words: number } | { ok: false; error: string };

export function readReport(path: string): ReadResult {
	let bytes: Buffer;
	try {
		if (statSync(path).isDirectory()) return { ok: false, error: `${path}: is a folder, not a text file` };
		bytes = readFileSync(path);
	} catch {
		return { ok: false, error: `${path}: no such file (check the name and folder)` };
	}
	if (bytes.includes(0)) return { ok: false, error: `${path}: looks like a binary file, not text (save the article as plain text)` };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: `${path}: is not UTF-8 text (save it as UTF-8 plain text)` };
	}
	const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
	if (words === 0) return { ok: false, error: `${path}: is empty (no words to analyse)` };
	if (words > MAX_WORDS) return { ok: false, error: `${path}: has ${words.toLocaleString('en')} words; the limit is ${MAX_WORDS.toLocaleString('en')} (split it or use one article)` };
	return { ok: true, text, words };
}

/** A report file as a pasted report: its first non-empty line is the headline, the rest the text. */
export function asPasted(text: string): { headline: string; outlet: string; text: string } {
	const lines = text.replace(/^\s+/, '').split('\n');
	return { headline: (lines[0] ?? '').trim().slice(0, 300), outlet: '', text: lines.slice(1).join('\n').trim() };
}
