import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from '../fixtures/hand-marked';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { missingVoice } from './missing-voice';

describe('missing-voice', () => {
	it('keys every voice heard only in that report, with voices heard in both or only in the other as wrong answers', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = missingVoice(makePair(a.analysis, b.analysis, comparison)).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const inB = qs.find((q) => q.prompt.includes('heard in report B but not in report A'));
		expect(inB?.format).toBe('multiple');
		expect(inB?.answer.map((i) => inB.options[i])).toEqual(['Sarah Bell']);
		const inA = qs.find((q) => q.prompt.includes('heard in report A but not in report B'));
		// "Council figures" is a document: it holds someone's words, so it is never offered as a voice.
		expect(inA?.answer.map((i) => inA.options[i]).sort()).toEqual(["The county library workers' union"]);
		expect(inA?.options).not.toContain('Sarah Bell');
		expect(inA?.options).not.toContain('The council figures');
	});
});

describe('missing-voice on voices the other report names', () => {
	it('leaves out a voice heard in one report and named, but not heard, in the other: either answer could be argued', () => {
		const a = new Marked(
			'Dock strike\n\nUnion leader Ann Lee said the strike would go on. Port chief Raj Patel said the port would stay open. Mayor Bo Kim said talks were planned.',
		)
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'the strike would go on' })
			.said({ speaker: 'Raj Patel', cue: 'said', cueNth: 1, content: 'the port would stay open' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 2, content: 'talks were planned' });
		const b = new Marked('Dock strike\n\nThe strike called by Ann Lee went on. Minister Cy Dunn said the port must reopen. Mayor Bo Kim said talks were planned.')
			.said({ speaker: 'Cy Dunn', cue: 'said', content: 'the port must reopen' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'talks were planned' });
		const qs = missingVoice(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const inA = qs.find((q) => q.prompt.includes('heard in report A but not in report B'));
		expect(inA?.answer.map((i) => inA.options[i])).toEqual(['Raj Patel']);
		// Ann Lee is heard in A and named in B: neither a right nor a wrong answer.
		expect(inA?.options).not.toContain('Ann Lee');
		expect(inA?.options).toContain('Bo Kim');
	});

	it('asks only one of two questions that mirror each other (each one’s answers the other’s wrong options): one gives the other away', () => {
		const a = new Marked('Dock strike\n\nUnion leader Ann Lee said the strike would go on.').said({ speaker: 'Ann Lee', cue: 'said', content: 'the strike would go on' });
		const b = new Marked('Dock strike\n\nMinister Cy Dunn said the port must reopen.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the port must reopen' });
		const qs = missingVoice(makePair(a.analysis, b.analysis, emptyComparison()));
		expect(qs).toHaveLength(1);
		// With a voice heard in both, the two questions differ and both are asked.
		const a2 = new Marked('Dock strike\n\nUnion leader Ann Lee said the strike would go on. Mayor Bo Kim said talks were planned.')
			.said({ speaker: 'Ann Lee', cue: 'said', content: 'the strike would go on' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'talks were planned' });
		const b2 = new Marked('Dock strike\n\nMinister Cy Dunn said the port must reopen. Mayor Bo Kim said talks were planned.')
			.said({ speaker: 'Cy Dunn', cue: 'said', content: 'the port must reopen' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'talks were planned' });
		expect(missingVoice(makePair(a2.analysis, b2.analysis, emptyComparison()))).toHaveLength(2);
	});

	it('never offers a body named only in common words beside a body the report names: it may be the same voice', () => {
		const a = new Marked(
			'Accounts\n\nKestrel said on Monday it had closed 900 accounts. The social media company said the work would go on. Mayor Bo Kim said talks were planned.',
		)
			.said({ speaker: 'Kestrel', kind: 'organization', cue: 'said', content: 'it had closed 900 accounts' })
			.said({ speaker: 'the social media company', kind: 'organization', cue: 'said', cueNth: 1, content: 'the work would go on' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 2, content: 'talks were planned' });
		const b = new Marked('Accounts\n\nMinister Cy Dunn said the rules must change. Mayor Bo Kim said talks were planned.')
			.said({ speaker: 'Cy Dunn', cue: 'said', content: 'the rules must change' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'talks were planned' });
		const qs = missingVoice(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const inA = qs.find((q) => q.prompt.includes('heard in report A but not in report B'));
		expect(inA?.answer.map((i) => inA.options[i])).toEqual(['Kestrel']);
	});
});

describe('missing-voice on a stance told in the present tense', () => {
	it('does not key as heard someone the report only says backs or opposes something', () => {
		const make = (cue: string) => {
			const a = new Marked(`Dock strike\n\nPort chief Raj Patel ${cue} the rival union in the dispute. Mayor Bo Kim said talks were planned.`)
				.said({ speaker: 'Raj Patel', cue, content: 'the rival union in the dispute' })
				.said({ speaker: 'Bo Kim', cue: 'said', content: 'talks were planned' });
			const b = new Marked('Dock strike\n\nMayor Bo Kim said talks were planned. Minister Cy Dunn said the port must reopen.')
				.said({ speaker: 'Bo Kim', cue: 'said', content: 'talks were planned' })
				.said({ speaker: 'Cy Dunn', cue: 'said', cueNth: 1, content: 'the port must reopen' });
			const qs = missingVoice(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
			const inA = qs.find((q) => q.prompt.includes('heard in report A but not in report B'));
			return inA ? inA.answer.map((i) => inA.options[i]) : [];
		};
		expect(make('backs')).toEqual([]);
		expect(make('backed')).toEqual(['Raj Patel']);
	});
});

describe('missing-voice on a body named by its initials in one report and in full in the other', () => {
	it('does not offer “the WNA” as heard only in A when B hears “the Wire News Agency”', () => {
		const a = new Marked('Recount\n\nThe WNA reported that the recount was over. Mayor Bo Kim said talks were planned.')
			.said({ speaker: 'the WNA', kind: 'organization', aliases: ['WNA'], cue: 'reported', content: 'the recount was over' })
			.said({ speaker: 'Bo Kim', cue: 'said', content: 'talks were planned' });
		const b = new Marked('Recount\n\nThe recount was over, the Wire News Agency reported. Minister Cy Dunn said the count was fair.')
			.said({ speaker: 'Wire News Agency', kind: 'organization', cue: 'reported', content: 'The recount was over' })
			.said({ speaker: 'Cy Dunn', cue: 'said', content: 'the count was fair' });
		const qs = missingVoice(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		const inA = qs.find((q) => q.prompt.includes('heard in report A but not in report B'));
		expect(inA?.answer.map((i) => inA.options[i])).toEqual(['Bo Kim']);
		const inB = qs.find((q) => q.prompt.includes('heard in report B but not in report A'));
		expect(inB?.answer.map((i) => inB.options[i])).toEqual(['Cy Dunn']);
	});

	it('never offers one report’s “WNA” and “Wire News Agency” side by side: they are one voice', () => {
		const a = new Marked('Recount\n\nThe WNA reported that the recount was over. The Wire News Agency said a judge would rule. Mayor Bo Kim said talks were planned.')
			.said({ speaker: 'the WNA', kind: 'organization', aliases: ['WNA'], cue: 'reported', content: 'the recount was over' })
			.said({ speaker: 'Wire News Agency', kind: 'organization', cue: 'said', content: 'a judge would rule' })
			.said({ speaker: 'Bo Kim', cue: 'said', cueNth: 1, content: 'talks were planned' });
		const b = new Marked('Recount\n\nMinister Cy Dunn said the count was fair.').said({ speaker: 'Cy Dunn', cue: 'said', content: 'the count was fair' });
		const qs = missingVoice(makePair(a.analysis, b.analysis, emptyComparison())).filter((q): q is ChoiceQuestion => q.format !== 'tap');
		for (const q of qs) expect(q.options.filter((o) => /WNA|Wire News/.test(o)).length).toBeLessThanOrEqual(1);
		expect(qs.length).toBeGreaterThan(0);
	});
});
