import { describe, expect, it } from 'vitest';
import { GENERAL_LISTS } from '../lexicons/loaded-general';
import { compactForms, expandForms, lyForm, nessForm } from './forms';

describe('the -ly and -ness forms of the general loaded list', () => {
	it('spells an adjective’s adverb and noun by the regular endings', () => {
		expect([lyForm('nasty'), nessForm('nasty')]).toEqual(['nastily', 'nastiness']);
		expect([lyForm('terrible'), nessForm('terrible')]).toEqual(['terribly', 'terribleness']);
		expect([lyForm('absurd'), nessForm('absurd')]).toEqual(['absurdly', 'absurdness']);
	});

	it('writes each form with its adjective, and the adjective alone when another list has it', () => {
		const words = ['angry', 'angrily', 'angriness', 'bleak', 'absurdly', 'gentle', 'gently', 'hostile'];
		const short = compactForms(words, ['absurd', 'bleak']);
		expect(short).toBe('absurd~l|angry/ln|bleak|gentle/l|hostile');
		expect(expandForms(short).sort()).toEqual([...words].sort());
	});

	it('reads the committed list as whole words, every form spelled out', () => {
		const words = expandForms(GENERAL_LISTS.evaluative);
		expect(words).toContain('nastily');
		expect(words).toContain('absurdness');
		expect(words.every((w) => /^[a-z][a-z'-]*[a-z]$/.test(w))).toBe(true);
		expect(new Set(words).size).toBe(words.length);
	});
});
