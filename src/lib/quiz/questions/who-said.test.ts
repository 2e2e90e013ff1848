import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '../../analysis/index';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { whoSaid } from './who-said';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1];

describe('who-said', () => {
	it('keys the source the report ties the words to, with other sources of the pair as wrong options', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = whoSaid(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const petition = qs.find((q) => q.prompt.includes('more than 3,000 residents had signed a petition'));
		expect(petition && keyed(petition)).toBe('Tom Reyes');
		expect(petition?.options).toHaveLength(4);
		const bell = qs.find((q) => q.prompt.includes('My kids go there every week'));
		expect(bell && keyed(bell)).toBe('Sarah Bell');
	});

	it('never offers as a wrong answer someone the analysis has saying the same words, here or in the other report', () => {
		const a = new Marked(
			'Vote on the pool\n\nCouncillor Ann Lee and campaigner Raj Patel both said the vote was rushed through without a hearing. Treasurer Bo Kim said the budget was short by a wide margin. Mayor Di Fox said the pool would reopen in May.',
		)
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'the vote was rushed through without a hearing' })
			.said({ speaker: 'Raj Patel', cue: 'said', content: 'the vote was rushed through without a hearing' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'the budget was short by a wide margin' })
			.said({ speaker: 'Di Fox', cue: 'said', cueNth: 2, content: 'the pool would reopen in May' });
		const b = new Marked('Pool vote row\n\nResident Cy Dunn said the vote was rushed through without a hearing, echoing Ann Lee.').said({
			speaker: 'Cy Dunn',
			cue: 'said',
			content: 'the vote was rushed through without a hearing',
		});
		const comparison = { ...emptyComparison(), aligned: [{ a: a.sentenceOf('both said'), b: b.sentenceOf('Resident'), score: 0.8 }] };
		const qs = whoSaid(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const rushed = qs.filter((q) => q.prompt.includes('the vote was rushed') && q.evidence[0]?.report === 'a');
		expect(rushed.length).toBeGreaterThan(0);
		for (const q of rushed) {
			const wrong = q.options.filter((_, i) => !q.answer.includes(i));
			expect(wrong).not.toContain('Ann Lee');
			expect(wrong).not.toContain('Raj Patel');
			expect(wrong).not.toContain('Cy Dunn');
		}
	});

	it('asks whose claim a thing backed is not: a stance’s object ("endorsed Tom Reed in the 2020 primary") is no claim', () => {
		const a = new Marked('Vote\n\nMayor Jo Hart endorsed Tom Reed in the 2020 primary race. Ann Cole said the vote was fair to all.')
			.said({ speaker: 'Jo Hart', cue: 'endorsed', content: 'Tom Reed in the 2020 primary race', category: 'stance' })
			.said({ speaker: 'Ann Cole', cue: 'said', content: 'the vote was fair to all' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const prompts = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('2020 primary'))).toBe(false);
	});

	it('asks a claim made in a relative clause only up to the clause’s closing comma, not the narration after it', () => {
		const a = new Marked(
			'Pool vote\n\nA court cleared Raj Patel, who argued that the contract had been signed in good faith, of any wrongdoing. Ann Lee said the vote was fair to all. Mayor Di Fox said the pool would reopen in May.',
		)
			.said({ speaker: 'Raj Patel', cue: 'argued', content: 'the contract had been signed in good faith, of any wrongdoing' })
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'the vote was fair to all' })
			.said({ speaker: 'Di Fox', cue: 'said', cueNth: 1, content: 'the pool would reopen in May' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const contract = qs.find((q) => q.prompt.includes('the contract had been signed'));
		expect(contract?.prompt).toContain('“the contract had been signed in good faith”');
		expect(contract && keyed(contract)).toBe('Raj Patel');
	});

	it('ends a claim made in a clause set off by "though" at its comma, and asks none that runs on into "even as" the narration’s', () => {
		const a = new Marked(
			'Pool vote\n\nMayor Di Fox, though she said the pool was safe for swimmers, closed it for a week. Councillor Ann Lee said the council would cut the pool budget, even as Raj Patel is trying to expand the pool. Treasurer Bo Kim said the budget was short.',
		)
			.said({ speaker: 'Di Fox', cue: 'said', content: 'the pool was safe for swimmers, closed it for a week' })
			.said({ speaker: 'Ann Lee', cue: 'said', cueNth: 1, content: 'the council would cut the pool budget, even as Raj Patel is trying to expand the pool' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 2, content: 'the budget was short' });
		a.source('Raj Patel', 'person');
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const safe = qs.find((q) => q.prompt.includes('the pool was safe'));
		expect(safe?.prompt).toContain('“the pool was safe for swimmers”');
		expect(safe && keyed(safe)).toBe('Di Fox');
		expect(qs.some((q) => q.prompt.includes('cut the pool budget'))).toBe(false);
	});

	it('asks no claim after a cue that closes a quotation (“…,” she said quietly as …), but one after a second cue of its own', () => {
		const a = new Marked(
			'Pool vote\n\n"We have had better meetings than this one," Councillor Ann Lee, holding a folder of papers, said quietly as the lights went down in the hall. "We won," said campaigner Raj Patel, who added that the vote had been fair to all. Mayor Di Fox said the budget was short.',
		)
			.quote('We have had better meetings than this one,')
			.quote('We won,')
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'quietly as the lights went down in the hall' })
			.said({ speaker: 'Raj Patel', cue: 'said', cueNth: 1, content: 'We won', direct: true })
			.said({ speaker: 'Raj Patel', cue: 'added', content: 'the vote had been fair to all' })
			.said({ speaker: 'Di Fox', cue: 'said', cueNth: 2, content: 'the budget was short' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const prompts = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('the lights went down'))).toBe(false);
		expect(prompts.some((p) => p.includes('the vote had been fair to all'))).toBe(true);
	});

	it('asks no claim passed on in the report’s words across an ellipsis', () => {
		const a = new Marked('Pool vote\n\nRemember, campaigner Raj Patel said the pool would close…the council got angry. Councillor Ann Lee said the vote was fair to all. Mayor Di Fox said the budget was short.')
			.said({ speaker: 'Raj Patel', cue: 'said', content: 'the pool would close…the council got angry' })
			.said({ speaker: 'Ann Lee', cue: 'said', cueNth: 1, content: 'the vote was fair to all' })
			.said({ speaker: 'Di Fox', cue: 'said', cueNth: 2, content: 'the budget was short' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const prompts = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('the vote was fair'))).toBe(true);
		expect(prompts.some((p) => p.includes('the council got angry'))).toBe(false);
	});

	it('asks nothing about an unnamed speaker or an attribution the analysis is unsure of', () => {
		const { a, b, comparison } = markedLibrary();
		const pair = makePair(a.analysis, b.analysis, comparison, { minConfidence: 0.8 });
		const prompts = whoSaid(pair).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('no staff would lose their jobs'))).toBe(false);
		expect(prompts.some((p) => p.includes('staff were told of the closure'))).toBe(false);
		expect(prompts.some((p) => p.includes('the council had ignored the petition'))).toBe(false);
	});

	it('does not ask about words that name their own speaker', () => {
		const a = new Marked('Row\n\nMayor Jo Hart said Jo Hart would never resign over the budget row.').said({
			speaker: 'Jo Hart',
			cue: 'said',
			content: 'Jo Hart would never resign over the budget row',
		});
		const b = new Marked('Row\n\nTreasurer Al Ng said the budget row was over.').said({ speaker: 'Al Ng', cue: 'said', content: 'the budget row was over' });
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs.some((q) => q.prompt.includes('would never resign'))).toBe(false);
	});

	it('makes no option of a speaker the analysis left as a pronoun', () => {
		const a = new Marked('Row\n\nMayor Jo Hart said the budget was short. He said the row was over by the end of the week.')
			.said({ speaker: 'Jo Hart', cue: 'said', content: 'the budget was short' })
			.said({ speaker: 'He', cue: 'said', cueNth: 1, content: 'the row was over by the end of the week' });
		const b = new Marked('Row\n\nTreasurer Al Ng said the budget row was over.').said({ speaker: 'Al Ng', cue: 'said', content: 'the budget row was over' });
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.some((q) => q.prompt.includes('the row was over by the end'))).toBe(false);
		expect(qs.flatMap((q) => q.options)).not.toContain('He');
	});

	it('asks between the two voices of a pair that hears only two, and needs two wrong options otherwise', () => {
		const a = new Marked('Debate\n\nSenator Jo Hart said the budget was short by a billion. Governor Al Ng said the budget was balanced at last.')
			.said({ speaker: 'Jo Hart', cue: 'said', content: 'the budget was short by a billion' })
			.said({ speaker: 'Al Ng', cue: 'said', cueNth: 1, content: 'the budget was balanced at last' });
		const b = new Marked('Debate\n\nThe debate ran late into the night.');
		const two = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(two.length).toBeGreaterThan(0);
		for (const q of two) expect(q.options).toHaveLength(2);
		const c = new Marked('Debate\n\nMayor Cy Dunn said the vote would come next spring.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the vote would come next spring' });
		const three = whoSaid(makePair(a.analysis, c.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(three.length).toBeGreaterThan(0);
		for (const q of three) expect(q.options.length).toBeGreaterThanOrEqual(3);
	});

	it('does not ask whose claim an accusation or a label is: "accused the council of wasting money" has no verb to read alone', () => {
		const a = new Marked(
			'Pool row\n\nCampaigner Raj Patel accused the council of wasting money on the new pool. Councillor Ann Lee said the pool would open in May. Treasurer Bo Kim said the budget was short by a wide margin.',
		)
			.said({ speaker: 'Raj Patel', cue: 'accused', content: 'the council of wasting money on the new pool' })
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'the pool would open in May' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'the budget was short by a wide margin' });
		const b = new Marked('Pool\n\nThe pool opens in May, Ann Lee said.').said({ speaker: 'Ann Lee', cue: 'said', content: 'The pool opens in May' });
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs.some((q) => q.prompt.includes('the pool would open in May'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('wasting money'))).toBe(false);
	});

	it('does not ask whose claim the thing a speaker cited is ("…, citing former mayors like Ann Lee and Bo Kim")', () => {
		const a = new Marked(
			'Pool row\n\nCampaigner Raj Patel called for a vote, citing former mayors like Ann Lee and Bo Kim. Councillor Di Fox said the pool would open in May. Treasurer Cy Dunn said the budget was short by a wide margin.',
		)
			.said({ speaker: 'Raj Patel', cue: 'citing', content: 'former mayors like Ann Lee and Bo Kim' })
			.said({ speaker: 'Di Fox', cue: 'said', content: 'the pool would open in May' })
			.said({ speaker: 'Cy Dunn', cue: 'said', cueNth: 1, content: 'the budget was short by a wide margin' });
		const b = new Marked('Pool\n\nThe pool opens in May, Di Fox said.').said({ speaker: 'Di Fox', cue: 'said', content: 'The pool opens in May' });
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs.some((q) => q.prompt.includes('the pool would open in May'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('former mayors'))).toBe(false);
	});

	it('does not ask whose claim reported words are that run on into ", but he …", which may be the report’s own answer', () => {
		const a = new Marked(
			'Pool row\n\nMayor Raj Patel has said he will stay out of the vote, but he stars in a new ad for the pool. Councillor Di Fox said the pool would open in May. Treasurer Cy Dunn said the budget was short by a wide margin.',
		)
			.said({ speaker: 'Raj Patel', cue: 'said', content: 'he will stay out of the vote, but he stars in a new ad for the pool' })
			.said({ speaker: 'Di Fox', cue: 'said', cueNth: 1, content: 'the pool would open in May' })
			.said({ speaker: 'Cy Dunn', cue: 'said', cueNth: 2, content: 'the budget was short by a wide margin' });
		const b = new Marked('Pool\n\nThe pool opens in May, Di Fox said.').said({ speaker: 'Di Fox', cue: 'said', content: 'The pool opens in May' });
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs.some((q) => q.prompt.includes('the pool would open in May'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('stay out of the vote'))).toBe(false);
	});

	/** The prompts for report A: one sentence the analysis read as below, then Di Fox's plain claim. */
	const promptsAfter = (sentence: string, said: { speaker: string; cue: string; content: string }): string[] => {
		const a = new Marked(`Pool row\n\n${sentence}\n\nCouncillor Di Fox said the pool would open in May.`).said(said).said({ speaker: 'Di Fox', cue: 'said', content: 'the pool would open in May' });
		const b = new Marked('Pool\n\nThe pool opens in May, Cy Dunn said.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'The pool opens in May' });
		return whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
	};

	it('does not ask whose claim words are that stop at a colon ("told his supporters, to loud cheers:"): what was said follows it', () => {
		// The words the analysis took for the claim are the setting before the colon.
		const prompts = promptsAfter('Mayor Raj Patel told his supporters, to loud cheers:\n\n“We will build it.”', { speaker: 'Raj Patel', cue: 'told', content: 'supporters, to loud cheers' });
		expect(prompts.some((p) => p.includes('the pool would open in May'))).toBe(true);
		expect(prompts.some((p) => p.includes('loud cheers'))).toBe(false);
	});

	it('does not ask whose claim an object and an infinitive are ("expected her bid to open her past up to scrutiny"): no verb of their own', () => {
		const prompts = promptsAfter('Mayor Ann Lee expected her bid for a second term to open her past up to scrutiny.', {
			speaker: 'Ann Lee',
			cue: 'expected',
			content: 'her bid for a second term to open her past up to scrutiny',
		});
		expect(prompts.some((p) => p.includes('the pool would open in May'))).toBe(true);
		expect(prompts.some((p) => p.includes('open her past'))).toBe(false);
	});

	it('does not ask who said a quotation that ends on a line of its own naming someone ("… I never doubted it.\\nAnn Lee.”"): the credit is to another', () => {
		const a = analyzeReport(
			'Pool vote\n\nThe vote was on Tuesday.\n\n“When the town said yes, that lit something in all of us,” said Rev. Tom Hale, a pastor in Dover.\n\n“The vote came. The minute it was sure, the town was with us and I never doubted it.\nAnn Lee.”\n\nMayor Di Fox said the pool would open in May.',
		);
		const b = analyzeReport('Pool\n\nThe pool opens in May, Di Fox said.');
		const qs = whoSaid(makePair(a, b, compareReports(a, b)));
		expect(qs.some((q) => q.prompt.includes('the pool would open in May'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('never doubted'))).toBe(false);
	});

	it('asks nothing about a question passed on in the report’s words ("questioned why …"), which is no claim', () => {
		const a = new Marked('Bridge delay\n\nCouncillor Ann Lee questioned why the bridge had taken four years to build. Mayor Di Fox said the bridge would open in May next year.')
			.said({ speaker: 'Ann Lee', cue: 'questioned', content: 'why the bridge had taken four years to build' })
			.said({ speaker: 'Di Fox', cue: 'said', content: 'the bridge would open in May next year' });
		const b = new Marked('Bridge\n\nThe bridge is late.');
		const qs = whoSaid(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.some((q) => q.prompt.includes('four years'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('open in May'))).toBe(true);
	});

	it('does not offer a body as the wrong answer for the words of the one who speaks for it ("the group’s director")', () => {
		const a = analyzeReport(
			'Pier plan\n\nThe plan was condemned by the Harbour Trust, which said it was wrong to close the pier.\n\nJo Lund, the group’s director, said, “We will fight this closure in every court in the land.”\n\nMayor Di Fox said the pier would close in May.',
		);
		const b = analyzeReport('Pier\n\nMayor Di Fox said the pier was unsafe and would close in May.');
		const qs = whoSaid(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const fight = qs.find((q) => q.prompt.includes('We will fight this closure'));
		expect(fight && keyed(fight)).toBe('Jo Lund');
		expect(fight?.options.some((o) => o.includes('Harbour Trust'))).toBe(false);
		expect(fight?.options).toContain('Di Fox');
	});

	it('does not offer a body as the wrong answer for its officer named in apposition ("Ann Lee, the Trust’s chief")', () => {
		const a = analyzeReport(
			'Pier plan\n\n“We will fight this closure in every court in the land,” Ann Lee, the Harbour Trust’s legal chief, said on Monday.\n\nThe Harbour Trust said it would appeal.\n\nMayor Di Fox said the pier would close in May. Councillor Bo Kim said the vote was rushed.',
		);
		const b = analyzeReport('Pier\n\nMayor Di Fox said the pier was unsafe and would close in May.');
		const qs = whoSaid(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const fight = qs.find((q) => q.prompt.includes('We will fight this closure'));
		expect(fight && keyed(fight)).toBe('Ann Lee');
		expect(fight?.options.some((o) => o.includes('Harbour Trust'))).toBe(false);
	});

	it('asks nothing about reported words with a verb joined on that may be the narration’s ("… but gave no details")', () => {
		const a = analyzeReport('Pier plan\n\nCouncillor Bo Kim first mentioned in March that he had been offered a seat on the board but provided no details. Mayor Di Fox said the pier would close in May.');
		const b = analyzeReport('Pier\n\nMayor Di Fox said the pier was unsafe and would close in May. Councillor Bo Kim said the vote was rushed.');
		const qs = whoSaid(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.some((q) => q.prompt.includes('offered a seat'))).toBe(false);
	});

	it('asks nothing about reported words that open on their verb, their subject left in the narration ("…, which he said were cheaper")', () => {
		const a = analyzeReport('Pier plan\n\nCouncillor Bo Kim said the board could use steel piles, which he said were cheaper than the timber ones the engineers chose. Mayor Di Fox said the pier would close in May.');
		const b = analyzeReport('Pier\n\nMayor Di Fox said the pier was unsafe and would close in May. Councillor Bo Kim said the vote was rushed.');
		const qs = whoSaid(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.some((q) => q.prompt.includes('close in May'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('cheaper than the timber'))).toBe(false);
	});

	it('asks nothing about reported words with their cue inside ("Those repairs, he said, include …")', () => {
		const a = analyzeReport('Pier plan\n\nCouncillor Bo Kim spoke on Monday. Those repairs, he said, include new steel piles and a deck of hardwood planks. Mayor Di Fox said the pier would close in May.');
		const b = analyzeReport('Pier\n\nMayor Di Fox said the pier was unsafe and would close in May. Councillor Bo Kim said the vote was rushed.');
		const qs = whoSaid(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.some((q) => q.prompt.includes('steel piles'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('close in May'))).toBe(true);
	});

	it('asks who said a quotation that holds its speaker’s own “we know …”, which is no second voice', () => {
		const a = analyzeReport(
			'Charter row\n\n“The mayor treats the charter as a perfect document. But we know the charter is far from perfect because it leaves renters out,” council member Ruth Ames said in a statement. Mayor Di Fox said the charter would stand.',
		);
		const b = analyzeReport('Charter\n\nMayor Di Fox said the charter was sound. Treasurer Bo Kim said the review would cost $40,000.');
		// The analysis reads "we know" as Ruth Ames's own view nested in her words.
		expect(a.attributions.some((x) => x.nested && x.speaker === 'Ruth Ames' && x.verb === 'know')).toBe(true);
		const qs = whoSaid(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const q = qs.find((x) => x.prompt.includes('The mayor treats the charter'));
		expect(q && keyed(q)).toBe('Ruth Ames');
	});

	it('asks a quotation its cue splits across two sentences by its first part, without the cue, and keys its speaker', () => {
		const a = analyzeReport(
			'Pool deal\n\n“The pool will open again in May for every family in town,” said Dana Ortiz, who chairs the parks board. “We found the money.” ' +
				'Treasurer Bo Kim said the budget was short by a wide margin this year. Councillor Raj Patel said the vote had been rushed through without a hearing.',
		);
		const b = analyzeReport('Pool deal\n\nMayor Di Fox said the pool would need a new roof before it could open again.');
		const qs = whoSaid(makePair(a, b, compareReports(a, b))).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const pool = qs.find((q) => q.prompt.includes('The pool will open again in May'));
		expect(pool && keyed(pool)).toBe('Dana Ortiz');
		expect(pool?.prompt).not.toContain('said Dana Ortiz');
	});
});

