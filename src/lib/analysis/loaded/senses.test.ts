import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze';
import { tokenize } from '../tokens';
import { plainHere } from './senses';

// The loaded words of a one-paragraph report, as written.
const loaded = (body: string) => {
	const text = `Report\n\n${body}`;
	return analyzeReport(text).loaded.map((l) => text.slice(l.start, l.end));
};

/** Whether the sense check finds `word` plain in `sentence`. */
const plainIn = (sentence: string, word: string): boolean => {
	const tokens = tokenize(sentence, { start: 0, end: sentence.length });
	const from = tokens.findIndex((t) => t.lower === word);
	return plainHere(word, 'label', { tokens, from, to: from + 1 });
};

describe('a listed word judged by its job in the sentence', () => {
	// "historic" and "regime" are on the mined plain-in-news list whole (find-loaded.test.ts), so their checks are
	// read here directly: they decide which uses the script that mines that list counts.
	it('reads "historic" before a building as old, and before an event as praise', () => {
		expect(plainIn('The historic building will close in June.', 'historic')).toBe(true);
		expect(plainIn('The two leaders signed a historic deal on Friday.', 'historic')).toBe(false);
	});

	it('reads "regime" after a domain of rules as a set of rules, and after a ruler as a label', () => {
		expect(plainIn('The sanctions regime was tightened in March.', 'regime')).toBe(true);
		expect(plainIn('Talk of regime change grew louder.', 'regime')).toBe(true);
		expect(plainIn('The Assad regime bombed the town.', 'regime')).toBe(false);
	});

	it('reads "so-called" before a capitalised or quoted term as naming it, and before a common noun as doubt', () => {
		expect(loaded('Asylum claims fall under the so-called Dublin Regulation.')).toEqual([]);
		expect(loaded('The so-called experts changed their advice twice.')).toEqual(['so-called']);
	});

	it('reads "so-called" set off after a dash, comma or bracket as naming the term it introduces', () => {
		expect(loaded('Police seized pistols made at home — so-called ghost guns — in the raid.')).toEqual([]);
		expect(loaded('The plan targets home-made pistols, so-called ghost guns, which carry no serial number.')).toEqual([]);
		expect(loaded('Police seized the so-called ghost guns in the raid.')).toEqual(['so-called']);
	});

	it('reads "absurd as it may sound" as granting how a claim sounds, and "as absurd as it sounds" as a verdict', () => {
		expect(loaded('“Absurd as it may sound, the bridge is safer than the road,” the engineer said.')).toEqual([]);
		expect(loaded('Horrible as this might sound to drivers, the toll will rise.')).toEqual([]);
		expect(loaded('“The plan is as absurd as it sounds,” the engineer said.')).toEqual(['absurd']);
		expect(loaded('Fans watched aghast as this team lost again.')).toEqual(['aghast']);
	});

	it('leaves a speaker’s own feeling alone ("I was shocked")', () => {
		expect(loaded('“I was shocked when I heard,” said Ana Ruiz, a nurse.')).toEqual([]);
		expect(loaded('The shocked residents gathered outside.')).toEqual(['shocked']);
	});

	it('leaves a speaker’s own intensified feeling alone ("I deeply regret"), and keeps their judgement of something else ("I think it is shocking")', () => {
		expect(loaded('“I deeply and profoundly regret my words,” the senator said.')).toEqual([]);
		expect(loaded('“I am extremely disappointed,” the coach said.')).toEqual([]);
		expect(loaded('“I think it is shocking,” the senator said.')).toEqual(['shocking']);
		expect(loaded('“I think the plan is absolutely ridiculous,” the senator said.')).toEqual(['absolutely ridiculous']);
	});

	it('leaves a size word backed by a figure alone', () => {
		expect(loaded('The bridge was hugely expensive, costing £4bn over ten years.')).toEqual([]);
		expect(loaded('The bridge was hugely expensive and nobody used it.')).toEqual(['hugely expensive']);
	});

	it('reads "indictment" in a court case as the charge, and "an indictment of" a thing as a verdict', () => {
		expect(loaded('The indictment was unsealed in federal court on Monday.')).toEqual([]);
		expect(loaded('The inspectors called the closures an indictment of the council’s planning.')).toEqual(['indictment']);
	});

	it('reads "outright" before a term of elections as plain, and before a lie as strengthening it', () => {
		expect(loaded('The party won an outright majority.')).toEqual([]);
		expect(loaded('The claim was an outright lie.')).toEqual(['outright lie']);
		expect(loaded('The board outright rejected the bid, and the city outright banned the sale.')).toEqual([]);
	});

	it('reads a scandal or disaster the story is about as its subject, and "a scandal", "a total disaster" as verdicts', () => {
		expect(loaded('The expenses scandal led to three resignations.')).toEqual([]);
		expect(loaded('The death toll from the disaster rose to 40.')).toEqual([]);
		expect(loaded('Campaigners called the waiting lists a scandal.')).toEqual(['scandal']);
		expect(loaded('The launch was a total disaster for the firm.')).toEqual(['disaster']);
		expect(loaded('The state will receive a disaster relief package, and the county was declared a disaster area.')).toEqual([]);
	});

	it('reads "radical" as a label only for people or a political side', () => {
		expect(loaded('The plan is a radical change to the tax system.')).toEqual([]);
		expect(loaded('Radical activists blocked the road.')).toEqual(['Radical']);
	});

	it('reads a term of art as plain: an incendiary device, punitive damages, a deeply held belief', () => {
		expect(loaded('Police found an incendiary device near the gate.')).toEqual([]);
		expect(loaded('The jury awarded punitive damages of $2m.')).toEqual([]);
		expect(loaded('Her faith is a deeply held belief.')).toEqual([]);
		expect(loaded('He gave an incendiary speech to the crowd.')).toEqual(['incendiary']);
		expect(loaded('The new warhead has ten times the explosive power of the old one.')).toEqual([]);
		expect(loaded('The leaked memo made an explosive claim.')).toEqual(['explosive']);
	});

	it('reads "plague" of a disease and "rigged" with explosives as plain, and as figures of politics otherwise', () => {
		expect(loaded('Health officials confirmed a case of bubonic plague in the county.')).toEqual([]);
		expect(loaded('A plague of lawsuits has slowed the council’s housing plans.')).toEqual(['plague']);
		expect(loaded('The car had been rigged with explosives, police said.')).toEqual([]);
		expect(loaded('Protesters outside the hall called the vote rigged.')).toEqual(['rigged']);
	});

	it('reads "slammed into" and "slammed shut" as a collision, and "slammed" a person or plan as criticism', () => {
		expect(loaded('A van slammed into a wall on Friday, and the gate slammed shut.')).toEqual([]);
		expect(loaded('The mayor slammed the plan on Friday.')).toEqual(['slammed']);
	});

	it('reads "police brutality" as the name of an issue, and "bragging rights" as an idiom for a win’s prestige', () => {
		expect(loaded('Marchers protested police brutality, and the winning school earned bragging rights.')).toEqual([]);
		expect(loaded('Witnesses described the brutality of the raid, and the mayor kept bragging about the deal.')).toEqual(['brutality', 'bragging']);
	});

	it('reads "controversial" before what it labels as a label, and after "is" as reporting a dispute', () => {
		expect(loaded('The controversial sheriff will speak at the rally.')).toEqual(['controversial']);
		expect(loaded('The tax plan remains controversial among economists.')).toEqual([]);
	});

	it('reads "Dear" before a name as the salutation of a letter, and "dear" before a common noun as feeling', () => {
		expect(loaded('“Dear Members, please join the call,” the chairman wrote.')).toEqual([]);
		expect(loaded('She lost a dear friend in the crash.')).toEqual(['dear']);
	});
});
