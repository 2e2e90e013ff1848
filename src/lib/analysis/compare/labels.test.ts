import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { readLabels } from './labels';
import { readNames } from './names';

/** Each named person or body with the labels the text gives it. */
function labelsOf(text: string): Record<string, string[]> {
	const names = readNames(analyzeReport(text));
	const out: Record<string, string[]> = {};
	for (const l of readLabels(names)) (out[l.named.name] ??= []).push(text.slice(l.start, l.end));
	return out;
}

describe('readLabels', () => {
	it('reads a title run and the words before it as one label, but not a bare courtesy title', () => {
		const l = labelsOf('Harbour plan approved\n\nThe plan was backed by former harbour master and Coastal Trust chairman Peter Lindqvist on Monday. Mr. Lindqvist said the pier would reopen.');
		expect(l['Peter Lindqvist']).toEqual(['former harbour master and Coastal Trust chairman']);
	});

	it('reads a phrase set off by commas after the name, and a relative clause', () => {
		const l = labelsOf(
			'Ferry strike ends\n\nMaria Okafor, the head of the ferry workers union, said the deal was fair. Okafor, who led the strike for six weeks, thanked passengers.',
		);
		expect(l['Maria Okafor']).toEqual(['the head of the ferry workers union', 'who led the strike for six weeks']);
	});

	it('reads what a person is known for, set off by commas, as a label', () => {
		const l = labelsOf(
			'Sheriff backs governor\n\nCounty Sheriff Dale Rourke, known for his hard line on drunk driving, endorsed the governor on Friday. Rourke said the roads were safer.',
		);
		expect(l['Dale Rourke']).toContain('known for his hard line on drunk driving');
	});

	it('reads a title with a prefix of office ("Co-Chairwoman") as a title, not as part of the name', () => {
		const l = labelsOf('Race opens\n\nThe challengers include former Co-Chairwoman Edna Hale and others. Hale said she would run.');
		expect(Object.keys(l)).toContain('Edna Hale');
		expect(l['Edna Hale']?.join(' ')).toContain('Co-Chairwoman');
	});

	it('reads an apposed label holding a name whose word is also a verb of saying ("United States", "Secretary of State")', () => {
		const l = labelsOf(
			'Race tightens\n\nAttorney General Ruth Calloway spoke on Monday. Ms. Calloway, a Democrat now running for the United States Senate, said little. ' +
				'Sen. Tom Briggs agreed. Mr. Briggs, the Secretary of State under two governors, spoke last.',
		);
		expect(l['Ruth Calloway']).toContain('a Democrat now running for the United States Senate');
		expect(l['Tom Briggs']).toContain('the Secretary of State under two governors');
		const b = labelsOf('Praise\n\nThe senator praised former Secretary of State Ann Ruddock on Monday. Ruddock said she was grateful.');
		expect(b['Ann Ruddock']).toEqual(['former Secretary of State']);
	});

	it('does not take a verb before a name for a label', () => {
		const l = labelsOf('Vote delayed\n\nThe council then asked Sen. Paula Grey to explain the delay. Grey said the vote would come next week.');
		expect(l['Paula Grey']).toBeUndefined();
	});

	it('does not take a clause of saying after the name for a label', () => {
		const l = labelsOf('Bridge closed\n\nTom Becker, speaking on Tuesday, said the bridge would stay closed. Becker, who said he was tired, left early.');
		expect(l['Tom Becker']).toBeUndefined();
	});

	it('gives an epithet opening a sentence to the person named first in the sentence before', () => {
		const l = labelsOf(
			'Mayor defends budget\n\nMayor Ana Ruiz defended the budget on Monday. The first-term Democrat said the cuts were painful. Critics called the plan cruel.',
		);
		expect(l['Ana Ruiz']).toEqual(['The first-term Democrat']);
	});

	it('gives an epithet of place and party further on in a sentence to the one person the sentence named before it, and to no one when it named two', () => {
		const l = labelsOf('Mayor snubs paper\n\nSen. Rosa Delgado skipped the debate, and a cartoon of the Oregon Democrat ran on the front page. Ms. Delgado said nothing.');
		expect(l['Rosa Delgado']).toContain('the Oregon Democrat');
		const text = 'Mayor snubs paper\n\nSen. Rosa Delgado met Gov. Ian Marsh before the debate, and a cartoon of the Oregon Democrat ran on the front page. Delgado said nothing.';
		expect(readNames(analyzeReport(text)).named.map((e) => e.name)).toEqual(expect.arrayContaining(['Rosa Delgado', 'Ian Marsh']));
		for (const labels of Object.values(labelsOf(text))) expect(labels).not.toContain('the Oregon Democrat');
	});

	it('reads the person a lede describes before naming them in the next sentence', () => {
		const l = labelsOf('Teacher quits\n\nA veteran science teacher has resigned over class sizes. Joan Adebayo, who taught at the school for 20 years, said she was exhausted.');
		expect(l['Joan Adebayo']).toContain('A veteran science teacher');
	});

	it('reads a label that names someone only later ("identified as")', () => {
		const l = labelsOf('Rescue at sea\n\nThe boat was found by a local fisherman, later identified as Owen Price. Price said the sea was calm.');
		expect(l['Owen Price']).toEqual(['a local fisherman']);
	});

	it('ends a label at a dash typed as two hyphens ("a trusted go-between -- former Mayor Jo Hart --")', () => {
		const l = labelsOf('Deal made\n\nThe offer was passed on through a trusted go-between -- former Mayor Jo Hart -- in June. Hart said the deal was fair.');
		for (const label of l['Jo Hart'] ?? []) expect(label).not.toContain('go-between');
	});

	it('does not read a verb in -ing between two words as part of a label ("spent capital recruiting Senator Jo Hart")', () => {
		const l = labelsOf('Deal made\n\nParty officials spent time and capital recruiting Senator Jo Hart to switch parties. Hart said the deal was fair.');
		for (const label of l['Jo Hart'] ?? []) expect(label).not.toContain('recruiting');
	});

	it('does not read the next name of a list as a label ("former Gov. Jo Hart, Senator Al Ng (R-Ohio) and …")', () => {
		const l = labelsOf('Lunch\n\nFigures like former Gov. Jo Hart, Senator Al Ng (R-Ohio) and Mayor Cy Dunn ate at the diner. Hart said the food was fine.');
		for (const label of l['Jo Hart'] ?? []) expect(label).not.toContain('Al Ng');
		const wife = labelsOf('Lunch\n\nAnn Ng, the wife of Mayor Tom Hale, ate at the diner. Ng said the food was fine.');
		expect(wife['Ann Ng']).toEqual(['the wife of Mayor Tom Hale']);
	});

	// Text that gives the named person or place no label at all, each for one reason.
	it.each([
		['does not give a name the words that describe the noun after it ("recent Hale campaign claims")', 'Tom Hale', 'Race tightens\n\nMayor Tom Hale spoke on Monday. Ng would not answer recent Hale campaign claims. Cheers rose from the usually quiet Hale supporters. Hale said he was pleased.'],
		['does not take a verb after an auxiliary for a label ("would bolster Hale’s claim")', 'Tom Hale', 'Race tightens\n\nMayor Tom Hale spoke on Monday. A second place would bolster Hale’s claim to lead the party. Hale said he was pleased.'],
		['does not read a phrase that sums up a statement as a label of the name before it', 'Tom Hale', 'Debate\n\n“I am no natural speaker,” Ms. Ruiz said in a debate with Mr. Tom Hale, a remarkably frank statement. Hale said little.'],
		['does not read a clause after a name as its label ("Mayor Tom Hale, the mood is grim, said little")', 'Tom Hale', 'Debate\n\nMayor Tom Hale, the mood is grim, said little.'],
		['gives a phrase after two names joined by "and" to neither alone', 'Tom Hale', 'Party\n\nThe party is split between Mr. Ari Ng and Mr. Tom Hale, the sons of Greek farmers. Hale said little.'],
		['reads no "or" in a label ("my husband or Mayor Tom Hale")', 'Tom Hale', 'Party\n\nShe is not a natural, like my husband or Mayor Tom Hale. Hale said little.'],
		['does not read a place of two words as a person with labels ("her loss in New Hampshire, the party’s leaders")', 'New Hampshire', 'Primary\n\nMs. Ana Ruiz told New Hampshire voters she would stay. After her loss in New Hampshire, the party’s leaders grew nervous.'],
		['does not take the word opening a sentence into the title after it ("But Justice")', 'Ana Ruiz', 'Court rules\n\nBut Justice Ana Ruiz said the law stood.'],
		['does not take the word opening a sentence into the title after it ("For Mayor")', 'Tom Hale', 'Court rules\n\nFor Mayor Tom Hale, the ruling came late. Hale said little.'],
	])('%s', (_, name, text) => {
		expect(labelsOf(text)[name]).toBeUndefined();
	});

	it('reads a label opened by an owner pronoun before a name, as one opened by "the"', () => {
		const l = labelsOf('Runoff set\n\nThe governor conceded on Sunday, and his likely Democratic rival Dana Whitfield said the runoff would be close. Whitfield thanked her volunteers.');
		expect(l['Dana Whitfield']).toEqual(['likely Democratic rival']);
	});

	it('reads "longtime" into a label, but takes one word of standing alone for no label ("rival Dana Whitfield")', () => {
		const l = labelsOf('Runoff set\n\nThe seat is sought by longtime party official Dana Whitfield and others. Supporters of her rival cheered, and rival Dana Whitfield said nothing.');
		expect(l['Dana Whitfield']).toEqual(['longtime party official']);
	});

	it('reads the words ending in a noun for a body before its name as the body’s label, and takes the name for a body', () => {
		const l = labelsOf('Canal vote\n\nThe spot was paid for by the small-business lobbying group Main Street Forward, and aired statewide. The group also mailed flyers.');
		expect(l['Main Street Forward']).toEqual(['small-business lobbying group']);
		expect(labelsOf('Canal vote\n\nThe spot was paid for by the group Main Street Forward on Monday.')['Main Street Forward']).toBeUndefined();
	});

	it('does not give a person the title and name of the next person in a list', () => {
		const l = labelsOf(
			'Chair race\n\nIn the race are former Republican official Ruth Amsel, former Ohio Republican chairman Glen Potts and former campaign director Ivy Stone. Amsel said she would run.',
		);
		expect(l['Ruth Amsel']).toEqual(['former Republican official']);
		expect(labelsOf('Chair race\n\nShe will run, said Ruth Amsel, Governor Glen Potts’s sister.')['Ruth Amsel']).toEqual(['Governor Glen Potts’s sister']);
		expect(labelsOf('Race\n\nIf elected to the U.S. Senate, Lt. Gov. Carlos Ruiz would cut taxes, he said.')['Senate']).toBeUndefined();
		// A name with no title before the noun it modifies is no one in a list.
		expect(labelsOf('Chair race\n\nMayor Glen Potts spoke first. She will run, said Ruth Amsel, former Potts campaign adviser.')['Ruth Amsel']).toEqual(['former Potts campaign adviser']);
		expect(l['Glen Potts']).toEqual(['former Ohio Republican chairman']);
	});

	it('does not read a body’s name after an owner’s noun, nor one that goes on past an owner', () => {
		expect(labelsOf('Records case\n\nThe watchdog’s Open Records Project filed suit on Monday, a conservative group said.')['Open Records Project']).toBeUndefined();
		expect(labelsOf('Farm vote\n\nThe pro-ethanol campaign group America’s Harvest Future spent heavily in the state.')['America']).toBeUndefined();
	});
	it('reads what a sentence opening with the name says the person is, up to a clause of its own', () => {
		const l = labelsOf(
			'Port vote nears\n\nCouncilor Dana Whitfield voted against the port plan on Monday. Whitfield was also a longtime critic of the harbour authority, which she called secretive. Mayor Omar Haddad has long been a supporter of the expansion.',
		);
		expect(l['Dana Whitfield']).toEqual(['a longtime critic of the harbour authority']);
		expect(l['Omar Haddad']).toEqual(['a supporter of the expansion']);
	});

	it('takes no complement that says where someone was or what happened, nor one after a modal or "not"', () => {
		const l = labelsOf(
			'Gala held\n\nSen. Paula Grey attended the gala. Grey was a guest at the mayor\u2019s table. Grey is a long way from a deal. Sen. Alan Brook is not a candidate. Brook would be a strong nominee. Brook was a factor in the vote.',
		);
		expect(l['Paula Grey']).toBeUndefined();
		expect(l['Alan Brook']).toBeUndefined();
	});

	it('takes no complement inside a quotation, and leaves the label of a person named inside one to that person', () => {
		const l = labelsOf(
			'Race tightens\n\n\u201cMayor Tom Hale is a coward,\u201d Ms. Rosa Lind said on Monday. Mr. Victor Pell is an adviser to Ohio Gov. Al Ng, the mayor\u2019s rival.',
		);
		expect(l['Tom Hale']).toBeUndefined();
		expect(l['Victor Pell']).toBeUndefined();
		expect(l['Al Ng']).toEqual(['Ohio Gov.', 'the mayor\u2019s rival']);
	});
});
