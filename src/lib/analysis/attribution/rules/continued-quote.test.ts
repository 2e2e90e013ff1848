import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

/** The speakers of the findings whose content is exactly the words (none when the words are no finding). */
function speakersOf(text: string, words: string): string[] {
	return analyzeReport(text)
		.attributions.filter((a) => text.slice(a.content.start, a.content.end) === words)
		.map((a) => a.speaker);
}

describe('a quotation that carries on the last source quoted', () => {
	it('gives a quotation standing alone after a quoted source to that source', () => {
		const text = 'Race\n\n“We will win this county,” Senator Ann Reyes said. “Nobody doubts it any more.”';
		expect(speakersOf(text, 'Nobody doubts it any more')).toEqual(['Ann Reyes']);
	});

	it('does not carry it over a quotation between them that no one is found to have said', () => {
		const text = 'Race\n\n“We will win this county,” Senator Ann Reyes said. “It was a fine evening,” the gambler told a paper when asked about the party.\n\n“He was very charming.”';
		expect(speakersOf(text, 'He was very charming')).not.toContain('Ann Reyes');
	});

	it('does not give the last speaker a question someone else is told to have asked in a sentence of its own', () => {
		const text =
			'Court\n\nMr. Hale said that was not the test. “The test that matters,” he said, “is between the two groups.”\n\n' +
			'The chief justice also asked Mr. Hale “how many cases of unfair pay must be shown before you can say the fault lies with the policy and not with a few bad managers?”';
		const words = 'how many cases of unfair pay must be shown before you can say the fault lies with the policy and not with a few bad managers?';
		expect(speakersOf(text, words)).not.toContain('Hale');
	});

	it('carries on one passage the cue interrupts as the same voice, not as a source it quotes', () => {
		const text = 'Race\n\n“We will win this county,” Senator Ann Reyes said, “and nobody doubts it.”\n\n“The suburbs will decide it.”';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end) === 'The suburbs will decide it');
		expect(a?.speaker).toBe('Ann Reyes');
		expect(a?.nested).toBeUndefined();
	});

	it('keeps it with the source when the sentence opens on a pronoun or a word of time ("Then she added a caveat:")', () => {
		const text = 'Race\n\n“We will win this county,” Senator Ann Reyes said. Then she added a caveat: “The city is still close, and the suburbs will decide it in the end.”';
		expect(speakersOf(text, 'The city is still close, and the suburbs will decide it in the end')).toEqual(['Ann Reyes']);
	});

	it('keeps it with the source after an opening participle clause ("Opening up about her past, …")', () => {
		const text = 'Race\n\n“We will win this county,” Senator Ann Reyes said. Opening up about her past, “I lost three races before I won one, and I learned from each of them.”';
		expect(speakersOf(text, 'I lost three races before I won one, and I learned from each of them')).toEqual(['Ann Reyes']);
	});

	it('does not give it to the last source when the sentence opens on someone else’s name ("Hale gave a sharp reply:")', () => {
		const text = 'Race\n\n“We will win this county,” Senator Ann Reyes said. Hale gave a sharp reply: “Nobody in this county believes that, and nobody will vote for it.”';
		expect(speakersOf(text, 'Nobody in this county believes that, and nobody will vote for it')).not.toContain('Ann Reyes');
	});

	it('does not give the last speaker a quotation closing on a comma before words that name someone else with no verb', () => {
		const text = 'Rail\n\nThe vote is on Monday.\n“The rail plan will not pass,” Tom Reed told reporters.\n“We have the votes to pass it and we will pass it before the summer is over,” the mayor’s husband and campaign manager.\n';
		expect(speakersOf(text, 'We have the votes to pass it and we will pass it before the summer is over')).not.toContain('Tom Reed');
	});

	it('does not give the last speaker a quotation cued in its own sentence by someone the reader has not met ("The cameraman replies, “…”")', () => {
		const text = 'Protest\n\n“We will not leave this square,” Mayor Ann Holt said. On the tape she pushes the lens away. The cameraman replies, “We are only here to film the meeting, and then we all go home.”';
		expect(speakersOf(text, 'We are only here to film the meeting, and then we all go home')).not.toContain('Ann Holt');
	});

	it('does not give an answer to the one who asked ("Cole asked Hale, “…?” His response: “…”")', () => {
		const text = 'Race\n\nThe debate ran late. Radio host Ann Cole asked Tom Hale, “Can you still win the county?” His response: “Nobody doubts it any more.”';
		expect(speakersOf(text, 'Nobody doubts it any more')).not.toContain('Ann Cole');
	});

	it('carries it on as the voice that quotes, not a source quoted at the end of its words (“…, calling it “a toy train,” Cole said.”)', () => {
		const text = 'Rail\n\nThe vote is on Monday. Reed’s aides have mocked the plan, calling it “a toy train,” Ann Cole said on Monday. “But it is our toy train, and people will ride it!”';
		expect(speakersOf(text, 'But it is our toy train, and people will ride it!')).toEqual(['Ann Cole']);
	});

	it('reads a quotation its cue splits into two sentences of one paragraph as one passage, not over a break, narration or another passage', () => {
		const text = 'Pool\n\n“The pool will open in May,” said Dana Ortiz, who chairs the parks board. “We found the money.” “Every cent of it.”';
		const whole = 'The pool will open in May,” said Dana Ortiz, who chairs the parks board. “We found the money.” “Every cent of it';
		expect(speakersOf(text, whole)).toEqual(['Dana Ortiz']);
		// Each part is still its speaker's words, as a quotation carried on.
		expect(speakersOf(text, 'We found the money')).toEqual(['Dana Ortiz']);
		expect(speakersOf(text, 'Every cent of it')).toEqual(['Dana Ortiz']);
		const apart = [
			'Pool\n\n“The pool will open in May,” said Dana Ortiz.\n\n“We found the money.”',
			'Pool\n\n“The pool will open in May,” said Dana Ortiz. She left the hall early. “We found the money.”',
			'Pool\n\n“The pool will open in May,” said Dana Ortiz, claiming that the board had cut the cost. “We found the money.”',
		];
		for (const t of apart) {
			expect(analyzeReport(t).attributions.some((x) => x.content.start < t.indexOf('May') && x.content.end > t.indexOf('We found'))).toBe(false);
			expect(speakersOf(t, 'We found the money')).toEqual(['Dana Ortiz']);
		}
	});
});
