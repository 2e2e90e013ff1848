import { describe, expect, it } from 'vitest';
import { segmentSentences, splitBlocks } from '../analysis/segment';
import { afterCut, clipSpan, garbled, halfQuoted, leansOnContext, objectAndInfinitive, pointsBack, quote, quoteAround, subjectless, tidySpan, wholeClause, wholeSentence, wholeSentencesWithin, wordsOf } from './text';

const sentencesOf = (text: string) => segmentSentences(text, splitBlocks(text), []);

describe('text helpers for questions', () => {
	it('does not take reported words cut before a relative clause ("the reason her group, which …, would") for a whole clause', () => {
		const text = 'She said the reason her group, which rarely agrees with him, would defend him is simple. He said the vote was fair.';
		const at = (p: string) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
		expect(wholeClause(text, at('the reason her group'))).toBe(false);
		expect(wholeClause(text, at('the vote was fair'))).toBe(true);
	});

	it('tells quoted words that open on their predicate from a whole clause', () => {
		const text = 'The cuts, she said, “do not touch a single benefit.” He said “nothing has changed” and “we will win.”';
		const at = (p: string) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
		expect(subjectless(text, at('do not touch a single benefit.'))).toBe(true);
		expect(subjectless(text, at('nothing has changed'))).toBe(false);
		expect(subjectless(text, at('we will win.'))).toBe(false);
	});

	it('widens a sentence cut inside a quotation to the whole quotation', () => {
		const text = 'Strike\n\nLocal mum Sarah Bell, 34, said: "My kids go there every week. It\'s a disgrace." The vote was 5-2.';
		const sentences = sentencesOf(text);
		const cut = sentences.find((s) => text.slice(s.start, s.end).startsWith("It's"));
		if (!cut) throw new Error('the splitter did not cut inside the quote');
		const whole = wholeSentence(text, sentences, cut);
		expect(text.slice(whole.start, whole.end)).toBe('Local mum Sarah Bell, 34, said: "My kids go there every week. It\'s a disgrace."');
	});

	it('quotes a passage with its inner quotation marks made single', () => {
		const text = 'Council leader Janet Ortiz said the decision was "painful but necessary".';
		expect(quote(text, { start: 0, end: text.length })).toBe('“Council leader Janet Ortiz said the decision was ‘painful but necessary’.”');
	});

	it('cuts a long passage after a word, without a dangling comma, and marks the cut', () => {
		const text = 'The war began on October 7 last year when Hamas-led militants crossed the border, and killed about 1,200 people.';
		expect(quote(text, { start: 0, end: text.length }, 14)).toBe('“The war began on October 7 last year when Hamas-led militants crossed the border …”');
		expect(clipSpan(text, { start: 0, end: text.length }, 100).clipped).toBe(false);
	});

	it('cuts a quotation at a dash without leaving a gap before the “…”', () => {
		const text = 'The judge said the plan to close the clinic — a cost-cutting move — was unlawful.';
		expect(quote(text, { start: 0, end: text.length }, 10)).toBe('“The judge said the plan to close the clinic …”');
	});

	it('quotes the part of a long sentence around the words asked about', () => {
		const text = 'According to the emails, his role was as second secretary, responsible for counter-terrorism, and while he was said to be a relatively low-ranking official, he described himself as an expert.';
		const at = text.indexOf('relatively');
		const q = quoteAround(text, { start: 0, end: text.length }, { start: at, end: at + 10 }, 12);
		expect(q.startsWith('“… ')).toBe(true);
		expect(q).toContain('relatively');
	});

	it('gives back the closing mark of a quotation it opened', () => {
		const text = 'Ortiz admitted the move was "painful" but went on.';
		const start = text.indexOf('the move');
		const span = tidySpan(text, { start, end: text.indexOf('"painful"') + 8 });
		expect(text.slice(span.start, span.end)).toBe('the move was "painful"');
	});

	it('gives back the closing mark of a quotation within a quotation that ends after its comma', () => {
		const text = `"The old sign said the town's name was 'Fairhaven,'" the mayor said.`;
		const span = tidySpan(text, { start: 1, end: text.indexOf('" the mayor') });
		expect(text.slice(span.start, span.end)).toBe(`The old sign said the town's name was 'Fairhaven,'`);
		const curly = 'He said: “They called it ‘the plan,’ and it failed.”';
		const c = tidySpan(curly, { start: curly.indexOf('They'), end: curly.indexOf(' and it') });
		expect(curly.slice(c.start, c.end)).toBe('They called it ‘the plan,’');
		// An apostrophe is no quotation mark: nothing to give back.
		const plain = `"We're done with the Smiths' plan," she said.`;
		const s = tidySpan(plain, { start: 1, end: plain.indexOf('" she') });
		expect(plain.slice(s.start, s.end)).toBe(`We're done with the Smiths' plan`);
	});

	it('splits a sentence into tappable words, keeping numbers and contractions whole', () => {
		const text = "It's at least 40,074, the ministry's figure.";
		expect(wordsOf(text, { start: 0, end: text.length }, 'a').map((w) => w.text)).toEqual(["It's", 'at', 'least', '40,074', 'the', "ministry's", 'figure']);
	});

	it('finds a sentence unfit to quote alone when it opens in lower case or is a subheading in title case', () => {
		expect(garbled('aired on the city channel on Tuesday night, marking a day of celebration.')).toBe(true);
		expect(garbled('Jo Hart On Why Small Towns Can’t Afford The New Bridge.')).toBe(true);
		expect(garbled('Mayor Jo Hart and Councillor Al Ng met residents of Elm Street on Monday.')).toBe(false);
		expect(garbled('The council voted on Monday to close the pier for a year.')).toBe(false);
		// A line cut after a title, its name lost in copying; a title inside a sentence is fine.
		expect(garbled('The records released by the agency, which is part of Gov.')).toBe(true);
		expect(garbled('The records were released by Gov. Jo Hart on Monday.')).toBe(false);
		// Nor is the rest of that line, which opens the next one.
		const cut = 'The records released by the agency, which is part of Gov.\nJo Hart’s administration, point the finger at the union.';
		expect(afterCut(cut, cut.indexOf('Jo Hart'))).toBe(true);
		expect(afterCut(cut, 0)).toBe(false);
		expect(garbled('<post id="12" author="@harbourwatch">The pier will close for a year, the council said.')).toBe(true);
		expect(garbled('The vote was 5 < 7 in the end, and the pier will close for a year.')).toBe(false);
	});

	it('finds an embedded post or a heading in capitals unfit to quote: a web address, a tag that closes itself, four words in capitals', () => {
		expect(garbled('AT LEAST 10 HURT IN HARBOUR BLAST The mayor said the pier would close for a year.')).toBe(true);
		expect(garbled('The U.S. and NATO asked the EU and the UN to help the harbour.')).toBe(false);
		const posts = ['@harbourwatch says the pier will close for a year https://t.co/abc123 pic.twitter.com/xyz.', 'The mayor promises to reopen the pier in her speech <post/>.', 'Details are on the council website at www.harbourtown.example until Friday.'];
		expect(posts.filter((t) => !garbled(t))).toEqual([]);
		expect(garbled('The council said the http rules for its website would change next year.')).toBe(false);
	});

	it('finds text decoded in the wrong character set unfit to quote, but not a name with a tilde', () => {
		expect(garbled('Drivers have to face the realÃ¢€world cost of the new toll, the union said.')).toBe(true);
		expect(garbled('The mayor of SÃO PAULO and Ms. Peña met on Monday.')).toBe(false);
	});

	it('finds half of a quotation by its unpaired marks, counting a doubled apostrophe as one', () => {
		expect(halfQuoted("He'll need many more if he wants to win,'' said Al Ng, a council aide.")).toBe(true);
		expect(halfQuoted('“The pier will close,” the mayor said. “Not for long.')).toBe(true);
		expect(halfQuoted("''The pier will close,'' the mayor's aide said.")).toBe(false);
		expect(halfQuoted('The mayor said the pier would close.')).toBe(false);
	});

	it('finds narration that names something by pointing to another sentence', () => {
		const pointing = [
			'The party also sent that statement around to reporters.',
			'No one voiced that growing unease more than the harbour master.',
			'The mayor issued the following statement through her lawyer.',
			'The council rejected these plans on Monday.',
			'On that same day, the mayor had lunch with the governor.',
		];
		const standing = [
			'The mayor said that taxes would rise this year.',
			'The bill that passed the council cuts bus fares.',
			'The harbour is so full that boats wait outside.',
			'This is the third strike this month.',
			'The Gazette reported Tuesday that Mayor Lee bought two ferries this past June.',
		];
		expect(pointing.filter((t) => !pointsBack(t))).toEqual([]);
		expect(standing.filter(pointsBack)).toEqual([]);
	});

	it('takes a sentence that opens on "Then" or ends on a colon for one that leans on its neighbours', () => {
		expect(leansOnContext('Then there is Mayor Jo Hart, who never lost a vote.')).toBe(true);
		expect(leansOnContext('As one aide put it, the loudest voice was not on the stage at all:')).toBe(true);
		expect(leansOnContext('Mayor Jo Hart never lost a vote in her twelve years on the council.')).toBe(false);
	});
});

describe('wholeSentencesWithin', () => {
	it('does not end a passage at the stop of a title before a name (“against then-Gov. Ruiz”)', () => {
		const text = 'Let me be clear. She ran a hard race against then-Gov. Ruiz, and at the end of that race he asked her to run the treasury for the state and its towns.';
		const cut = wholeSentencesWithin(text, { start: 0, end: text.length }, 20);
		expect(cut && text.slice(cut.start, cut.end)).toBe('Let me be clear.');
	});
});

describe('wholeClause on a "that" read as a cue', () => {
	/** Whether the words from `from` to the sentence's stop read as a whole clause. */
	const clauseFrom = (sentence: string, from: string) => wholeClause(sentence, { start: sentence.indexOf(from), end: sentence.length - 1 });

	it('is not a clause when a verb and its object or infinitive follow the “that” of a relative clause (“states that vote a week later”, “counties that hope to …”)', () => {
		expect(clauseFrom('He needs wins in the big states that vote a week later.', 'vote')).toBe(false);
		// Or a verb and its infinitive: "counties that hope to …".
		expect(clauseFrom('The board has ruled only on appeals by counties that hope to delay the count.', 'hope')).toBe(false);
		expect(clauseFrom('Aides said they hope to delay the count.', 'they')).toBe(true);
		// Or an object pronoun: "a crash that she says drove her to politics".
		expect(clauseFrom('It was a crash that she says drove them to politics.', 'drove')).toBe(false);
	});

	it('is not a clause when its verb’s object is the noun before the one who says it (“the jobs she says the plan would create”)', () => {
		expect(clauseFrom('He listed the new jobs she and Hale say the plan would create.', 'the plan')).toBe(false);
		expect(clauseFrom('It is the only bridge the mayor says the town can afford to fix.', 'the town')).toBe(false);
		// A clause whose verb needs no object, and one after a time, are whole.
		expect(clauseFrom('Last weeks Hale said the plan would fail.', 'the plan')).toBe(true);
		expect(clauseFrom('The aides Hale met said the plan would fail.', 'the plan')).toBe(true);
		expect(clauseFrom('In the report she says the plan would create jobs.', 'the plan')).toBe(true);
		expect(clauseFrom('In the report the mayor says the economy would grow.', 'the economy')).toBe(true);
	});

	it('is not a clause when it opens on an adverb in -ly before a verb, or on what was said “about” something', () => {
		expect(clauseFrom('Read what the players said that truly moved us this year.', 'truly')).toBe(false);
		expect(clauseFrom('The mayor has said nothing about the plan since May.', 'nothing')).toBe(false);
		expect(clauseFrom('The mayor said nothing was decided in May.', 'nothing')).toBe(true);
		expect(clauseFrom('Aides said all the votes would be counted.', 'all')).toBe(true);
		expect(clauseFrom('Aides said reading the whole letter aloud was a first.', 'reading')).toBe(true);
		// A clause may open on a phrase before its subject.
		expect(clauseFrom('The mayor insisted that despite the bitter divisions that remain, the town is a hopeful one.', 'despite')).toBe(true);
	});

	it('is not a clause when it opens on a gerund with no verb of its own: what was proposed or denied, not claimed', () => {
		expect(clauseFrom('The senator suggested boycotting the chain if it did not change course.', 'boycotting')).toBe(false);
		expect(clauseFrom('The aide denied taking the money.', 'taking')).toBe(false);
		expect(clauseFrom('The mayor said cutting taxes will help the city.', 'cutting')).toBe(true);
	});
});

describe('objectAndInfinitive', () => {
	it('reads what a belief is about as an object and an infinitive when no verb of its own stands in it', () => {
		expect(objectAndInfinitive('expected', 'his bid for a second term to open his past up to scrutiny')).toBe(true);
		expect(objectAndInfinitive('believes', 'the plan to be flawed')).toBe(true);
		// A clause with its own verb, or a verb of saying, is a claim.
		expect(objectAndInfinitive('expected', 'the plan to build a pool would fail')).toBe(false);
		expect(objectAndInfinitive('said', 'his bid for a second term to open his past up to scrutiny')).toBe(false);
	});
});
