import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

/** The attribution whose content is exactly the words, and every reading as "speaker | content" for a failure message. */
function reading(text: string) {
	const r = analyzeReport(text);
	const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
	return {
		r,
		exactly: (words: string) => r.attributions.find((a) => slice(a.content) === words),
		holding: (words: string) => r.attributions.find((a) => slice(a.content).includes(words)),
		all: r.attributions.map((a) => `${a.speaker} | ${slice(a.cue)} | ${slice(a.content)} | ${a.category}`).join('\n'),
	};
}

describe('a stance: what a source backs, wants, judges or talks about', () => {
	it('gives an opening "By refusing to …," clause to the main clause’s subject, and ends it at its comma', () => {
		const text = 'Inquiry\n\nThe inquiry opened in May. By refusing to admit any fault, Mayor Tom Hale turned a small mistake into a scandal.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.cue.start, x.cue.end) === 'refusing');
		expect(a?.speaker).toBe('Tom Hale');
		expect(a && text.slice(a.content.start, a.content.end)).toBe('to admit any fault');
	});

	it('ends a stance inside an opening clause at that clause’s comma ("When local groups advocated for …, Ross …")', () => {
		const text = 'Park\n\nThe lede is here today. When local groups advocated for a new park during the budget talks, city manager Paul Ross pressured them to stop.';
		const { exactly, all } = reading(text);
		expect(exactly('a new park during the budget talks')?.speaker, all).toBe('local groups');
		expect(all.includes('Paul Ross pressured'), all).toBe(false);
	});

	it('gives a participle after a clause joined on with "but" to that clause’s subject ("…, but Wallace brought him back, asking …")', () => {
		const text = 'Debate\n\nThe lede is here today. Mayor Ruth Lane told Tom Hale she was proud. She turned to trade, but Tom Hale brought her back to the strike, asking her to explain her plan for the union.';
		const { holding, all } = reading(text);
		expect(holding('to explain her plan')?.speaker, all).toBe('Tom Hale');
	});

	it('reads harsh judging in the news’s words ("assailed", "belittled", "berated") as the subject’s stance, with its colour', () => {
		const text =
			'Row\n\nThe council met on Monday. Mayor Ida Cole assailed the ruling as unfair. Her rival Tom Reyes belittled the error in the accounts. Cole berated the board for its delay.';
		const { holding, all } = reading(text);
		expect(holding('the ruling as unfair')?.speaker, all).toBe('Ida Cole');
		expect(holding('the error in the accounts')?.speaker, all).toBe('Tom Reyes');
		expect(holding('the board for its delay')?.speaker, all).toBe('Ida Cole');
		expect(holding('the ruling as unfair')?.verbColour).toBe('emotive');
	});

	it('gives the object of "endorsed" to its subject, less the day it happened', () => {
		const text = 'Mayor backs Cole\n\nFormer mayor Ada Lind said she was retiring. Lind endorsed state senator Ben Cole on Tuesday, calling him a steady hand.';
		const { exactly, all } = reading(text);
		const a = exactly('state senator Ben Cole');
		expect(a?.speaker, all).toBe('Ada Lind');
		expect(a?.category).toBe('stance');
		expect(a?.direct).toBe(false);
	});

	it('reads an infinitive after a verb of wanting or refusing as the stance', () => {
		const text = 'Port dispute\n\nThe dockers’ union said talks had failed. The union wants to reopen the pay deal, but the port authority refused to comment.';
		const { exactly, all } = reading(text);
		expect(exactly('to reopen the pay deal')?.speaker, all).toBe('The union');
		expect(exactly('to comment'), all).toBeDefined();
	});

	it('reads what a person or a group of people promises, pledges or vows to do as their stance, the infinitive opening a quotation or not', () => {
		const text =
			'Library vote\n\nMayor Hal Brandt and councilwoman Ruth Ames met on Monday. Brandt has promised to build a library in the east end. ' +
			'Ames vowed to “keep fighting for every renter” in the city. Tenant leaders pledged to withhold rent until repairs are made.';
		const { exactly, all } = reading(text);
		expect(exactly('to build a library in the east end')?.speaker, all).toBe('Hal Brandt');
		expect(exactly('to “keep fighting for every renter” in the city')?.speaker, all).toBe('Ruth Ames');
		expect(exactly('to withhold rent until repairs are made')?.speaker.toLowerCase(), all).toBe('tenant leaders');
	});

	it('reads no promise when the infinitive belongs to a relative clause about the thing promised', () => {
		const text = 'Library vote\n\nMayor Hal Brandt spoke on Monday. The library he promised to build has not opened.';
		const { holding, all } = reading(text);
		expect(holding('to build'), all).toBeUndefined();
	});

	it('takes the preposition of "called for" into the cue, not the content', () => {
		const text = 'Rail strike\n\nTransport minister Helen Carter said the strike was unlawful. Carter called for an independent review of rail pay.';
		const { r, exactly, all } = reading(text);
		const a = exactly('an independent review of rail pay');
		expect(a?.speaker, all).toBe('Helen Carter');
		expect(a && text.slice(a.cue.start, a.cue.end)).toBe('called for');
		expect(r.attributions.filter((x) => x.category === 'stance')).toHaveLength(1);
	});

	it('gives "who support …" to the people the relative clause is about, and stops at their main verb', () => {
		const text = 'Ferry poll\n\nVoters who support a second ferry line are more likely to live on the island, the survey found.';
		const { exactly, all } = reading(text);
		expect(exactly('a second ferry line')?.speaker, all).toBe('voters');
	});

	it('lets a poll show a finding, but not a person who "showed" a quality', () => {
		const text = 'Race tightens\n\nA new Tribune poll showed Ana Ruiz leading by four points. Ruiz said she was grateful. Ruiz showed great patience with hecklers.';
		const { holding, all } = reading(text);
		expect(holding('leading by four points')?.speaker, all).toBe('the new Tribune poll');
		expect(holding('great patience'), all).toBeUndefined();
	});

	it('reads none of "backed off", "in favor of", "the TV show" or "his plans" as a stance', () => {
		const text =
			'Budget\n\nMinister Paul Okafor said the budget was fair. Okafor backed off after the vote. Most members were in favor of the cuts. The TV show featured the mayor. His plans collapsed.';
		const { r, all } = reading(text);
		expect(r.attributions.filter((a) => a.category === 'stance'), all).toEqual([]);
	});

	it('keeps the reporter’s voice on a loaded word in the object of an attack', () => {
		const text = 'Budget row\n\nOpposition leader Sara Lee said the vote was rushed. Lee attacked the ridiculous spending plans.';
		const { r } = reading(text);
		const word = r.loaded.find((l) => text.slice(l.start, l.end) === 'ridiculous');
		expect(word?.voice).toBe('reporter');
	});

	it('takes the quotation after "branded X a …" as the source’s own words', () => {
		const text = 'Council row\n\nThe union said pay was too low. The union branded the council a “reckless wrecking crew” on Monday.';
		const { exactly, all } = reading(text);
		const a = exactly('reckless wrecking crew');
		expect(a?.direct, all).toBe(true);
		expect(a?.speaker).toBe('The union');
	});

	it('does not make a claim inside a stance a source quoted by the one who took the stance', () => {
		const text = 'Wall row\n\nMayor Rosa Diaz spoke on Monday. Critics mocked Diaz’s claim that the county would pay for the wall.';
		const { r, all } = reading(text);
		const claim = r.attributions.find((a) => a.speaker === 'Rosa Diaz');
		expect(claim?.nested, all).toBeUndefined();
		expect(r.sources.map((s) => s.name)).toContain('Rosa Diaz');
	});

	it('reads a "that" after a stance verb’s phrase as a relative clause about its noun, passing nothing on', () => {
		const text = 'Recall vote ends career\n\nThe senator lost his seat this month.\n\nMr. Pearce had pushed through a tough law last year that would have turned police officers into immigration agents.';
		const { holding, all } = reading(text);
		expect(holding('would have turned police officers'), all).toBeUndefined();
	});

	it('gives a relative clause to the person, not to the state abbreviation set off after their town', () => {
		const text = 'Sheriff backs governor\n\nThe governor won the backing of Sheriff Dale Ruiz of Pima County, Ariz., who said the border needed more agents.';
		const { holding, all } = reading(text);
		expect(holding('the border needed more agents')?.speaker, all).toBe('Dale Ruiz');
	});

	it('passes nothing on from a verb whose words after it open with a preposition, not a clause', () => {
		const text = 'Budget talks stall\n\nThe talks stalled over the cuts in spending that Republicans insist upon as a condition of their support for higher taxes.';
		const { holding, all } = reading(text);
		expect(holding('as a condition of their support'), all).toBeUndefined();
	});

	it('reads the subject after a dashed aside, not a name inside the aside', () => {
		const text =
			'Race Tightens In The State\n\nSen. Tom Reed campaigned on Monday.\n\nIn a speech from Ohio -- which holds a vote on Saturday -- Reed claimed momentum after the debate.';
		const { holding, all } = reading(text);
		expect(holding('momentum')?.speaker, all).toBe('Tom Reed');
	});

	it('reads a poll with its time between it and the verb ("A county poll last month showed …")', () => {
		const text = 'Bridge vote\n\nThe vote is close. A county poll last month showed the toll plan trailing by ten points.';
		const { exactly, all } = reading(text);
		expect(exactly('the toll plan trailing by ten points')?.speaker, all).toBe('the county poll');
	});

	it('reads "New polls released Sunday showed …" as the polls’ finding', () => {
		const text = 'Bridge vote\n\nThe vote is close. New polls released Sunday showed the mayor taking a lead.';
		const { exactly, all } = reading(text);
		expect(exactly('the mayor taking a lead')?.speaker.toLowerCase(), all).toBe('new polls');
	});

	it('reads what a source hopes to do as its stance, but not what a body has promised to do, which is news of its plans', () => {
		const text = 'Bridge vote\n\nThe vote is close. Mayor Ann Reyes hoped to build a new bridge. The council has promised to review its toll policy.';
		const { exactly, all } = reading(text);
		expect(exactly('to build a new bridge')?.speaker, all).toBe('Ann Reyes');
		expect(exactly('to review its toll policy'), all).toBeUndefined();
	});

	it('ends a stance set in an aside at the comma before the subject’s own verb ("Hart, advocating for the pier, says, “…”")', () => {
		const text = 'Pier\n\nThe lede is here today. At the meeting, Mayor Jo Hart, advocating for the old pier, clearly says, “We have to save it.”';
		const { holding, all } = reading(text);
		expect(holding('the old pier')?.content.end, all).toBe(text.indexOf('the old pier') + 'the old pier'.length);
		expect(holding('We have to save it')?.speaker, all).toBe('Jo Hart');
	});

	it('passes on nothing after a wish in a relative clause whose object is the noun before it ("the bridge she wanted to build is …")', () => {
		const text = 'Budget\n\nThe council met on Monday. Mayor Ruth Lane spoke again. The bridge she wanted to build is still a plan on paper.';
		const { holding, all } = reading(text);
		expect(holding('is still a plan'), all).toBeUndefined();
	});

	it('reads "hoped to avoid a misstep that could …" as the hope, not the clause about its object', () => {
		const text = 'Race\n\nThe council met on Monday. Mayor Ruth Lane hoped to avoid any misstep that could hurt her lead.';
		const { exactly, holding, all } = reading(text);
		expect(exactly('to avoid any misstep that could hurt her lead')?.speaker, all).toBe('Ruth Lane');
		expect(all.split('\n').filter((line) => line.includes('could hurt')), all).toHaveLength(1);
		expect(holding('could hurt')?.category, all).toBe('stance');
	});

	it('gives a progressive stance with an adverb in it to the subject before it ("Ruth Lane is also backing …")', () => {
		const text = 'Bridge\n\nThe council met on Monday. Mayor Ruth Lane is also backing the new bridge plan.';
		const { exactly, all } = reading(text);
		expect(exactly('the new bridge plan')?.speaker, all).toBe('Ruth Lane');
	});

	it('names no one for a participle’s stance after a relative clause with a subject of its own ("…, which Reed called a scandal, blaming Cole")', () => {
		const text = 'Fares\n\nThe vote is on Monday. The council priced the tickets at $5, which Tom Reed called a scandal, blaming Ann Cole.';
		const r = analyzeReport(text);
		const a = r.attributions.find((x) => text.slice(x.content.start, x.content.end) === 'Ann Cole');
		expect(a?.speaker).not.toBe('The council');
	});

	it('passes nothing on for a verb of saying denied ("would not comment on …"), but keeps a stance denied ("did not support …")', () => {
		const text = 'Mosque\n\nThe council met on Monday. Senator Ann Cole would not comment on the mosque remarks. Mayor Ruth Lane did not support the plan to close the mosque.';
		const { holding, all } = reading(text);
		expect(holding('mosque remarks'), all).toBeUndefined();
		expect(holding('the plan to close')?.speaker, all).toBe('Ruth Lane');
	});

	it('passes nothing on from a source never cited ("Lane never cited a source for the figure")', () => {
		const text = 'Crime\n\nThe council met on Monday. Mayor Ruth Lane never cited a source for the crime figure she gave.';
		const { holding, all } = reading(text);
		expect(holding('a source for'), all).toBeUndefined();
	});

	it('gives no stance to the subject of a passive ("Jo Hart was widely criticized for backing …"): she is the one criticized', () => {
		const text = 'Tuition\n\nThe council met on Monday. Mayor Jo Hart was widely criticized within her own party for backing the fee plan.';
		const { holding, all } = reading(text);
		expect(holding('within her own party'), all).toBeUndefined();
	});
});
