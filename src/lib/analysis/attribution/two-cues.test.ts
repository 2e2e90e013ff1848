import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';

/** The passage the cue passes on, as text. */
function contentOf(text: string, cue: string): string | undefined {
	const a = analyzeReport(text).attributions.find((x) => text.slice(x.cue.start, x.cue.end) === cue);
	return a ? text.slice(a.content.start, a.content.end) : undefined;
}

describe('two cues in one sentence', () => {
	it('keeps "appear to" inside what a source says when it joins the clause with no comma', () => {
		const text = 'Crime\n\nPolice figures show that the numbers in the mayor’s post are wrong and appear to be aimed at frightening voters.';
		expect(contentOf(text, 'show')).toBe('the numbers in the mayor’s post are wrong and appear to be aimed at frightening voters');
	});

	it('still ends what was said before a clause of the reporter’s own set off by a comma', () => {
		const text = 'Budget\n\nMayor Ann Reyes said the budget was sound, but appeared to doubt it by the evening.';
		expect(contentOf(text, 'said')).toBe('the budget was sound');
	});

	it('does not end what was said at the comma inside a number ("2,400")', () => {
		const text = 'Rich lists\n\nThe lists differ. While one research firm says there are more than 2,400 billionaires in the world, another says there are about 1,800.';
		expect(contentOf(text, 'says')).toBe('there are more than 2,400 billionaires in the world');
	});

	it('keeps a noun cue that is the object of the first passage’s verb inside it ("was softening its opposition to …")', () => {
		const text = 'Pensions\n\nThe Courier reported on Friday that the union, one of the largest in the state, was softening its opposition to cutting pensions.';
		expect(contentOf(text, 'reported')).toBe('the union, one of the largest in the state, was softening its opposition to cutting pensions');
	});

	it('still ends the first passage before a noun cue in a phrase of the reporter’s after a comma ("…, despite his stance on …")', () => {
		const text = 'Race\n\nThe vote is close. Aide Tom Hale suggested the mayor would lose votes over the budget, despite his stance on the pier.';
		expect(contentOf(text, 'suggested')).toBe('the mayor would lose votes over the budget');
	});

	it('reads an "and" between two names as joining them, not as a clause the second cue opens', () => {
		const text = 'Borders\n\nThe vote came on Monday. Analysts say that attacks like Paris and Brussels make it likely that governments will insist on stricter checks.';
		expect(contentOf(text, 'say')).toBe('attacks like Paris and Brussels make it likely that governments will insist on stricter checks');
	});
});
