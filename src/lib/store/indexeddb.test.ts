import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { IndexedDbStore, openDatabase } from './indexeddb';
import { openStore } from './open-store';
import { StoreError } from './store';
import { attempt } from './test-attempt';

const fresh = async () => {
	const factory = new IDBFactory();
	const db = await openDatabase(factory);
	return { db, store: new IndexedDbStore(db), factory };
};

/** Writes a record straight into the attempts store, as a damaged disk or an old bug might have left it. */
const plant = (db: IDBDatabase, record: unknown) =>
	new Promise<void>((resolve, reject) => {
		const tx = db.transaction('attempts', 'readwrite');
		tx.objectStore('attempts').put(record);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});

describe('IndexedDB progress store', () => {
	it('keeps an attempt with its answers across a reopen of the database', async () => {
		const { store, factory, db } = await fresh();
		await store.put(attempt({ answers: { 'who-said-00000000000001': { picked: [2], correct: true, at: 5 } }, onScreen: 'spot-hedge-00000000000002' }));
		db.close();
		const again = new IndexedDbStore(await openDatabase(factory));
		const got = await again.get('att-1');
		expect(got?.answers['who-said-00000000000001']?.picked).toEqual([2]);
		expect(got?.onScreen).toBe('spot-hedge-00000000000002');
	});

	it('sets a damaged record aside once, reports it, and keeps every other attempt', async () => {
		const { store, db } = await fresh();
		await store.put(attempt({ id: 'good' }));
		await plant(db, { id: 'broken', version: 1, storyId: 42 });
		await plant(db, { ...attempt({ id: 'future' }), version: 7 });
		const first = await store.list();
		expect(first.attempts.map((a) => a.id)).toEqual(['good']);
		expect(first.setAside).toBe(2);
		const second = await store.list();
		expect(second.setAside).toBe(0);
		const aside = await store.setAside();
		expect(aside.map((x) => x.reason).sort()).toEqual(['damaged or unreadable', 'saved by a newer version of Double Take (record version 7)']);
	});

	it('moves a record from version 1 to the current version on disk, where it stood', async () => {
		const { store, db } = await fresh();
		const { onScreen: _, ...rest } = attempt({ id: 'old', answers: { 'who-said-00000000000001': { picked: [1], correct: false, at: 3 } } });
		await plant(db, { ...rest, version: 1, current: 1 });
		const { attempts, setAside } = await store.list();
		expect(setAside).toBe(0);
		expect(attempts[0]).toMatchObject({ id: 'old', version: 2, onScreen: 'spot-hedge-00000000000002' });
		const onDisk = await new Promise<unknown>((resolve) => {
			const read = db.transaction('attempts').objectStore('attempts').get('old');
			read.onsuccess = () => resolve(read.result);
		});
		expect(onDisk).toMatchObject({ version: 2, onScreen: 'spot-hedge-00000000000002' });
		expect(onDisk).not.toHaveProperty('current');
	});

	it('merges a save from a tab that missed another tab’s answer, so neither answer is lost', async () => {
		const { store } = await fresh();
		const a1 = { picked: [1], correct: true, at: 10 };
		const a2 = { picked: [0], correct: false, at: 20 };
		await store.put(attempt({ answers: { 'who-said-00000000000001': a1 }, onScreen: 'spot-hedge-00000000000002' }));
		const stored = await store.put(attempt({ answers: { 'spot-hedge-00000000000002': a2 } }));
		expect(stored.answers).toEqual({ 'who-said-00000000000001': a1, 'spot-hedge-00000000000002': a2 });
		expect(stored.onScreen).toBe('spot-hedge-00000000000002');
		expect(await store.get('att-1')).toEqual(stored);
	});

	it('says the disk is full when the write itself is refused', async () => {
		const { store, db } = await fresh();
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('quota', 'QuotaExceededError');
		};
		try {
			await expect(store.put(attempt())).rejects.toMatchObject({ full: true });
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		db.close();
	});

	it('clears attempts and set-aside records on reset', async () => {
		const { store, db } = await fresh();
		await store.put(attempt());
		await plant(db, { id: 'broken' });
		await store.list();
		await store.clear();
		expect((await store.list()).attempts).toEqual([]);
		expect(await store.setAside()).toEqual([]);
	});

	it('turns a full disk into a StoreError that says so', async () => {
		const full = {
			transaction: () => {
				throw new DOMException('quota', 'QuotaExceededError');
			},
		} as unknown as IDBDatabase;
		const error = await new IndexedDbStore(full).put(attempt()).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StoreError);
		expect((error as StoreError).full).toBe(true);
		expect((error as StoreError).message).toMatch(/storage is full/);
	});
});

describe('openStore', () => {
	it('keeps progress on the device when IndexedDB works', async () => {
		const store = await openStore({ indexedDB: new IDBFactory() });
		expect(store.durability).toBe('device');
	});

	it('falls back to this page only, with a reason, when the browser has no IndexedDB', async () => {
		const store = await openStore({});
		expect(store.durability).toBe('page');
		expect(store.reason).toMatch(/kept only while this page is open/);
		await store.put(attempt());
		expect(await store.get('att-1')).toBeDefined();
	});

	it('falls back the same way when opening the database is refused', async () => {
		const refusing = { open: () => { throw new DOMException('no', 'SecurityError'); } } as unknown as IDBFactory;
		expect((await openStore({ indexedDB: refusing })).durability).toBe('page');
	});
});
