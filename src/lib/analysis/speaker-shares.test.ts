import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

/** Who the report says said the words, or undefined when it found no one saying them. */
function speakerOf(text: string, words: string): string | undefined {
	return analyzeReport(text).attributions.find((a) => text.slice(a.content.start, a.content.end) === words)?.speaker;
}

describe('people a poll or a report counts, as the ones who say something', () => {
	it('reads a rate with no noun after it ("One in five say …") as those polled', () => {
		const text = 'Poll\n\nThe county survey asked 900 residents about the bridge. One in five say the toll is too high.';
		expect(speakerOf(text, 'the toll is too high')).toBe('one in five');
	});

	it('reads "nine out of 10" as one rate', () => {
		const text = 'Poll\n\nThe county survey asked 900 residents about the bridge. Nearly nine out of 10 say the bridge should stay open.';
		expect(speakerOf(text, 'the bridge should stay open')).toBe('nearly nine out of 10');
	});

	it('reads "those surveyed" as a group and names it so', () => {
		const text = 'Poll\n\nThe county survey asked 900 residents about the bridge. Those surveyed say repairs should come first.';
		expect(speakerOf(text, 'repairs should come first')).toBe('those surveyed');
	});

	it('reads bodies in the plural ("Companies say …") as a group that speaks', () => {
		const text = 'Encryption\n\nThe bill would weaken phone locks. Companies say the change would put ordinary users at risk.';
		expect(speakerOf(text, 'the change would put ordinary users at risk')).toBe('companies');
	});
});
