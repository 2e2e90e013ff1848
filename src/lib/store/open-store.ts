// Opens the progress store for this browser: IndexedDB when it works, memory (with a plain reason) when it
// does not. Asks once for persistent storage, so the browser does not clear progress under pressure.
import { IndexedDbStore, openDatabase } from './indexeddb';
import { MemoryStore } from './memory';
import { UNAVAILABLE_MESSAGE, type ProgressStore } from './store';

export async function openStore(env: { indexedDB?: IDBFactory; storage?: StorageManager } = globalThis): Promise<ProgressStore> {
	const factory = env.indexedDB;
	if (!factory) return new MemoryStore({ reason: UNAVAILABLE_MESSAGE });
	try {
		const db = await openDatabase(factory);
		// Best effort: a refusal only means the browser may clear storage when the device runs low.
		void env.storage?.persist?.().catch(() => false);
		return new IndexedDbStore(db);
	} catch {
		return new MemoryStore({ reason: UNAVAILABLE_MESSAGE });
	}
}
