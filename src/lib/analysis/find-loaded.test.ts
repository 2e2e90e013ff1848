import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

const loaded = (text: string) => analyzeReport(text).loaded.map((l) => [text.slice(l.start, l.end), l.voice]);
const findings = (text: string) => analyzeReport(text).loaded.map((l) => ({ words: text.slice(l.start, l.end), rule: l.rule, explanation: l.explanation }));

describe('findLoaded', () => {
	it('tells the reporter’s loaded words from a quoted source’s', () => {
		const text = [
			'Council row deepens',
			'',
			'The council’s shocking decision caused fury among parents.',
			'',
			'“This is a disgraceful decision,” said Anna Price, who leads the parents’ group.',
		].join('\n');
		expect(loaded(text)).toEqual([
			['shocking', 'reporter'],
			['fury', 'reporter'],
			['disgraceful', 'source'],
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
		const text = 'Claims disputed\n\nThe president claimed, without evidence, that the count was late.';
		expect(loaded(text)).toEqual([['without evidence', 'reporter']]);
	});

	it('explains an aside or a doubt in a source’s words without calling it the writer’s', () => {
		const text = 'Letter\n\n“Needless to say, the so-called experts were wrong,” the senator wrote on Friday.';
		const said = findings(text);
		expect(said.map((f) => f.words)).toEqual(['Needless to say', 'so-called']);
		expect(said.every((f) => !f.explanation.includes('writer') && f.explanation.includes('the senator'))).toBe(true);
	});

	it('finds common loaded words beyond any one story: labels, judgements and feelings', () => {
		const text = 'Cuts row\n\nThe greedy landlords and their hard-left critics traded insults. Tenants spoke of misery. The heartless cuts were beloved by no one.';
		expect(loaded(text).map(([w]) => w)).toEqual(['greedy', 'hard-left', 'misery', 'heartless', 'beloved']);
	});

	it('marks an intensifier together with the word it strengthens, and not when it strengthens nothing', () => {
		const text = 'Inquiry\n\nThe report called the claims utterly irrelevant. “Absolutely,” the minister replied. “Absolutely nothing changed.”';
		expect(loaded(text)).toEqual([['utterly irrelevant', 'reporter']]);
	});

	it('leaves an intensifier alone when a preposition follows it: it strengthens the verb before it, not the next word', () => {
		const text = 'Retiring\n\nShe enjoyed the work tremendously over many years, and the cuts reached deeply into the budget.';
		expect(loaded(text)).toEqual([]);
	});

	it('leaves comparatives and superlatives to the comparison they make ("the darkest day", "duller than")', () => {
		const text = 'Winter\n\nFriday will be the darkest day of the year, and the weekend duller than usual.';
		expect(loaded(text)).toEqual([]);
	});

	it('takes a capitalised word inside a sentence for a name, not a judgement', () => {
		const text = 'Fight night\n\nTyson Fury met Joe Savage in Manchester on Saturday.';
		expect(loaded(text)).toEqual([]);
	});

	it('names each finding’s rule by category and entry, so its precision is measured per word', () => {
		const text = 'Sanctions\n\nThe far-right party rejected the offer.';
		expect(findings(text).map((f) => f.rule)).toEqual(['loaded/label/far-right']);
	});

	it('explains each word for its sentence: what it describes, the plainer word, whose words they are', () => {
		const text = 'Budget row\n\nThe minister slammed the ridiculous plans. “It is a shameful policy,” said Sara Lee, who chairs the panel.';
		expect(findings(text).map((f) => [f.words, f.explanation])).toEqual([
			['slammed', '“slammed” is a charged way of saying “criticised”: it adds drama or a point of view that the plain word would not. These are the reporter’s own words.'],
			['ridiculous', '“ridiculous”, said of “plans”, passes judgement instead of only describing. These are the reporter’s own words.'],
			['shameful', '“shameful”, said of “policy”, passes judgement instead of only describing. These are the words of Sara Lee, which the report passes on.'],
		]);
	});

	it('names what a label before a name or noun labels', () => {
		const text = 'Party row\n\nThe hard-left Momentum group backed the motion. Radical activists blocked the road.';
		expect(findings(text).map((f) => f.explanation)).toEqual([
			'“hard-left” is a label for “Momentum”: it sorts them by a judgement instead of saying what they stand for or did. These are the reporter’s own words.',
			'“Radical” is a label for “activists”: it sorts them by a judgement instead of saying what they stand for or did. These are the reporter’s own words.',
		]);
	});

	it('says whose words a passed-on judgement is, with the speaker as the report names them', () => {
		const text = 'Claims disputed\n\nThe president said the inquiry was a shameless stunt.';
		expect(findings(text).map((f) => f.explanation)).toEqual([
			'“shameless”, said of “stunt”, passes judgement instead of only describing. These are the words of the president, which the report passes on.',
			'“stunt” passes judgement instead of only describing. These are the words of the president, which the report passes on.',
		]);
	});

	it('finds words of moral condemnation, of smearing a name and figures of attack, in the reporter’s voice and a source’s', () => {
		const text = [
			'Harbour fight',
			'',
			'The board’s nefarious plan met an onslaught of letters, and rampant rumours spread.',
			'',
			'“They have vilified our crews,” said Tom Reyes, who called the chairman a dictator.',
		].join('\n');
		expect(loaded(text)).toEqual([
			['nefarious', 'reporter'],
			['onslaught', 'reporter'],
			['rampant', 'reporter'],
			['vilified', 'source'],
			// Reyes's word, passed on by "called".
			['dictator', 'source'],
		]);
	});

	it('finds words that belittle a person’s manner or motives, and leaves plain words for the same acts alone', () => {
		const text = [
			'Budget vote',
			'',
			'After a testy exchange, the senator dismissed the bill as a ploy and accused its authors of grandstanding.',
			'',
			'After a long exchange, the senator called the bill a proposal and said its authors had spoken at length.',
		].join('\n');
		expect(loaded(text)).toEqual([
			['testy', 'reporter'],
			// The senator's verdicts, passed on by "dismissed … as" and "accused … of".
			['ploy', 'source'],
			['grandstanding', 'source'],
		]);
	});

	it('finds the verbs of attacking in every form, with the plainer word for the form used', () => {
		const text = 'Budget row\n\nThe senator was slamming the plan on Monday. Her deputy derides the critics at every meeting, and both are tired of smearing.';
		expect(findings(text).map((f) => [f.words, f.explanation.split(':')[0]])).toEqual([
			['slamming', '“slamming” is a charged way of saying “criticising”'],
			['derides', '“derides” is a charged way of saying “criticises”'],
			['smearing', '“smearing” is an emotional word'],
		]);
	});

	it('leaves alone words that news uses plainly even in the uses their sense check leaves loaded', () => {
		// "historic" before an event and "regime" for a government: the corpus's annotators mark neither there.
		const text = 'Summit\n\nThe two leaders met at a historic summit in Geneva. The regime in Tehran rejected the offer.';
		expect(loaded(text)).toEqual([]);
	});

	it('keeps a label that a style guide names by name, whatever the counts ("controversial")', () => {
		const text = 'Sheriff\n\nThe controversial sheriff endorsed the governor on Tuesday.';
		expect(loaded(text)).toEqual([['controversial', 'reporter']]);
	});

	it('leaves alone words that report what someone felt ("unhappy", "uncomfortable"), and keeps words that judge a motive', () => {
		const text = 'Vote\n\nMany voters were unhappy with the deal, and the meeting ended in an uncomfortable silence. Critics called it a spiteful move.';
		expect(loaded(text)).toEqual([['spiteful', 'source']]);
	});

	it('leaves alone words that name harm or punishment ("an abusive marriage", "punitive tariffs", "adverse effects")', () => {
		const text = 'Trade\n\nShe left an abusive marriage in 2009. The ministry warned of punitive tariffs and adverse effects on farmers.';
		expect(loaded(text)).toEqual([]);
	});

	it('leaves alone a state of mind the report tells of someone ("was unconvinced", "seemed distraught", "not ashamed")', () => {
		const text = 'Court\n\nThe judge was unconvinced. The witness seemed distraught, and the clerk said she was not ashamed of the error.';
		expect(loaded(text)).toEqual([]);
	});

	it('gives a headline’s words in quotation marks to a source, and its other words to the report', () => {
		const text = "Mayor: 'Disgraceful' delay will close the library\n\nThe library shuts in June.";
		expect(findings(text)).toMatchObject([{ words: 'Disgraceful', explanation: expect.stringContaining('a quoted source’s words') }]);
		expect(loaded("Mayor's disgraceful delay will close the library\n\nThe library shuts in June.")).toEqual([['disgraceful', 'reporter']]);
	});

	it('says a judging word the report sets in quotation marks of its own is someone else’s wording, not the reporter’s', () => {
		const text = 'Council\n\nThe council’s "disgraceful" delay closed the library in June. A disgraceful delay followed in July.';
		expect(findings(text).map((f) => f.explanation.replace(/^.*instead of only describing\. /, ''))).toEqual([
			'The quotation marks show the wording is someone else’s, which the report chose to repeat.',
			'These are the reporter’s own words.',
		]);
	});

	it('reads "self-titled" and "self-appointed" as doubt cast on the name, and "chided" as a charged "criticised"', () => {
		const text = 'Radio\n\nThe self-titled king of talk radio chided the mayor on Monday.';
		expect(findings(text).map((f) => [f.words, f.explanation.split(':')[0]])).toEqual([
			['self-titled', '“self-titled” casts doubt on “king”'],
			['chided', '“chided” is a charged way of saying “criticised”'],
		]);
	});
});
