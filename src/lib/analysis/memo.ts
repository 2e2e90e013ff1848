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
