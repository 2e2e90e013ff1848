import { describe, expect, it } from 'vitest';
import { hedgeWords } from './test-reader';

describe('the unknown', () => {
	it('marks what the report says is not known, and only the words that say so', () => {
		expect(
			hedgeWords(
				'It was unclear whether the ferry would sail. The cause of the blaze remains unknown. It was not immediately clear who fired first. It remains to be seen whether the deal will hold. The video could not be independently verified. It is too early to say how badly the crops were hit.',
			),
		).toEqual([
			['unclear', 'modal', 'unknown'],
			['unknown', 'modal', 'unknown'],
			['not immediately clear', 'modal', 'unknown'],
			['remains to be seen', 'modal', 'unknown'],
			['could not be independently verified', 'modal', 'unknown'],
			['too early to say', 'modal', 'unknown'],
		]);
	});

	it('leaves plain speaking, a reputation and a vote alone', () => {
		expect(
			hedgeWords(
				'The rules were set out in no uncertain terms. He is not known for his patience. The minister made it clear that she would stay. His nomination was not confirmed by the Senate.',
			),
		).toEqual([]);
	});

	it('hears a speaker admit not knowing, but not a charge that someone else does not know', () => {
		expect(hedgeWords('“We don’t know whether the dam will hold,” she said. He doesn’t know what the word sacrifice means.')).toEqual([['We don’t know', 'modal', 'unknown']]);
	});
});
