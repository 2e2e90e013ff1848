// Progress kept in IndexedDB: one object store of attempts, one of records set aside. Every read parses;
// a record that fails is moved aside in the same transaction, so it is reported once and costs nothing else;
// a record from an older version is rewritten in the current one. A save merges with the stored copy in one
// transaction, so two tabs on one quiz never lose or double an answer.
import { announceSaved, onSavedElsewhere } from './changes';
import { savedOver } from './progress-file';
import { parseAttempt, type Attempt, type SetAside } from './records';
import { FULL_MESSAGE, plain, StoreError, type LoadResult, type ProgressStore } from './store';

const DB_NAME = 'double-take';
const DB_VERSION = 1;
const ATTEMPTS = 'attempts';
const ASIDE = 'set-aside';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
	new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});

const finished = (tx: IDBTransaction): Promise<void> =>
	new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new DOMException('The write was cancelled.', 'AbortError'));
	});

function asStoreError(error: unknown): StoreError {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') return new StoreError(FULL_MESSAGE, true);
	return new StoreError(`Progress could not be saved on this device (${name || 'unknown error'}).`, false);
}

export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = factory.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(ATTEMPTS)) db.createObjectStore(ATTEMPTS, { keyPath: 'id' });
			if (!db.objectStoreNames.contains(ASIDE)) db.createObjectStore(ASIDE, { autoIncrement: true });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new DOMException('Another tab is upgrading the progress store.', 'InvalidStateError'));
	});
}

export class IndexedDbStore implements ProgressStore {
	readonly durability = 'device' as const;

	constructor(private readonly db: IDBDatabase) {}

	async list(): Promise<LoadResult> {
		const tx = this.db.transaction([ATTEMPTS, ASIDE], 'readwrite');
		const attempts: Attempt[] = [];
		let setAside = 0;
		const cursors = tx.objectStore(ATTEMPTS).openCursor();
		await new Promise<void>((resolve, reject) => {
			cursors.onerror = () => reject(cursors.error);
			cursors.onsuccess = () => {
				const cursor = cursors.result;
				if (!cursor) return resolve();
				const parsed = parseAttempt(cursor.value);
				if (parsed.ok) {
					attempts.push(parsed.attempt);
					if (parsed.migrated) cursor.update(parsed.attempt);
				} else {
					const aside: SetAside = { reason: parsed.reason, at: Date.now(), record: cursor.value };
					tx.objectStore(ASIDE).add(aside);
					cursor.delete();
					setAside++;
				}
				cursor.continue();
			};
		});
		await finished(tx);
		return { attempts, setAside };
	}

	async get(id: string): Promise<Attempt | undefined> {
		const value: unknown = await done(this.db.transaction(ATTEMPTS).objectStore(ATTEMPTS).get(id));
		const parsed = parseAttempt(value);
		return parsed.ok ? parsed.attempt : undefined;
	}

	async put(attempt: Attempt): Promise<Attempt> {
		let next = plain(attempt);
		let refused: unknown;
		try {
			const tx = this.db.transaction(ATTEMPTS, 'readwrite', { durability: 'strict' });
			const attempts = tx.objectStore(ATTEMPTS);
			const read = attempts.get(attempt.id);
			read.onsuccess = () => {
				next = plain(savedOver(read.result, next));
				try {
					attempts.put(next);
				} catch (error) {
					// Refused at once (some browsers report a full disk here): keep the reason, cancel the rest.
					refused = error;
					tx.abort();
				}
			};
			await finished(tx);
		} catch (error) {
			throw asStoreError(refused ?? error);
		}
		announceSaved(next.id);
		return next;
	}

	watch(listener: (id: string) => void): () => void {
		return onSavedElsewhere(listener);
	}

	async setAside(): Promise<SetAside[]> {
		const all: unknown[] = await done(this.db.transaction(ASIDE).objectStore(ASIDE).getAll());
		return all.filter((x): x is SetAside => typeof x === 'object' && x !== null && 'reason' in x);
	}

	async clear(): Promise<void> {
		const tx = this.db.transaction([ATTEMPTS, ASIDE], 'readwrite');
		tx.objectStore(ATTEMPTS).clear();
		tx.objectStore(ASIDE).clear();
		await finished(tx);
	}
}
