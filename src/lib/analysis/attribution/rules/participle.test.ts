import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

const speakerOf = (text: string, words: string) => {
	const r = analyzeReport(text);
	return r.attributions.find((a) => text.slice(a.content.start, a.content.end).includes(words))?.speaker;
};

describe('a participle that reports speech', () => {
	it('gives the words of a report or memo put out, participle straight after it, to the body that put it out', () => {
		const text =
			'Policy\n\nOfficials met on Monday. The Interior Department issued a report Tuesday claiming the dam was safe. ' +
			'The ban stands after the Coast Guard released a memo saying the port was closed.';
		expect(speakerOf(text, 'the dam was safe')).toBe('Interior Department');
		expect(speakerOf(text, 'the port was closed')).toBe('Coast Guard');
	});

	it('gives no words of a paper the subject answers to the subject ("pushed back on a statement claiming …")', () => {
		const text = 'Lobby\n\nOfficials met on Monday. The union pushed back Friday on a statement claiming the strike had ended.';
		expect(speakerOf(text, 'the strike had ended')).toBeUndefined();
	});

	it('ends the words passed on where a second participle joined by "and" adds the reporter’s account', () => {
		const text =
			'Tape\n\nThe tape came out on Monday. Ann Cole spoke to donors, explaining that the plan cannot pass and using a slur against voters. Ben Dunn spoke too, saying he was cutting costs and hiring staff.';
		const r = analyzeReport(text);
		const words = r.attributions.map((a) => text.slice(a.content.start, a.content.end));
		expect(words).toContain('the plan cannot pass');
		expect(words).toContain('he was cutting costs and hiring staff');
	});

	it('ends a participle set off after the subject where the subject’s own verb comes ("The article, claiming that …, is …")', () => {
		const text = 'Story\n\nThe paper printed it on Monday. Ann Cole’s latest article, claiming that the mayor met the donors twice, is full of holes.';
		const r = analyzeReport(text);
		expect(r.attributions.map((a) => text.slice(a.content.start, a.content.end))).toEqual(['the mayor met the donors twice']);
	});

	it('gives it to a subject of common nouns whose verb shows no ending ("The mayor left no doubt …, saying …")', () => {
		const text = 'Budget\n\nThe council met on Monday. The mayor left no doubt about the cuts, saying that the budget must shrink. His chief aide doubled down on the plan, saying that the cuts would save jobs.';
		expect(speakerOf(text, 'the budget must shrink')).toBe('The mayor');
		expect(speakerOf(text, 'the cuts would save jobs')).toBe('his chief aide');
	});

	it('reads a party word after a possessive as part of the subject, and gives the participle to the name in apposition', () => {
		const text = 'Race\n\nSen. Tom Reed attacked the mayor on Monday. Reed\'s Democratic campaign rival, Sen. Ann Cole, D-Ore., Tuesday defended her, saying her record is what matters.';
		expect(speakerOf(text, 'her record is what matters')).toBe('Ann Cole');
	});

	it('reads over an opening list of what someone is ("As a former correspondent, host of a podcast and Twitter regular, Hale …")', () => {
		const text = 'Critic\n\nThe mayor faced critics. As a former city correspondent, host of his own podcast and Twitter regular, Tom Hale has become the mayor’s loudest critic, saying the budget is a mess.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end) === 'the budget is a mess');
		expect(a?.speaker).toBe('Tom Hale');
	});

	it('gives "…, saying …" to the subject of the main clause', () => {
		const text = 'Coach quits\n\nHead coach Dan Petrov resigned on Sunday, saying the club had lost its way.';
		expect(speakerOf(text, 'the club had lost its way')).toBe('Dan Petrov');
	});

	it('reads a participle right after a statement and its time as the statement’s words, comma or not', () => {
		const text = 'Mill closes\n\nIn Leeds, the owner Carla Mendes issued a statement late on Friday saying the mill would close in June.';
		expect(speakerOf(text, 'the mill would close in June')).toBe('Carla Mendes');
	});

	it('gives it to the people a collective subject gathers ("A group of nearly 40 teachers …")', () => {
		const text = 'Mill closes\n\nA group of nearly 40 teachers from the valley has sent the owner a letter saying the closure breaks a promise.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end).includes('breaks a promise'));
		expect(a?.speaker).toContain('teachers');
		expect(a?.resolvedBy).toBe('group');
	});

	it('gives a participle after an opening clause to the main clause, not to a cue inside that clause', () => {
		const text = 'Club in debt\n\nWhen coach Dan Petrov noted that Ivo Marsh calls the deal "a fresh start," chairman Ruth Lane seized on the phrase, saying the club was broke. Ruth Lane left.';
		expect(speakerOf(text, 'the club was broke')).toBe('Ruth Lane');
		// The opening clause's words end with the quotation that closes it.
		const noted = analyzeReport(text).attributions.find((a) => a.speaker === 'Dan Petrov');
		expect(text.slice(noted?.content.start, noted?.content.end)).toBe('Ivo Marsh calls the deal "a fresh start,"');
	});

	it('reads "Years after …," as an opening clause too', () => {
		const text = 'Audit\n\nYears after the governor claimed that the budget was balanced, auditor Ruth Lane won the race, arguing that it was not.';
		expect(speakerOf(text, 'it was not')).toBe('Ruth Lane');
		expect(speakerOf(text, 'the budget was balanced')).toBe('the governor');
		const claimed = analyzeReport(text).attributions.find((a) => a.speaker === 'the governor');
		expect(text.slice(claimed?.content.start, claimed?.content.end)).toBe('the budget was balanced');
	});

	it('gives a second verb inside the opening clause to that clause’s subject', () => {
		const text = 'Tests\n\nAlthough the school board has kept no figures and has maintained that tests are required, Mayor Ana Ruiz said parents may choose.';
		expect(speakerOf(text, 'tests are required')).toBe('the school board');
	});

	it('gives "While saying …, he …" to the main clause, as the opening clause has no subject', () => {
		const text = 'Tests\n\nMayor Ana Ruiz spoke on Monday. While saying that she respects the board, she made clear that she will not back down.';
		expect(speakerOf(text, 'she respects the board')).toBe('Ana Ruiz');
	});

	it('gives a participle to the subject of a clause joined on after a comma ("…, while her rival, X, has … by saying")', () => {
		const text = 'Race\n\nThe lede is here today. Mayor Ruth Lane says the poor are left behind, while her main rival, Paul Ortiz, has climbed in the polls by saying that the rich hold all the power.';
		expect(speakerOf(text, 'the rich hold all the power')).toBe('Paul Ortiz');
	});

	it('keeps the main subject for a joined verb with no subject of its own ("…, and took a heckler in stride, saying …")', () => {
		const text = 'Rally\n\nThe lede is here today. Mayor Ruth Lane sought to calm her supporters, and took a heckler in stride, saying the man would not be harmed.';
		expect(speakerOf(text, 'the man would not be harmed')).toBe('Ruth Lane');
	});

	it('does not read a participle after any other noun as a cue ("a man standing …")', () => {
		const text = 'Mill closes\n\nThe owner met a man saying nothing at the gate.';
		expect(analyzeReport(text).attributions).toEqual([]);
	});

	it('gives a participle to the subject after two openers ("On Monday, after a long silence, Hale …, saying")', () => {
		const text = 'Mill closes\n\nOn Monday, after weeks of silence over the sale, Mayor Ann Hale visited the mill and met the owner, saying the town would fight.';
		expect(speakerOf(text, 'the town would fight')).toBe('Ann Hale');
	});

	it('gives a participle after "with" and a name to that name, not to the main clause ("…, with Cole tweeting that …")', () => {
		const text = 'Mill closes\n\nCouncillors were quick to respond, with Mayor Ann Cole tweeting that the sale was a disaster and asking, “Who signed this?” The debate ended with Cole asking Tom Reed whether he would resign.';
		expect(speakerOf(text, 'the sale was a disaster')).toBe('Ann Cole');
		expect(speakerOf(text, 'Who signed this?')).toBe('Ann Cole');
		expect(speakerOf(text, 'whether he would resign')).toBe('Ann Cole');
	});

	it('gives "…, adding that …" to the speaker of the cue before it, not to the first name in the sentence', () => {
		const text = 'Budget row\n\nAfter meeting Mayor Joan Hill, treasurer Omar Said said the fund was empty, adding that taxes would rise.';
		expect(speakerOf(text, 'taxes would rise')).toBe('Omar Said');
	});

	it('names no one when a relative clause about other people ends just before the participle', () => {
		const text = 'Farm bill\n\nVice President Ann Reyes traveled to the capital Wednesday for a private meeting with farmers who are fighting the plan, saying it would ruin small growers.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end).includes('ruin small growers'));
		expect(a?.speaker ?? '').toBe('');
		expect(a?.resolvedBy ?? 'unresolved').toBe('unresolved');
	});

	it('still gives the participle to the subject when the relative clause is closed off by commas', () => {
		const text = 'Coach quits\n\nDan Petrov, who led the club for a decade, resigned on Sunday, saying the club had lost its way.';
		expect(speakerOf(text, 'the club had lost its way')).toBe('Dan Petrov');
	});

	it('gives it to the name that opens the main clause, not to a name in its object or in an opening place', () => {
		const text =
			'Race Tightens In The State\n\nSen. Tom Reed and Maria Lopez both campaigned on Monday.\n\nMaria Lopez threw her support behind Sen. Ann Cole (R-Ohio) on Wednesday, saying it is time for a real leader.\n\nSpeaking at a town hall in Salem, New Hampshire, Reed went after Lopez, calling her “a total fraud.”';
		expect(speakerOf(text, 'time for a real leader')).toBe('Maria Lopez');
		expect(speakerOf(text, 'a total fraud')).toBe('Tom Reed');
	});

	it('gives it to the name set off after a role that opens the sentence, and reads a party and a role before a name', () => {
		const text =
			'Debate Turns Sharp\n\nThe debate ran late.\n\nBut the other candidate on the stage, former Secretary of State Ann Cole, drew a contrast, saying that the plan would cost jobs.\n\nDemocratic front-runner Ann Cole spoke for an hour, saying the race was close.';
		expect(speakerOf(text, 'the plan would cost jobs')).toBe('Ann Cole');
		expect(speakerOf(text, 'the race was close')).toBe('Ann Cole');
	});

	it('gives the participle to the main clause’s subject after an opening clause led by a word of time ("Shortly after Hale spoke, …")', () => {
		const text = 'Race\n\nThe mayor spoke on Monday. Shortly after Tom Hale called for a recount, an aide began calling reporters, saying that the count was wrong.';
		const speaker = speakerOf(text, 'the count was wrong');
		expect(speaker).not.toBe('Tom Hale');
		expect(speaker).toBe('an aide');
	});

	it('ends the main clause’s subject at an irregular past verb ("An aide began calling reporters, saying …")', () => {
		const text = 'Race\n\nThe mayor spoke on Monday. The aide took questions from reporters, saying that the count was wrong.';
		expect(speakerOf(text, 'the count was wrong')).toBe('the aide');
	});

	it('gives a participle after "before" or "after" with a clause to the main clause’s subject', () => {
		const text = 'Race\n\nThe count went on all night. Ann Cole thanked her staff before adding that she would run again. Ben Dunn left the hall after explaining why he had lost.';
		expect(speakerOf(text, 'she would run again')).toBe('Ann Cole');
		expect(speakerOf(text, 'why he had lost')).toBe('Ben Dunn');
	});

	it('reads nothing passed on after "before agreeing to" a thing, nor the clause about that thing', () => {
		const text = 'Clinic\n\nThe clinic opened on Monday. Workers will think twice before agreeing to costly tests that they might not need.';
		const r = analyzeReport(text);
		expect(r.attributions.some((a) => text.slice(a.cue.start, a.cue.end) === 'agreeing')).toBe(false);
	});

	it('gives it to the subject of a clause of time just before it ("Cole spoke hours after Reed had attacked the plan, saying …")', () => {
		const text = 'Fares\n\nThe council met on Monday. Mayor Ann Cole defended the fare plan hours after Governor Tom Reed had attacked it, saying the city could not afford it.';
		expect(speakerOf(text, 'the city could not afford it')).toBe('Tom Reed');
	});

	it('names no one after a relative clause with its own subject that ends on a quotation ("…, which Reed pays for “a service,” saying …")', () => {
		const text = 'Fares\n\nThe vote is on Monday. The council raised the fare to $5, which Tom Reed pays twice a day for “a city service,” saying that buses should be free.';
		expect(speakerOf(text, 'buses should be free')).toBe('');
	});
	it('gives a verb of saying that opens the sentence to the main clause’s subject after its comma ("Noting that …, Cole said …")', () => {
		const text = 'Budget\n\nThe council met on Monday. Noting that the budget had doubled, Mayor Ann Cole said the city would borrow.';
		expect(speakerOf(text, 'the budget had doubled')).toBe('Ann Cole');
	});

	it('gives a participle after an opening "In", "Despite" or "Since" to the main clause’s subject', () => {
		const text = 'Court\n\nThe court sat on Monday. In rejecting the appeal, Judge Omar Reed said the rules were clear. Despite criticizing the plan, Senator Roy Hatch voted for it. Since announcing his bid, Dale Ortiz has risen in the polls.';
		expect(speakerOf(text, 'the appeal')).toBe('Omar Reed');
		expect(speakerOf(text, 'the plan')).toBe('Roy Hatch');
		expect(speakerOf(text, 'his bid')).toBe('Dale Ortiz');
	});

	it('does not give a participle after "in" inside the sentence to its main subject: it may belong to a nearer clause', () => {
		const text = 'Wages\n\nThe senator spoke on Monday. Senator Roy Hatch conceded that critics had a point in warning that prices would rise.';
		const warning = analyzeReport(text).attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'warning');
		expect(warning?.speaker).not.toBe('Roy Hatch');
	});
});
