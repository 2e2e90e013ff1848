import { describe, expect, it } from 'vitest';
import { markedLibrary } from '../fixtures/library-marked';
import { makePair } from '../pair';
import type { ChoiceQuestion } from '../types';
import { unattributedVerdict } from './unattributed-verdict';

describe('unattributed-verdict', () => {
	it('asks what to ask of a strong claim the report makes in its own voice', () => {
		const { a, b, comparison } = markedLibrary();
		const [q] = unattributedVerdict(makePair(a.analysis, b.analysis, comparison)).filter((x): x is ChoiceQuestion => x.format !== 'tap');
		expect(q?.prompt).toContain('“Penny-pinching councillors have axed');
		expect(q?.options[q.answer[0] ?? -1]).toBe('Who is making this judgement, and what evidence backs it?');
	});
});
