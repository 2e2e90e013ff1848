import { describe, expect, it } from 'vitest';
import { withHeadline, withoutHeadline } from './with-headline';

const body = 'The council voted on Tuesday to close the library.\n\nResidents said they would appeal.';

describe('a pasted report with its headline', () => {
	it('puts the headline first, as its own line', () => {
		expect(withHeadline({ headline: 'Library to close', text: body })).toBe(`Library to close\n\n${body}`);
	});

	it('drops the article’s first line when it only repeats the headline, whatever its case, marks or spacing', () => {
		for (const copy of ['Library to close', '  LIBRARY TO CLOSE  ', 'Library to close.', '“Library to close”']) {
			expect(withHeadline({ headline: 'Library to close', text: `${copy}\n\n${body}` })).toBe(`Library to close\n\n${body}`);
		}
		expect(withHeadline({ headline: 'Library to close', text: `\nLibrary to close\n${body}` })).toBe(`Library to close\n\n${body}`);
	});

	it('keeps a first line that says more than the headline, and every later line', () => {
		const text = `Library to close, council says\n\n${body}\n\nLibrary to close`;
		expect(withoutHeadline('Library to close', text)).toBe(text);
	});

	it('leaves the article as it is when there is no headline', () => {
		expect(withHeadline({ headline: '  ', text: body })).toBe(body);
		expect(withoutHeadline('', `Library to close\n\n${body}`)).toBe(`Library to close\n\n${body}`);
	});
});
