import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutReport, type TextBlock } from './report-text';

const seed = (file: string) =>
	readFileSync(new URL(`../content/stories/${file}`, import.meta.url), 'utf8');
const reportA = seed('000_e6705d96b1f0feb6.txt');
const reportB = seed('001_637e260c91ed6497.txt');

const blocks = (text: string): TextBlock[] => {
	const { headline, paragraphs } = layoutReport(text);
	return headline ? [headline, ...paragraphs] : paragraphs;
};

describe('layoutReport', () => {
	it("takes report A's first line as its headline", () => {
		expect(layoutReport(reportA).headline?.text).toBe(
			'Foreign Office official resigns after UK refuses to ban arms exports to Israel | Arms Trade'
		);
	});

	it("takes the first non-empty line as the headline even when it is debris (report B's \"News\")", () => {
		expect(layoutReport(reportB).headline?.text).toBe('News');
	});

	it('splits paragraphs on blank lines', () => {
		const { paragraphs } = layoutReport(reportA);
		// 19 non-empty lines in the file: the headline and 18 paragraphs.
		expect(paragraphs).toHaveLength(18);
		expect(paragraphs[0]?.text).toMatch(/^A British Foreign Office official has resigned/);
		expect(paragraphs.at(-1)?.text).toMatch(/^The war began on October 7/);
	});

	it.each([
		['A', reportA],
		['B', reportB]
	])('gives every block of report %s offsets that slice back to its text', (_, text) => {
		for (const block of blocks(text)) expect(text.slice(block.start, block.end)).toBe(block.text);
	});

	it.each([
		['A', reportA],
		['B', reportB]
	])('drops nothing but whitespace from report %s', (_, text) => {
		const shown = blocks(text)
			.map((b) => b.text)
			.join('');
		expect(shown.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
	});

	it('keeps a single line break inside a paragraph', () => {
		const { headline, paragraphs } = layoutReport('Title\nstill the first block\n\nOne\ntwo');
		expect(headline?.text).toBe('Title');
		expect(paragraphs.map((p) => p.text)).toEqual(['still the first block', 'One\ntwo']);
	});

	it('treats Windows line endings and whitespace-only lines as blank lines', () => {
		const { headline, paragraphs } = layoutReport('\r\n  Title\r\n \r\nBody one.\r\n\t\r\nBody two.\r\n');
		expect(headline?.text).toBe('Title');
		expect(paragraphs.map((p) => p.text)).toEqual(['Body one.', 'Body two.']);
	});

	it('returns no headline and no paragraphs for empty text', () => {
		expect(layoutReport(' \n\n ')).toEqual({ headline: null, paragraphs: [] });
	});
});
