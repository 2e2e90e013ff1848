import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { compareReports } from './compare-reports';

function variants(a: string, b: string): [string, string][] {
	const ra = analyzeReport(a);
	const rb = analyzeReport(b);
	return compareReports(ra, rb).quoteVariants.map((q) => [a.slice(q.byReport[0].start, q.byReport[0].end), b.slice(q.byReport[1].start, q.byReport[1].end)]);
}

describe('findQuoteVariants', () => {
	it('finds a quoted phrase with a word left out and one added', () => {
		const a = 'Union attacks council\n\nThe union called the council a “reckless political wrecking crew” in a statement on Monday.';
		const b = 'Council under fire\n\nThe union branded the council a "reckless wrecking crew organization" on Monday.';
		expect(variants(a, b)).toEqual([['reckless political wrecking crew', 'reckless wrecking crew organization']]);
	});

	it('finds a cut marked by an ellipsis where the other report gives the words', () => {
		const a = 'Letter to mayor\n\nThe letter says, “We would be failing our duty to the town and its children if we did not object to this plan.”';
		const b = 'Mayor rebuked\n\nThe letter says "we would be failing our duty … if we did not object to this plan."';
		expect(variants(a, b)).toHaveLength(1);
		expect(variants(a, b)[0]?.[1]).toContain('…');
	});

	it('finds one quotation made of two the other report gives apart', () => {
		const a = [
			'Minister answers critics',
			'',
			'The minister said: “There is no question that the ferry must keep running.” She later added: “For the sake of the islands, our ferries must keep their winter timetable.”',
		].join('\n');
		const b = 'Ferry row\n\nThe minister said: "There is no question that the ferry must keep running. ... And, for the sake of the islands, our ferries must keep their winter timetable."';
		expect(variants(a, b).map(([, y]) => y)).toEqual([expect.stringContaining('... And, for the sake')]);
	});

	it('finds a few words of a remark quoted inside the report’s own sentence where the other quotes the whole', () => {
		const a = 'Port strike\n\nHarbour master Joan Pike said, “The new shift rota is unsafe and unworkable.” She spoke on Monday.';
		const b = 'Dock dispute\n\nHarbour master Joan Pike said the rota was “unsafe and unworkable,” and crews were tired.';
		expect(variants(a, b)).toEqual([['The new shift rota is unsafe and unworkable', 'unsafe and unworkable']]);
	});

	it('finds a quotation cut from the end of a sentence the other report quotes whole', () => {
		const a = 'Council vote\n\n“We will win this argument,” Mayor Tom Reyes said on Tuesday.';
		const b = 'Council vote\n\nMayor Tom Reyes said: “The numbers are on our side, and that is why we will win this argument with the council.”';
		expect(variants(a, b)).toEqual([['We will win this argument', 'The numbers are on our side, and that is why we will win this argument with the council']]);
	});

	it('does not take a stock phrase, a quotation of whole sentences, or another speaker’s words for part of a remark', () => {
		const stock = ['Senator Ann Brooks said: “We owe this bill to the American people and to nobody else.”', 'Senator Ann Brooks said the vote was about “the American people.”'];
		const sentences = ['“The budget leaves the libraries without staff,” Councillor Mia Lund said.', 'Councillor Mia Lund said: "We warned them for months. The budget leaves the libraries without staff."'];
		const other = ['Harbour master Joan Pike said, “The new shift rota is unsafe and unworkable.”', 'Union steward Carl Moss said the rota was “unsafe and unworkable,” and crews were tired.'];
		for (const [a, b] of [stock, sentences, other]) expect(variants(`News\n\n${a}`, `News\n\n${b}`)).toEqual([]);
	});

	it('does not take a quotation its cue splits, within a sentence or into two, for part of the remark', () => {
		const b = 'Bus cuts\n\nCouncillor Mia Lund said: "If the council cuts the bus routes, the villages will be stranded."';
		expect(variants('Bus cuts\n\n“If the council cuts the bus routes,” Councillor Mia Lund said, “the villages will be stranded.”', b)).toEqual([]);
		expect(variants('Bus cuts\n\n“If the council cuts the bus routes,” Councillor Mia Lund said in a statement. “The villages will be stranded.”', b)).toEqual([]);
	});

	it('does not call reported speech in other words a variant of a quote', () => {
		const a = 'Hack claim\n\nMr. Dunn said he had hired an internet security company and a lawyer to look into the leak.';
		const b = 'Hack claim\n\nDunn said he had asked an internet security firm and a law firm to look into the leak.';
		expect(variants(a, b)).toEqual([]);
	});

	it('does not call a shorter quotation of the same words a variant', () => {
		const a = 'Campaign ad\n\nThe advert attacks what it calls “the mayor’s war on drivers” in the city.';
		const b = 'Campaign ad\n\nThe advert says the city faces a "war on drivers" from the mayor.';
		expect(variants(a, b)).toEqual([]);
	});

	it('does not take the words that tell who speaks, set between two quotations, for a change of wording', () => {
		const a = 'Mayor on floods\n\n“I trust the engineers,” Mayor Dunn said, “but the engineers need money to finish the flood wall!”';
		const b = 'Flood wall\n\n"I trust the engineers, but the engineers need money to finish the flood wall," Mayor Dunn said on Friday.';
		expect(variants(a, b)).toEqual([]);
	});

	it('does not take another form of one word, or a filler left out, for a change of wording', () => {
		const a = 'Budget fight\n\nThe union said the plan “would end free school meals as we know them” for thousands of families.';
		const b = 'Budget fight\n\nUnion leaders say the plan means “ending free school meals as we know them.”';
		expect(variants(a, b)).toEqual([]);
		const c = 'Rally\n\n“It is about a phony promise. Oh, not a promise made to voters, a different promise,” the senator said.';
		const d = 'Rally\n\nThe senator said it was "about a phony promise. Not a promise made to voters. A different promise."';
		expect(variants(c, d)).toEqual([]);
	});

	it('does not call a retelling a changed quotation when the words it adds stand outside the quotation marks', () => {
		const a = 'Mayor answers\n\nMayor Jo Hart says rival Tom Ng accepted about $50,000 in indirect donations from harbour firms and there is nothing wrong with that.';
		const b = 'Mayor hits back\n\nMayor Jo Hart portrayed Tom Ng as two-faced because he had accepted "about $50,000" from harbour firms, she said.';
		expect(variants(a, b)).toEqual([]);
	});

	it('compares a quotation its cue splits across sentences part by part, never with the narration between', () => {
		const a = 'Pool deal\n\n“The pool will open in May for every family,” said Dana Ortiz, who chairs the parks board. “We found the money at last, and we will spend it well.”';
		const b = 'Pool to open\n\nDana Ortiz said “the pool will open in May for every family … we will spend it well.”';
		const found = variants(a, b);
		expect(found.some(([x]) => x.includes('parks board'))).toBe(false);
	});

	it('finds the last words of one remark changed where both quotations end', () => {
		const a = 'Flood warning\n\n“Every week that passes, the river creeps higher and higher toward the levee wall,” said Mayor Ruth Okafor.';
		const b = 'River rising\n\n"Every week that passes, the river creeps higher and higher toward a disaster," Okafor said on Monday.';
		expect(variants(a, b)).toEqual([['the levee wall', 'a disaster']]);
	});

	it('finds where two quotations of one remark part for good, up to the first word that carries meaning', () => {
		const a = 'Rentals rule\n\n“Towns are free to set a limit on rentals,” the housing minister, Clara Voss, said.';
		const b = 'Holiday lets\n\n"Towns are free to set rules as they see fit," Voss said.';
		expect(variants(a, b)).toEqual([['to set a limit', 'to set rules']]);
	});

	it('does not call a quotation that stops within a few words, while the other runs on, a changed one', () => {
		const a = 'Flood warning\n\n“Every week that passes, the river creeps higher and higher toward the levee wall,” said Mayor Ruth Okafor.';
		const b = 'River rising\n\n"Every week that passes, the river creeps higher and higher toward the levee, and nobody in the capital is listening to us," Okafor said.';
		expect(variants(a, b)).toEqual([]);
	});

	it('does not part two remarks on a phrase the speaker says twice', () => {
		const a = 'School saved\n\n“We are determined to keep the village school open for good and I thank every parent who wrote to us,” Okafor said.';
		const b = 'School row\n\n"We are determined to keep the village school open for good," Okafor said. "If you are determined to keep the village school open for good, you find the money for the roof."';
		expect(variants(a, b)).toEqual([]);
	});

	it('does not take a sentence ended, or a quotation closed, where the two part for a change of wording', () => {
		const a = 'Valley plan\n\n“We will protect the farms of the river valley. Nobody should doubt that for a minute,” Okafor said.';
		const b = 'Valley plan\n\n"We will protect the farms of the river valley and the villages that depend on them," Okafor said.';
		expect(variants(a, b)).toEqual([]);
		const c = 'Valley plan\n\n“We will protect the farms of the river valley,” Okafor said, “because they feed the town.”';
		expect(variants(c, b)).toEqual([]);
	});

	it('needs a long run in common, three words of it carrying meaning, not a name, before two quotations that part for good', () => {
		const a = 'Bridge vote\n\n“Members in the House of Commons have wasted a year on this bridge and the ferry,” Okafor said.';
		const b = 'Bridge vote\n\n"Ask anyone in the House of Commons what the bridge will cost the town," Okafor said.';
		expect(variants(a, b)).toEqual([]);
	});

	it('finds a word of degree added inside a quotation, shown with the word before it on both sides', () => {
		const a = 'Flood lessons\n\n“We have learned something important from this flood,” Mayor Ruth Okafor said on Monday.';
		const b = 'After the flood\n\n"We have learned something very important from this flood," Okafor told reporters.';
		expect(variants(a, b)).toEqual([['something important', 'something very important']]);
	});
	it('does not take words added between two runs in common for a change of wording when one run is only small words ("for the … chess club")', () => {
		const a = 'Club row\n\n“We will stand up and say it plainly: there is no room for the cheats in the chess club any more,” the club president, Ann Reyes, said.';
		const b = 'Chess club scandal\n\n"We had to stand up and say it is time for the chess club to throw out anyone who cheats," Reyes said.';
		expect(variants(a, b)).toEqual([]);
	});
});
