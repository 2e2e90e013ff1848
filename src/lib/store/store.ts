// The progress store: the one interface pages use to keep attempts. Implementations: IndexedDB (kept on
// the device) and memory (kept while the page is open, for tests and for browsers with no usable storage).
import type { Attempt, SetAside } from './records';

export interface LoadResult {
	attempts: Attempt[];
	/** Records that did not parse on this read and were moved aside. */
	setAside: number;
}

export interface ProgressStore {
	/** 'device': kept across visits. 'page': lost when the page closes (storage unavailable or full). */
	readonly durability: 'device' | 'page';
	/** Why progress is only kept for this page, in words for the student. */
	readonly reason?: string;
	list(): Promise<LoadResult>;
	get(id: string): Promise<Attempt | undefined>;
	/**
	 * Saves the attempt, merged with what is already stored under its id (another tab may have answered
	 * since), and returns what is now stored. Throws StoreError when the device refuses the write (full, or
	 * storage taken away).
	 */
	put(attempt: Attempt): Promise<Attempt>;
	/** Calls back with the id of each attempt saved by another tab; returns the way to stop listening. */
	watch(listener: (id: string) => void): () => void;
	/** Every stored record that was set aside as damaged, oldest first. */
	setAside(): Promise<SetAside[]>;
	/** Deletes every attempt and every record set aside. */
	clear(): Promise<void>;
}

export class StoreError extends Error {
	constructor(
		message: string,
		readonly full: boolean,
	) {
		super(message);
		this.name = 'StoreError';
	}
}

export const FULL_MESSAGE =
	'This device’s storage is full, so new answers are kept only while this page is open. Free some space, or export your progress from the Progress page.';
export const UNAVAILABLE_MESSAGE =
	'This browser is not letting Double Take save anything (private browsing can do this), so progress is kept only while this page is open.';

/**
 * A plain copy of an attempt, safe to structured-clone: the page's reactive state is a proxy, which
 * IndexedDB cannot store.
 */
export const plain = (attempt: Attempt): Attempt => JSON.parse(JSON.stringify(attempt)) as Attempt;

/** The notice for records set aside on this read. */
export const setAsideNotice = (n: number): string =>
	`${n === 1 ? 'One saved record' : `${n} saved records`} could not be read and ${n === 1 ? 'was' : 'were'} set aside. Your other progress is safe.`;
