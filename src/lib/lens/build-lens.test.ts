import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analysis';
import { buildLens, runsOf, type LensMark } from './build-lens';

const seed = (file: string) => readFileSync(new URL(`../content/stories/${file}`, import.meta.url), 'utf8');

describe('runsOf', () => {
	const mark = (start: number, end: number, kind: LensMark['kind'] = 'hedge'): LensMark => ({ start, end, kind, label: kind, explanation: '' });

	it('cuts a paragraph at every mark boundary and lists the marks covering each run', () => {
		const runs = runsOf({ start: 0, end: 20 }, [mark(5, 15, 'speaker'), mark(8, 10)]);
		expect(runs.map((r) => [r.start, r.end, r.marks.map((m) => m.kind)])).toEqual([
			[0, 5, []],
			[5, 8, ['speaker']],
			[8, 10, ['speaker', 'hedge']],
			[10, 15, ['speaker']],
			[15, 20, []],
		]);
	});

	it('cuts at page debris too, so debris can be hidden without hiding its neighbours', () => {
		const runs = runsOf({ start: 0, end: 10 }, [], [{ start: 7, end: 10 }]);
		expect(runs.map((r) => [r.start, r.end])).toEqual([
			[0, 7],
			[7, 10],
		]);
	});
});

describe('buildLens on the seed report', () => {
	const text = seed('000_e6705d96b1f0feb6.txt');
	const lens = buildLens(analyzeReport(text));

	it('gives every speaker a tag with the name, in order of first appearance', () => {
		expect(lens.sources[0]?.name).toBe('Mark Smith');
		const smith = lens.marks.find((m) => m.kind === 'speaker' && text.slice(m.start, m.end).startsWith('he had made numerous'));
		expect(smith?.label).toBe('Mark Smith');
		expect(smith?.explanation).toMatch(/Mark Smith/);
	});

	it('leaves out a source quoted inside another source’s quote', () => {
		expect(lens.sources.map((s) => s.name)).not.toContain('Ministers');
	});

	it('keeps the headline without the site section after the bar', () => {
		expect(lens.headline && text.slice(lens.headline.start, lens.headline.end)).toBe(
			'Foreign Office official resigns after UK refuses to ban arms exports to Israel',
		);
	});
});
