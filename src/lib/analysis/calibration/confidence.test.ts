import { describe, expect, it } from 'vitest';
import { MEASURED, MIN_MEASURED, UNMEASURED, confidenceOf, readRows, ruleId } from './confidence';

describe('confidenceOf', () => {
	it('gives a rule measured often enough its own precision', () => {
		const [rule, [made, right]] = [...MEASURED].find(([r, [made]]) => r.includes('/') && made >= MIN_MEASURED) ?? ['', [0, 0]];
		expect(rule).not.toBe('');
		// confidenceOf gives the precision to two places, rounded half up.
		expect(confidenceOf(rule)).toBe(Math.round((100 * right) / made) / 100);
	});

	it('gives a rule seen too rarely to be listed its family’s precision', () => {
		const family = [...MEASURED.keys()].find((r) => r.split('/').length === 2) ?? '';
		expect(family).not.toBe('');
		expect(confidenceOf(`${family}/a-cue-never-seen`)).toBe(confidenceOf(family));
	});

	it('lists only rules measured often enough to stand on their own figure', () => {
		expect([...MEASURED.values()].every(([made]) => made >= MIN_MEASURED)).toBe(true);
	});

	it('reads measured.ts rows written as a tree back to whole rule paths', () => {
		const rows = readRows(['hedge 40 30', ' modal 30 24', '  may 20 18', ' vague-source/many 15 9', 'loaded 12 6'].join('\n'));
		expect([...rows]).toEqual([
			['hedge', [40, 30]],
			['hedge/modal', [30, 24]],
			['hedge/modal/may', [20, 18]],
			['hedge/vague-source/many', [15, 9]],
			['loaded', [12, 6]],
		]);
	});

	it('gives a rule the corpus never measured no confidence, so it keys no question', () => {
		expect(confidenceOf('noise/section-label')).toBe(UNMEASURED);
		expect(confidenceOf('no-such-kind/rule')).toBe(UNMEASURED);
	});

	it('builds rule ids from words as written', () => {
		expect(ruleId('hedge', 'modal', 'May')).toBe('hedge/modal/may');
		expect(ruleId('loaded', 'label', 'hard left')).toBe('loaded/label/hard-left');
	});
});
