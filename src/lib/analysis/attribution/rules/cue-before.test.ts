import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze';

function reading(text: string) {
	const r = analyzeReport(text);
	return {
		r,
		of: (words: string) => r.attributions.find((a) => text.slice(a.content.start, a.content.end).includes(words)),
	};
}

describe('a speaker before the reporting verb', () => {
	it('reads a clause that follows "announced", "revealed" or "complained" without "that" when a short subject and a finite verb open it', () => {
		const text =
			'Bureau closes\n\nMayor Hal Brandt and treasurer Ruth Ames met on Monday. The Ledger announced it was closing its bureau. ' +
			'Ames revealed the city had borrowed $4 million. Brandt complained the council had ignored his office.';
		const { r } = reading(text);
		const said = (words: string) => r.attributions.find((a) => text.slice(a.content.start, a.content.end) === words);
		expect(said('it was closing its bureau')?.speaker).toBe('Ledger');
		expect(said('the city had borrowed $4 million')?.speaker).toBe('Ruth Ames');
		expect(said('the council had ignored his office')?.speaker).toBe('Hal Brandt');
	});

	it('reads no bare clause after such a verb when its object is a thing: a relative clause, a question, an answer', () => {
		const text =
			'Budget\n\nMayor Hal Brandt spoke on Monday. Brandt confirmed a decision he had made in May. ' +
			'Brandt answered every question he was asked.';
		const { r } = reading(text);
		const opens = (words: string) => r.attributions.find((a) => text.slice(a.content.start).startsWith(words));
		expect(opens('he had made')).toBeUndefined();
		expect(opens('he was asked')).toBeUndefined();
		expect(opens('every question')).toBeUndefined();
	});

	it('reads what a verb of telling passes on after the one told and a time: "wrote Ms. Lane last week that", "assured them that"', () => {
		const text =
			'Permit row\n\nMayor Hal Brandt spoke on Monday. The water board wrote Ms. Ortiz last week that it would not renew the permit. ' +
			'Brandt reminded reporters on Tuesday that the plant was forty years old. Brandt assured them that no jobs would go.';
		const { r } = reading(text);
		const said = (words: string) => r.attributions.find((a) => text.slice(a.content.start, a.content.end) === words);
		expect(said('it would not renew the permit')?.speaker).toMatch(/water board/i);
		expect(said('the plant was forty years old')?.speaker).toBe('Hal Brandt');
		expect(said('no jobs would go')?.speaker).toBe('Hal Brandt');
	});

	it('passes nothing on when the "that" after the one told opens a relative clause or stands in an infinitive', () => {
		const text =
			'Tax plan\n\nMayor Hal Brandt spoke on Monday. Brandt promised voters a tax cut that would pay for itself. ' +
			'His aides cautioned him not to make that speech in Geneva.';
		const { r } = reading(text);
		expect(r.attributions.some((a) => text.slice(a.content.start, a.content.end).startsWith('would pay for itself'))).toBe(false);
		expect(r.attributions.some((a) => text.slice(a.content.start, a.content.end).startsWith('speech in Geneva'))).toBe(false);
	});

	it('reads past a full date between the speaker and the verb, and between the verb and "that"', () => {
		const text =
			'Profile\n\nMayor Hal Brandt spoke on Monday. The Hill Courier on March 3, 2009, described him as "a rising star." ' +
			'The Valley Weekly reported on May 23, 2008, that Brandt had won the primary.';
		const { r } = reading(text);
		expect(r.attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'described')?.speaker).toBe('Hill Courier');
		const reported = r.attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'reported');
		expect(reported?.speaker).toBe('Valley Weekly');
		expect(reported && text.slice(reported.content.start, reported.content.end)).toBe('Brandt had won the primary');
	});

	it('keeps an aside with a year in it ("elected in 2010,") to the person it follows', () => {
		const text = 'Road\n\nCouncillor Ana Ruiz, a Democrat first elected in 2010, said the road would open in May.';
		const { r } = reading(text);
		expect(r.attributions.find((a) => text.slice(a.content.start, a.content.end) === 'the road would open in May')?.speaker).toBe('Ana Ruiz');
	});

	it('reads the words someone "was quoted as saying" or "is seen saying" as theirs', () => {
		const text =
			'Profile\n\nMayor Hal Brandt spoke on Monday. Brandt was quoted as saying that the plant would close. ' +
			'The governor was quoted as saying, “We will not bail it out.” In the video, Brandt is seen saying that the deal is dead.';
		const { r } = reading(text);
		const said = (words: string) => r.attributions.find((a) => text.slice(a.content.start, a.content.end) === words);
		expect(said('the plant would close')?.speaker).toBe('Hal Brandt');
		expect(said('We will not bail it out')?.speaker).toMatch(/governor/i);
		expect(said('the deal is dead')?.speaker).toBe('Hal Brandt');
	});

	it('reads "quipped that" and "retorted that" as passing a clause on', () => {
		const text = 'Debate\n\nMayor Hal Brandt spoke on Monday. Brandt quipped that the budget was a wish list. His rival Dora Lind retorted that the figures were wrong.';
		const { r } = reading(text);
		const said = (words: string) => r.attributions.find((a) => text.slice(a.content.start, a.content.end) === words);
		expect(said('the budget was a wish list')?.speaker).toBe('Hal Brandt');
		expect(said('the figures were wrong')?.speaker).toBe('Dora Lind');
	});

	it('reads no bare clause after "showed", whose subject is evidence hard to tell from the nouns before it', () => {
		const text = 'Charter\n\nMayor Hal Brandt spoke on Monday. He argued that the charter needed changes to end old wrongs and other failings showed it was flawed.';
		const { r } = reading(text);
		expect(r.attributions.some((a) => text.slice(a.content.start, a.content.end) === 'it was flawed')).toBe(false);
	});

	it('reads a place after "asks" or "told" as the setting, not the one asked ("Ann Cole asks at Hill School, “…?”")', () => {
		const text = 'Town hall\n\nThe senator spoke on Monday. Ann Cole asks at Hill School, “Any questions I can answer?”';
		expect(reading(text).of('Any questions')?.speaker).toBe('Ann Cole');
	});

	it('still reads "asked for" and "asked to" as what was asked, not a setting', () => {
		const text = 'Family\n\nThe mayor spoke on Monday. He said her family asked for privacy as they sought answers.';
		expect(analyzeReport(text).attributions.some((a) => a.speaker === 'her')).toBe(false);
	});

	it('reads "a source within" a body as an unnamed source, not as the body ("A source within the Harbour Party told …")', () => {
		const text = 'Race\n\nThe lede is here today.\n\nThe race is close. A source within the Harbour Party told the Gazette that the money will be withdrawn.';
		const a = reading(text).of('the money will be withdrawn');
		expect(a?.speaker).toBe('a source within the Harbour Party');
		expect(a?.sourceKind).toBe('anonymous');
	});

	it('gives the words to the person named before "of the" and a body ("Ann Cole of the Harbour Institute said")', () => {
		const text = 'Ruling\n\nThe court heard the case on Monday. But Ann Cole of the Harbour Institute said the ruling would not last.';
		expect(reading(text).of('the ruling would not last')?.speaker).toBe('Ann Cole');
	});

	it('gives the words to the person, not the firm, in "Ann Cole of the law firm of Cole & Dunn predicted"', () => {
		const text = 'Ruling\n\nThe court heard the case on Monday. At a panel on Friday, lawyer Ann Cole of the law firm of Cole & Dunn predicted that the court would rule by June.';
		expect(reading(text).of('the court would rule by June')?.speaker).toBe('Ann Cole');
	});

	it('passes on nothing said in a condition ("If the mayor says …", "Unless Cole comes forward and says …")', () => {
		const text = 'Pool\n\nThe council met on Monday. If the mayor says the pool is closed, residents will protest. Unless Ann Cole – who has, as of now, kept silent – comes forward and says that she never saw the letter, the story stands.';
		const { r } = reading(text);
		expect(r.attributions.filter((a) => /pool is closed|never saw the letter/.test(text.slice(a.content.start, a.content.end)))).toEqual([]);
	});

	it('still reads "asked if she believes …" and a clause after "when" as said ("If we read him right when he says …")', () => {
		const text = 'Race\n\nThe senator spoke on Monday. If we read the polls right when Ben Dunn says he will run, the race is open.';
		expect(reading(text).of('he will run')?.speaker).toBe('Ben Dunn');
	});

	it('passes on nothing from a saying the writer denies ("you cannot say that Cole said …")', () => {
		const text = 'Letter\n\nThe letter was read on Monday. Now, you cannot say that Ann Cole said the letter was forged.';
		expect(reading(text).of('the letter was forged')).toBeUndefined();
	});

	it('passes on nothing from "said the same" or "told jokes", which point at words given elsewhere or at a thing told', () => {
		const text =
			'Show\n\nThe show opened on Monday. Ann Cole said almost exactly the same in 2019 when asked about the plan. The room grew tense as Ben Dunn told more jokes in this vein until the organizers stopped him.';
		const { r } = reading(text);
		expect(r.attributions.filter((a) => /the same in 2019|jokes in this vein/.test(text.slice(a.content.start, a.content.end)))).toEqual([]);
	});

	it('keeps "said the same thing would happen", a clause whose subject is "the same thing"', () => {
		const text = 'Show\n\nThe show opened on Monday. Ann Cole said the same thing would happen again next year.';
		expect(reading(text).of('would happen again')?.speaker).toBe('Ann Cole');
	});

	it('reads no reporting verb in "in charge of" or "known as", and no claim in "claimed the nomination" or "insist on cuts"', () => {
		const text =
			'Party\n\nThe party met on Monday. Ann Cole claimed the nomination again! “It is ours,” the aides in charge of the count told reporters. Cole spoke at a summit known as the Harbour Forum. Editors would normally insist on cuts to anything that could not be defended.';
		const { r } = reading(text);
		const said = r.attributions.filter((a) => a.rule.startsWith('attribution/cue')).map((a) => text.slice(a.cue.start, a.cue.end));
		expect(said).toEqual(['told']);
		expect(r.attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'told')?.speaker).toBe('aides in charge of the count');
	});

	it('gives a verb joined after "and yet" to that clause’s own subject ("…, and yet the Pope continues to shrug and say …")', () => {
		const text = 'Letter\n\nThe letter came out on Monday. The whole of Ruritania knew what was happening, Ann Cole noted, and yet the mayor continues to shrug and say he has no information.';
		expect(reading(text).of('he has no information')?.speaker).toBe('the mayor');
	});

	it('names no one for "which" after a place, which may be about any noun before it ("an alert to its staff in Ruritania, which states: …")', () => {
		const text = 'Alert\n\nThe embassy acted on Monday. The ministry issued an alert to its staff in Ruritania, which states: “Do not look for the source.”';
		expect(reading(text).of('Do not look for the source')?.speaker ?? '').not.toBe('Ruritania');
	});

	it('passes on no clause after "thought appropriate to", a judgement of a thing', () => {
		const text = 'Vatican\n\nThe memo came out on Monday. The aide managed the information he thought appropriate to convey to the bishop.';
		expect(reading(text).of('appropriate to convey')).toBeUndefined();
	});

	it('passes on nothing when someone is warned of a thing ("tried to warn the residents of her town of coming raids")', () => {
		const text = 'Raids\n\nThe raids began on Monday. The mayor, who tried to warn the residents of her town of coming raids, spoke later. Ann Cole warned that the raids would spread.';
		const { r } = reading(text);
		expect(r.attributions.map((a) => text.slice(a.content.start, a.content.end))).toEqual(['the raids would spread']);
	});

	it('passes on the words after "As the Gazette pointed out in a 2016 article,", but not after "As he spoke to the crowd last night,"', () => {
		const text =
			'Votes\n\nThe council met on Monday. As the Gazette pointed out in a 2016 article, the council has never lost a ballot box. As Ann Cole spoke to the crowd last night, Ben Dunn became the first to leave.';
		const { r, of } = reading(text);
		expect(of('never lost a ballot box')?.speaker).toBe('the Gazette');
		expect(r.attributions.filter((a) => text.slice(a.content.start, a.content.end).includes('first to leave'))).toEqual([]);
	});

	it('gives the words to the name after a role with adjectives and a place ("The new foreign secretary of Ruritania, Ann Cole, said")', () => {
		const text = 'Visit\n\nThe talks ended on Monday. The new foreign secretary of Ruritania, Ann Cole, said sarcastically that the police would offer him a warm welcome.';
		expect(reading(text).of('a warm welcome')?.speaker).toBe('Ann Cole');
	});

	it('passes on what was warned after the ones warned and a setting ("warned his priests in a letter that …"), from the one who warned', () => {
		const text = 'Letter\n\nThe letter came on Monday. Bishop Ann Cole, the former head of the diocese, warned his priests in a letter that the inquiry will be painful.';
		const a = reading(text).of('the inquiry will be painful');
		expect(a?.speaker).toBe('Ann Cole');
		expect(text.slice(a?.content.start ?? 0, a?.content.end ?? 0)).toBe('the inquiry will be painful');
	});

	it('never gives an envoy’s words to the country ("The former nuncio to Ruritania has accused …")', () => {
		const text = 'Letter\n\nThe letter came on Monday. The former apostolic nuncio to Ruritania has accused the bishop of ignoring the warnings.';
		expect(reading(text).r.attributions.some((a) => a.speaker === 'Ruritania')).toBe(false);
	});

	it('reads no words after the time in "tweeted at 6:46 p.m. after the hearing"', () => {
		const text = 'Hearing\n\nThe hearing ended on Monday. Senator Ann Cole tweeted at 6:46 p.m. after the hearing wrapped up.';
		expect(reading(text).r.attributions.filter((a) => text.slice(a.content.start, a.content.end).includes('p.m.'))).toEqual([]);
	});

	it('passes on no clause after a refusal ("declined to say on Tuesday whether he would run")', () => {
		const text = 'Race\n\nThe lede is here today. Aides to the mayor declined to say on Tuesday whether he would run again.';
		const { r } = reading(text);
		expect(r.attributions.filter((a) => text.slice(a.content.start, a.content.end).startsWith('he would run'))).toEqual([]);
	});

	it('gives the words to all the people a plural title names ("Justices Cole and Ruth A. Moss said"), an initial no article', () => {
		const text = 'Ruling\n\nThe court heard the case on Monday. Justices Cole and Ruth A. Moss said they were worried about the rule.';
		expect(reading(text).of('worried about the rule')?.speaker).toBe('Justices Cole and Ruth A. Moss');
	});

	it('passes on nothing from a relative clause about the setting ("will speak with members on Monday, in which he is expected to …")', () => {
		const text = 'Vote\n\nThe lede is here today. The party chairman Tom Hale will speak with members on Monday in which he is expected to step down. Hale said on Friday he would stay.';
		const { r, of } = reading(text);
		expect(r.attributions.filter((a) => a.verb === 'speak' || text.slice(a.cue.start, a.cue.end) === 'speak')).toEqual([]);
		expect(of('he would stay')?.speaker).toBe('Tom Hale');
	});

	it('reads a verb of the manner of speaking before a quotation ("boomed: “…”"), and not without one', () => {
		const text = 'Rally\n\nThe hall was full. Mayor Tom Hale leaned in and boomed: “We will win in November.” The protesters chanted “Four more years!” Outside, the generator boomed all night.';
		expect(reading(text).of('We will win in November')?.speaker).toBe('Tom Hale');
		expect(reading(text).of('Four more years!')?.speaker).toBe('protesters');
		expect(reading(text).of('all night')).toBeUndefined();
	});

	it('reads over an aside between the verb and its quotation ("acknowledged, however, “…”", "responded, with a smile: “…”")', () => {
		const text = 'Hearing\n\nThe hearing ran late. Mayor Ann Cole acknowledged, however, “Past results are no guide to what comes next.” Judge Ray Lee responded pointedly, with a smile: “It can happen to anyone.”';
		expect(reading(text).of('Past results are no guide')?.speaker).toBe('Ann Cole');
		expect(reading(text).of('It can happen to anyone')?.speaker).toBe('Ray Lee');
		// Not over another cue: the words are the one who said them.
		const other = 'Hearing\n\nThe hearing ran late. At another point, Mayor Ann Cole said, “We assume the repeal of the whole law.”';
		expect(reading(other).of('We assume the repeal')?.speaker).toBe('Ann Cole');
	});

	it('reads "as X puts it" as passing on X’s words, but not "put it on the table"', () => {
		const text = 'Bridge\n\nThe vote is close. As the Gazette’s Ann Cole puts it, the mayor is making the council an offer it cannot refuse. Mayor Tom Hale put it on the table in May.';
		expect(reading(text).of('the mayor is making the council an offer')?.speaker).toBe('Ann Cole');
		expect(reading(text).of('on the table')).toBeUndefined();
	});

	it('passes nothing on from a verb a dash closes ("… than earlier studies have suggested - a report …")', () => {
		const text = 'Fares\n\nFares rose faster than earlier studies have suggested - a report released by the Oakfield Institute found that fares doubled.';
		expect(reading(text).of('a report released')).toBeUndefined();
		expect(reading(text).of('fares doubled')?.speaker).toBe('Oakfield Institute');
	});

	it('reads "suggested" with a bare clause as passing on what the speaker said ("Hale suggested the plan would fail")', () => {
		const text = 'Budget\n\nMayor Tom Hale spoke on Monday. Hale suggested the bridge plan would fail without state money.';
		expect(reading(text).of('the bridge plan would fail')?.speaker).toBe('Tom Hale');
	});

	it('keeps "state" as a word of the speaker before a noun ("Democratic state lawmakers")', () => {
		const text = 'Endorsements\n\nThe race is close. More Democratic state lawmakers have endorsed Reyes than Hale.';
		expect(reading(text).of('Reyes than Hale')?.speaker).toBe('more Democratic state lawmakers');
	});

	it('gives a paper the reporter obtained, and people the reporter reached, their own words, not the reporter’s', () => {
		const text =
			'Strike\n\nA letter from the rail union obtained by the Harbour Gazette warns that strikes will follow. A driver interviewed by the Daily Post said the trains were unsafe. A study released by the Oakfield Institute found that fares rose.';
		expect(reading(text).of('strikes will follow')?.speaker).toBe('the letter from the rail union');
		expect(reading(text).of('the trains were unsafe')?.speaker).toBe('a driver');
		// Who released a study wrote it: the study stays theirs.
		expect(reading(text).of('fares rose')?.speaker).toBe('Oakfield Institute');
	});

	it('reads over "is reported to have" and "is said to have" to the subject ("Hale is said to have told aides that …")', () => {
		const text = 'Plan\n\nThe lede is here today. Mayor Tom Hale is said to have told aides that the plan was dead.';
		const told = analyzeReport(text).attributions.find((a) => text.slice(a.content.start, a.content.end) === 'the plan was dead');
		expect(told?.speaker).toBe('Tom Hale');
	});

	it('reads a subject of parts that opens with a pronoun as all of them ("They and their lawyers argue")', () => {
		const text = 'Fine\n\nThe two shop owners were fined on Monday. They and their lawyers argue that the fine is unfair.';
		expect(reading(text).of('the fine is unfair')?.speaker).toBe('They and their lawyers');
	});

	it('reads a word in -ing right before the noun as part of the speaker ("the … national tracking poll shows")', () => {
		const text = 'Poll\n\nThe lede is here today. However, the Harbour Gazette national tracking poll shows the mayor with a clear lead.';
		expect(reading(text).of('the mayor with a clear lead')?.speaker).toBe('the Harbour Gazette national tracking poll');
		// Before a role it does not: "the sitting president" is no new speaker between Hale and his "he said".
		const role = 'Vote\n\nThe lede is here today. Vice President Ann Lee said taxes must rise.\n\nTom Hale, toward the end of the debate, warned that a "debt crisis is coming" and claimed the sitting president offers little more than speeches.\n\n"That is what we get -- speeches," he said.';
		expect(reading(role).of('That is what we get')?.speaker).toBe('Tom Hale');
	});

	it('lets the name in apposition speak, and keeps the role before it as a description', () => {
		const text = 'Ferry delays\n\nA harbour spokesman, Tom Reilly, said on Monday that two ferries were out of service.';
		const { of, r } = reading(text);
		expect(of('two ferries')?.speaker).toBe('Tom Reilly');
		const reilly = r.sources.find((s) => s.name === 'Tom Reilly');
		expect(reilly?.descriptions.map((d) => text.slice(d.start, d.end))).toContain('A harbour spokesman');
	});

	it('gives "which said" after a description in apposition to the name the description stands for', () => {
		const text = 'Pier plan\n\nThe plan was condemned by the Harbour Trust, a sailing and fishing charity, which said it was wrong to close the pier.';
		expect(reading(text).of('wrong to close the pier')?.speaker).toBe('Harbour Trust');
		// A description that names no one before it stays as it is.
		const plain = 'Pier plan\n\nThe plan was condemned by a local charity, which said it was wrong to close the pier.';
		expect(reading(plain).of('wrong to close the pier')?.speaker).not.toBe('Harbour Trust');
	});

	it('reads past a reflexive that stresses who spoke ("Ruiz herself said")', () => {
		const text = 'Clinic hours\n\nDr. Ana Ruiz runs the clinic. Ruiz herself said on Monday that the night shift would end.';
		expect(reading(text).of('the night shift would end')?.speaker).toBe('Ana Ruiz');
	});

	it('reads "they" after the sentence’s own subject of people as those people, not a body named before', () => {
		const text = 'Rates\n\nThe Harbour Bank published its survey on Monday. Traders see a small chance of a cut, implying that they expect prices to keep rising.';
		const a = reading(text).of('prices to keep rising');
		expect(a?.speaker.toLowerCase()).toBe('traders');
	});

	it('reads where a person is from, set off by commas, as part of them wherever the name stands ("…, Bishop Ann Lowe, of Hull, Yorks., said")', () => {
		const text = 'Homily row\n\nThe dispute grew so bitter that this month, Bishop Ann Lowe, of Hull, Yorks., said in a sermon that the council had failed.';
		expect(reading(text).of('the council had failed')?.speaker).toBe('Ann Lowe');
	});

	it('reads "first reported" after a name as that name\'s cue', () => {
		const text = 'Mill sale\n\nThe Harbour Gazette first reported that the mill had been sold.';
		expect(reading(text).of('the mill had been sold')?.speaker).toBe('Harbour Gazette');
	});

	it('keeps a preposition or conjunction between capitals inside a body\'s name ("the Coalition Against Hunger")', () => {
		const text = 'Food bank\n\nThe Coalition Against Hunger and Want said on Monday that demand had doubled.';
		expect(reading(text).of('demand had doubled')?.speaker).toBe('Coalition Against Hunger and Want');
	});

	it('keeps an acronym opening a speaker named by its words ("FBI statistics show")', () => {
		const text = 'Crime figures\n\nFBI statistics show that the figures in the post are wrong.';
		expect(reading(text).of('the figures in the post are wrong')?.speaker).toBe('FBI statistics');
	});

	it('reads "is likely to stress" as the subject\'s own cue', () => {
		const text = 'Rates\n\nGovernor Ann Price is likely to stress that the bank will pause if growth slows.';
		expect(reading(text).of('the bank will pause')?.speaker).toBe('Ann Price');
	});

	it('reads a noun that is also a verb of saying as the subject right before the verb ("The report said", "One post said")', () => {
		const text = 'Audit\n\nThe report said the harbour fund was short. One post said: “This is a disgrace.”';
		const { of } = reading(text);
		expect(of('the harbour fund was short')?.speaker).toBe('The report');
		expect(of('This is a disgrace')?.speaker).toBe('One post');
	});

	it('names an unnamed source by the words before "speaking on condition of anonymity", and not the next speaker', () => {
		const text = 'Port deal\n\nOne former harbour official, speaking on condition of anonymity, said Ms. Ruiz described the deal as rushed.';
		const { of, r } = reading(text);
		expect(of('Ms. Ruiz described the deal')?.speaker).toBe('One former harbour official');
		expect(r.attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'described')?.speaker).toBe('Ruiz');
	});

	it('reads a body or a paper with its place as one speaker ("the government in Ohio", "a report in a Toledo paper")', () => {
		const text = 'Vote\n\nAlthough turnout was low, the government in Ohio has firmly denied any fraud. An earlier report in a Toledo paper said the count was late.';
		const { of } = reading(text);
		expect(of('any fraud')?.speaker).toContain('Ohio');
		expect(of('the count was late')?.speaker).toBe('the earlier report in a Toledo paper');
	});

	it('reads the subject after an opening participle clause, not the clause\'s last name ("Walking through Elm Park, the mayor, said")', () => {
		const text = 'Fair\n\nWalking through Elm Park, Mayor Ruth Dale and her deputy, said the fair would stay. Playing Field Sports, a ticket agency, says the fair sold out.';
		const { of } = reading(text);
		expect(of('the fair would stay')?.speaker).toContain('Ruth Dale');
		expect(of('the fair sold out')?.speaker).toBe('Playing Field Sports');
	});

	it('reads "the X, a newspaper," as the body the appositive names, not a person described by the same word', () => {
		const text = 'Mill sold\n\nIndependent Sen. Ann Cole spoke first. Last month, the Independent, a British newspaper, revealed that the mill was sold.';
		const a = reading(text).of('the mill was sold');
		expect(a?.speaker).toBe('the Independent');
		expect(a?.sourceKind).toBe('organization');
	});

	it('reads "went on to say" as the subject\'s own cue', () => {
		const text = 'Budget row\n\nCouncillor Joan Hale opened the debate. Hale went on to say that the budget ignored the villages.';
		expect(reading(text).of('the budget ignored the villages')?.speaker).toBe('Joan Hale');
	});

	it('reads past a relative clause with commas of its own ("X, who …, said")', () => {
		const text = 'Flood aid\n\nNora Blake, who lost her home in Carlisle, Cumbria, in 2015, said the aid had come too late.';
		expect(reading(text).of('the aid had come too late')?.speaker).toBe('Nora Blake');
	});

	it('does not read a verb with a capital inside a sentence as a cue ("The Evening Post", "New York State")', () => {
		const text = 'Paper sold\n\nThe owners of The Evening Post sold the paper to a trust last week.';
		expect(reading(text).r.attributions).toEqual([]);
	});

	it('keeps a source quoted inside another source’s words as nested', () => {
		const text = 'Health plan\n\nCampaigner Lee Song said rival candidate Ruth Mills had said the plan would fail.';
		const { r } = reading(text);
		const inner = r.attributions.find((a) => a.speaker === 'Ruth Mills');
		expect(inner?.nested).toBe(true);
		expect(r.sources.map((s) => s.name)).toEqual(['Lee Song']);
	});

	it('gives a question in quotation marks after "asked," to the one who asked it, not to the one asked', () => {
		const text = 'Interview Turns Tense\n\nSen. Tom Reed spoke to host Ann Cole on Sunday.\n\nAnn Cole asked, “Do you think the director would indict her?”\n\nReed laughed.';
		const a = reading(text).of('Do you think the director');
		expect(a?.speaker).toBe('Ann Cole');
		expect(a?.direct).toBe(true);
	});

	it('lets a name set off after a role that ends on another name speak, and reads past an opening place', () => {
		const text =
			'Pastors Rally Behind Reed\n\nSen. Tom Reed won the backing of pastors.\n\nOne pastor supporting Mr. Reed, Dale Whitman of Grace Baptist Church in Marion, said he had made 150 calls.\n\nAt Boca Lakes, where it costs new members $70,000 to join, Jay Dimarco, the club’s president, suggested that rivals were poorly run.';
		const { of, r } = reading(text);
		expect(of('he had made 150 calls')?.speaker).toBe('Dale Whitman');
		expect(of('rivals were poorly run')?.speaker).toBe('Jay Dimarco');
		// "150 calls" is a count of calls, not a verb of saying.
		expect(r.attributions.filter((a) => text.slice(a.cue.start, a.cue.end) === 'calls')).toEqual([]);
	});

	it('reads a verb form after a capitalized modifier as a noun ("the latest GOP debate that …"), so the words stay the subject’s', () => {
		const text = 'Race Tightens In The State\n\nThe debate ran late.\n\nGov. John Kasek, a Republican contender, predicted at the latest GOP debate that his party would take every state.';
		const { of, r } = reading(text);
		expect(of('his party would take every state')?.speaker).toBe('John Kasek');
		expect(r.attributions.filter((a) => text.slice(a.cue.start, a.cue.end) === 'debate')).toEqual([]);
	});

	it('reads "did" before the verb as its stress, so "Mayor Ruth Lane did say …" keeps her as the speaker', () => {
		const text = 'Toll\n\nThe council met on Monday. Mayor Ruth Lane did say the toll would rise next year.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end) === 'the toll would rise next year');
		expect(a?.speaker).toBe('Ruth Lane');
	});

	it('passes nothing on from "did not say": a refusal is not a claim', () => {
		const text = 'Toll\n\nThe council met on Monday. Mayor Ruth Lane did not say the toll would rise next year.';
		expect(analyzeReport(text).attributions.some((x) => text.slice(x.content.start, x.content.end) === 'the toll would rise next year')).toBe(false);
	});

	it('reads "cast X as Y" as presenting X so ("cast her rival as a captive of the developers")', () => {
		const text = 'Toll\n\nThe council met on Monday. Mayor Ann Reyes cast her rival as a captive of the developers.';
		const a = analyzeReport(text).attributions.find((x) => text.slice(x.content.start, x.content.end) === 'her rival as a captive of the developers');
		expect(a?.speaker).toBe('Ann Reyes');
	});

	it('reads no one as presented when a vote or a doubt is cast ("cast their ballots as the polls opened")', () => {
		const text = 'Toll\n\nThe council met on Monday. Voters cast their ballots as the polls opened, and critics cast doubt on the plan as the vote neared.';
		expect(analyzeReport(text).attributions.filter((x) => text.slice(x.cue.start, x.cue.end) === 'cast')).toEqual([]);
	});

	it('gives words told by someone a relative clause is about to that someone, not to the name inside the clause', () => {
		const text = 'Race\n\nThe mayor spoke on Monday. One aide who had met with Walsh told the Gazette that the mayor would run again.';
		const a = reading(text).of('the mayor would run again');
		expect(a?.speaker).not.toBe('Walsh');
		expect(a?.speaker).toBe('One aide');
	});

	it('still gives a name to a relative clause about it when the clause names no one else ("a majority of voters say")', () => {
		const text = 'Poll\n\nThe poll came out on Monday. In a year in which a majority of Ohioans say they distrust the mayor, the race is open.';
		expect(reading(text).of('they distrust the mayor')?.speaker).toContain('Ohioans');
	});

	it('reads a bound before a count as part of who speaks ("At least two officials said")', () => {
		const text = 'Race\n\nThe mayor spoke on Monday. At least two officials said the count would be delayed.';
		expect(reading(text).of('the count would be delayed')?.speaker).toBe('at least two officials');
	});

	it('reads a lone capital opening a sentence before "reported" as the outlet that reported it', () => {
		const text = 'Race\n\nThe mayor spoke on Monday.\n\nPolitico reported on Tuesday that the mayor would not run again.';
		const a = reading(text).of('would not run again');
		expect(a?.speaker).toBe('Politico');
		expect(a?.sourceKind).toBe('organization');
	});

	it('does not take a plural or a lone name before "said" for an outlet', () => {
		const text = 'Race\n\nThe mayor spoke on Monday.\n\nResearchers reported that the plan would fail. Walsh said that the plan would fail too.';
		const { r } = reading(text);
		expect(r.attributions.map((a) => a.speaker)).not.toContain('Researchers');
		expect(r.attributions.map((a) => a.speaker)).not.toContain('Walsh');
	});

	it('names a wire service without an article ("Reuters", not "the Reuters")', () => {
		const text = 'Race\n\nThe mayor spoke on Monday. Later that day, Reuters reported that the mayor would not run again.';
		expect(reading(text).of('would not run again')?.speaker).toBe('Reuters');
	});

	it('leaves the conjunction that opens a clause out of who speaks ("Even though residents say …")', () => {
		const text = 'Pier\n\nThe council met on Monday. Even though residents say the pier is safe, the council closed it.';
		expect(reading(text).of('the pier is safe')?.speaker).toBe('residents');
	});

	it('reads a clergy title before a name as a title, and the one named as a person ("Father Tom Hale", "Sister Ann Cole")', () => {
		const text = 'Budget\n\nThe council met on Monday. Jesuit Father Tom Hale said the budget was unjust. Sister Ann Cole said the cuts would hurt the poor.';
		const { of } = reading(text);
		expect(of('the budget was unjust')?.speaker).toBe('Tom Hale');
		expect(of('the budget was unjust')?.sourceKind).toBe('person');
		expect(of('would hurt the poor')?.speaker).toBe('Ann Cole');
	});

	it('passes on nothing from "told a … story about", a thing told, but still reads "told federal officials in May she …"', () => {
		const text = 'Race\n\nThe vote is close. Senator Ann Cole first told a moving story about her father, a story aimed at rural voters. Senator Tom Reed told federal officials in May he had paid the fine.';
		const { r, of } = reading(text);
		expect(r.attributions.some((a) => text.slice(a.content.start, a.content.end).includes('story about'))).toBe(false);
		expect(of('he had paid the fine')?.speaker).toBe('Tom Reed');
	});

	it('gives words to two people the report has named when both are the subject ("when Hale and Cole implied that …")', () => {
		const text = 'Race\n\nTom Hale and Ann Cole met the mayor on Monday. The mayor grew angry when Hale and Cole implied that the budget could not pass.';
		expect(reading(text).of('the budget could not pass')?.speaker).toBe('Hale and Cole');
		const list = 'Race\n\nTom Hale, Jo Ng and Ann Cole met the mayor on Monday. On Tuesday, Hale, Ng and Cole said the budget was dead.';
		expect(reading(list).of('the budget was dead')?.speaker).toBe('Hale, Ng and Cole');
	});

	it('reads "claimed responsibility for" as taking something, not as passing on a claim', () => {
		const text = 'Attack\n\nThe city was calm on Monday. Officials fear that groups like the Red Brigade, which claimed responsibility for the blast, are recruiting again.';
		const { r } = reading(text);
		expect(r.attributions.some((a) => text.slice(a.cue.start, a.cue.end) === 'claimed')).toBe(false);
		// What the officials fear runs past the aside about the Brigade.
		expect(r.attributions.map((a) => [a.speaker, text.slice(a.content.start, a.content.end)])).toEqual([['officials', 'groups like the Red Brigade, which claimed responsibility for the blast, are recruiting again']]);
	});

	it('reads "boasts a lead" and "asserting a religious objection" as holding or invoking a thing, but "boasted the crowd was the biggest" as a saying', () => {
		const text =
			'Race\n\nThe poll came out on Monday. Mayor Ann Cole boasts a 20-point lead in the county. Clerks could refuse licenses by asserting a religious objection. Tom Hale boasted the crowd was the biggest of the year.';
		const said = reading(text).r.attributions.map((a) => text.slice(a.cue.start, a.cue.end));
		expect(said).not.toContain('boasts');
		expect(said).not.toContain('asserting');
		expect(said).toContain('boasted');
	});

	it('reads "told a local reporter" whole as the one told, never taking "reporter on Monday …" for the words', () => {
		const text = 'Pier\n\nThe vote is close. Senator Ann Cole told a local reporter on Monday the pier would reopen.';
		const { r } = reading(text);
		expect(r.attributions.some((a) => text.slice(a.content.start, a.content.end).startsWith('reporter'))).toBe(false);
	});

	it('gives a progressive with an adverb in it to the subject before it ("Mayor Ruth Lane is now saying that …")', () => {
		const text = 'Bridge\n\nThe council met on Monday. Mayor Ruth Lane is now saying that the bridge will close in May. Union leaders are increasingly admitting that the strike has failed.';
		const { of } = reading(text);
		expect(of('the bridge will close')?.speaker).toBe('Ruth Lane');
		expect(of('the strike has failed')?.speaker).toBe('Union leaders');
	});

	it('passes on nothing from a progressive that is denied ("Lane was not suggesting any cuts, an aide said")', () => {
		const text = 'Budget\n\nThe council met on Monday. Mayor Ruth Lane was not suggesting any cuts to the schools, an aide later made clear.';
		expect(analyzeReport(text).attributions.some((a) => a.speaker === 'Ruth Lane')).toBe(false);
	});

	it('passes on nothing the sentence says was never said ("The ministry has never formally accused …", "Lane never said …")', () => {
		const text = 'Dam\n\nThe dam failed on Monday. Mayor Ruth Lane spoke. The ministry has never formally accused the builder of fraud. Lane never said the dam was safe.';
		const r = analyzeReport(text);
		expect(r.attributions.filter((a) => /builder of fraud|dam was safe/.test(text.slice(a.content.start, a.content.end))), JSON.stringify(r.attributions)).toEqual([]);
	});

	it('reads "will continue to invest there" as no saying: "continue" passes on words only with a quotation', () => {
		const text = 'Roads\n\nThe council met on Monday. The city will continue to invest there. “We are not done,” Mayor Ruth Lane continued.';
		const r = analyzeReport(text);
		expect(r.attributions.map((a) => text.slice(a.content.start, a.content.end))).toEqual(['We are not done']);
	});

	it('gives "is continuing to insist" to the subject before the progressive', () => {
		const text = 'Port\n\nThe port closed on Monday. Mayor Ruth Lane is continuing to insist the port will reopen by June.';
		expect(reading(text).of('the port will reopen')?.speaker).toBe('Ruth Lane');
	});

	it('gives the words to the body a possessive phrase names, not the possessor ("Ruritania’s state-owned giant Norcom runs … and says …")', () => {
		const text = 'Mines\n\nThe talks ended on Monday. Ruritania’s state-owned mining giant Norcom runs three mines in the north and says it has set aside $2 billion for a fourth.';
		expect(reading(text).of('it has set aside')?.speaker).toBe('Norcom');
	});

	it('gives the words to a body named between commas after a phrase that calls it one ("Ruritania’s largest bank, Norbank, said")', () => {
		const text = 'Jobs\n\nThe talks ended on Monday. Ruritania’s largest bank, Norbank, said it would cut 900 jobs.';
		expect(reading(text).of('it would cut 900 jobs')?.speaker).toBe('Norbank');
	});

	it('gives a second verb joined by "and" to the whole group ("some Harbour Party strategists fear … and warn …"), not to its party', () => {
		const text = 'Vote\n\nThe polls open on Monday. But some Harbour Party strategists fear that turnout will fall and warn that the youth vote is slipping away.';
		expect(reading(text).of('the youth vote is slipping')?.speaker).toBe('some Harbour Party strategists');
	});

	it('gives "who said" after a role in a place or body to the person named before the role, not to the place or body', () => {
		const text = 'Dam\n\nThe plan was backed by Ann Cole of Lenz, the ranking member on the Harbour Works Committee, who said the dam was safe. It was derided by Tom Hale, the leader of the opposition in Norland, who suggested that the mayor keep quiet.';
		const { of } = reading(text);
		expect(of('the dam was safe')?.speaker).toBe('Ann Cole');
		expect(of('the mayor keep quiet')?.speaker).toBe('Tom Hale');
	});

	it('reads "be" written onto a pronoun as a progressive ("She’s also predicting that …")', () => {
		const text = 'Bridge\n\nThe council met on Monday. Mayor Ruth Lane said the bridge would close in May. She’s also predicting that the tunnel will stay open.';
		expect(reading(text).of('the tunnel will stay open')?.speaker).toBe('Ruth Lane');
	});

	it('gives the words of "aides to" or "advisers to" someone to those people, not to the one they serve', () => {
		const text = 'Race\n\nMayor Ruth Lane spoke on Monday. Advisers to Mrs. Lane said the campaign would go on. Aides to the governor said the budget was late.';
		const { of } = reading(text);
		expect(of('the campaign would go on')?.speaker).toBe('advisers to Mrs. Lane');
		expect(of('the budget was late')?.speaker).toBe('aides to the governor');
	});

	it('gives words in the present tense to people named by whom they serve or where they work ("Aides to Lane say")', () => {
		const text = 'Race\n\nMayor Ruth Lane spoke on Monday in Ashford.\n\nAides to Lane say the campaign will go on. Officials in Ashford say the count is done. Lawyers for Mr. Hale claim he never saw the contract.';
		const { of } = reading(text);
		expect(of('the campaign will go on')?.speaker).toBe('aides to Lane');
		expect(of('the count is done')?.speaker).toBe('officials in Ashford');
		expect(of('he never saw the contract')?.speaker).toBe('lawyers for Mr. Hale');
	});

	it('still reads a base form after a name and a relative clause as a noun ("his remarks on the Gazette report that aired Monday")', () => {
		const text = 'Race\n\nMayor Ruth Lane spoke on Monday.\n\nHis remarks on the Gazette report that aired Monday drew fire from the council.';
		expect(analyzeReport(text).attributions).toEqual([]);
	});

	it('never gives the words of people at, for, from, with or on a body to the body ("Officials at the Harbour Board said")', () => {
		const text =
			'Port\n\nThe Harbour Board met on Monday in Ashford.\n\nOfficials at the Harbour Board said the dredging was sound. Engineers with the Harbour Board said the wall would hold. Lawyers for the Harbour Board said the suit had no merit. Democrats on the Ashford council said the vote was rushed. Staff to Mayor Lane said the budget was late. Residents from Ashford said the water was brown.';
		const { of } = reading(text);
		expect(of('the dredging was sound')?.speaker).toBe('officials at the Harbour Board');
		expect(of('the wall would hold')?.speaker).toBe('engineers with the Harbour Board');
		expect(of('the suit had no merit')?.speaker).toBe('lawyers for the Harbour Board');
		expect(of('the vote was rushed')?.speaker).toBe('Democrats on the Ashford council');
		expect(of('the budget was late')?.speaker).toBe('staff to Mayor Lane');
		expect(of('the water was brown')?.speaker).toBe('residents from Ashford');
	});

	it('keeps sources, critics and one official named by a place or a person unnamed ("Sources at the Harbour Board", "critics of Mr. Hale")', () => {
		const text = 'Port\n\nThe Harbour Board met on Monday. Ian Hale spoke after it.\n\nSources at the Harbour Board said the deal was off. Critics of Mr. Hale said he had misled the board. Some in the Harbour Board said the vote was rushed. One official at the Harbour Board said the dock was unsafe.';
		const { of } = reading(text);
		const unnamed: [string, string][] = [
			['the deal was off', 'sources at the Harbour Board'],
			['he had misled', 'critics of Mr. Hale'],
			['the vote was rushed', 'some in the Harbour Board'],
			['the dock was unsafe', 'One official at the Harbour Board'],
		];
		for (const [words, who] of unnamed) {
			const a = of(words);
			expect(a?.speaker).toBe(who);
			expect(a?.sourceKind).toBe('anonymous');
		}
	});

	it('gives the words of people close to or familiar with someone to those unnamed people, in any tense ("Sources close to Mr. Hale say")', () => {
		const text = 'Port\n\nIan Hale spoke on Monday. Mayor Ruth Lane spoke after him.\n\nSources close to Mr. Hale say he will not run again. People familiar with Lane say she has the votes. A friend close to Mr. Hale said he was tired.';
		const { of } = reading(text);
		expect(of('he will not run again')?.speaker).toBe('Sources close to Mr. Hale');
		expect(of('she has the votes')?.speaker).toBe('People familiar with Lane');
		expect(of('he was tired')?.speaker).toBe('a friend close to Mr. Hale');
	});

	it('gives a progressive whose subject has an aside to the clause’s subject ("Officials, including …, are hoping …")', () => {
		const text = 'Port\n\nThe port closed on Monday. County officials, including Mayor Ruth Lane, are hoping the port will open again by June.';
		expect(reading(text).of('the port will open again')?.speaker).toBe('County officials');
	});

	it('gives the words of a paper to the body whose possessive opens its phrase ("The Harbour Council’s own published guidelines say …")', () => {
		const text = 'Harbour\n\nThe port closed on Monday. The Harbour Council’s own published guidelines say the port must open by June. Kent’s Labour party’s early figures are showing that turnout fell.';
		const { of } = reading(text);
		expect(of('the port must open')?.speaker).toBe('Harbour Council');
		expect(of('turnout fell')?.speaker).toBe('Kent’s Labour party’s early figures');
	});

	it('reads "he\'s" as "he is", not a possessive, before a verb of saying ("To suggest he\'s tough is saying he\'s able")', () => {
		const text =
			'Rally\n\nTom Reed guarded Ann Cole\'s delegates in 1996, in what Bay Lane called "hand-to-hand combat."\n\n"You\'re down to the people you can count and meet," Lane said, noting that Reed did not lose a single Cole delegate. "If you\'re not tough, you will lose. To suggest he\'s tough is saying he\'s able."';
		expect(reading(text).of("he's able")).toBeUndefined();
	});

	it('gives the words to the paper a participle clause is about, not to the words of its complement ("A study just published for 8th graders explains …")', () => {
		const text = 'Schools\n\nThe board met on Monday. A study just published for 8th graders explains that sleep helps memory. A report released for local donors argues that the fund is short.';
		const { of } = reading(text);
		expect(of('sleep helps memory')?.speaker).toBe('the study');
		expect(of('the fund is short')?.speaker).toBe('the report');
	});

	it('reads "a book called …" as a name given to a thing, not the thing speaking, and still reads "called" with a speaker', () => {
		const text = 'Work\n\nAnn Lane has built her brand around the cause, writing a book called “Women at Work” and leading the campaign. She also founded a charity called Open Doors. The mayor called the plan “a disgrace.”';
		const { r, of } = reading(text);
		expect(r.attributions.some((a) => a.speaker === 'the book' || a.speaker === 'the charity')).toBe(false);
		expect(of('a disgrace')?.speaker).toBe('The mayor');
	});
});

describe('what a paper or a poll shows or found', () => {
	it('passes on what a poll shows with no "that" ("A new poll shows Lane with a lead …")', () => {
		const text = 'Mayor race\n\nThe race is close. A new poll shows Ruth Lane with a lead of six points over Sam Cole.';
		const a = reading(text).of('Ruth Lane with a lead of six points');
		expect(a?.sourceKind).toBe('document');
		expect(a?.speaker).toBe('the new poll');
		// A finding the poll passes on, not a position it takes.
		expect(a?.category).toBe('said');
	});

	it('passes on what records show and what an audit found, not what a person shows or a paper that shows up', () => {
		const text =
			'Donations\n\nThe council met on Monday. Records show he gave $500 to the Cole campaign. The audit found no sign of fraud in the accounts. Sam Cole showed reporters the new pool. The poll showed up on the council website. Did the investigation find reasons to doubt the mayor?';
		// Not "Cole showed reporters the new pool" nor "The poll showed up": a thing shown, a paper turning up; nor
		// what a question asks about.
		expect(reading(text).r.attributions.map((a) => `${a.speaker}: ${text.slice(a.content.start, a.content.end)}`)).toEqual(['Records: he gave $500 to the Cole campaign', 'The audit: no sign of fraud in the accounts']);
	});
});
