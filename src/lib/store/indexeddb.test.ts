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
		await store.put(attempt({ answers: { 'who-said-00000000000001': { picked: [2], correct: true, at: 5 } }, current: 1 }));
		db.close();
		const again = new IndexedDbStore(await openDatabase(factory));
		const got = await again.get('att-1');
		expect(got?.answers['who-said-00000000000001']?.picked).toEqual([2]);
		expect(got?.current).toBe(1);
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
