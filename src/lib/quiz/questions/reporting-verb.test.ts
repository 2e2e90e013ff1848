import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { VERB_SIGNAL } from '../wording';
import { reportingVerb } from './reporting-verb';

const keyed = (q: ChoiceQuestion) => q.options[q.answer[0] ?? -1];
const choices = (qs: ReturnType<typeof reportingVerb>) => qs.filter((q): q is ChoiceQuestion => q.format !== 'tap');

describe('reporting-verb', () => {
	it('explains "insisted" as the writer keeping a distance, and never offers "angry" as a wrong answer for it', () => {
		const { a, b, comparison } = markedLibrary();
		const q = choices(reportingVerb(makePair(a.analysis, b.analysis, comparison))).find((x) => x.prompt.includes('choice of “insisted”'));
		expect(q && keyed(q)).toBe(VERB_SIGNAL.distancing);
		expect(q?.options).not.toContain(VERB_SIGNAL.emotive);
	});

	it('asks nothing about a plain "said"', () => {
		const { a, b, comparison } = markedLibrary();
		expect(reportingVerb(makePair(a.analysis, b.analysis, comparison)).some((q) => q.prompt.includes('choice of “said”'))).toBe(false);
	});

	it('treats a verb inside a quotation as the quoted speaker’s choice, not the writer’s', () => {
		const text = 'Letter\n\nDiplomat Dan Roe quit on Monday. He wrote: "Ministers claim the export rules are the strictest anywhere, but this is simply the opposite."';
		const a = new Marked(text)
			.quote('Ministers claim the export rules are the strictest anywhere, but this is simply the opposite.')
			.said({ speaker: 'Dan Roe', cue: 'wrote:', content: 'Ministers claim the export rules are the strictest anywhere, but this is simply the opposite.', direct: true, resolvedBy: 'pronoun' })
			.said({ speaker: 'Ministers', kind: 'group', cue: 'claim', content: 'the export rules are the strictest anywhere', colour: 'distancing' });
		const b = new Marked('Letter\n\nDan Roe resigned.');
		const [q] = choices(reportingVerb(makePair(a.analysis, b.analysis, emptyComparison())));
		expect(q?.prompt).toContain('In Dan Roe’s words, as report A passes them on, what does the choice of “claim” signal');
		expect(q?.explanation).toContain('Dan Roe’s word');
	});

	it('asks nothing about a verb in a printed list of points, which may be someone else’s words ("-His rival admits …")', () => {
		const text = 'Pier\n\nAides to the mayor circulated these points on Monday:\n\n-Her rival admits that he wrote the leaflet himself.';
		const a = new Marked(text).said({ speaker: 'Her rival', kind: 'person', cue: 'admits', content: 'he wrote the leaflet himself', colour: 'endorsing', resolvedBy: 'role' });
		const b = new Marked('Pier\n\nResident Cy Dunn said the pier should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pier should stay open' });
		expect(reportingVerb(makePair(a.analysis, b.analysis, emptyComparison())).some((q) => q.prompt.includes('“admits”'))).toBe(false);
	});

	it('keys an emotive verb that is not angry ("vowed", "lamented") with a signal that fits it, not anger alone', () => {
		const text = 'Pier\n\nThe council voted on Monday. Mayor Jo Hart vowed that the pier would reopen by summer.';
		const a = new Marked(text).said({ speaker: 'Jo Hart', cue: 'vowed', content: 'the pier would reopen by summer', colour: 'emotive' });
		const b = new Marked('Pier\n\nResident Cy Dunn said the pier should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pier should stay open' });
		const q = choices(reportingVerb(makePair(a.analysis, b.analysis, emptyComparison()))).find((x) => x.prompt.includes('choice of “vowed”'));
		expect(q && keyed(q)).toBe(VERB_SIGNAL.emotive);
		expect(VERB_SIGNAL.emotive).not.toMatch(/\bangry or\b/);
		expect(VERB_SIGNAL.emotive).toMatch(/proud|upset|emotional/);
	});

	it('asks nothing about a verb said by "I", "we" or "you" ("you know", "we insist"): someone talking, not the writer narrating', () => {
		const text = 'Pier\n\nThe mayor spoke for an hour. If the pier shuts, you know, the town loses its summer trade. We insist the pier must reopen by summer.';
		const a = new Marked(text)
			.said({ speaker: 'Mayor', kind: 'person', cue: 'know', content: 'the town loses its summer trade', colour: 'endorsing' })
			.said({ speaker: 'Mayor', kind: 'person', cue: 'insist', content: 'the pier must reopen by summer', colour: 'distancing' });
		const b = new Marked('Pier\n\nResident Cy Dunn said the pier should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pier should stay open' });
		const prompts = reportingVerb(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('“know”') || p.includes('“insist”'))).toBe(false);
		// The same verb with a third person before it is the writer's choice, and is asked about.
		const c = new Marked('Pier\n\nThe mayor spoke for an hour. The mayor insists the pier must reopen by summer.').said({
			speaker: 'Mayor',
			kind: 'person',
			cue: 'insists',
			content: 'the pier must reopen by summer',
			colour: 'distancing',
		});
		expect(reportingVerb(makePair(c.analysis, b.analysis, emptyComparison())).some((q) => q.prompt.includes('“insists”'))).toBe(true);
	});

	it('asks nothing about "showing" done by a person ("…, showing that she would not back down"), only about what a poll or a record shows', () => {
		const text = 'Pier\n\nThe mayor closed the pier on Monday, showing that she would not back down. A council poll shows that most residents want the pier open.';
		const a = new Marked(text)
			.said({ speaker: 'Jo Hart', cue: 'showing', content: 'she would not back down', colour: 'endorsing', resolvedBy: 'role' })
			.said({ speaker: 'A council poll', kind: 'document', cue: 'shows', content: 'most residents want the pier open', colour: 'endorsing', resolvedBy: 'document' });
		const b = new Marked('Pier\n\nResident Cy Dunn said the pier should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pier should stay open' });
		const prompts = reportingVerb(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('“showing”'))).toBe(false);
		expect(prompts.some((p) => p.includes('“shows”'))).toBe(true);
	});
	it('asks nothing about a verb of knowing ("…, knowing it would look weak"): it tells what someone knew, not what they said', () => {
		const text = 'Pier\n\nCouncil members avoided the subject, knowing it would look weak. The mayor admitted that the pier had been neglected.';
		const a = new Marked(text)
			.said({ speaker: 'Council members', kind: 'group', cue: 'knowing', content: 'it would look weak', colour: 'endorsing', resolvedBy: 'role' })
			.said({ speaker: 'Jo Hart', cue: 'admitted', content: 'the pier had been neglected', colour: 'endorsing', resolvedBy: 'role' });
		const b = new Marked('Pier\n\nResident Cy Dunn said the pier should stay open.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the pier should stay open' });
		const prompts = reportingVerb(makePair(a.analysis, b.analysis, emptyComparison())).map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('“knowing”'))).toBe(false);
		expect(prompts.some((p) => p.includes('“admitted”'))).toBe(true);
	});
});
