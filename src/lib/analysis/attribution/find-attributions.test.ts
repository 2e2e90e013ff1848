import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';

/** Each attribution as "speaker | cue | content" for reading in a failure message. */
function read(text: string) {
	const r = analyzeReport(text);
	return {
		r,
		lines: r.attributions.map((a) => `${a.speaker || '(unnamed)'} | ${text.slice(a.cue.start, a.cue.end)} | ${text.slice(a.content.start, a.content.end)}`),
		find: (words: string) => r.attributions.find((a) => text.slice(a.content.start, a.content.end).includes(words)),
	};
}

const seed = (name: string) => readFileSync(new URL(`../../content/stories/${name}`, import.meta.url), 'utf8');

describe('attributions in wire copy', () => {
	const text = [
		'Kyiv rejects ceasefire plan',
		'',
		"Ukraine's foreign minister Dmytro Kuleba said on Tuesday that Kyiv would not accept any ceasefire that froze the conflict.",
		'',
		'"We will not trade territory for peace," Kuleba told reporters in Brussels.',
		'',
		'Russian officials have previously said Moscow is open to talks.',
		'',
		'According to the United Nations, more than 10,000 civilians have been killed since the invasion began.',
		'',
		'"This is a war of aggression," said Josep Borrell, the EU\'s foreign policy chief. "It must end."',
		'',
		'Sources familiar with the matter said a draft text was circulating among diplomats.',
	].join('\n');
	const { find, lines } = read(text);

	it('names the minister for "X said on Tuesday that …"', () => {
		expect(find('Kyiv would not accept')?.speaker, lines.join('\n')).toBe('Dmytro Kuleba');
	});
	it('resolves a surname after a closing quote to the full name', () => {
		const a = find('We will not trade territory');
		expect(a?.speaker).toBe('Dmytro Kuleba');
		expect(a?.direct).toBe(true);
	});
	it('keeps a group of unnamed officials as a group, not a person', () => {
		expect(find('Moscow is open to talks')?.sourceKind).toBe('group');
	});
	it('reads "According to the United Nations, …" as the UN speaking', () => {
		expect(find('civilians have been killed')?.speaker).toBe('United Nations');
	});
	it('reads "“…,” said Name, the title." and gives the next bare quote to the same speaker', () => {
		expect(find('This is a war of aggression')?.speaker).toBe('Josep Borrell');
		expect(find('It must end')?.speaker).toBe('Josep Borrell');
	});
	it('treats "sources familiar with the matter" as an anonymous source, named by the words the report uses', () => {
		const a = find('a draft text was circulating');
		expect(a?.sourceKind).toBe('anonymous');
		expect(a?.speaker).toBe('Sources familiar with the matter');
	});
	it('names unnamed people by the words the report gives them, but never by why they are unnamed', () => {
		const said = (t: string) => analyzeReport(t).attributions.filter((x) => t.slice(x.content.start, x.content.end).includes('talks had stalled'));
		const familiar = said('Talks stall\n\nTwo people familiar with the talks said the talks had stalled over the border.');
		expect(familiar.map((a) => [a.sourceKind, a.speaker])).toEqual([['anonymous', 'two people familiar with the talks']]);
		for (const t of [
			'Talks stall\n\nA senior diplomat, speaking on condition of anonymity, said the talks had stalled over the border.',
			'Talks stall\n\nA senior diplomat who spoke on condition of anonymity said the talks had stalled over the border.',
		]) {
			const a = said(t);
			expect(a.map((x) => [x.sourceKind, x.speaker]), t).toEqual([['anonymous', 'a senior diplomat']]);
			expect(analyzeReport(t).attributions.some((x) => t.slice(x.content.start, x.content.end).startsWith('condition')), t).toBe(false);
		}
	});
});

describe('attributions in tabloid and statement styles', () => {
	const text = [
		'Library to close',
		'',
		'Mum-of-two Sarah Jones, 34, fumed: "They don\'t care about us at all."',
		'',
		'A council spokesperson said: "We understand residents\' concerns, but savings must be made."',
		'',
		'It is believed the building will be sold to developers.',
		'',
		'The Department of Health confirmed that 12 new cases had been identified.',
		'',
		'In a statement, the department said it was working closely with local authorities.',
		'',
		'Health Secretary Maria Lopez added that the risk to the public remained low.',
	].join('\n');
	const { find, lines, r } = read(text);

	it('takes a colon quote after "fumed:" as the named mother’s words', () => {
		expect(find('They don')?.speaker, lines.join('\n')).toBe('Sarah Jones');
	});
	it('lets a spokesperson speak for the body named beside the role', () => {
		expect(find('savings must be made')?.speaker.toLowerCase()).toContain('council');
	});
	it('finds "It is believed" as an impersonal, unnamed source', () => {
		expect(find('sold to developers')?.sourceKind).toBe('anonymous');
	});
	it('resolves "the department" to the department named before', () => {
		expect(find('12 new cases')?.speaker).toBe('Department of Health');
		expect(find('working closely')?.speaker).toBe('Department of Health');
	});
	it('separates a title from the name and keeps it as a description', () => {
		expect(find('risk to the public')?.speaker).toBe('Maria Lopez');
		const lopez = r.sources.find((s) => s.name === 'Maria Lopez');
		expect(lopez?.descriptions.map((d) => text.slice(d.start, d.end))).toContain('Health Secretary');
	});
});

describe('attributions in opinion writing', () => {
	const text = [
		'The corner that never comes',
		'',
		'The prime minister insists the economy is turning a corner. Few believe him.',
		'',
		'Critics argue that the policy has failed the poorest families.',
		'',
		'As the economist John Kay has pointed out, productivity has barely grown in a decade.',
	].join('\n');
	const { find, lines } = read(text);

	it('keeps an unnamed office holder as the speaker rather than dropping the claim', () => {
		expect(find('turning a corner')?.speaker.toLowerCase(), lines.join('\n')).toContain('prime minister');
	});
	it('treats "critics" as a vague, unnamed source', () => {
		expect(find('failed the poorest')?.sourceKind).toBe('anonymous');
	});
	it('reads "As X has pointed out, …" with an endorsing verb', () => {
		const a = find('productivity has barely grown');
		expect(a?.speaker).toBe('John Kay');
		expect(a?.verbColour).toBe('endorsing');
	});
});

describe('attributions in the seed reports', () => {
	const a = read(seed('000_e6705d96b1f0feb6.txt'));
	const b = read(seed('001_637e260c91ed6497.txt'));

	it('attributes "He said it was a complex legal process" to Lammy, the nearest person named before', () => {
		expect(a.find('complex legal process')?.speaker).toBe('David Lammy');
	});
	it('reads a colon with no quotation marks as a direct quote ("He wrote: Ministers claim …")', () => {
		const q = a.find('Ministers claim');
		expect(q?.speaker).toBe('Mark Smith');
		expect(q?.direct).toBe(true);
	});
	it('counts a source quoted inside a quote as nested, not as a source the report relies on', () => {
		expect(a.r.attributions.find((x) => x.speaker === 'ministers')?.nested).toBe(true);
		expect(a.r.sources.map((s) => s.name.toLowerCase())).not.toContain('ministers');
	});
	it('measures a quoted speaker’s own view in the first person apart from the sources they quote', () => {
		const text = 'Race\n\nThe polls closed at eight. “I think we will win this county, and Tom Hale says the suburbs agree,” Senator Ann Reyes said.';
		const r = analyzeReport(text);
		const of = (words: string) => r.attributions.find((a) => text.slice(a.content.start, a.content.end).startsWith(words));
		expect(of('we will win')?.speaker).toBe('Ann Reyes');
		expect(of('we will win')?.rule).toBe('attribution/nested/self/pronoun');
		expect(of('the suburbs agree')?.rule).toBe('attribution/nested/name');
	});

	it('links the lede’s "A senior British diplomat" to the man named next', () => {
		expect(b.find('complicit in war crimes being committed')?.speaker).toBe('Mark Smith');
	});
	it('carries a quote that runs into the next paragraph to the same source', () => {
		const second = b.find('There is an ongoing review process');
		expect(second?.speaker).toContain('Foreign, Commonwealth and Development Office');
		expect(second?.direct).toBe(true);
	});
	it('colours "insists" and "claims" as distancing and "said" as neutral', () => {
		expect(a.find('act of self-defense')?.verbColour).toBe('distancing');
		expect(a.find('17,000 Hamas militants')?.verbColour).toBe('distancing');
		expect(a.find('could not comment')?.verbColour).toBe('neutral');
	});
	it('does not read "the government’s claims of maintaining" as a cue', () => {
		expect(b.r.attributions.filter((x) => b.r.text.slice(x.cue.start, x.cue.end) === 'claims')).toEqual([]);
	});
});

describe('words that look like cues but attribute nothing', () => {
	const text = [
		'Hospital expands',
		'',
		'That said, the plan has merit. He wrote a book about the war in 2010. Officials added 500 beds to the hospital.',
		'',
		'The ceasefire, which was announced on Monday, collapsed. Asked whether he would resign, Mr Johnson said no.',
		'',
		'Insurance claims were rejected. The court ruled that the ban was unlawful. Officials said the vote would go ahead.',
	].join('\n');
	const { find, lines, r } = read(text);

	it('finds only the real attributions: the ruling, the officials’ words and the question put to Mr Johnson', () => {
		expect(lines).toEqual(['(unnamed) | Asked | whether he would resign', 'The court | ruled | the ban was unlawful', 'officials | said | the vote would go ahead']);
	});
	it('treats "Officials" at the start of a sentence as a group, not a name', () => {
		expect(find('the vote would go ahead')?.sourceKind).toBe('group');
		expect(r.sources.map((s) => s.kind)).toEqual(['organization', 'group']);
	});
});


describe('verbs of saying used for something else', () => {
	it('passes nothing on for a contest given up or a thing taken ("conceding the race", "claims more territory")', () => {
		const text = [
			'Count ends',
			'',
			'Maria Lopez is conceding the race in Ohio in a phone call with Tom Reed.',
			'',
			'The army of General Alan Burke claims more territory from the rebels every week.',
			'',
			'Tom Reed conceded that the count had been slow.',
		].join('\n');
		expect(read(text).lines).toEqual(['Tom Reed | conceded | the count had been slow']);
	});

	it('passes nothing on for "knowing when to …", a question of judgement, not a fact known', () => {
		const text = 'What a mayor needs\n\nHe or she needs to be good at hiring people; making big decisions with little time; and knowing when to stick with it as things change and when to adjust.';
		expect(read(text).lines).toEqual([]);
	});

	it('passes nothing on for a thing yet to be shown, a forecast after "with", or the ones told and what they did', () => {
		const text = [
			'Race tightens',
			'',
			'Tom Reed ran again this year. Reed, now level with Ann Cole, has to show that he is ready to be mayor.',
			'',
			'The primaries are set for Aug. 30, with Tom Reed and Ann Cole expected to win and face each other in November.',
			'',
			'Mayor Ann Cole told her closest advisers as she worked on her last speech of the term.',
		].join('\n');
		expect(read(text).lines).toEqual([]);
	});

	it('reads a programme’s name before "show" and a place before "attacks that …" as nouns, not speakers', () => {
		const text = [
			'Radio week',
			'',
			'On the June 3, Harbour News Daily show on Radio Four from 6AM to 9AM, host Dan Reed will interview a number of guests.',
			'',
			'In June, the committee published a report from its inquiry into the Harbour attacks that cited the police for failures.',
			'',
			'In a statement, the Harbour City Council say they will appeal. Hillary Clinton cast herself as a champion of working people.',
		].join('\n');
		expect(read(text).lines).toEqual(['Harbour City Council | say | they will appeal', 'Hillary Clinton | cast | herself as a champion of working people']);
	});
});
describe('plural nouns after a quantifier', () => {
	it('reads "both sides" and "many states" as nouns, not as someone siding or stating', () => {
		const { lines } = read('Vote\n\nVoters on both sides: “We are tired of waiting.” Many states hold their votes in March. Each says the count is fair.');
		expect(lines.some((l) => /\| (?:sides|states) \|/.test(l))).toBe(false);
		// "each" takes a verb in -s: "Each says" still reports.
		expect(lines).toContain('each | says | the count is fair');
	});

	it('reads the word after "every" as a noun: "pivoted with every answer" passes on nothing', () => {
		const { lines } = read('Town hall\n\nThe hall was full. As he has long done at such events, Tom Hale pivoted with every answer to talk about jobs.');
		expect(lines.filter((l) => / \| answer \| /.test(l))).toEqual([]);
	});

	it('hears advocates of a cause as a group that speaks, and a child as someone who speaks', () => {
		const { find } = read('Clinic\n\nSome advocates for the new clinic said the plan would save lives. Another child answered: “The doctor is my aunt.”');
		expect(find('the plan would save lives')?.speaker).toBe('some advocates for the new clinic');
		expect(find('The doctor is my aunt')?.speaker).toBe('Another child');
	});
});

describe('"that" as the subject of what was said', () => {
	it('keeps "that" when a verb follows it, so the passage is a whole clause, and drops it when it is the conjunction', () => {
		const { lines } = read('Fares\n\nThe mayor said that was not the right comparison. Ms. Reyes said that wasn’t fair to riders. Mr. Ortiz said that the fares would rise.');
		expect(lines).toContain('The mayor | said | that was not the right comparison');
		expect(lines).toContain('Reyes | said | that wasn’t fair to riders');
		expect(lines).toContain('Ortiz | said | the fares would rise');
	});
});

describe('a sentence that opens on "And"', () => {
	it('hears the person after it, not a group named "And …"; a subject of two parts is still a group', () => {
		const { find } = read('Fares\n\nThe board met on Monday. And Justice Tom Ellis said the fares were lawful. And he said the vote was rushed. Mr. Ellis and his clerk said the ruling was final.');
		expect(find('the fares were lawful')?.speaker).toBe('Tom Ellis');
		expect(find('the vote was rushed')?.speaker).toBe('Tom Ellis');
		expect(find('the ruling was final')?.sourceKind).toBe('group');
	});
});

describe('who has the floor for the next “he said”', () => {
	it('does not hand it to a source whose words another’s pass on', () => {
		const { find, lines } = read('Campaign\n\nGovernor Tom Reed attacked the Courier on Monday, saying that its reporter Sam Boyd had written that the campaign was failing. “They got it wrong,” he said.');
		expect(find('They got it wrong')?.speaker, lines.join('\n')).toBe('Tom Reed');
	});

	it('does not take a “she” in someone’s words for their own gender', () => {
		const { find, lines } = read('Mayor\n\nTom Reed, the mayor, said she had misled the council. Reed later thanked his staff. “We will fight this,” he said.');
		expect(find('We will fight this')?.speaker, lines.join('\n')).toBe('Tom Reed');
	});

	it('keeps a speaker named in a way the name reader missed in view for the next “she”', () => {
		const { find, lines } = read('Election\n\nForeign minister John Kerry praised the vote on Sunday. Mya Than May, 60, a doctor, said she was elated but still feared the army. She fears that the generals will ignore the result.\n\n“We have waited a long time,” she said.');
		expect(find('We have waited a long time')?.speaker, lines.join('\n')).not.toBe('John Kerry');
		expect(find('the generals will ignore the result')?.speaker, lines.join('\n')).toMatch(/^Mya Than/);
	});
});

describe('the colour of a verb of judging', () => {
	it('reads "criticized" as the plain word for disapproval and "lambasted" as a dramatic one', () => {
		const { find } = read(
			'Budget vote\n\nThe council met on Monday. Senator Roy Hatch criticized the mayor for delaying the vote on the budget. Councillor Ann Lee lambasted the mayor for cutting the library hours.',
		);
		expect(find('the mayor for delaying')?.verbColour).toBe('neutral');
		expect(find('the mayor for cutting')?.verbColour).toBe('emotive');
	});
});
