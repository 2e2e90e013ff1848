import { describe, expect, it } from 'vitest';
import { analyzeReport, compareReports } from '../../analysis/index';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { SOURCE_KIND_LABEL } from '../wording';
import { sourceKind } from './source-kind';

describe('source-kind', () => {
	it('asks once per named source of the pair, never offering a kind that could also be true', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = sourceKind(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		expect(qs.filter((q) => q.prompt.includes('Janet Ortiz'))).toHaveLength(1);
		const union = qs.find((q) => q.prompt.includes('union'));
		expect(union?.options[union.answer[0] ?? -1]).toBe(SOURCE_KIND_LABEL.organization);
		expect(union?.options).not.toContain(SOURCE_KIND_LABEL.group);
	});

	it('quotes a name as it stands, not a possessive, and asks nothing about an ad or a video', () => {
		const a = new Marked(
			'Ad row\n\nMayor Jo Hart’s plan cut the pool budget. The ad says the mayor cut the pool budget. Mayor Jo Hart said the cut was small. Treasurer Al Ng said the cut was large.',
		)
			.said({ speaker: 'The ad', kind: 'document', cue: 'says', content: 'the mayor cut the pool budget' })
			.said({ speaker: 'Jo Hart', cue: 'said', content: 'the cut was small' })
			.said({ speaker: 'Al Ng', cue: 'said', cueNth: 1, content: 'the cut was large' });
		// The engine lists every mention: the possessive first, then the name standing on its own.
		a.analysis.sources.find((s) => s.name === 'Jo Hart')?.mentions.push(a.span('Jo Hart', 1));
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const qs = sourceKind(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs.some((q) => q.prompt.includes('“Jo Hart”') || q.prompt.includes('“Mayor Jo Hart”'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('Hart’s'))).toBe(false);
		expect(qs.some((q) => /\bad\b/i.test(q.prompt))).toBe(false);
	});

	it('asks nothing about a one-word name filed as a body that nothing shows is one (a surname given alone), but asks about an outlet that reported', () => {
		const a = new Marked('Talks\n\nDunleavy said the talks would resume. Gazetta reported that the talks had stalled. Mayor Jo Hart said the cut was small.')
			.said({ speaker: 'Dunleavy', kind: 'organization', cue: 'said', content: 'the talks would resume' })
			.said({ speaker: 'Gazetta', kind: 'organization', cue: 'reported', content: 'the talks had stalled' })
			.said({ speaker: 'Jo Hart', cue: 'said', cueNth: 1, content: 'the cut was small' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const qs = sourceKind(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs.some((q) => q.prompt.includes('“Dunleavy”'))).toBe(false);
		expect(qs.some((q) => q.prompt.includes('“Gazetta”'))).toBe(true);
	});

	it('takes "the Dunleavy campaign" for no sign of a body, but "the Gazetta said" or "Dunleavy, the largest retailer" for one', () => {
		const ask = (text: string) => {
			const a = analyzeReport(text);
			const b = analyzeReport('Pool row\n\nResident Cy Dunn said the pool should stay open.');
			return sourceKind(makePair(a, b, compareReports(a, b))).map((q) => q.prompt);
		};
		expect(ask('Talks\n\nThe Dunleavy campaign grew this week. On Monday, Dunleavy said the talks would resume.').some((p) => p.includes('Dunleavy'))).toBe(false);
		expect(ask('Talks\n\nThe Gazetta said on Monday that the talks had stalled. On Tuesday, Gazetta said the talks would resume.').some((p) => p.includes('Gazetta'))).toBe(true);
		expect(ask('Talks\n\nThe Dunleavy case grew. On Monday, Dunleavy, the country’s largest retailer, said the talks would resume.').some((p) => p.includes('Dunleavy'))).toBe(true);
	});

	it('asks nothing about a poll, which is no letter, email or report and no other kind either', () => {
		const a = new Marked('Pool row\n\nThe Courier poll found most residents want the pool kept. Mayor Jo Hart said the cut was small. Treasurer Al Ng said the cut was large.')
			.said({ speaker: 'The Courier poll', kind: 'document', cue: 'found', content: 'most residents want the pool kept' })
			.said({ speaker: 'Jo Hart', cue: 'said', content: 'the cut was small' })
			.said({ speaker: 'Al Ng', cue: 'said', cueNth: 1, content: 'the cut was large' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const qs = sourceKind(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs.some((q) => q.prompt.includes('Jo Hart'))).toBe(true);
		expect(qs.some((q) => /\bpoll\b/i.test(q.prompt))).toBe(false);
	});

	it('names a person by the whole name the report introduced them with, where the engine lists only "Mr. Hart said"', () => {
		const a = analyzeReport('Pool row\n\nOn Monday the new pool was opened by Representative Jo Hart of Ohio, who cut the ribbon. “It stays open all year,” Mr. Hart said.');
		const b = analyzeReport('Pool row\n\nResident Cy Dunn said the pool should stay open.');
		const qs = sourceKind(makePair(a, b, compareReports(a, b)));
		expect(qs.some((q) => q.prompt.includes('“Jo Hart”'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('“Hart”'))).toBe(false);
	});

	it('names a person by the whole name, not by the capital word a headline sets before the surname', () => {
		const a = analyzeReport('Council Told to Ask Hart to Reopen Pool\n\nThe council voted on Monday to keep the pool shut, and Mayor Jo Hart of Ohio said the vote was a mistake. “It should stay open all year,” Mr. Hart said.');
		const b = analyzeReport('Pool stays shut\n\nResident Cy Dunn said the pool should stay open.');
		const qs = sourceKind(makePair(a, b, compareReports(a, b)));
		expect(qs.some((q) => q.prompt.includes('“Jo Hart”'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('“Hart”'))).toBe(false);
	});

	it('names a person from the body, not the headline’s shorthand, and by the whole name a possessive gives ("Jo Hart’s plan")', () => {
		const a = analyzeReport('Council Clashes With Hart\n\nMayor Jo Hart’s plan to keep the pool open was voted down on Monday. “It stays open,” Ms. Hart said.');
		const b = analyzeReport('Pool row\n\nResident Cy Dunn said the pool should stay open.');
		const q = sourceKind(makePair(a, b, compareReports(a, b))).find((x) => x.prompt.includes('Hart'));
		expect(q?.prompt).toContain('“Jo Hart”');
		expect(q?.evidence[0]?.start ?? 0).toBeGreaterThan(a.text.indexOf('\n'));
	});

	it('asks nothing about a "group", which may be an organization or just some people who came together', () => {
		const a = analyzeReport('Pier row\n\nResidents and a councillor met the mayor on Monday. The harbour group said the pier must stay open. Mayor Jo Hart said the pier was unsafe.');
		const b = analyzeReport('Pier\n\nResident Cy Dunn said the pool should stay open.');
		const qs = sourceKind(makePair(a, b, compareReports(a, b)));
		expect(qs.some((q) => q.prompt.includes('Jo Hart'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('group'))).toBe(false);
	});

	it('does not name a person by "the Hart administration", where the name stands for something of theirs', () => {
		const a = analyzeReport('Pool row\n\nA post in the Hart administration was offered to the treasurer. Later, President Hart insisted the offer was proper.');
		const b = analyzeReport('Pool row\n\nResident Cy Dunn said the pool should stay open.');
		const qs = sourceKind(makePair(a, b, compareReports(a, b)));
		expect(qs.some((q) => q.prompt.includes('“Hart”'))).toBe(true);
		expect(qs.some((q) => q.prompt.includes('the Hart'))).toBe(false);
	});

	it('asks nothing about a tweet, a website or "the results" filed as documents, nor about a poll filed as a body', () => {
		const a = new Marked(
			'Pool row\n\nOne tweet said the pool must stay open. The website says the pool is shut. The results show most residents want it kept. The Harbor City Poll finds most residents want it kept. Mayor Jo Hart said the cut was small.',
		)
			.said({ speaker: 'One tweet', kind: 'document', cue: 'said', content: 'the pool must stay open' })
			.said({ speaker: 'The website', kind: 'document', cue: 'says', content: 'the pool is shut' })
			.said({ speaker: 'The results', kind: 'document', cue: 'show', content: 'most residents want it kept' })
			.said({ speaker: 'Harbor City Poll', kind: 'organization', cue: 'finds', content: 'most residents want it kept', contentNth: 1 })
			.said({ speaker: 'Jo Hart', cue: 'said', cueNth: 1, content: 'the cut was small' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const prompts = sourceKind(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('Jo Hart'))).toBe(true);
		expect(prompts.some((p) => /tweet|website|results|Poll/.test(p))).toBe(false);
	});

	it('asks once about a document named in full and then by its noun alone (“the Harbor Trust letter”, “the letter”)', () => {
		const a = new Marked('Pool row\n\nThe Harbor Trust letter says the pool must stay open. The letter adds that the cut was rushed. Mayor Jo Hart said the cut was small.')
			.said({ speaker: 'The Harbor Trust letter', kind: 'document', cue: 'says', content: 'the pool must stay open' })
			.said({ speaker: 'The letter', kind: 'document', cue: 'adds', content: 'the cut was rushed' })
			.said({ speaker: 'Jo Hart', cue: 'said', content: 'the cut was small' });
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const prompts = sourceKind(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.filter((p) => /letter/i.test(p))).toEqual(['Report A relies on “The Harbor Trust letter” as a source. What kind of source is that?']);
	});

	it('asks nothing about a one-word body that the report also writes as the end of a longer name ("Rep. Amy Jordan", "GAZETTE Ohio")', () => {
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const ask = (a: Marked) => sourceKind(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		const surname = new Marked('Budget vote\n\nThe vote was close.\nRep. Amy Jordan (D-N.Y.) said the budget was fair. “We won,” Jordan said.')
			.said({ speaker: 'Jordan', kind: 'government', cue: 'said', content: 'the budget was fair' })
			.said({ speaker: 'Jordan', kind: 'government', cue: 'said', cueNth: 1, content: 'We won', direct: true });
		surname.analysis.sources[0]?.mentions.push(surname.span('Jordan', 1));
		expect(ask(surname).some((p) => p.includes('Jordan'))).toBe(false);
		const outlet = new Marked('Budget vote\n\nThe vote was close.\nGAZETTE Ohio reported that the budget was fair. Later, Ohio said the budget would pass.')
			.said({ speaker: 'Ohio', kind: 'government', cue: 'reported', content: 'the budget was fair' })
			.said({ speaker: 'Ohio', kind: 'government', cue: 'said', content: 'the budget would pass' });
		outlet.analysis.sources[0]?.mentions.push(outlet.span('Ohio', 1));
		expect(ask(outlet).some((p) => p.includes('Ohio'))).toBe(false);
		// The same body, written only on its own, is asked about.
		const alone = new Marked('Budget vote\n\nThe vote was close.\nOn Monday, Jordan said the budget was fair. Later, Jordan said the budget would pass.')
			.said({ speaker: 'Jordan', kind: 'government', cue: 'said', content: 'the budget was fair' })
			.said({ speaker: 'Jordan', kind: 'government', cue: 'said', cueNth: 1, content: 'the budget would pass' });
		alone.analysis.sources[0]?.mentions.push(alone.span('Jordan', 1));
		expect(ask(alone).some((p) => p.includes('“Jordan”'))).toBe(true);
	});

	it('shows a body where it speaks, not where its name describes a noun or names a place', () => {
		const a = new Marked('Pool row\n\nThe mayor praised her Harbor Board colleagues on Monday and then drove to the Harbor Board. The Harbor Board said on Tuesday that the pool would close.').said({
			speaker: 'Harbor Board',
			kind: 'organization',
			cue: 'said',
			content: 'the pool would close',
		});
		a.analysis.sources[0]?.mentions.push(a.span('Harbor Board', 1), a.span('Harbor Board', 2));
		const b = new Marked('Pool row\n\nResident Cy Dunn said the pool should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pool should stay open' });
		const q = sourceKind(makePair(a.analysis, b.analysis, emptyComparison())).find((x) => x.prompt.includes('Harbor Board'));
		expect(q?.evidence[0]?.start).toBe(a.text.indexOf('The Harbor Board said'));
	});

	it('asks nothing about a family by its surname ("the Harts") when the report names its members', () => {
		const a = new Marked('Pool row\n\nMayor Jo Hart said the cut was small. The Harts said they would fight the closure. Treasurer Al Ng said the cut was large.')
			.said({ speaker: 'Jo Hart', cue: 'said', content: 'the cut was small' })
			.said({ speaker: 'The Harts', kind: 'group', cue: 'said', cueNth: 1, content: 'they would fight the closure' })
			.said({ speaker: 'Al Ng', cue: 'said', cueNth: 2, content: 'the cut was large' });
		const b = new Marked('Pool row\n\nHarbor City officials said the pool should stay open.').said({ speaker: 'Harbor City officials', kind: 'group', cue: 'said', content: 'the pool should stay open' });
		const prompts = sourceKind(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('Harts'))).toBe(false);
		expect(prompts.some((p) => p.includes('Harbor City officials'))).toBe(true);
	});
});
