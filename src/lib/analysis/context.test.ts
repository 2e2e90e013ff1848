import { describe, expect, it } from 'vitest';
import { SpanIndex } from './context';

const span = (start: number, end: number, name = '') => ({ start, end, name });

describe('SpanIndex', () => {
	const passages = [span(0, 100, 'whole paragraph'), span(10, 40, 'quoted sentence'), span(10, 40, 'same words again'), span(50, 60, 'short phrase')];
	const index = new SpanIndex(passages);

	it('finds the passage that holds some words, the narrowest when asked, the first given on a tie', () => {
		expect(index.holder({ start: 12, end: 20 })?.name).toBe('whole paragraph');
		expect(index.holder({ start: 12, end: 20 }, true)?.name).toBe('quoted sentence');
		expect(index.holder({ start: 52, end: 58 }, true)?.name).toBe('short phrase');
		expect(index.holder({ start: 95, end: 105 })).toBeUndefined();
	});

	it('tells whether some passage lies wholly inside a stretch of text', () => {
		expect(index.within({ start: 45, end: 65 })).toBe(true);
		expect(index.within({ start: 45, end: 59 })).toBe(false);
		expect(index.within({ start: 0, end: 100 })).toBe(true);
	});

	it('answers the same whatever order the passages come in', () => {
		const reversed = new SpanIndex([...passages].reverse());
		expect(reversed.holder({ start: 12, end: 20 }, true)?.name).toBe('same words again');
		expect(reversed.holds({ start: 52, end: 58 })).toBe(true);
		expect(reversed.overlaps({ start: 100, end: 120 })).toBe(false);
	});
});
