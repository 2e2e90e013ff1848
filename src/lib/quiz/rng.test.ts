import { describe, expect, it } from 'vitest';
import { fnv1a, hashId, mulberry32, shuffle } from './rng';

describe('seeded randomness', () => {
	it('gives the same sequence for the same seed and a different one for another seed', () => {
		const draw = (seed: number) => {
			const r = mulberry32(seed);
			return [r(), r(), r(), r()];
		};
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
		for (const x of draw(123)) expect(x >= 0 && x < 1).toBe(true);
	});

	it('shuffles a copy the same way for the same seed, keeping every item', () => {
		const items = ['Mark Smith', 'David Lammy', 'FCDO', 'Israel', 'Gaza Health Ministry'];
		const once = shuffle(items, mulberry32(42));
		expect(shuffle(items, mulberry32(42))).toEqual(once);
		expect([...once].sort()).toEqual([...items].sort());
		expect(items[0]).toBe('Mark Smith');
	});

	it('hashes text to a stable 14-character id that changes with the text', () => {
		expect(hashId('who-said|a:he had made numerous internal complaints')).toBe(hashId('who-said|a:he had made numerous internal complaints'));
		expect(hashId('x')).toMatch(/^[0-9a-z]{14}$/);
		expect(hashId('x')).not.toBe(hashId('y'));
		// FNV-1a's published test vector: the empty string hashes to the offset basis.
		expect(fnv1a('')).toBe(0x811c9dc5);
	});
});
