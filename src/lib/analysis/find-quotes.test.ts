import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';
import { segmentSentences, splitBlocks } from './segment';

function quotes(text: string) {
	const blocks = splitBlocks(text);
	const qs = findQuotes({ text, blocks, noise: [], sentences: segmentSentences(text, blocks, []) });
	return qs.map((q) => ({ words: text.slice(q.inner.start, q.inner.end), marks: q.marks, group: q.group }));
}

describe('findQuotes', () => {
	it('finds straight and curly quotations, leaving apostrophes alone', () => {
		const text = 'The PM’s aide said "it is over" and the minister said “we’ll see”.';
		expect(quotes(text).map((q) => [q.words, q.marks])).toEqual([
			['it is over', 'straight'],
			['we’ll see', 'curly'],
		]);
	});

	it('reads two apostrophes as a double quotation mark, as plain-text archives write them', () => {
		const text = "''We will not wait,'' the mayor said. The ''so-called'' review is the council's own.";
		expect(quotes(text).map((q) => q.words)).toEqual(['We will not wait,', 'so-called']);
	});

	it('reads doubled opening marks as one quotation', () => {
		expect(quotes('The ministry told AOAV: ““We are committed to the law.”').map((q) => [q.words, q.marks])).toEqual([
			['We are committed to the law.', 'doubled'],
		]);
	});

	it('joins a quotation left open at the end of a paragraph to the paragraph that reopens it', () => {
		const text = 'She said: “We will act.\n\n“We will not wait for the review.”\n\n“A new point,” she added.';
		const q = quotes(text);
		expect(q.map((x) => x.words)).toEqual(['We will act.', 'We will not wait for the review.', 'A new point,']);
		expect(q[0]?.group).toBe(q[1]?.group);
		expect(q[2]?.group).not.toBe(q[1]?.group);
	});

	it('reads words after "wrote:" with no marks as a quotation running to the end of the paragraph', () => {
		const text = 'He wrote: Ministers claim the system is robust, but this is simply the opposite.\n\nHe left on Friday.';
		expect(quotes(text)).toEqual([{ words: 'Ministers claim the system is robust, but this is simply the opposite.', marks: 'colon', group: 1 }]);
	});

	it('finds a single-quoted phrase in a headline', () => {
		expect(quotes('Minister calls report ‘deeply flawed’ as row grows').map((q) => q.words)).toEqual(['deeply flawed']);
	});
});
