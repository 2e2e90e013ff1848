import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory';
import { exportProgress, ImportError, importProgress, mergeAttempt, readProgressFile } from './progress-file';
import { attempt } from './test-attempt';

const answer = (picked: number[], correct: boolean, at: number) => ({ picked, correct, at });

describe('progress files', () => {
	it('carries every attempt to another device through export and import', async () => {
		const here = new MemoryStore();
		await here.put(attempt({ id: 'x', answers: { q1: answer([1], true, 5) } }));
		await here.put(attempt({ id: 'y', storyId: 'other-story' }));
		const text = JSON.stringify(await exportProgress(here, 99));
		const there = new MemoryStore();
		const result = await importProgress(there, readProgressFile(text));
		expect(result).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
		expect((await there.get('x'))?.answers['q1']?.correct).toBe(true);
	});

	it('adds nothing twice when the same file is imported again', async () => {
		const store = new MemoryStore();
		const file = readProgressFile(JSON.stringify({ kind: 'double-take-progress', version: 1, exportedAt: 1, attempts: [attempt()] }));
		await importProgress(store, file);
		expect(await importProgress(store, file)).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: 0 });
		expect((await store.list()).attempts).toHaveLength(1);
	});

	it('merges one attempt answered on two devices, keeping the answers from both', () => {
		const [, second, third] = attempt().questionIds;
		const phone = attempt({ answers: { q1: answer([0], false, 10) }, onScreen: second, updatedAt: 10 });
		const laptop = attempt({ answers: { q1: answer([2], true, 20), q2: answer([1], true, 21) }, onScreen: third, updatedAt: 21 });
		const merged = mergeAttempt(phone, laptop);
		expect(merged.answers['q1']?.picked).toEqual([0]); // the first, scored answer stands
		expect(merged.answers['q2']?.correct).toBe(true);
		expect(merged.onScreen).toBe(third);
		expect(mergeAttempt(laptop, attempt({ onScreen: null })).onScreen, 'finished is furthest').toBeNull();
		expect(merged.updatedAt).toBe(21);
	});

	it('imports a file from version 1, moving each attempt to the current version', async () => {
		const { onScreen, ...rest } = attempt({ answers: { q1: answer([1], true, 5) } });
		const old = { ...rest, version: 1, current: 1 };
		const store = new MemoryStore();
		const file = readProgressFile(JSON.stringify({ kind: 'double-take-progress', version: 1, exportedAt: 1, attempts: [old] }));
		expect(await importProgress(store, file)).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0 });
		const got = await store.get('att-1');
		expect(got?.version).toBe(2);
		expect(got?.onScreen).toBe(rest.questionIds[1]);
		expect(onScreen).toBe(rest.questionIds[0]);
	});

	it('skips a damaged entry and imports the rest', async () => {
		const store = new MemoryStore();
		const file = readProgressFile(JSON.stringify({ kind: 'double-take-progress', version: 1, exportedAt: 1, attempts: [{ id: 3 }, attempt({ id: 'ok' })] }));
		expect(await importProgress(store, file)).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 1 });
	});

	it('refuses a file that is not a progress file, saying what to do', () => {
		expect(() => readProgressFile('<html>')).toThrow(ImportError);
		expect(() => readProgressFile('<html>')).toThrow(/not a Double Take progress file/);
		expect(() => readProgressFile('{"kind":"photos"}')).toThrow(/Choose the file you exported/);
		expect(() => readProgressFile('{"kind":"double-take-progress","version":9,"exportedAt":1,"attempts":[]}')).toThrow(/newer version/);
	});
});
