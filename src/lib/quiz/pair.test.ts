import { describe, expect, it } from 'vitest';
import { displayName } from './pair';

describe('a source’s name as an option reads it', () => {
	it('puts "the" before an initialism the report writes with it, and not before one it writes bare', () => {
		expect(displayName('FCDO', 'government', true)).toBe('the FCDO');
		expect(displayName('AARP', 'organization', false, true)).toBe('AARP');
		expect(displayName('BBC', 'organization')).toBe('the BBC');
	});

	it('keeps a person’s name as it is', () => {
		expect(displayName('Ann Lee', 'person', true)).toBe('Ann Lee');
	});
});
