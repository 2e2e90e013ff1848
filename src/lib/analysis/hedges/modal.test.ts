import { describe, expect, it } from 'vitest';
import { hedgeWords, hedgesIn } from './test-reader';

describe('modal verbs', () => {
	it('marks "may", "might" and "could" as possibilities', () => {
		expect(hedgeWords('The death toll may rise. Officials said the ban might be lifted. The strike could spread to other ports.')).toEqual([
			['may', 'modal', 'possibility'],
			['might', 'modal', 'possibility'],
			['could', 'modal', 'possibility'],
		]);
	});

	it('does not take the month, "could not", what someone could see or a purpose for a possibility', () => {
		expect(
			hedgeWords(
				'The vote was held in May. Residents could not return home. From the bridge he could see the smoke. They moved north so that their children could attend school.',
			),
		).toEqual([]);
	});

	it('reads no hedge in a concession ("Absurd as it may sound", "be that as it may")', () => {
		expect(hedgeWords('Absurd as it may sound, the danger comes from the west. Be that as it may, the talks go on. The talks may fail.')).toEqual([['may', 'modal', 'possibility']]);
	});

	it('reads no hedge in a set phrase ("whatever the case may be", "come what may"), but one in "the case may be dropped"', () => {
		expect(hedgeWords('They will act, whatever the case may be. Come what may, the plant stays open. The case may be dropped.')).toEqual([['may', 'modal', 'possibility']]);
	});

	it('explains "may have" as something that possibly happened, not a possibility to come', () => {
		const [h] = hedgesIn('The files may have been deleted before the raid.');
		expect(h?.explanation).toBe('“may” says this possibly happened; the report does not say it did.');
	});

	it('names each finding by its rule, from kind to cue', () => {
		expect(hedgesIn('The talks might collapse.').map((h) => h.rule)).toEqual(['hedge/modal/possibility/might']);
	});
});
