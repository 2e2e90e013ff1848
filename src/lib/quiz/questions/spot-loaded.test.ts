import { describe, expect, it } from 'vitest';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { TapQuestion } from '../types';
import { spotLoaded } from './spot-loaded';

describe('spot-loaded', () => {
	it('keys every loaded word of the sentence and says whose voice they are in', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = spotLoaded(makePair(a.analysis, b.analysis, comparison)).filter((q): q is TapQuestion => q.format === 'tap');
		const head = qs.find((q) => q.targets[0]?.text === 'FURY');
		expect(head?.answer.map((i) => head.targets[i]?.text)).toEqual(['FURY', 'heartless', 'axes', 'beloved', 'so', "who's", 'next']);
		expect(head?.explanation).toContain('report’s own voice');
	});

	it('does not call a word in quotation marks the report’s own, even where the analysis voices it so', () => {
		const { a, b, comparison } = markedLibrary();
		// The engine keeps a word the report sets in quotation marks of its own in the reporter's voice; whose word it is stays open.
		a.analysis.loaded = a.analysis.loaded.map((l) => (a.text.slice(l.start, l.end) === 'deeply disappointed' ? { ...l, voice: 'reporter' as const } : l));
		const qs = spotLoaded(makePair(a.analysis, b.analysis, comparison));
		expect(qs.some((q) => q.format === 'tap' && q.targets.some((t) => t.text === 'disappointed'))).toBe(false);
	});

	it('leaves a sentence holding an unattributed verdict to the verdict question', () => {
		const { a, b, comparison } = markedLibrary();
		const qs = spotLoaded(makePair(a.analysis, b.analysis, comparison));
		expect(qs.some((q) => q.format === 'tap' && q.targets.some((t) => t.text === 'Penny-pinching'))).toBe(false);
	});
});
