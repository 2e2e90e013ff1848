import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

/** The speaker of the attribution whose content is the words, with every reading for a failure message. */
function speakerOf(text: string, words: string) {
	const r = analyzeReport(text);
	const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
	const a = r.attributions.find((x) => slice(x.content).includes(words));
	return { a, r, all: r.attributions.map((x) => `${x.speaker} | ${slice(x.cue)} | ${slice(x.content)}`).join('\n') };
}

describe('who speaks, when the report does not give a name', () => {
	it('names someone called by what they are known for by those words, as a person ("The football legend said …")', () => {
		const text = 'Stadium\n\nTom Hale played for the Hawks for a decade. He later coached them. The football legend said fans misunderstand the owner. The billionaire told reporters the club was not for sale.';
		const legend = speakerOf(text, 'fans misunderstand the owner');
		expect(legend.a?.speaker, legend.all).toBe('The football legend');
		expect(legend.a?.sourceKind).toBe('person');
		expect(speakerOf(text, 'the club was not for sale').a?.speaker).toBe('The billionaire');
	});

	it('names someone left unnamed by the report’s words, not a blank', () => {
		const { a, all } = speakerOf('Flight\n\nThe plane left on time. A Cairo airport official said the pilot had reported no fault.', 'the pilot had reported');
		expect(a?.speaker, all).toBe('a Cairo airport official');
		expect(a?.sourceKind).toBe('anonymous');
	});

	it('gives a role with a place before it ("the Ohio senator") only to the one described by both, else to no one', () => {
		const text = 'Debate\n\nOhio Sen. Ann Reyes spoke first. Texas Sen. Tom Hale spoke next. The Ohio senator said the plan would fail. The Maine senator said the vote was close.';
		expect(speakerOf(text, 'the plan would fail').a?.speaker).toBe('Ann Reyes');
		expect(speakerOf(text, 'the vote was close').a?.speaker).not.toBe('Tom Hale');
		expect(speakerOf(text, 'the vote was close').a?.speaker).not.toBe('Ann Reyes');
	});

	it('does not read a label ("the Ohio Republican") in a relative clause about whom someone else attacked', () => {
		const text =
			'Race\n\n“It is a bad night,” said Tom Baker, an adviser to the governor. “Nobody is fighting,” said Mr. Baker, who took aim at Senator Ann Reyes of Ohio. “We start again tonight,” Ms. Reyes said on Sunday. Asked about the attacks, the Ohio Republican would only say that the debate was early.';
		expect(speakerOf(text, 'the debate was early').a?.speaker).toBe('Ann Reyes');
	});

	it('leaves a lone surname with the person the report named first, not a relative named later', () => {
		const text =
			'Debate\n\nDemocratic front-runner Ruth Mills sharply pressed her rival at a debate on Sunday. The moderator raised Tom Mills’s business deals. “We will win this state,” Mills said.';
		expect(speakerOf(text, 'We will win this state').a?.speaker).toBe('Ruth Mills');
		// A phrase quoted whole is no one's name, and takes no surname from a person.
		const slogan = 'Race\n\nThe “Stop Mills” campaign grew on Monday. Former governor Ruth Mills said the campaign was over. Later, Mills said she would run again.';
		expect(speakerOf(slogan, 'she would run again').a?.speaker).toBe('Ruth Mills');
	});

	it('keeps a share of those polled with the words that size it', () => {
		const text = 'Poll\n\nVoters in the county were polled. Less than a third said they trusted the council. Four in 10 voters said the roads were worse.';
		expect(speakerOf(text, 'trusted the council').a?.speaker).toBe('less than a third');
		expect(speakerOf(text, 'the roads were worse').a?.speaker).toBe('four in 10 voters');
	});

	it('keeps the owner of a plural’s possessive and names someone by whose they are', () => {
		const text = 'Campaign\n\nSenator Ruth Mills toured the state. Mills’ aides said the tour would go on. Ruth Mills’s campaign manager says the money is there.';
		expect(speakerOf(text, 'the tour would go on').a?.speaker).toBe('Mills’ aides');
		expect(speakerOf(text, 'the money is there').a?.speaker).toBe('Ruth Mills’s campaign manager');
	});

	it('gives "I think" outside a quotation to the first person, never a source', () => {
		const text = 'Column\n\nThe budget is due on Friday. I think the council has waited too long.';
		const { a, r } = speakerOf(text, 'the council has waited too long');
		expect(a?.resolvedBy).toBe('first-person');
		expect(a?.speaker).toBe('');
		expect(r.sources).toEqual([]);
	});

	it('reads a subject named only by a plural noun, but not the object of a preposition', () => {
		const text = 'Golf\n\nMany golf clubs say membership has fallen. Supporters of the plan say it will save money.';
		expect(speakerOf(text, 'membership has fallen').a?.speaker).toBe('many golf clubs');
		expect(speakerOf(text, 'it will save money').a?.speaker).toBe('supporters of the plan');
	});
});

describe('who speaks, past the words between a subject and its verb', () => {
	it('reads past a dash appositive, a time, a progressive “be” and a relative “who”', () => {
		const text = [
			'Ferry strike goes on',
			'',
			'Ferry worker Jan Sims — a union steward from Dover — says the strike will hold.',
			'Transport minister Helen Carter on Monday said the ports would reopen.',
			'Carter is telling a crowd of dock workers in Dover, on the last day of the strike, that talks will resume.',
			'Port owners who say the strike is unlawful have gone to court.',
		].join('\n');
		expect(speakerOf(text, 'the strike will hold').a?.speaker).toBe('Jan Sims');
		expect(speakerOf(text, 'the ports would reopen').a?.speaker).toBe('Helen Carter');
		expect(speakerOf(text, 'talks will resume').a?.speaker).toBe('Helen Carter');
		expect(speakerOf(text, 'the strike is unlawful').a?.speaker).toBe('Port owners');
	});

	it('finds the words said after a setting that ends where a clause begins ("said on Friday he …")', () => {
		const text = 'Donor\n\nRepublican donor Sheldon Adelson said on Friday he had met the candidate.';
		expect(speakerOf(text, 'he had met the candidate').a?.speaker).toBe('Sheldon Adelson');
	});

	it('reads an office word ending a name after a title as a surname, and the next "he" as that person', () => {
		const text = 'Vote\n\nThe bill reached the House floor. Rep. Alan Bishop, D-Ore., who wrote the bill, said Tuesday that it would pass. He said the votes were there.';
		expect(speakerOf(text, 'it would pass').a?.speaker).toBe('Alan Bishop');
		expect(speakerOf(text, 'the votes were there').a?.speaker).toBe('Alan Bishop');
	});

	it('reads the subject after a conjunction that opens the sentence', () => {
		const text = 'Ruling\n\nThe law was challenged in March. But the Federal Court of Review overruled the judge and said the law could stand.';
		expect(speakerOf(text, 'the law could stand').a?.speaker).toBe('Federal Court of Review');
	});

	it('names one unnamed person by a role and its complement, not by the name the complement ends on', () => {
		const text =
			'Trial\n\nThe trial opened on Monday.\n\nA lawyer for Mr. Okafor said the charges were false.\n\nA columnist on the news site Liberty’s Beacon wrote that the judge was biased.\n\nA former aide to Senator Ruth Mills said the campaign was broke.\n\nA spokesman for the City Council said the hall was closed.';
		expect(speakerOf(text, 'the charges were false').a?.speaker).toBe('a lawyer for Mr. Okafor');
		expect(speakerOf(text, 'the judge was biased').a?.speaker).toBe('a columnist on the news site Liberty’s Beacon');
		expect(speakerOf(text, 'the campaign was broke').a?.speaker).toBe('a former aide to Senator Ruth Mills');
		expect(speakerOf(text, 'the hall was closed').a?.speaker).toBe('City Council');
	});

	it('gives the words to every part of a subject joined by "and" that opens the sentence', () => {
		const text =
			'Vote\n\nAnna Moreno ran for mayor. But Moreno and her supporters argue the count was unfair. Friends, neighbors and former rivals say that she will win. The mayor met Tate and his aides said the meeting went well.';
		expect(speakerOf(text, 'the count was unfair').a?.speaker).toBe('Moreno and her supporters');
		expect(speakerOf(text, 'she will win').a?.speaker).toBe('Friends, neighbors and former rivals');
		expect(speakerOf(text, 'the meeting went well').a?.speaker).toBe('aides');
	});
});

describe('a clause after the noun that names the speaker', () => {
	it('hears the people a participle’s clause is about, not a place or person named inside it ("Councillors leaving a meeting in City Hall said")', () => {
		const text = 'Budget vote\n\nCouncillors leaving a three-hour meeting with the mayor in City Hall said the budget would pass.';
		const { a, all } = speakerOf(text, 'the budget would pass');
		expect(a?.speaker, all).toBe('Councillors');
	});

	it('reads the same clause inside a whole phrase passed on at once ("Democrats leaving … did not seem worried")', () => {
		const text = 'Budget vote\n\nThe vote is on Friday. Democrats leaving a long session with the governor in the State Capitol did not seem worried about the vote.';
		const { a, all } = speakerOf(text, 'did not seem worried');
		expect(a?.speaker, all).toBe('Democrats');
	});

	it('keeps a paper’s clause, which says whose it is ("exit polls conducted for the Daily Herald")', () => {
		const text = 'Vote\n\nThe vote was close. According to exit polls conducted for the Daily Herald, most voters backed the plan.';
		const { a, all } = speakerOf(text, 'most voters backed the plan');
		expect(a?.speaker, all).toContain('Daily Herald');
	});

	it('does not take a verb of saying for such a participle: what follows it is passed on ("said Tom Hale described the deal as …")', () => {
		const text = 'Ports\n\nThe port deal was signed in 2012. One former aide, speaking on condition of anonymity, said Tom Hale described the deal as a way to hide money from the board.';
		const { a, all } = speakerOf(text, 'Tom Hale described the deal');
		expect(a?.speaker, all).toBe('One former aide');
	});

	it('reads a paper’s participle clause with its place as part of the subject ("A survey conducted in Ohio found …", "Exit polls taken in Maine showed …")', () => {
		const text = 'Vote\n\nThe vote is on Monday. A survey conducted in Ohio found that most voters want lower fares. Exit polls taken in Maine showed that turnout was high among young people.';
		expect(speakerOf(text, 'most voters want lower fares').a?.speaker).toBe('the survey');
		expect(speakerOf(text, 'turnout was high').a?.speaker).toBe('Exit polls');
	});

	it('keeps the named maker of a paper in its name ("according to a survey conducted by the Harbour Institute")', () => {
		const text =
			'Fares\n\nThe vote is on Monday. According to a survey conducted by the Harbour Research Institute for the council, most riders want lower fares. According to a report prepared by city lawyers, the plan is legal.';
		const survey = speakerOf(text, 'most riders want lower fares');
		expect(survey.a?.speaker, survey.all).toBe('the survey conducted by the Harbour Research Institute');
		expect(survey.a?.sourceKind).toBe('document');
		expect(speakerOf(text, 'the plan is legal').a?.speaker).toBe('the report');
	});
});

describe('a he or she after the one who opens the sentence', () => {
	it('gives a he after the person who opens the sentence to that person, not to the one he talks to nor the last speaker', () => {
		const text = 'Veto\n\nGovernor Tom Reed is in his second term. Sam Boyd, the treasurer, said the budget was fine. Reed called Boyd on Tuesday, but only to tell him that he would not agree to new taxes.';
		const { a, all } = speakerOf(text, 'to new taxes');
		expect(a?.speaker, all).toBe('Tom Reed');
	});

	it('does not count a name in an opening clause as the one who opens the sentence ("When Boyd asked …, Reed told him he …")', () => {
		const text = 'Veto\n\nGovernor Tom Reed is in his second term. Sam Boyd, the treasurer, said his budget was fine. Reed said the budget was too big. When Boyd asked for a meeting on Tuesday, Reed told him that he would not agree to new taxes.';
		const { a, all } = speakerOf(text, 'to new taxes');
		expect(a?.speaker, all).toBe('Tom Reed');
	});
});

/** Expects the words to be passed on from `name` ("" for no one), showing every reading when they are not. */
function expectSpeaker(text: string, words: string, name: string) {
	const { a, all } = speakerOf(text, words);
	expect(a?.speaker, all).toBe(name);
}

describe('an "it" or a "they" with no body in view', () => {
	it('gives an "it" to the body named in the sentence before, but not to one named further back, since a thing told in common words may be meant', () => {
		expectSpeaker('Bank\n\nHarlow Bank cut 300 jobs last year. It said most of its branches would stay open.', 'most of its branches', 'Harlow Bank');
		const far = 'Bank\n\nHarlow Bank cut 300 jobs last year. Savers queued outside on Monday. A new film about the queues opened on Friday. It said most savers had lost money.';
		const film = speakerOf(far, 'most savers had lost money');
		expect(film.a?.speaker, film.all).toBe('');
		expect(film.a?.resolvedBy).toBe('unresolved');
	});

	it('gives a "he" or "she" with no one in view to the one named nearest before only when known to fit', () => {
		const text = (name: string) => `Port\n\nThe board thanked ${name}, who retired in May. The vote was delayed twice. Crews waited outside for hours. She said the crews were tired of waiting.`;
		// A name alone does not say "she": the woman speaking may be one of the crews.
		expectSpeaker(text('Dana Whitfield'), 'tired of waiting', '');
		expectSpeaker(text('Mrs. Dana Whitfield'), 'tired of waiting', 'Dana Whitfield');
	});

	it('gives the "he" that closes a quotation of several sentences to the person named just before it', () => {
		expectSpeaker('Port\n\nThe plan drew a sharp reply from Rev. Alan Moss of the Harbour Church. “This plan is wrong. It hurts families. It must stop,” he said.', 'It must stop', 'Alan Moss');
	});

	it('gives a "they" with no body in view to no one, not to the place or party named further back', () => {
		const text = 'Vote\n\nThe Green Party won six seats in Leeds. The count ran late into the night. Voters queued for hours at the polling stations. They said the lines were far too long.';
		expectSpeaker(text, 'the lines were far too long', '');
	});
});
