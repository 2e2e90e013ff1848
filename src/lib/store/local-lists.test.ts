import { beforeEach, describe, expect, it } from 'vitest';
import { classCodes, drafts, sharedQuizzes } from './local-lists';

class MemoryStorage {
	items = new Map<string, string>();
	full = false;
	getItem = (k: string) => this.items.get(k) ?? null;
	setItem = (k: string, v: string) => {
		if (this.full) throw new DOMException('full', 'QuotaExceededError');
		this.items.set(k, v);
	};
	removeItem = (k: string) => void this.items.delete(k);
}

let storage: MemoryStorage;
beforeEach(() => {
	storage = new MemoryStorage();
	Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});

const report = { headline: 'H', outlet: '', text: 'Some words.' };

describe('teacher lists in local storage', () => {
	it('keeps drafts until they are deleted, newest first', () => {
		drafts.save({ id: 'one', updatedAt: 1, a: report, b: report });
		drafts.save({ id: 'two', updatedAt: 2, a: report, b: report });
		drafts.save({ id: 'one', updatedAt: 3, a: { ...report, text: 'Changed.' }, b: report });
		expect(drafts.list().map((d) => [d.id, d.a.text])).toEqual([['one', 'Changed.'], ['two', 'Some words.']]);
		drafts.remove('one');
		expect(drafts.list().map((d) => d.id)).toEqual(['two']);
	});

	it('drops a damaged entry and keeps the others', () => {
		storage.items.set('double-take:drafts', JSON.stringify([{ id: 'ok', updatedAt: 1, a: report, b: report }, { id: 5 }]));
		expect(drafts.list().map((d) => d.id)).toEqual(['ok']);
		storage.items.set('double-take:drafts', '{not json');
		expect(drafts.list()).toEqual([]);
	});

	it('adds each result code once, and says when the browser will not keep them', () => {
		expect(classCodes.add(['DT1-a', 'DT1-b', 'DT1-a'])).toBe(2);
		expect(classCodes.add(['DT1-b', 'DT1-c'])).toBe(1);
		expect(classCodes.list().map((c) => c.code)).toEqual(['DT1-a', 'DT1-b', 'DT1-c']);
		storage.full = true;
		expect(classCodes.add(['DT1-d'])).toBe(-1);
		expect(drafts.save({ id: 'x', updatedAt: 1, a: report, b: report })).toBe(false);
	});

	it('remembers the questions of a shared quiz by its key', () => {
		sharedQuizzes.save({ key: 'p.abc', title: 'T', sharedAt: 1, questions: [{ id: 'aaaaaaaaaaaaaa', prompt: 'Who said it?', skill: 'attribution' }] });
		expect(sharedQuizzes.get('p.abc')?.questions[0]?.prompt).toBe('Who said it?');
	});
});
