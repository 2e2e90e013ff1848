import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

/** The attribution whose content holds the words, as "speaker | content". */
function reading(text: string) {
	const r = analyzeReport(text);
	const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
	return {
		r,
		of: (words: string) => r.attributions.find((a) => slice(a.content).includes(words)),
		all: r.attributions.map((a) => `${a.speaker} | ${slice(a.content)}`),
	};
}

describe('a cue after the words it attributes', () => {
	it('gives the words to the one a video shows or someone heard saying them ("is shown saying", "was heard telling aides")', () => {
		const text = 'Mayor Runs New Campaign Ad\n\nThe campaign ad ran on Monday in three cities. “Every day counts,” Mayor Ida Cole is shown saying. “We will win this,” Ms. Cole was heard telling aides.';
		const { of } = reading(text);
		expect(of('Every day counts')?.speaker).toBe('Ida Cole');
		expect(of('We will win this')?.speaker).toBe('Ida Cole');
	});

	it('gives no words before "reminded him of …" to the one reminding: what he was reminded of is a thing', () => {
		const text = 'Debate\n\nRep. Paul Dunn and Vice President Joe Hale debated on Thursday.\n\nWhen Mr. Hale went after Mr. Dunn’s remark about the “lazy voters,” Mr. Dunn reminded the vice president of his own gaffes.';
		const { r } = reading(text);
		expect(r.attributions.some((a) => text.slice(a.cue.start, a.cue.end) === 'reminded')).toBe(false);
	});

	it('gives the words to a titled person whose name is also a place ("Rep. Steve Israel", "Sen. Jordan Brooks")', () => {
		const text = 'Vote\n\n“The bill is dead,” said Rep. Alan Jordan, D-Ohio. “We will try again,” said Sen. Georgia Penn.';
		const { of } = reading(text);
		expect(of('The bill is dead')?.speaker).toBe('Alan Jordan');
		expect(of('We will try again')?.speaker).toBe('Georgia Penn');
	});

	it('gives the words to the person named after a role, not to the one whose role it is ("Dunn’s lawyer, Ann Cole, said")', () => {
		const text =
			'Trial\n\nBen Dunn was charged on Monday. “It was a foolish mistake,” Dunn’s lawyer, Ann Cole, said. “He is a fine young man,” said the family’s spokesman, Tom Hale.';
		const { of } = reading(text);
		expect(of('foolish mistake')?.speaker).toBe('Ann Cole');
		expect(of('fine young man')?.speaker).toBe('Tom Hale');
	});

	it('reads the name after "Speaker of the House" as the speaker, the body as part of the title', () => {
		const text = 'Vote\n\nThe count ended late. “We lost the suburbs,” former Speaker of the House Ann Ford said on Tuesday.';
		expect(reading(text).of('We lost the suburbs')?.speaker).toBe('Ann Ford');
	});

	it('reads a speaker after the verb who opens with a title in lower case ("said former party chairman Ann Ford")', () => {
		const text = 'Vote\n\nThe count ended late. “We lost the suburbs,” said former party chairman Ann Ford. “The cities held,” said state Sen. Tom Hale, who chairs the panel.';
		const { of, r } = reading(text);
		expect(of('We lost the suburbs')?.speaker).toBe('Ann Ford');
		expect(of('We lost the suburbs')?.rule).toBe('attribution/cue-after/titled/direct/name');
		expect(of('The cities held')?.speaker).toBe('Tom Hale');
		expect(r.attributions).toHaveLength(2);
		// Not a setting or a clause after the verb: "said firmly on Monday", "said voters who …".
		const other = 'Vote\n\nThe count ended late. “We lost the suburbs,” said firmly on Monday. “The cities held,” said voters who came out.';
		expect(reading(other).all).toEqual([]);
	});

	it('gives a quotation after the verb to a subject set off after openers ("At that meeting, which …, Ford, a Democrat, says, “…”")', () => {
		const text = 'School\n\nAnn Ford spoke twice. At the rally on Monday, Ford, smiling, said, “We have to go.” At that meeting, which was held in a school, Ford, a Democrat, says, “We will stay.”';
		const { of, all } = reading(text);
		expect(of('We have to go')?.speaker, all.join('\n')).toBe('Ann Ford');
		expect(of('We will stay')?.speaker, all.join('\n')).toBe('Ann Ford');
		expect(all.filter((l) => l.includes('At the rally') || l.includes('At that meeting')), all.join('\n')).toEqual([]);
	});

	it('keeps a quotation before "told" when the one told runs on to a title or a participle ("told the hosts of “Morning Live,” adding that …")', () => {
		const text = 'Race\n\nAnn Ford spoke on Monday. “I wish him well,” Ford told the hosts of “Morning Live,” adding that her son knows his. “We are ready,” Ford told the network’s Sunday Show on Sunday, saying that the polls were wrong.';
		const { of, all } = reading(text);
		expect(of('I wish him well')?.speaker).toBe('Ann Ford');
		expect(of('We are ready')?.speaker).toBe('Ann Ford');
		expect(all.filter((l) => l.includes('hosts of') || l.includes('Sunday Show')), all.join('\n')).toEqual([]);
	});

	it('takes no object relative clause for a speaker ("…, and thousands “liked” photos that Mr. Hale posted")', () => {
		const text = 'Rally\n\nThe lede is here today. Some 5,000 people came, and thousands “liked” photos of the crowd that Mr. Hale posted on Monday.';
		const { all } = reading(text);
		expect(all.filter((l) => l.includes('5,000 people')), all.join('\n')).toEqual([]);
	});

	it('takes no phrase of setting before the comma as what was said ("In the letter, she asked …")', () => {
		const text = 'Vote\n\nThe council meets on Friday. In her letter, she asked members to back the plan. At the hearing, the mayor said little.';
		const { all } = reading(text);
		expect(all.filter((l) => l.includes('In her letter') || l.includes('At the hearing')), all.join('\n')).toEqual([]);
	});

	it('reads "went on" after a question as its cue, with a clause of manner after it ("as if he had not heard her")', () => {
		const text = 'Debate\n\nJudge Ray Lee spoke first. “You know, it happens, right?” Mayor Tom Hale went on, as if he had not heard her.';
		expect(reading(text).of('You know, it happens, right?')?.speaker).toBe('Tom Hale');
	});

	it('keeps the words before the mark when a clause of time after the cue holds a quotation of its own', () => {
		const text = 'Budget\n\nThe council met on Monday. “We have a plan,” Ann Cole told reporters on Tuesday after hinting that “deep cuts” could come.';
		expect(reading(text).of('We have a plan')?.speaker).toBe('Ann Cole');
	});

	it('leaves a quotation after an aside to the cue before it (“Tom Hale joked, again using a thick accent, “…”)', () => {
		const text = 'Town hall\n\nThe hall was full. When someone shouted a name, Tom Hale joked, again using a thick accent, “Come on up and get a seat!”';
		const { all } = reading(text);
		expect(all, all.join('\n')).toEqual(['Tom Hale | Come on up and get a seat!']);
	});

	it('reads "answered" after a quotation as its cue', () => {
		const text = 'Hearing\n\nThe hearing ran late. “It was the deputy mayor,” Ann Cole answered when asked who signed the order.';
		expect(reading(text).of('It was the deputy mayor')?.speaker).toBe('Ann Cole');
	});

	it('reaches back over a long name of a poll to the clause before it', () => {
		const text = 'Poll\n\nMost voters back the new bridge plan, a new Harbour Gazette/Oakfield State University Poll finds.';
		const { of, all } = reading(text);
		expect(of('Most voters back the new bridge plan')?.speaker, all.join('\n')).toBe('Oakfield State University Poll');
	});

	it('does not read a name before an appositive as what was said ("Ann Cole, the spokeswoman for the … said")', () => {
		const text = 'Recount\n\nThe vote was close. Ann Cole, the communications director for the Oakfield Democratic Party said in a statement that no recount was possible.';
		const { all } = reading(text);
		expect(all.some((l) => l.endsWith('| Ann Cole')), all.join('\n')).toBe(false);
	});

	it('gives a quotation to the speaker named before "told", whoever was told and whenever', () => {
		const text = 'Bridge closes\n\n“We have no choice,” Mayor Ana Ruiz told the Daily Courier’s Tom Hale on Monday night.';
		const { of, all } = reading(text);
		expect(of('We have no choice')?.speaker, all.join('\n')).toBe('Ana Ruiz');
		expect(all.some((l) => l.includes('Monday night'))).toBe(false);
	});

	it('reads "another" before a party label as an unnamed source ("added another Harbour Democrat", "another Republican said")', () => {
		const text = 'Floods\n\nThe river rose again on Monday. “We are scared,” added another Harbour Democrat. “Nobody listens,” another Republican said.';
		const { of } = reading(text);
		expect(of('We are scared')?.speaker).toBe('another Harbour Democrat');
		expect(of('Nobody listens')?.speaker).toBe('another Republican');
	});

	it('reads a speaker after the verb that opens with "another", "one" or "several" ("said another resident, Anna Berg")', () => {
		const text = 'Floods\n\nThe river rose again on Monday. “We are scared,” said another local resident, Anna Berg. “The water is closer.”\n\n“Nobody listens,” said one shop owner on the high street. The town was slow to act, said several councillors.';
		const { of, all } = reading(text);
		expect(of('We are scared')?.speaker, all.join('\n')).toBe('Anna Berg');
		expect(of('The water is closer')?.speaker, all.join('\n')).toBe('Anna Berg');
		expect(of('Nobody listens')?.speaker, all.join('\n')).toBe('one shop owner');
		expect(of('The town was slow to act')?.speaker, all.join('\n')).toBe('several councillors');
	});

	it('reads a month after the verb as its time, and a clause after a quotation that says when as no cue for it', () => {
		const text = 'Praise\n\nThe lede is here today. “In other news,” Ruth Lane tweeted last January, “the mayor wins praise from his own aide,” after city spokesman Tom Hale expressed his support for his boss online.';
		const { of, all } = reading(text);
		expect(of('In other news')?.speaker, all.join('\n')).toBe('Ruth Lane');
		expect(of('the mayor wins praise')?.speaker, all.join('\n')).toBe('Ruth Lane');
		expect(all.filter((l) => l.includes('wins praise')), all.join('\n')).toHaveLength(1);
	});

	it('gives a cue inside the sentence the words from the last dash before it, not the sentence before the dash', () => {
		const text = 'Trial\n\nThe lede is here today. Despite his claim that he was only a reporter, a judge kept Tom Hale in jail after hearing his show - proof, the prosecutors argued, of his part in the plot.';
		const { of, all } = reading(text);
		expect(text.slice(of('proof')?.content.start, of('proof')?.content.end), all.join('\n')).toBe('proof, the prosecutors argued, of his part in the plot');
		expect(all.some((l) => l.startsWith('the prosecutors') && l.includes('only a reporter')), all.join('\n')).toBe(false);
	});

	it('gives words to the name a speaker goes by ("wrote a man calling himself Tom Tom")', () => {
		const text = 'Posts\n\nThe lede is here today. “Whoever opens the gates has no place here!” wrote a man calling himself Tom Tom. Another user, Ann Lee, wrote: “Shame.”';
		const { of, all } = reading(text);
		expect(of('Whoever opens the gates')?.speaker, all.join('\n')).toBe('Tom Tom');
		expect(of('Shame')?.speaker, all.join('\n')).toBe('Ann Lee');
	});

	it('reads a speaker before a perfect tense ("…, the Harbour Gazette has reported"), and the participle after it as theirs', () => {
		const text = 'Ferry deal\n\nThe mayor’s aide, Tom Hale, offered the ferry contract to a friend, the Harbour Gazette has reported, citing two officials.';
		const { of, all } = reading(text);
		expect(of('offered the ferry contract')?.speaker, all.join('\n')).toBe('Harbour Gazette');
		expect(of('two officials')?.speaker, all.join('\n')).toBe('Harbour Gazette');
	});

	it('leaves quoted words with the one who said them when a later verb confirms them ("…,” Hart said to the Courier and NOW confirmed")', () => {
		const text =
			'Strike vote\n\nUnion leader Jo Hart said the offer was unfair.\n\n"Who has ever offered a worker so little? What the company is saying is that we do not count," Hart said to The Daily Courier and NOW confirmed to Gazette.com on Tuesday.';
		const { of, all } = reading(text);
		expect(of('offered a worker so little')?.speaker, all.join('\n')).toBe('Jo Hart');
	});

	it('takes the one named after "said", and the role after the comma as a description', () => {
		const text = 'Port strike\n\n“The port is losing money every day,” said Helen Ward, the union’s regional secretary.';
		const { of, r } = reading(text);
		expect(of('losing money')?.speaker).toBe('Helen Ward');
		const ward = r.sources.find((s) => s.name === 'Helen Ward');
		expect(ward?.descriptions.map((d) => text.slice(d.start, d.end))).toContain('the union’s regional secretary');
	});

	it('gives a quotation to the name right after it when a long appositive with names of its own comes before the verb', () => {
		const text =
			'Depot vote\n\n“The depot belongs to the town,” Carla Mendes, a Labour councillor trying to unseat Mayor Tom Ashby, a Conservative, in the east ward, said at a meeting.';
		const { of, r, all } = reading(text);
		expect(of('belongs to the town')?.speaker, all.join('\n')).toBe('Carla Mendes');
		expect(text.slice(of('belongs to the town')?.content.start ?? 0, of('belongs to the town')?.content.end ?? 0)).toBe('The depot belongs to the town');
		expect(r.sources.map((s) => s.name)).not.toContain('a Conservative');
	});

	it('keeps the words a quoted speaker says inside the quotation, so the one named after it is a source', () => {
		const text = 'Market day\n\n“I believe the market keeps this town alive,” Owen Price told us after buying bread. He left at noon.';
		const { of, r } = reading(text);
		expect(of('I believe the market')?.speaker).toBe('Owen Price');
		const inner = r.attributions.find((a) => a.nested);
		expect(inner ? text.slice(inner.content.start, inner.content.end) : '').not.toContain('Owen Price');
		expect(r.sources.map((s) => s.name)).toContain('Owen Price');
	});

	it('reads "late Thursday" after a trailing cue as its time, so the paper that reported speaks', () => {
		const text = 'Email row\n\nThe mayor told auditors in May that she kept a private account, the Harbour Gazette reported late Thursday.';
		const { of, all } = reading(text);
		expect(of('The mayor told auditors')?.speaker, all.join('\n')).toBe('Harbour Gazette');
	});

	it('gives a question to the speaker after it when a participle follows the cue ("…?” Cole remarked, pointing to …")', () => {
		const text = 'Ferry fares\n\n“Who will pay for the new ferry?” Councillor Ann Cole remarked, pointing to the empty budget line.';
		expect(reading(text).of('Who will pay for the new ferry')?.speaker).toBe('Ann Cole');
	});

	it('never takes words across a colon for a speaker ("… “keep it” promise: Many of them negotiated …")', () => {
		const text = 'Plans\n\nIt is the pull of the mayor\'s "if you want a pass, you can keep it" promise: Many of them chose generous council-funded plans in place of higher pay.';
		expect(reading(text).all.some((l) => l.startsWith('promise'))).toBe(false);
	});

	it('never reads the comma inside a number as the mark before a trailing cue ("about 10,000 more than officials expected")', () => {
		const text = 'Turnout\n\nAbout 80,000 voters came on Saturday, about 10,000 more than most party officials expected.';
		expect(reading(text).all.some((l) => l.startsWith('000'))).toBe(false);
	});

	it('takes the name after a role in apposition ("said a council lawyer, Peter Lund")', () => {
		const text = 'Permit refused\n\n“The permit was never valid,” said a council lawyer, Peter Lund.';
		expect(reading(text).of('never valid')?.speaker).toBe('Peter Lund');
	});

	it('reads a quotation interrupted by its cue as one passage', () => {
		const text = 'Dam report\n\n“The dam is safe,” the engineer Maria Costa said, “but the road above it is not.”';
		const a = reading(text).of('The dam is safe');
		expect(a?.speaker).toBe('Maria Costa');
		expect(text.slice(a?.content.start ?? 0, a?.content.end ?? 0)).toContain('the road above it is not');
	});

	it('reads "X, he said, Y" as his words on both sides of the cue', () => {
		const text = 'Rail plan\n\nTransport minister Li Wen spoke on Friday. The bigger risk, he said, is a line that nobody uses.';
		const a = reading(text).of('bigger risk');
		expect(a?.speaker).toBe('Li Wen');
		expect(text.slice(a?.content.start ?? 0, a?.content.end ?? 0)).toContain('nobody uses');
	});

	it('keeps "…, he said, adding that …" as two passages of the same speaker', () => {
		const text = 'Vote count\n\nElection officer Sam Boyd spoke to reporters. “The count is complete,” Boyd said, adding that a recount was unlikely.';
		const { of, all } = reading(text);
		expect(of('The count is complete')?.speaker, all.join('\n')).toBe('Sam Boyd');
		expect(of('a recount was unlikely')?.speaker).toBe('Sam Boyd');
	});

	it('does not take a time after the cue for what was said ("the airline said Thursday")', () => {
		const text = 'Flight lost\n\nThe pilot had flown for twenty years, the airline said Thursday.';
		const { of, all } = reading(text);
		expect(of('flown for twenty years')?.speaker).toBe('the airline');
		expect(all.some((l) => l.endsWith('| Thursday'))).toBe(false);
	});

	it('reads a long titled speaker between a closing quotation mark and the verb, commas and all', () => {
		const text = 'Vote delayed\n\n“We will not be rushed,” Senate Majority Leader Ann Cole, R-Ohio, said. “The vote waits.”';
		const { of, all } = reading(text);
		expect(of('We will not be rushed')?.speaker, all.join('\n')).toBe('Ann Cole');
		expect(of('The vote waits')?.speaker).toBe('Ann Cole');
	});

	it('reads a cue that opens its own sentence after a question in quotation marks', () => {
		const text = 'Race\n\nCampaign chairman Paul Manafort met the delegates. “Can we win Illinois?” Mr. Manafort asked. “I don’t know.”';
		const { of, all } = reading(text);
		expect(of('Can we win Illinois')?.speaker, all.join('\n')).toBe('Paul Manafort');
		expect(of('I don’t know')?.speaker).toBe('Paul Manafort');
	});

	it('takes the reporter’s words before a quotation closed by the cue as one mixed passage', () => {
		const text = 'Port\n\nHarbour master Tom Reilly spoke. The port needs ships “that can carry twice the cargo,” Reilly said.';
		const { r, all } = reading(text);
		const a = r.attributions.find((x) => x.speaker === 'Tom Reilly');
		expect(a && text.slice(a.content.start, a.content.end), all.join('\n')).toBe('The port needs ships “that can carry twice the cargo');
		expect(a?.direct).toBe(false);
	});

	it('gives the words before "said X" to a name after the verb, not to a phrase of the words that follow', () => {
		const text = 'Funds\n\nCraig Minassian, a spokesman for the foundation, said the decision to refuse the money had nothing to do with the emails.';
		const { of, all } = reading(text);
		expect(of('the decision to refuse')?.speaker, all.join('\n')).toBe('Craig Minassian');
	});

	it('reads past a programme’s title in quotation marks after the cue', () => {
		const text = 'Vetting\n\nDr. Ben Carson spoke on Sunday. “I expect to be vetted,” he said on “Meet the Press.”';
		const { of, r } = reading(text);
		expect(of('I expect to be vetted')?.speaker).toBe('Ben Carson');
		expect(r.attributions.some((a) => text.slice(a.content.start, a.content.end).includes('Meet the Press'))).toBe(false);
	});

	it('gives a quotation that runs on in the reporter’s words to the name after the verb, not to a name in those words', () => {
		const text =
			'Race Tightens In The State\n\nSen. Tom Reed leads the race.\n\n“He can say it, but it seems unlikely” that Reed can catch Ann Lopez, said Steve Elm, deputy manager of the Lopez campaign.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end).startsWith('“He can say it'));
		expect(a?.speaker).toBe('Steve Elm');
		expect(text.slice(a?.content.start ?? 0, a?.content.end ?? 0)).toBe('“He can say it, but it seems unlikely” that Reed can catch Ann Lopez');
	});
	it('ends the cue at a comma set inside a programme’s closing mark ("said on the program “Week in Review,” adding that …")', () => {
		const text = 'Pier\n\nThe lede is here today. “The pier is unsafe,” Mayor Di Fox said on the radio program “Week in Review,” adding that repairs would start soon.';
		const { of } = reading(text);
		expect(of('The pier is unsafe')?.speaker).toBe('Di Fox');
		expect(of('repairs would start soon')?.speaker).toBe('Di Fox');
	});

	it('reads "…, a point the union denied." as the union taking a side on the point, not as the union’s own claim', () => {
		const text = 'Pay\n\nThe council met on Monday. The mayor said the letters were fake, a point the union denied.';
		const r = analyzeReport(text);
		const denied = r.attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'denied');
		expect(denied?.speaker).toBe('the union');
		expect(text.slice(denied?.content.start ?? 0, denied?.content.end ?? 0)).toBe('a point');
	});

	it('closes a cue after a quotation at a dash typed as hyphens ("“…,” Hale told the Courier -- referring to …")', () => {
		const text = 'Pier\n\nCouncillor Tom Hale spoke on Monday. “The plan is dead,” Hale told the Courier -- referring to the vote -- “and it will stay dead.”';
		expect(reading(text).of('The plan is dead')?.speaker).toBe('Tom Hale');
		expect(reading(text).all.some((a) => a.includes('referring to the vote'))).toBe(false);
	});

	it('does not give a question or exclamation closing a paragraph to the cue that opens the next (“…!” ¶ A reporter asked …)', () => {
		const text = 'Rally\n\nThe crowd was small. “Do you have the names of everybody here?” Tom Hale said. “Okay, great!”\n\nA reporter asked Hale how he felt about the turnout.';
		const r = analyzeReport(text);
		const great = r.attributions.find((a) => text.slice(a.content.start, a.content.end) === 'Okay, great!');
		expect(great?.speaker).toBe('Tom Hale');
		expect(reading(text).of('how he felt')?.speaker).toBe('a reporter');
	});

	it('reads a title in quotation marks before a name as part of a phrase, not words said (“Morning Hour” host Ann Cole asked …)', () => {
		const text = 'Race\n\nThe debate ran late. “Morning Hour” host Ann Cole asked Tom Hale, “Can you still win the county?”';
		const said = analyzeReport(text).attributions.map((a) => text.slice(a.content.start, a.content.end));
		expect(said).toEqual(['Can you still win the county?']);
	});

	it('gives a question to the one named after "asked", with a relative clause about them ("…?” asked Ann Cole, who …")', () => {
		const text = 'Rules\n\nThe senators met on Monday. “Do you want them at the convention?” asked Sen. Ann Cole of Ohio, who is open to some reforms.';
		expect(reading(text).of('Do you want them')?.speaker).toBe('Ann Cole');
	});

	it('names an unnamed source after the verb by its whole phrase ("…,” said a source close to the campaign.)', () => {
		const text = 'Race\n\nThe mayor spoke on Monday. “He is very worked up about it,” said a source close to the campaign.';
		expect(reading(text).of('very worked up')?.speaker).toBe('a source close to the campaign');
	});

	it('gives the words to the person named before the verb, not to the body they are from ("…,” Ann Cole of the Harbor Trust said)', () => {
		const text = 'Pier\n\nThe vote was close. “It is a hard thing to build,” Ann Cole of the Harbor Trust said on Monday.';
		const { of, r } = reading(text);
		expect(of('hard thing to build')?.speaker).toBe('Ann Cole');
		expect(r.sources.find((s) => s.name === 'Ann Cole')?.kind).toBe('person');
	});

	it('leaves a dateline in capitals out of the words passed on, but not a name before a dash', () => {
		const text = 'Talks set\n\nHARBOR CITY - The mayor will meet the union later this month, officials said Wednesday.\n\nAnn Cole - a former mayor - will run again, aides said.';
		const { all } = reading(text);
		expect(all).toContain('officials | The mayor will meet the union later this month');
		expect(all).toContain('aides | Ann Cole - a former mayor - will run again');
	});

	it('gives a quotation to the one whose verb closes it, not to a name in a later clause ("…,” Hale said on Radio Nine, though he said, “…”)', () => {
		const text = 'Pier\n\nTom Hale spoke on Monday. “I am not ready to back the plan,” Hale said last week on Radio Nine, though he said, “I hope to.”';
		const { all } = reading(text);
		expect(all).toContain('Tom Hale | I am not ready to back the plan');
		expect(all.some((a) => a.startsWith('Radio Nine'))).toBe(false);
	});
	it('reads a quotation split by "said" and the speaker after it as one passage ("“A,” said Ann Cole, the mayor, “and B.”")', () => {
		const text =
			'Pier\n\nThe vote is on Friday. “The pier is falling apart,” said Ann Cole, the mayor of Eastport, “and nobody wants to pay for it.” “We can wait,” said one farmer who lives by the pier, “but not for long.”';
		const { all, r } = reading(text);
		expect(all).toContain('Ann Cole | The pier is falling apart,” said Ann Cole, the mayor of Eastport, “and nobody wants to pay for it');
		expect(all).toContain('one farmer | We can wait,” said one farmer who lives by the pier, “but not for long');
		// The mayor is described by her role, not by the words of the quotation's second part.
		const cole = r.sources.find((s) => s.name === 'Ann Cole');
		expect(cole?.descriptions.map((d) => text.slice(d.start, d.end))).toEqual(['the mayor of Eastport']);
	});

	it('reads a quotation split by "said of" a noun with a clause of its own as its speaker\'s, not the clause ("“A,” Cole said of a plan that included …")', () => {
		const text =
			'Pier\n\nThe vote is on Friday. “In any other year it would pass,” Ann Cole said of a plan that included a new harbour wall and a fish market. “This year nobody has the money.”';
		const { all } = reading(text);
		expect(all).toContain('Ann Cole | In any other year it would pass,” Ann Cole said of a plan that included a new harbour wall and a fish market. “This year nobody has the money');
		expect(all.some((a) => a.includes('| included'))).toBe(false);
		// "said of Hale that he …" still passes on what follows "that".
		const content = 'Pier\n\nThe vote is on Friday. “It was a long year,” Ann Cole said of Tom Hale that he had earned a rest.';
		expect(reading(content).all).toContain('Ann Cole | he had earned a rest');
	});
});
