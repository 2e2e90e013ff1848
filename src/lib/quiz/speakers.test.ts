import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from './fixtures/hand-marked';
import { makePair, trustedSpeaker } from './pair';

const other = () => new Marked('Other\n\nMayor Al Ng said the budget was short.').said({ speaker: 'Al Ng', cue: 'said', content: 'the budget was short' });

/** The speaker the quiz vouches for on each attribution of report A, by its content. */
function vouched(a: Marked): Record<string, string | undefined> {
	const pair = makePair(a.analysis, other().analysis, emptyComparison());
	const side = pair.sides[0];
	return Object.fromEntries(a.analysis.attributions.map((att) => [a.text.slice(att.content.start, att.content.end), trustedSpeaker(pair, side, att)?.name]));
}

describe('the speaker the quiz vouches for', () => {
	it('is never a state named as the hometown of the person before it (“Ana Ruiz of Dunmore, Nevada says”)', () => {
		const a = new Marked('Caucus day\n\nAna Ruiz of Dunmore, Nevada says the lines were long.').said({ speaker: 'Nevada', kind: 'government', cue: 'says', content: 'the lines were long' });
		expect(vouched(a)['the lines were long']).toBeUndefined();
	});

	it('is still a body named at the cue after a place and a comma that is no hometown (“In Dunmore, the Harbour Board says”)', () => {
		const a = new Marked('Caucus day\n\nIn Dunmore, the Harbour Board says the lines were long.').said({ speaker: 'Harbour Board', kind: 'organization', cue: 'says', content: 'the lines were long' });
		expect(vouched(a)['the lines were long']).toBe('Harbour Board');
	});

	it('is the person named at the cue', () => {
		const a = new Marked('Dock strike\n\nUnion leader Ann Lee said the strike would go on.').said({ speaker: 'Ann Lee', cue: 'said', content: 'the strike would go on' });
		expect(vouched(a)['the strike would go on']).toBe('Ann Lee');
	});

	it('follows "he added" back to the last source named at a cue, past names inside the quotation', () => {
		const text =
			'Dock strike\n\n"We will not move," union leader Tom Roe said. He added, "Minister Cy Dunn has not called us once." He later said the talks had failed.';
		const a = new Marked(text)
			.quote('We will not move,')
			.quote('Minister Cy Dunn has not called us once.')
			.said({ speaker: 'Tom Roe', cue: 'said', content: 'We will not move', direct: true })
			.said({ speaker: 'Tom Roe', cue: 'added', content: 'Minister Cy Dunn has not called us once.', direct: true, resolvedBy: 'pronoun' })
			.said({ speaker: 'Tom Roe', cue: 'said', cueNth: 1, content: 'the talks had failed', resolvedBy: 'pronoun' });
		const v = vouched(a);
		expect(v['Minister Cy Dunn has not called us once.']).toBe('Tom Roe');
		expect(v['the talks had failed']).toBe('Tom Roe');
	});

	it('follows "he said" to a lawmaker named with title, party and state, past a place and a newspaper', () => {
		const text =
			'Budget talks\n\nSen. Max Dale, D-Mont., who spoke to the New York Times in Ohio, indicated he was calm. "We have full confidence," he said.';
		const a = new Marked(text)
			.quote('We have full confidence,')
			.said({ speaker: 'Max Dale', cue: 'said', content: 'We have full confidence', direct: true, resolvedBy: 'pronoun' });
		expect(vouched(a)['We have full confidence']).toBe('Max Dale');
	});

	it('refuses a quotation carried on from an earlier cue when someone else speaks in between', () => {
		const text =
			'Debate\n\nMayor Bo Kim opened the debate.\n\n"These people are my neighbours," union leader Ann Lee said.\n\nKim shot back: "As the mayor knows, the words come out wrong."';
		const a = new Marked(text)
			.quote('These people are my neighbours,')
			.quote('As the mayor knows, the words come out wrong.')
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'These people are my neighbours', direct: true })
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'As the mayor knows, the words come out wrong.', direct: true });
		// A surname opening its sentence: no run of capitals, but a mention of another source.
		a.source('Bo Kim', 'person', ['Kim']).mentions.push(a.span('Kim', 1));
		const v = vouched(a);
		expect(v['These people are my neighbours']).toBe('Ann Lee');
		expect(v['As the mayor knows, the words come out wrong.']).toBeUndefined();
	});

	it('refuses a "he said" whose quotation is carried on past someone else named in between', () => {
		const text =
			'Harbour vote\n\nUnion leader Tom Roe spoke first. "We will not move," he said.\n\nMayor Bo Kim seemed pleased with the vote. "This is a good day for the town," he said at the hall.';
		const a = new Marked(text)
			.quote('We will not move,')
			.quote('This is a good day for the town,')
			.said({ speaker: 'Tom Roe', cue: 'said', content: 'We will not move', direct: true, resolvedBy: 'pronoun' })
			.said({ speaker: 'Tom Roe', cue: 'said', content: 'This is a good day for the town', direct: true, resolvedBy: 'pronoun' });
		a.source('Bo Kim', 'person');
		const v = vouched(a);
		expect(v['We will not move']).toBe('Tom Roe');
		expect(v['This is a good day for the town']).toBeUndefined();
	});

	it('counts a source’s surname opening a sentence as someone "he" may mean', () => {
		const text =
			'Dock strike\n\nPort chief Raj Patel said the port was open.\n\nThe talks went on all week.\n\nThe union met twice.\n\nPatel also answered Roe on Thursday.\n\n"We will reopen on Monday," he added.';
		const a = new Marked(text)
			.quote('We will reopen on Monday,')
			.said({ speaker: 'Raj Patel', cue: 'said', content: 'the port was open', aliases: ['Patel'] })
			.said({ speaker: 'Tom Roe', cue: 'added', content: 'We will reopen on Monday', direct: true, resolvedBy: 'pronoun', aliases: ['Roe'] });
		expect(vouched(a)['We will reopen on Monday']).toBeUndefined();
	});

	it('refuses a pronoun when the sentence before already speaks of someone else as "he"', () => {
		const text = 'Trip\n\nHe recalled when he was touring with Mayor Al Ng earlier this year.\n\n"We spent five days on the road," he said.';
		const a = new Marked(text)
			.quote('We spent five days on the road,')
			.said({ speaker: 'Al Ng', cue: 'said', content: 'We spent five days on the road', direct: true, resolvedBy: 'pronoun' });
		expect(vouched(a)['We spent five days on the road']).toBeUndefined();
	});

	it('refuses a pronoun the engine gave to someone else than the text points to', () => {
		const text = 'Dock strike\n\n"We will not move," union leader Tom Roe said. He added, "Minister Cy Dunn has not called us once."';
		const a = new Marked(text)
			.quote('We will not move,')
			.quote('Minister Cy Dunn has not called us once.')
			.said({ speaker: 'Tom Roe', cue: 'said', content: 'We will not move', direct: true })
			.said({ speaker: 'Cy Dunn', cue: 'added', content: 'Minister Cy Dunn has not called us once.', direct: true, resolvedBy: 'pronoun' });
		expect(vouched(a)['Minister Cy Dunn has not called us once.']).toBeUndefined();
	});

	it('refuses a pronoun when someone else is named or heard between it and the last named speaker', () => {
		const text = 'Dock strike\n\nUnion leader Tom Roe said the strike would go on. Port chief Raj Patel disagreed. He said the port was open.';
		const a = new Marked(text)
			.said({ speaker: 'Tom Roe', cue: 'said', content: 'the strike would go on' })
			.said({ speaker: 'Tom Roe', cue: 'said', cueNth: 1, content: 'the port was open', resolvedBy: 'pronoun' });
		expect(vouched(a)['the port was open']).toBeUndefined();
	});

	it('never gives "he" to a body, nor names a speaker whose cue is a capitalised word', () => {
		const text = 'Dock strike\n\nThe Port Authority said it was ready. He said the cranes were idle. The United States said the talks should resume.';
		const a = new Marked(text)
			.said({ speaker: 'Port Authority', kind: 'organization', cue: 'said', content: 'it was ready' })
			.said({ speaker: 'Port Authority', kind: 'organization', cue: 'said', cueNth: 1, content: 'the cranes were idle', resolvedBy: 'pronoun' })
			.said({ speaker: 'United', kind: 'organization', cue: 'States', content: 'said the talks should resume' });
		const v = vouched(a);
		expect(v['it was ready']).toBe('Port Authority');
		expect(v['the cranes were idle']).toBeUndefined();
		expect(v['said the talks should resume']).toBeUndefined();
	});
});
