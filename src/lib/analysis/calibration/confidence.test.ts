import { describe, expect, it } from 'vitest';
import { MIN_MEASURED, UNMEASURED, confidenceOf, ruleId } from './confidence';
import { MEASURED } from './measured';

describe('confidenceOf', () => {
	it('gives a rule measured often enough its own precision', () => {
		const [rule, [made, right]] = Object.entries(MEASURED).find(([r, [made]]) => r.includes('/') && made >= MIN_MEASURED) ?? ['', [0, 0]];
		expect(rule).not.toBe('');
		// confidenceOf gives the precision to two places, rounded half up.
		expect(confidenceOf(rule)).toBe(Math.round((100 * right) / made) / 100);
	});

	it('gives a rule seen too rarely its family’s precision', () => {
		const rare = Object.entries(MEASURED).find(([r, [made]]) => r.split('/').length === 3 && made < MIN_MEASURED);
		expect(rare).toBeDefined();
		const rule = rare?.[0] ?? '';
		const family = rule.slice(0, rule.lastIndexOf('/'));
		const [fm, fr] = MEASURED[family] ?? [0, 0];
		const expected = fm >= MIN_MEASURED ? Math.round((100 * fr) / fm) / 100 : confidenceOf(family);
		expect(confidenceOf(rule)).toBe(expected);
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
