import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';

/** The report's sources as "name (kind)". */
function sources(text: string): string[] {
	return analyzeReport(text).sources.map((s) => `${s.name} (${s.kind})`);
}

function speakerOf(text: string, words: string) {
	const r = analyzeReport(text);
	return r.attributions.find((a) => text.slice(a.content.start, a.content.end).includes(words));
}

describe('names, whole and of the right kind', () => {
	it('never reads a phrase quoted whole as a person, so a later surname is not taken for it ("our \'Stop Dunn\' law")', () => {
		const text = "Law\n\nThe vote was on Monday. The first is our 'Stop Dunn' law, the mayor said. Dunn, for his part, compared the mayor to a tyrant, saying his rule was dark.";
		expect(sources(text).some((s) => s.startsWith('Stop Dunn'))).toBe(false);
	});

	it('never reads a name quoted whole with its comma inside the marks as a person (“Province Kestrel,” a nickname)', () => {
		const text = 'Apps\n\nKestrel said on Monday it had closed 900 accounts. Some users give their home as “Province Kestrel,” a joke. Kestrel said the work would go on.';
		expect(sources(text)).toEqual(['Kestrel (organization)']);
	});

	it('reads "sources connected to the investigation" as unnamed sources, not the investigation', () => {
		const text = 'Server\n\nThe server vanished in March. Multiple sources connected to the investigation told the paper that the server was copied.';
		expect(speakerOf(text, 'the server was copied')?.sourceKind).toBe('anonymous');
	});

	it('ends a name at a verb shouted in a headline-like line ("White House WON’T say if …")', () => {
		const text = 'Budget\n\nThe mayor spoke on Monday.\n\nWhite House WON’T say if Mayor Ann Cole will run again\n\nThe vote is in May.';
		expect(sources(text).some((s) => s.includes('WON’T'))).toBe(false);
	});

	it('reads a place as a government, never as a person or a fragment of one', () => {
		const text = 'Border talks\n\nThe United States said the border would stay open. North Carolina said it would send no troops.';
		expect(sources(text)).toEqual(['United States (government)', 'North Carolina (government)']);
	});

	it('keeps a nationality before one word as part of a body’s name, and reads it as a label before a full name', () => {
		const text = 'Bridge vote\n\nThe Canadian Guild said the bridge was unsafe. Canadian engineer Ann Cole said it was sound.';
		expect(sources(text)).toEqual(['Canadian Guild (organization)', 'Ann Cole (person)']);
	});

	it('reads "Christian", a nationality of faith that is as often a given name, as the first name of a person', () => {
		const text = 'Bridge vote\n\nChristian Varga, the mayor of Lenz, said the bridge was unsafe. He added that it would close.';
		expect(sources(text)).toEqual(['Christian Varga (person)']);
		expect(speakerOf(text, 'it would close')?.speaker).toBe('Christian Varga');
	});

	it('reads a party’s member before a full name as a label, after a chamber or a place too ("House Republican Tom Reed")', () => {
		const text = 'Vote\n\nHouse Republican Tom Reed said the bill would pass. Arizona Democrat Ann Cole said it would fail. The Log Cabin Republicans said the vote was close.';
		expect(sources(text)).toEqual(['Tom Reed (person)', 'Ann Cole (person)', 'Log Cabin Republicans (organization)']);
	});

	it('gives the words of “Republicans in Congress” or “officials in Minnesota” to those people, not to the place or body', () => {
		const text = 'Vote\n\nRepublicans in Congress said the bill was clean. Officials in Minnesota said the river was safe.';
		expect(speakerOf(text, 'the bill was clean')?.speaker).toBe('Republicans in Congress');
		expect(speakerOf(text, 'the river was safe')?.speaker).toBe('officials in Minnesota');
	});

	it('gives the words of “trustees of” or “members of” a body to those people, not to the body', () => {
		const text = 'Pensions\n\nThe lede is here. Trustees of the City Pension Fund last week warned the fund would run dry by 2040. Members of the Harbour Board said the port would close.';
		expect(speakerOf(text, 'run dry')?.speaker.toLowerCase()).toBe('trustees of the city pension fund');
		expect(speakerOf(text, 'the port would close')?.speaker.toLowerCase()).toBe('members of the harbour board');
	});

	it('splits a title from the name at its last office and keeps the title as a description', () => {
		const text = 'Budget vote\n\nSenate Majority Leader Ann Cole said the vote would wait until May.';
		const r = analyzeReport(text);
		const cole = r.sources.find((s) => s.name === 'Ann Cole');
		expect(cole?.kind).toBe('person');
		expect(cole?.descriptions.map((d) => text.slice(d.start, d.end))).toContain('Senate Majority Leader');
	});

	it('keeps a middle initial and a suffix in a person’s name, and knows the person again by surname', () => {
		const text = 'Tax deal talks go on\n\nVice President Joseph R. Biden Jr. said the deal was fair.\n\nMr. Biden said he would meet House Democrats again.';
		expect(sources(text)).toEqual(['Joseph R. Biden Jr. (person)']);
		expect(speakerOf(text, 'he would meet House Democrats')?.speaker).toBe('Joseph R. Biden Jr.');
	});

	it('reads a middle initial that is also a word ("A.", "I.") as an initial, so the whole name is known', () => {
		const text = 'Budget talks\n\nThe president met Speaker John A. Harlan of Ohio and Senator Ruth I. Moss on Monday.\n\nMr. Harlan said the budget would pass. Ms. Moss said it would not.';
		expect(speakerOf(text, 'the budget would pass')?.speaker).toBe('John A. Harlan');
		expect(speakerOf(text, 'it would not')?.speaker).toBe('Ruth I. Moss');
	});

	it('ends a name before "on Monday" or "in March", which say when, not which body', () => {
		const text = 'Budget talks\n\nThe mayor met Speaker Tom Harlan on Monday and Senator Ann Cole in March.\n\nMr. Harlan said the budget would pass. Ms. Cole said it would fail.';
		expect(speakerOf(text, 'the budget would pass')?.speaker).toBe('Tom Harlan');
		expect(speakerOf(text, 'it would fail')?.speaker).toBe('Ann Cole');
	});

	it('never takes a suffix alone for the name, even after a surname that is also a title ("Luther King Jr.")', () => {
		const text = 'March anniversary\n\nMartin Luther King Jr. said in 1963 that the nation had defaulted on a promise.';
		expect(speakerOf(text, 'the nation had defaulted')?.speaker).toBe('Martin Luther King Jr.');
	});

	it('keeps a surname written with the Arabic article in lower case in the name ("Nabil el-Sayed")', () => {
		const text = 'Centre plans\n\nThe developer, Nabil el-Sayed, a builder born in Leeds, has said the centre would include a library.';
		expect(speakerOf(text, 'the centre would include a library')?.speaker).toBe('Nabil el-Sayed');
	});

	it('never lets a dateline join a name', () => {
		const text = 'Rally\n\nCLEVELAND - Donna Reyes told the crowd that the plant would reopen.';
		expect(speakerOf(text, 'the plant would reopen')?.speaker).toBe('Donna Reyes');
	});

	it('reads a party label before a name as a label, and party members as a group', () => {
		const text = 'Tax plan\n\nDemocrat Rita Moss said the plan was unfair. Leading Republicans said it was overdue.';
		expect(speakerOf(text, 'unfair')?.speaker).toBe('Rita Moss');
		const group = speakerOf(text, 'overdue');
		expect(group?.sourceKind).toBe('group');
		expect(group?.speaker).toBe('leading Republicans');
	});

	it('reads party members named by a club’s own name ("Log Cabin Republicans") as a body, by a chamber or a place as a group', () => {
		const text =
			'Tax plan\n\nThe Blue Dog Democrats said the plan was reckless. House Republicans said it was overdue. Ohio Democrats said it was late. Leading Republicans said it was fair.';
		const kindOf = (words: string) => speakerOf(text, words)?.sourceKind;
		expect(kindOf('reckless')).toBe('organization');
		expect(kindOf('overdue')).toBe('group');
		expect(kindOf('late')).toBe('group');
		expect(kindOf('fair')).toBe('group');
	});

	it('keeps one entity per person: full name, "Mr." form and surname', () => {
		const text = 'Port deal\n\nHarbour chief Paul Grant said the deal was signed. Mr. Grant added that jobs were safe. Grant later said prices would fall.';
		const r = analyzeReport(text);
		expect(r.sources.map((s) => s.name)).toEqual(['Paul Grant']);
		expect(r.sources[0]?.aliases).toEqual(expect.arrayContaining(['Grant', 'Mr. Grant']));
	});

	it('gives a lone surname to the full name the report gives, not to a body of that name', () => {
		const text = 'Mill closes\n\nSam Boyd spoke to workers on Friday. Boyd said the mill would close.';
		const a = speakerOf(text, 'the mill would close');
		expect(a?.speaker).toBe('Sam Boyd');
		expect(a?.sourceKind).toBe('person');
	});

	it('does not take a capitalized word that opens a sentence for a name', () => {
		const text = 'Late night\n\nMayor Lina Park spoke at noon. Hours later, she said the curfew would end.';
		expect(speakerOf(text, 'the curfew would end')?.speaker).toBe('Lina Park');
	});
});

describe('pronouns', () => {
	it('resolves "he" when one person in view fits', () => {
		const text = 'Strike ends\n\nUnion leader Tom Hale met managers on Monday. He said the strike was over.';
		const a = speakerOf(text, 'the strike was over');
		expect(a?.speaker).toBe('Tom Hale');
		expect(a?.resolvedBy).toBe('pronoun');
	});

	it('uses what the report says of a person to tell "he" from "she"', () => {
		const text = 'Water bill\n\nMayor Ada Lind and Councillor Ben Ortiz met residents. Ortiz said his office would help. She said the bill would be cut.';
		expect(speakerOf(text, 'the bill would be cut')?.speaker).toBe('Ada Lind');
	});

	it('keeps the speaker quoted last when two people are in view', () => {
		const text = 'Trade row\n\n“We will not back down,” said Eva Marsh, the trade minister. Marsh met Leo Park on Friday. He said nothing. She added that tariffs would stay.';
		expect(speakerOf(text, 'tariffs would stay')?.speaker).toBe('Eva Marsh');
	});

	it('leaves "he" unresolved when two men fit and neither was quoted last, and offers no source for it', () => {
		const text = 'Court case\n\nJudge Omar Reed heard the case with Judge Ian Cole. Reed and Cole met on Tuesday. He said the ruling would come soon.';
		const r = analyzeReport(text);
		const a = r.attributions.find((x) => text.slice(x.content.start, x.content.end).includes('ruling would come'));
		expect(a?.resolvedBy).toBe('unresolved');
		expect(a?.speaker).toBe('');
		expect(r.sources.every((s) => s.name !== '' || s.kind === 'anonymous')).toBe(true);
	});

	it('does not take a name inside a quotation for the narrator’s "he"', () => {
		const text = 'Campaign\n\nCandidate Neil Ford spoke in Leeds. “When I look at somebody like Paul Dunn,” he said, “I see the past.”';
		expect(speakerOf(text, 'When I look')?.speaker).toBe('Neil Ford');
	});

	it('does not give ", he said," to a man named in the words it interrupts: the one speaking goes on', () => {
		const text = [
			'Governor rallies voters in Reno',
			'',
			'The governor spoke in Reno on Monday.',
			'',
			'“We will win this state,” Governor Dale Ortiz said.',
			'',
			'When the cheering stopped, he asked: “Who is to blame?”',
			'',
			'Blaming Senator Roy Hatch, he said, was too easy. The real culprit, he said, is apathy.',
		].join('\n');
		expect(speakerOf(text, 'was too easy')?.speaker).toBe('Dale Ortiz');
		expect(speakerOf(text, 'is apathy')?.speaker).toBe('Dale Ortiz');
	});

	it('still reads a man named in the sentence as "he" when another is named after the last speaker', () => {
		const text = [
			'Governor rallies voters in Reno',
			'',
			'“We will win this state,” Governor Dale Ortiz said.',
			'',
			'Later, Senator Roy Hatch took the stage. His speech, he said, was about jobs.',
		].join('\n');
		expect(speakerOf(text, 'was about jobs')?.speaker).toBe('Roy Hatch');
	});

	it('gives “…,” he said after a quotation the sentence opens with a comma to the one the sentence is about, not the last speaker', () => {
		const text = 'Budget fight\n\nGovernor Tom Reed spoke first. “We will cut taxes,” Reed said. Senator Mark Hale weighed in on Tuesday, telling a radio host, “The budget is fair,” he said.';
		expect(speakerOf(text, 'The budget is fair')?.speaker).toBe('Mark Hale');
	});

	it('does not give “…,” he said to a name the quotation runs on from: the words are about him', () => {
		const text = 'Budget fight\n\nGovernor Tom Reed spoke first. “We will cut taxes,” Reed said. Reed attacked the plan again. Senator Mark Hale “wants to wreck the budget,” he said.';
		expect(speakerOf(text, 'wants to wreck the budget')?.speaker).toBe('Tom Reed');
	});

	it('knows a person named in full once and by surname after, so a place named between is not taken for "he"', () => {
		const text = 'Ortiz tours the state again\n\nDale Ortiz first toured the state a year ago.\n\nAt a forum in Glen Park, Ortiz traded the microphone with students. Ortiz pivoted to talk about what he sees as the real problems.';
		expect(speakerOf(text, 'the real problems')?.speaker).toBe('Dale Ortiz');
	});

	it('gives “…,” she said to the woman speaking, not to a man named in her quoted words whose gender is not yet known', () => {
		const text = 'Diaz backs Ruiz for the nomination\n\nCarla Diaz threw her support behind Ann Ruiz on Monday.\n\nDiaz was blunt about her dislike of Neil Ford, the front-runner, saying the party must unite.\n\n“Some people are horrified by Neil Ford. I am one of them,” she said.';
		expect(speakerOf(text, 'I am one of them')?.speaker).toBe('Carla Diaz');
	});

	it('learns a man’s “he” from a pronoun after his name though a woman is named later in the sentence, and gives “she” to her', () => {
		const text = 'Talks on the budget go on\n\nDale Ortiz visited the capital on Monday with his aides to meet Ann Ruiz before the vote. Ruiz arrived late. Ortiz waited for hours. She said the talks went well.';
		expect(speakerOf(text, 'the talks went well')?.speaker).toBe('Ann Ruiz');
	});

	it('gives “…,” he said to the one speaking, not to a man named in what he said before it', () => {
		const text = 'Council row over the budget goes on\n\nCouncillor Tom Reed spoke on Monday. Reed said that voters had backed Dale Ortiz, the mayor, in the spring. “We will not give up on this town. We never have,” he said.';
		expect(speakerOf(text, 'We will not give up')?.speaker).toBe('Tom Reed');
	});

	it('does not take the person in “Ortiz adviser Tom Reed” for one the sentence names, so “he” goes to the adviser', () => {
		const text = 'Polls tighten in the race for mayor\n\nDale Ortiz, the mayor, won the primary in May. Ortiz adviser Tom Reed, who has run three campaigns, read the numbers on Monday. “People are ready for a change,” he said.';
		expect(speakerOf(text, 'People are ready')?.speaker).toBe('Tom Reed');
	});

	it('does not take the person in “the Reed campaign” for the one a later “he” means', () => {
		const text = 'Reed campaign fights for the caucus\n\nMaria Reed leads the polls here. “They have a real problem if they lose,” said Tom Hale, who writes a newsletter. Right now, the Reed campaign is “doing everything it can,” he said.';
		expect(speakerOf(text, 'doing everything it can')?.speaker).toBe('Tom Hale');
	});

	it('learns that a person is a “she” when a “she” can mean no one else, and then gives “he” to the man', () => {
		const text = 'Council row\n\nThe mayor, Tom Reed, praised the plan. Carla Diaz, the council leader, disagreed. She warned the council. “It will cost too much,” she said. Reed and Diaz left the chamber. “We have the money,” he said.';
		expect(speakerOf(text, 'We have the money')?.speaker).toBe('Tom Reed');
	});
});

describe('descriptions kept with a source', () => {
	it('keeps the labels a report gives a person and drops clauses that are not labels', () => {
		const text = [
			'Dam vote',
			'',
			'Disgraced councillor Amy Roth said the dam was safe.',
			'',
			'Roth, a former engineer who once ran the water board, said the report was wrong, in an interview with the Gazette.',
		].join('\n');
		const roth = analyzeReport(text).sources.find((s) => s.name === 'Amy Roth');
		const labels = roth?.descriptions.map((d) => text.slice(d.start, d.end));
		expect(labels).toEqual(['Disgraced councillor', 'a former engineer']);
	});

	it('keeps a body named by a common noun with its article ("the Senate", not "Senate")', () => {
		const text = 'Bill passes\n\nThe bill passed on Monday. According to the Senate, the vote was close.';
		expect(analyzeReport(text).sources.map((s) => s.name)).toEqual(['the Senate']);
	});

	it('reads "X of Y" as a person and the body they belong to', () => {
		const text = 'Court\n\nHistorian Alan Webb of Leeds University said the ruling was unusual.';
		expect(speakerOf(text, 'ruling was unusual')?.speaker).toBe('Alan Webb');
	});
});

describe('a person named in full before anything says who they are', () => {
	it('gives "Mr. Sellers said" the whole name the report gave earlier ("He met Joseph Sellers on Monday")', () => {
		const text = 'Court\n\nThe judge met Joseph Sellers on Monday. Mr. Sellers said the rule was unfair. Later, the judge told the other lawyer, Ann M. Ruiz. Ms. Ruiz said the rule was fair.';
		expect(speakerOf(text, 'rule was unfair')?.speaker).toBe('Joseph Sellers');
		expect(speakerOf(text, 'rule was fair')?.speaker).toBe('Ann M. Ruiz');
	});

	it('never takes a street or a county for a person ("Wall Street said", "Orange County said")', () => {
		const found = sources('Banks\n\nThe plan came out on Monday. Wall Street said the plan would fail. Orange County said it would sue.');
		expect(found).not.toContain('Wall Street (person)');
		expect(found).not.toContain('Orange County (person)');
	});

	it('does not take "Now" opening a sentence for part of the name after it', () => {
		const text = 'Race\n\nNow Jo Hartley, who has raised more money than votes, hopes her campaign can turn around there, she said on Monday.';
		expect(sources(text)).toContain('Jo Hartley (person)');
		expect(sources(text).some((s) => s.startsWith('Now'))).toBe(false);
	});
});
