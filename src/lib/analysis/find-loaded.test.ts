import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

const loaded = (text: string) => analyzeReport(text).loaded.map((l) => [text.slice(l.start, l.end), l.voice]);

describe('findLoaded', () => {
	it('tells the reporter’s loaded words from a quoted source’s', () => {
		const text = [
			'Council row deepens',
			'',
			'The council’s shocking decision sparked fury among parents.',
			'',
			'“This is a disgraceful betrayal of our children,” said Anna Price, who leads the parents’ group.',
		].join('\n');
		expect(loaded(text)).toEqual([
			['shocking', 'reporter'],
			['sparked', 'reporter'],
			['fury', 'reporter'],
			['disgraceful', 'source'],
			['betrayal', 'source'],
		]);
	});

	it('counts passed-on words as the source’s, not the reporter’s', () => {
		const text = 'Strike talks fail\n\nUnion leaders said the offer was an outrageous insult to nurses.';
		expect(loaded(text)).toEqual([['outrageous', 'source']]);
	});

	it('marks a teaser question and a "Shocking" opener in a headline as the reporter’s devices', () => {
		const text = 'Shocking exit: Star quits the show – What really happened?\n\nThe presenter left on Friday.';
		expect(loaded(text)).toEqual([
			['Shocking', 'reporter'],
			['What really happened?', 'reporter'],
		]);
	});

	it('leaves plain wire copy alone', () => {
		const text = 'Rates held\n\nThe central bank kept interest rates at 5 percent on Thursday, the bank said in a statement. Inflation fell to 3.1 percent in May.';
		expect(loaded(text)).toEqual([]);
	});

	it('flags an editorial aside in the reporter’s voice ("without evidence")', () => {
		const text = 'Claims disputed\n\nThe president claimed, without evidence, that the vote was rigged.';
		expect(loaded(text)).toEqual([['without evidence', 'reporter']]);
	});
});
