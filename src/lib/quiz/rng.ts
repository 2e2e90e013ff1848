// Seeded randomness and stable hashing, so the same seed always gives the same quiz, byte for byte.

/** mulberry32: a tiny 32-bit PRNG (Tommy Ettinger's public-domain design); returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a over UTF-16 code units, 32 bits, from a chosen offset basis (so two bases give two hashes). */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
	let h = basis >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

/** A short stable id for a piece of text: two independent 32-bit hashes, base 36. */
export function hashId(text: string): string {
	return fnv1a(text).toString(36).padStart(7, '0') + fnv1a(text, 0x01000193 ^ 0x5bd1e995).toString(36).padStart(7, '0');
}

/** A shuffled copy (Fisher–Yates) driven by the given random source. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const x = out[i];
		const y = out[j];
		if (x === undefined || y === undefined) continue;
		out[i] = y;
		out[j] = x;
	}
	return out;
}
