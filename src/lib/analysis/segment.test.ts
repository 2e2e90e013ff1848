import { describe, expect, it } from 'vitest';
import { segmentSentences, splitBlocks } from './segment';

const sentences = (text: string) => segmentSentences(text, splitBlocks(text), []).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
	it('does not end a sentence at a "?" standing apart from the word before it, a character lost in copying', () => {
		const text = 'The group is run by Ann Cole ? and Tom ?Reed, two strategists. Why? Nobody knows.';
		expect(sentences(text)).toEqual(['The group is run by Ann Cole ? and Tom ?Reed, two strategists.', 'Why?', 'Nobody knows.']);
	});

	it('keeps the plural and congressional titles inside their sentence ("Sens.", "Reps.", "Cong.")', () => {
		const text = 'The bill was backed by Sens. Ann Cole and Tom Reed. The seat may go to former Cong. Dan Hale or Rita Moss.';
		expect(sentences(text)).toEqual(['The bill was backed by Sens. Ann Cole and Tom Reed.', 'The seat may go to former Cong. Dan Hale or Rita Moss.']);
	});

	it('keeps a title abbreviation inside its sentence', () => {
		const text = 'Dr. Iain Overton, Executive Director of Action on Armed Violence, commented on the resignation. He was blunt.';
		expect(sentences(text)).toEqual([
			'Dr. Iain Overton, Executive Director of Action on Armed Violence, commented on the resignation.',
			'He was blunt.',
		]);
	});

	it('keeps a clergy title abbreviation inside its sentence ("Msgr.", "Fr.")', () => {
		const text = 'Cardinal Ruiz said, “We are afraid if Msgr. Cole comes, Fr. Dunn will leave.” Nobody left.';
		expect(sentences(text)).toEqual(['Cardinal Ruiz said, “We are afraid if Msgr. Cole comes, Fr. Dunn will leave.”', 'Nobody left.']);
	});

	it('does not end a sentence at an initial or at "No."', () => {
		const text = 'The author J. K. Rowling visited No. 10 on Tuesday. Mr. Starmer was out.';
		expect(sentences(text)).toEqual(['The author J. K. Rowling visited No. 10 on Tuesday.', 'Mr. Starmer was out.']);
	});

	it('keeps a dotted acronym or a pair of initials with the name it opens, but ends a sentence before "The"', () => {
		const text = 'The grant came from the U.S. Department of Energy, said J.R. Osei, a fellow at the institute. He moved to the U.K. The move was quiet.';
		expect(sentences(text)).toEqual([
			'The grant came from the U.S. Department of Energy, said J.R. Osei, a fellow at the institute.',
			'He moved to the U.K.',
			'The move was quiet.',
		]);
	});

	it('never joins sentences across paragraphs', () => {
		const text = 'Officials said the talks would resume\n\nThey did not say when.';
		expect(sentences(text)).toEqual(['Officials said the talks would resume', 'They did not say when.']);
	});

	it('splits each paragraph where the segmenter does, whatever mark ends a sentence, and keeps a one-sentence paragraph whole', () => {
		// Paragraphs of one sentence (read without the segmenter) and paragraphs whose sentences end on marks of
		// other scripts or rarer marks (which only the segmenter knows), each against the segmenter itself.
		const paragraphs = [
			'The council said “we will appeal.”',
			'Was the vote fair?!',
			'The mayor (who had not been told) left early…',
			'Prices rose 4 per cent – the most since 2008 — in the café’s region',
			'It ended‼ Nobody expected it',
			'The envoy said: 会议结束了。 Talks resume tomorrow',
			'Who decides؟ The court does',
			'Was it wise⁉ Many doubt it',
			'The list ran on․ Then it stopped',
			'First part\u2029Second part',
		];
		const text = paragraphs.join('\n\n');
		const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
		const expected = paragraphs.flatMap((p) => [...segmenter.segment(p)].map((x) => x.segment.trim()).filter(Boolean));
		expect(sentences(text)).toEqual(expected);
		expect(sentences(text).slice(0, 4)).toEqual(paragraphs.slice(0, 4));
	});

	it('marks the first non-empty line as the headline', () => {
		const text = '\n\nMinister quits over leak\n\nThe minister resigned on Monday.';
		const blocks = splitBlocks(text);
		const out = segmentSentences(text, blocks, []);
		expect(out.filter((s) => s.headline).map((s) => text.slice(s.start, s.end))).toEqual(['Minister quits over leak']);
	});

	it('keeps a title after a hyphen inside its sentence ("then-Sen. Ruth Ames")', () => {
		const text = 'The gap between Mr. Cole and then-Sen. Ruth Ames was narrow. Few noticed.';
		expect(sentences(text)).toEqual(['The gap between Mr. Cole and then-Sen. Ruth Ames was narrow.', 'Few noticed.']);
	});
});
