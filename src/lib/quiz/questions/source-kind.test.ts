import { describe, expect, it } from 'vitest';
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
});
