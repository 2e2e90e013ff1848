import { describe, expect, it } from 'vitest';
import { MEASURED, UNMEASURED, confidenceOf, readRows, ruleId } from './confidence';

describe('confidenceOf', () => {
	it('gives a listed rule its own precision', () => {
		const [rule, precision] = [...MEASURED].find(([r]) => r.includes('/')) ?? ['', 0];
		expect(rule).not.toBe('');
		expect(confidenceOf(rule)).toBe(precision);
	});

	it('gives a rule seen too rarely to be listed its family’s precision', () => {
		const family = [...MEASURED.keys()].find((r) => r.split('/').length === 2) ?? '';
		expect(family).not.toBe('');
		expect(confidenceOf(`${family}/a-cue-never-seen`)).toBe(confidenceOf(family));
	});

	it('reads measured.ts rows written as a tree back to whole rule paths, with the percent as a precision', () => {
		const rows = readRows(['hedge 75', ' modal 80', '  may 90', ' vague-source/many 60', 'loaded 50'].join('\n'));
		expect([...rows]).toEqual([
			['hedge', 0.75],
			['hedge/modal', 0.8],
			['hedge/modal/may', 0.9],
			['hedge/vague-source/many', 0.6],
			['loaded', 0.5],
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
