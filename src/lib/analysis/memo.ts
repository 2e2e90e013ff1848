// What a pure function of one word gives, kept per distinct word: a report repeats its words, so each is
// worked out once. Emptied when it reaches `max` entries, so a long-lived worker does not grow without end.
export function memoByWord<T extends NonNullable<unknown> | null>(compute: (word: string) => T, max = 50_000): (word: string) => T {
	const cache = new Map<string, T>();
	return (word) => {
		const hit = cache.get(word);
		if (hit !== undefined) return hit;
		const value = compute(word);
		if (cache.size >= max) cache.clear();
		cache.set(word, value);
		return value;
	};
}

/** Slots a table starts with; it doubles when half full. */
const FIRST_SLOTS = 1024;

/**
 * The same for a word given as text.slice(start, end), looked up without cutting it out of the text: the
 * word's characters are hashed and compared where they stand, so only a word not seen before becomes a
 * string. The scanners meet every word of a report, and a string per word was most of their garbage.
 */
export function memoBySpan<T extends NonNullable<unknown> | null>(compute: (word: string) => T, max = 50_000): (text: string, start: number, end: number) => T {
	const empty = (n: number): undefined[] => new Array<undefined>(n).fill(undefined);
	let keys: (string | undefined)[] = empty(FIRST_SLOTS);
	let values: (T | undefined)[] = empty(FIRST_SLOTS);
	let hashes = new Int32Array(FIRST_SLOTS);
	let size = 0;

	const place = (word: string, hash: number, value: T): void => {
		const mask = keys.length - 1;
		let slot = hash & mask;
		while (keys[slot] !== undefined) slot = (slot + 1) & mask;
		keys[slot] = word;
		hashes[slot] = hash;
		values[slot] = value;
	};

	return (text, start, end) => {
		// FNV-1a over the UTF-16 units.
		let hash = 0x811c9dc5;
		for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
		const length = end - start;
		const mask = keys.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const key = keys[slot];
			if (key === undefined) break;
			if (hashes[slot] !== hash || key.length !== length) continue;
			let same = true;
			for (let i = 0; i < length && same; i++) same = key.charCodeAt(i) === text.charCodeAt(start + i);
			if (same) return values[slot] as T;
		}
		const word = text.slice(start, end);
		const value = compute(word);
		if (size >= max) {
			keys = empty(FIRST_SLOTS);
			values = empty(FIRST_SLOTS);
			hashes = new Int32Array(FIRST_SLOTS);
			size = 0;
		} else if (2 * (size + 1) > keys.length) {
			const old = { keys, values, hashes };
			keys = empty(old.keys.length * 2);
			values = empty(old.keys.length * 2);
			hashes = new Int32Array(old.keys.length * 2);
			old.keys.forEach((k, slot) => {
				if (k !== undefined) place(k, old.hashes[slot] ?? 0, old.values[slot] as T);
			});
		}
		place(word, hash, value);
		size++;
		return value;
	};
}
