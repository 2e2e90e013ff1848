import { describe, expect, it } from 'vitest';
import type { HedgeCategory, LoadedCategory } from '../analysis/types';
import { Marked, emptyComparison } from './fixtures/hand-marked';
import { makePair } from './pair';
import { hedgeInSense, loadedInSense, unmarkedHedgeWords } from './sense';

const sideOf = (m: Marked) => makePair(m.analysis, new Marked('Other\n\nA plain report.').analysis, emptyComparison()).sides[0];

function hedgeSense(text: string, phrase: string, category: HedgeCategory): boolean {
	const m = new Marked(`Story\n\n${text}`).hedge(phrase, category);
	const h = m.analysis.hedges[0];
	if (!h) throw new Error('no hedge');
	return hedgeInSense(sideOf(m), h);
}

function loadedSense(text: string, phrase: string, category: LoadedCategory, quoted: boolean): boolean {
	const m = new Marked(`Story\n\n${text}`).loaded(phrase, quoted ? 'source' : 'reporter', category);
	const l = m.analysis.loaded[0];
	if (!l) throw new Error('no loaded word');
	return loadedInSense(sideOf(m), l, quoted);
}

describe('a hedge in the sense its teaching text gives', () => {
	it('takes "may" and "likely" as hedges of a claim', () => {
		expect(hedgeSense('The bridge may not reopen this year.', 'may', 'modal')).toBe(true);
		expect(hedgeSense('The vote is likely to be close.', 'likely', 'speculation')).toBe(true);
	});

	it('does not take a concessive "may" as a hedge: it grants the point before a "but"', () => {
		expect(hedgeSense('The firm may be big, but it can still be taken to court.', 'may', 'modal')).toBe(false);
		expect(hedgeSense('The firm may be big. But it can still be taken to court.', 'may', 'modal')).toBe(false);
		expect(hedgeSense('The firm may be a big company and that is no doubt.', 'may', 'modal')).toBe(false);
		// The comma inside the closing mark of a quoted phrase: "may be “a bit of theater,” but it is …".
		expect(hedgeSense('A historian said the vote may be “a bit of theater,” but it is not empty.', 'may', 'modal')).toBe(false);
		// A "But" that opens the next paragraph is the writer moving on, not the same speaker conceding.
		expect(hedgeSense('Excessive discretion may be a policy that breaks the law.\n\nBut the court did not rule.', 'may', 'modal')).toBe(true);
	});

	it('does not take what one expects of a person ("I don’t expect you to pay") as a guess, but keeps "expect prices to rise"', () => {
		expect(hedgeSense('"I don\'t expect you to pay for my mistakes," he said.', 'expect', 'modal')).toBe(false);
		expect(hedgeSense('Traders expect prices to rise next year.', 'expect', 'modal')).toBe(true);
		// An order to the reader: the writer's forecast, stated firmly.
		expect(hedgeSense('The mayor has lost the vote, but don’t expect him to leave quietly.', 'expect', 'modal')).toBe(false);
		expect(hedgeSense('Do not expect the fares to fall.', 'expect', 'modal')).toBe(false);
		expect(hedgeSense('He said he does not expect the council to agree.', 'expect', 'modal')).toBe(true);
	});

	// Each case: the text, the hedge's words, whether the hedge does a hedge's job there.
	const modals = (cases: [string, string, boolean][]) => cases.filter(([text, phrase, job]) => hedgeSense(text, phrase, 'modal') !== job).map(([text]) => text);

	it('does not take a modal that grants a point ("While he may win applause, …"), asks ("whether …") or measures a comparison ("than it may seem") as a hedge', () => {
		expect(
			modals([
				['While the mayor may win applause for the plan, the sums in it do not add up.', 'may', false],
				['Critics argue that, although the fare cut may draw riders, the buses will run emptier.', 'may', false],
				// A "though" clause after the main one, with no comma to close it, adds a real possibility.
				['Two unions have stayed out of the race, though they may endorse her in the coming weeks.', 'may', true],
				['It remains unclear whether the old ferry may run again next summer.', 'may', false],
				['Pressed about what the council may or may not be planning, the clerk said nothing.', 'may', false],
				['A voter asked the mayor if she might raise the tax.', 'might', false],
				['The town is in better shape than it may seem from the high street.', 'may', false],
				['The town may be in better shape than its high street.', 'may', true],
			]),
		).toEqual([]);
	});

	it('does not take an expectation that measures a comparison ("weaker than I expected") or came true ("As expected, …") as a hedge, but keeps a count ("more than 20 people may")', () => {
		const senses = [
			hedgeSense('"The team is much weaker than I expected," the coach said.', 'expected', 'speculation'),
			hedgeSense('Her haul was far less than a candidate in her place could be expected to raise.', 'expected', 'speculation'),
			hedgeSense('As expected, the council passed the budget on Monday.', 'expected', 'speculation'),
			hedgeSense('More than 20 people may have been hurt in the crash.', 'may', 'modal'),
			hedgeSense('Rather than a dozen, as many as 30 homes may be lost.', 'may', 'modal'),
			hedgeSense('The council is expected to pass the budget on Monday.', 'expected', 'speculation'),
			hedgeSense('The fund spends more than it takes in and may run dry by spring.', 'may', 'modal'),
			hedgeSense('Most of the letters are more than likely from the same few people.', 'likely', 'speculation'),
		];
		expect(senses).toEqual([false, false, false, true, true, true, true, true]);
	});

	it('does not take a gerund that names the act ("expecting him to change is like …") as a hedge, but keeps "is predicting"', () => {
		const guesses = [
			hedgeSense('Expecting the mayor to change her mind now is like waiting for the tide to stop.', 'Expecting', 'speculation'),
			hedgeSense('It is like buying a boat and expecting to stay dry in a storm.', 'expecting', 'speculation'),
			hedgeSense('The mayor is predicting that the ferry will run again by May.', 'predicting', 'speculation'),
		];
		expect(guesses).toEqual([false, false, true]);
	});

	it('does not take "you may have heard" as a hedge: it speaks to the listener', () => {
		expect(hedgeSense('"You may have heard that the mayor resigned," she said.', 'may', 'modal')).toBe(false);
	});

	it('does not take a group’s tendency ("more likely to vote") or a statement that something is unknown as a guess', () => {
		expect(hedgeSense('Older people are more likely to vote by post.', 'likely', 'speculation')).toBe(false);
		expect(hedgeSense('It was unclear whether the school would reopen.', 'unclear', 'speculation')).toBe(false);
	});

	it('does not take "reportedly" as hiding a source when the sentence names where it comes from', () => {
		expect(hedgeSense('The mayor reportedly told The Daily Post that he would quit.', 'reportedly', 'impersonal')).toBe(false);
		expect(hedgeSense('The mayor reportedly plans to quit.', 'reportedly', 'impersonal')).toBe(true);
	});

	it('does not take a view as unnamed when the sentence counts who holds it ("seen as … by a third of voters")', () => {
		expect(hedgeSense('The mayor is seen as the candidate best able to fix the roads by about a third of voters.', 'seen as', 'impersonal')).toBe(false);
		expect(hedgeSense('The plan was viewed as fair by 40 percent of those asked.', 'viewed as', 'impersonal')).toBe(false);
		// "by" that belongs to another verb leaves the view unnamed.
		expect(hedgeSense('The mayor is seen as weakened by the strike.', 'seen as', 'impersonal')).toBe(true);
	});

	it('does not take a speaker saying how a thing should be seen as passing on others’ view', () => {
		expect(hedgeSense('Mr. Hale said the change should be seen less as a shift than as a reflection of the budget.', 'seen', 'impersonal')).toBe(false);
		expect(hedgeSense('The union, which has been seen as a leading opponent of the cuts, agreed.', 'seen as', 'impersonal')).toBe(true);
	});

	it('does not take "so-called", "potential" before a role, or "nearly" before a span of time as hedges', () => {
		expect(hedgeSense('The so-called river tax was passed.', 'so-called', 'distancing-verb')).toBe(false);
		expect(hedgeSense('She is a potential candidate for mayor.', 'potential', 'softener')).toBe(false);
		expect(hedgeSense('He led the club for nearly five years.', 'nearly', 'approximator')).toBe(false);
		expect(hedgeSense('Nearly 3,000 people signed.', 'Nearly', 'approximator')).toBe(true);
	});
});

describe('a loaded word doing a loaded word’s job', () => {
	it('is not a speaker saying how they felt', () => {
		expect(loadedSense('"I was shocked when I heard," she said.', 'shocked', 'emotive', true)).toBe(false);
		expect(loadedSense('The shocked town mourned.', 'shocked', 'emotive', false)).toBe(true);
	});

	it('is not an intensifier backed by a figure', () => {
		expect(loadedSense('The plan is immensely popular, with 70 percent support.', 'immensely', 'intensifier', false)).toBe(false);
		expect(loadedSense('The plan is immensely popular with voters.', 'immensely', 'intensifier', false)).toBe(true);
	});
});

describe('hedge-like words left unmarked', () => {
	it('are found, so a tap question is not built on a sentence with one', () => {
		const m = new Marked('Story\n\nThe bridge may reopen, and it could cost more.').hedge('may', 'modal');
		const side = sideOf(m);
		const sentence = side.units.find((u) => !u.headline);
		if (!sentence) throw new Error('no sentence');
		expect(unmarkedHedgeWords(side, sentence, m.analysis.hedges)).toEqual(['could']);
	});

	it('count a tentative word, a "what she called" and quotation marks around a word or two as distance too', () => {
		const m = new Marked('Story\n\nMs. Lee offered a tentative prediction that what she called American “pragmatism” would prevail.').hedge('prediction', 'modal');
		const side = sideOf(m);
		const sentence = side.units.find((u) => !u.headline);
		if (!sentence) throw new Error('no sentence');
		expect(unmarkedHedgeWords(side, sentence, m.analysis.hedges)).toEqual(['tentative', 'what she called', '“pragmatism”']);
	});

	it('count a word that softens a degree ("pretty vulnerable"), but not "rather than"', () => {
		const m = new Marked('Story\n\nThose seats may be lost, and the districts are pretty vulnerable rather than safe.').hedge('may', 'modal');
		const side = sideOf(m);
		const sentence = side.units.find((u) => !u.headline);
		if (!sentence) throw new Error('no sentence');
		expect(unmarkedHedgeWords(side, sentence, m.analysis.hedges)).toEqual(['pretty']);
	});

	it('count a verb that gives a view ("did not see the vote mattering") beside the marked "expect"', () => {
		const m = new Marked('Story\n\nLocal leaders did not see the vote mattering much and did not expect a large turnout.').hedge('expect', 'modal');
		const side = sideOf(m);
		const sentence = side.units.find((u) => !u.headline);
		if (!sentence) throw new Error('no sentence');
		expect(unmarkedHedgeWords(side, sentence, m.analysis.hedges)).toEqual(['see']);
	});

	it('count a speaker’s own guess ("I guess", "I can figure"), a vague group after its verb ("said several observers", "the reasoning goes") and an unmarked "expected"', () => {
		const words = (text: string) => {
			const m = new Marked(`Story\n\n${text}`).hedge('may', 'modal');
			const side = sideOf(m);
			const sentence = side.units.find((u) => !u.headline);
			if (!sentence) throw new Error('no sentence');
			return unmarkedHedgeWords(side, sentence, m.analysis.hedges);
		};
		expect(words('"I guess the bridge may open late," the engineer said.')).toEqual(['I guess']);
		expect(words('"All I can figure is that the fare may rise," she said.')).toEqual(['I can figure']);
		expect(words('The fare may rise in the spring, said several senior analysts.')).toEqual(['said several senior analysts']);
		expect(words('Drivers will leave the road, and fares may fall, the reasoning goes.')).toEqual(['the reasoning goes']);
		// People counted as a group with no view voiced are no source.
		expect(words('Many voters may stay home in the rain.')).toEqual([]);
		// An expectation the engine did not mark.
		expect(words('The ruling, expected by June, may be the most important of the term.')).toEqual(['expected']);
	});

	it('count a view owned as one ("implausibly, in my opinion") beside the marked "may"', () => {
		const m = new Marked('Story\n\nThe historian said the vote may be theater, and that the plan was, in my opinion, doomed.').hedge('may', 'modal');
		const side = sideOf(m);
		const sentence = side.units.find((u) => !u.headline);
		if (!sentence) throw new Error('no sentence');
		expect(unmarkedHedgeWords(side, sentence, m.analysis.hedges)).toEqual(['in my opinion']);
	});
});

