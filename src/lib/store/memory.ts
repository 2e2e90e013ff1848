// Progress kept in memory: for tests, and the fallback when a browser gives no usable storage. Records go
// through the same parse as on disk, so a test can plant a damaged record and see it set aside.
import { savedOver } from './progress-file';
import { parseAttempt, type Attempt, type SetAside } from './records';
import { plain, type LoadResult, type ProgressStore } from './store';

export class MemoryStore implements ProgressStore {
	readonly durability: 'device' | 'page';
	readonly reason?: string;
	private records = new Map<string, unknown>();
	private aside: SetAside[] = [];

	constructor(options: { durability?: 'device' | 'page'; reason?: string; records?: Iterable<[string, unknown]> } = {}) {
		this.durability = options.durability ?? 'page';
		if (options.reason) this.reason = options.reason;
		for (const [k, v] of options.records ?? []) this.records.set(k, v);
	}

	async list(): Promise<LoadResult> {
		const attempts: Attempt[] = [];
		let setAside = 0;
		for (const [key, value] of [...this.records]) {
			const parsed = parseAttempt(value);
			if (parsed.ok) {
				attempts.push(parsed.attempt);
				if (parsed.migrated) this.records.set(key, plain(parsed.attempt));
			} else {
				this.aside.push({ reason: parsed.reason, at: Date.now(), record: value });
				this.records.delete(key);
				setAside++;
			}
		}
		return { attempts, setAside };
	}

	async get(id: string): Promise<Attempt | undefined> {
		const parsed = parseAttempt(this.records.get(id));
		return parsed.ok ? parsed.attempt : undefined;
	}

	async put(attempt: Attempt): Promise<Attempt> {
		const next = plain(savedOver(this.records.get(attempt.id), attempt));
		this.records.set(attempt.id, next);
		return plain(next);
	}

	/** One page, one copy: there is no other tab to hear from. */
	watch(): () => void {
		return () => {};
	}

	async setAside(): Promise<SetAside[]> {
		return [...this.aside];
	}

	async clear(): Promise<void> {
		this.records.clear();
		this.aside = [];
	}
}
