import { describe, expect, it } from 'vitest';
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
		expect(inA?.answer.map((i) => inA.options[i]).sort()).toEqual(['The council figures', 'The county library workers’ union']);
		expect(inA?.options).not.toContain('Sarah Bell');
	});
});
