import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '../../analysis/index';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { attributedOrNot } from './attributed-or-not';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1] ?? '';
const choices = (qs: ReturnType<typeof attributedOrNot>) => qs.filter((q): q is ChoiceQuestion => q.format !== 'tap');
/** The questions of a hand-marked report beside a plain one in which Cy Dunn speaks. */
const beside = (a: Marked) => {
	const b = new Marked('Pier\n\nResident Cy Dunn said the pier should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pier should stay open' });
	return choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
};
/** The questions of a report as the engine reads it, beside one in which Cy Dunn speaks. */
const read = (text: string) => {
	const a = analyzeReport(text);
	const b = analyzeReport('Pier\n\nResident Cy Dunn said the pier should stay open for the summer season.');
	return choices(attributedOrNot(makePair(a, b, compareReports(a, b))));
};

describe('attributed-or-not', () => {
	it('keys a sentence with a reporting verb as attributed, naming the source', () => {
		const { a, b, comparison } = markedLibrary();
		const q = choices(attributedOrNot(makePair(a.analysis, b.analysis, comparison))).find((x) => x.prompt.includes('Council leader Janet Ortiz said'));
		expect(q && keyed(q)).toMatch(/^Attributed/);
		expect(q?.explanation).toContain('Janet Ortiz');
	});

	it('asks nothing about a refusal to speak, which passes on no claim ("declined to say whether …")', () => {
		const a = new Marked('Vote\n\nMayor Jo Hart declined to say on Tuesday whether she would run again.').said({ speaker: 'Jo Hart', cue: 'declined', content: 'to say on Tuesday whether she would run again' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const qs = choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(qs.some((q) => q.prompt.includes('declined'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('Cy Dunn said'))).toBe(true);
	});

	it('does not key as passed on a stance the report tells in its own words ("Jo Hart rejected the offer …")', () => {
		const a = new Marked('Vote\n\nMayor Jo Hart rejected the offer of a seat on the regional transport board in May.').said({ speaker: 'Jo Hart', cue: 'rejected', content: 'the offer of a seat on the regional transport board in May', category: 'stance' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const qs = choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(qs.filter((q) => q.prompt.includes('rejected')).map(keyed).some((k) => k.startsWith('Attributed'))).toBe(false);
	});

	it('does not offer as the reporter’s own a sentence inside a quotation that runs over a paragraph break', () => {
		const text =
			'Court case\n\nOn Tuesday the cashier left the court in good spirits. "The chain is a big company and everybody knows it.\n\nNot one firm in the land is so big that a court cannot hold it to account for the way it treats its staff. From the least of us to the greatest of us."';
		const a = new Marked(text);
		const b = new Marked('Court case\n\nThe cashier spoke to reporters.');
		const qs = choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(qs.some((q) => q.prompt.includes('Not one firm in the land') && keyed(q).startsWith('The reporter'))).toBe(false);
	});

	it('does not offer as the reporter’s own a sentence that carries on from speech earlier in its paragraph', () => {
		const text = 'Letter\n\nThe soldiers burned the homes on purpose, he wrote. More than half of the homes in the town have been destroyed by the fighting.';
		const a = new Marked(text).said({ speaker: 'Dan Roe', cue: 'he wrote', content: 'The soldiers burned the homes on purpose', resolvedBy: 'pronoun' });
		const b = new Marked('Letter\n\nDan Roe resigned.');
		const qs = choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(qs.some((q) => q.prompt.includes('More than half') && keyed(q).startsWith('The reporter'))).toBe(false);
	});

	it('does not offer as the reporter’s own a sentence in the first person, or one passed on "As the Gazette pointed out in an article"', () => {
		const text =
			'Votes\n\nThe council counted the votes on Monday night.\n\nWe kept our own efforts on the count fair and followed the rules for the whole election.\n\nAs the Gazette pointed out in a 2016 article, despite the many claims, the council has never lost a single ballot box.';
		const a = new Marked(text);
		const b = new Marked('Votes\n\nThe count ended on Monday.');
		const qs = choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(qs.filter((q) => keyed(q).startsWith('The reporter') && /We kept|As the Gazette/.test(q.prompt))).toEqual([]);
	});

	it('keys a plain sentence in a paragraph without sources as the reporter’s own voice', () => {
		const a = new Marked('Bridge\n\nThe new bridge over the river opened to traffic on Monday morning after two years of work.');
		const b = new Marked('Bridge\n\nA bridge opened.');
		const [q] = choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(q && keyed(q)).toMatch(/^The reporter’s own voice/);
	});

	it('asks nothing about a sentence that shows a character lost in copying ("Ann Cole ? and Tom ?Reed")', () => {
		const a = new Marked('Group\n\nThe group that made the ad is run by two strategists, Ann Cole ? and Tom ?Reed, who both live in Ohio.');
		const b = new Marked('Group\n\nThe group made an ad.');
		expect(choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())))).toEqual([]);
	});

	it('does not offer as the reporter’s own a forecast it hands to forecasters ("The pollsters who track the race project …")', () => {
		const a = new Marked('Race\n\nThe pollsters who track the race closely project a narrow win for the mayor in the city vote next month.');
		const b = new Marked('Race\n\nThe vote is next month.');
		const qs = choices(attributedOrNot(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(qs.some((q) => q.prompt.includes('project a narrow win') && keyed(q).startsWith('The reporter'))).toBe(false);
	});

	it('asks nothing about a sentence whose speech hangs on a clause the reporter states ("… a step forward from Friday, when the mayor said that …")', () => {
		const a = analyzeReport('Pier\n\nAny hope is a step forward from Friday, when Mayor Di Fox told reporters that there was no money left in the budget to repair the old pier this year or next. Councillor Bo Kim said the pier would close in May.');
		const b = analyzeReport('Pier\n\nThe council met on Monday to discuss the old pier and its repairs.');
		const qs = choices(attributedOrNot(makePair(a, b, compareReports(a, b))));
		expect(qs.some((q) => q.prompt.includes('step forward'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('close in May') && keyed(q).startsWith('Attributed'))).toBe(true);
	});

	it('asks nothing about a sentence whose hope or claim sits in a condition on the reporter’s own clause ("… will be vital if she hopes to …")', () => {
		const qs = read('Pier\n\nWinning them back will be vital if Mayor Di Fox hopes not only to keep her seat next year but to carry the whole council and the town with her. Councillor Bo Kim said the pier would close in May.');
		expect(qs.some((q) => q.prompt.includes('Winning them back'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('close in May') && keyed(q).startsWith('Attributed'))).toBe(true);
	});

	it('asks nothing about an item of a bulleted list, whose voice is set paragraphs before ("points were circulated by …:")', () => {
		const text =
			'Pier row\n\nThe council voted on Monday to close the old pier for a year of repairs.\n\nOn Tuesday a set of points was circulated by friends of the mayor:\n\n-Here are the facts: the mayor voted to keep the pier open at every meeting this year.\n\n-The mayor has been a constant friend of the fishing families who work from the pier every day.\n\nThe repairs will cost the town about two million dollars over the coming year.';
		const a = analyzeReport(text);
		const b = analyzeReport('Pier\n\nResident Cy Dunn said the pier should stay open for the summer season.');
		const qs = choices(attributedOrNot(makePair(a, b, compareReports(a, b))));
		expect(qs.some((q) => q.prompt.includes('constant friend'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('The repairs will cost'))).toBe(true);
	});

	it('hears an unnamed source in "concerns were raised that …" and in a poll, and skips an item opening on a tilde', () => {
		const text =
			'Pier row\n\nThe council voted on Monday to close the old pier for a year of repairs.\n\nEven before the vote was counted, concerns were raised that the repairs would ruin the fishing season.\n\n~ The Courier looks at what the closure means for the fishing families this summer.\n\nThe repairs will cost the town about two million dollars over the coming year.';
		const a = analyzeReport(text);
		const b = analyzeReport('Pier\n\nResident Cy Dunn said the pier should stay open for the summer season.');
		const qs = choices(attributedOrNot(makePair(a, b, compareReports(a, b))));
		const own = qs.filter((q) => keyed(q).startsWith('The reporter'));
		expect(own.some((q) => q.prompt.includes('concerns were raised'))).toBe(false);
		expect(own.some((q) => q.prompt.includes('The Courier looks'))).toBe(false);
		const polled = analyzeReport('Pier poll\n\nThe council voted on Monday to close the old pier for a year.\n\nForty percent of people in the poll blamed the council for the state of the old pier.\n\nThe repairs will cost the town about two million dollars over the coming year.');
		const polls = choices(attributedOrNot(makePair(polled, b, compareReports(polled, b))));
		expect(polls.some((q) => keyed(q).startsWith('The reporter') && q.prompt.includes('in the poll'))).toBe(false);
		expect(own.some((q) => q.prompt.includes('The repairs will cost'))).toBe(true);
	});

	it('does not key as passed on what a document "suggests": the reading of it is the report’s own', () => {
		const qs = read(
			'Pier vote\n\nThe council voted on Monday to close the old pier for a year of repairs.\n\nThe Harbour Trust report suggests that the town still faces a long road to paying for the repairs to the pier.\n\nThe Harbour Trust report says that the town still faces a long road to paying for the repairs to the old ferry.',
		);
		expect(qs.some((q) => q.prompt.includes('report suggests'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('report says') && keyed(q).startsWith('Attributed'))).toBe(true);
	});

	it('asks nothing about speech in a relative clause hung on the reporter’s own ("…, who described the pier as …")', () => {
		const text =
			'Pier\n\nThe gloomy speech was a contrast to the welcome by her deputy Al Ng, who described the pier as the proud and beating heart of a town that has lived from the sea for three hundred years.';
		const qs = beside(new Marked(text).said({ speaker: 'Al Ng', cue: 'described', content: 'the pier as the proud and beating heart of a town that has lived from the sea for three hundred years' }));
		expect(qs.some((q) => q.prompt.includes('Al Ng'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('Cy Dunn said'))).toBe(true);
		// A main clause that reports speech itself keeps the sentence the source's.
		const denounced = read('Pier\n\nThe plan to close the pier was denounced by Mayor Di Fox, who said it was wrong to close the pier for a whole year and would ruin the summer season for the town.');
		expect(denounced.some((q) => q.prompt.includes('denounced by Mayor Di Fox') && keyed(q).startsWith('Attributed'))).toBe(true);
	});

	it('asks nothing about a sentence whose cue opens onto a colon: the words it hands on come after it', () => {
		const text = 'Pier\n\nMayor Di Fox told her audience at the old harbour, to loud and long applause:\n\n“We will rebuild the pier this year.”';
		const qs = beside(new Marked(text).said({ speaker: 'Di Fox', cue: 'told', content: 'her audience at the old harbour, to loud and long applause' }));
		expect(qs.some((q) => q.prompt.includes('loud and long applause'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('Cy Dunn said'))).toBe(true);
	});

	it('asks nothing about half of a quotation, whose marks do not pair up when it is shown alone', () => {
		const text = "Pier\n\nThe pier is old. It will have to close for repairs in May,'' said Bo Kim, a councillor.";
		const qs = beside(new Marked(text).said({ speaker: 'Bo Kim', cue: 'said', content: "It will have to close for repairs in May,''" }));
		expect(qs.some((q) => q.prompt.includes('Bo Kim'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('Cy Dunn said'))).toBe(true);
	});

	it('does not offer as the reporter’s own a figure it hands to one estimate among several ("One estimate puts …")', () => {
		const text = 'Pier\n\nThe council voted on Monday to close the old pier.\n\nOne estimate puts the cost of the repairs to the old pier at two million dollars over the coming year.';
		const qs = beside(new Marked(text));
		expect(qs.some((q) => q.prompt.includes('One estimate') && keyed(q).startsWith('The reporter'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('The council voted') && keyed(q).startsWith('The reporter'))).toBe(true);
	});

	it('asks nothing about words two speakers share ("Lopez and Hartley argued …"): the explanation could name one only', () => {
		const qs = read(
			'Senate race\n\nTwo candidates, Mayor Ann Lopez and businessman Tom Hartley, spoke at the forum in Denver on Tuesday night.\n\n"Why do we need a federal agency at all?" Lopez said.\n\nLopez and Hartley, a Denver Republican, argued that the agency is not needed to oversee how the schools follow the law.',
		);
		expect(qs.some((q) => q.prompt.includes('Lopez and Hartley'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('Cy Dunn said'))).toBe(true);
	});

	it('does not call the tag sentence between the parts of a split quotation attributed ("…?” Ortiz went on, as if …. “…”")', () => {
		const a = analyzeReport(
			'Pool deal\n\n“Can the pool really open again in May?” Dana Ortiz went on, as if she had not heard the question from the board. “We found the money for it.”\n\n' +
				'Treasurer Bo Kim said the budget was short by a wide margin.',
		);
		const b = analyzeReport('Pool deal\n\nMayor Di Fox said the pool would need a new roof before it could open again.');
		const prompts = attributedOrNot(makePair(a, b, compareReports(a, b))).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('as if she had not heard'))).toBe(false);
	});
});

