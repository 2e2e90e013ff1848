import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from './fixtures/hand-marked';
import { makePair } from './pair';
import { bestCover, unsharedAnchor } from './same-claim';

function anchorOf(a: Marked, b: Marked, phrase: string): boolean {
	const pair = makePair(a.analysis, b.analysis, emptyComparison());
	const at = a.text.indexOf(phrase);
	const unit = pair.sides[0].units.find((u) => u.start <= at && at < u.end);
	if (!unit) throw new Error('no sentence');
	return unsharedAnchor(pair, pair.sides[0], unit);
}

describe('what one report has that the other plainly lacks', () => {
	const b = new Marked('Port reopens\n\nThe port reopened on Monday after the Internal Revenue Service ruled on the dispute. Mayor Al Ng welcomed it.');

	it('is a figure the other report never gives', () => {
		const a = new Marked('Port deal\n\nThe deal cost 4,000 jobs at the port.');
		expect(anchorOf(a, b, 'The deal')).toBe(true);
	});

	it('is a person the other report never names, marked as a person by a title or a description', () => {
		const a = new Marked('Port deal\n\nThe deal was brokered by Sen. Jo Hart at the port.');
		expect(anchorOf(a, b, 'The deal')).toBe(true);
	});

	it('is not a place, an event or a number in a name', () => {
		const a = new Marked('Port deal\n\nThe deal was signed at Pier 39 during the Harbour Festival.');
		expect(anchorOf(a, b, 'The deal')).toBe(false);
	});

	it('is not the speaker: a voice heard only here can make a point the other report makes through someone else', () => {
		const a = new Marked('Port deal\n\nDock worker Raj Patel said the reopening was welcome.').said({ speaker: 'Raj Patel', cue: 'said', content: 'the reopening was welcome' });
		expect(anchorOf(a, b, 'Dock worker')).toBe(false);
	});

	it('is not the year of the race a report covers, but is the year of someone’s race', () => {
		const a = new Marked('Port vote\n\nMayor Al Ng led the polls before the first vote of the 2024 campaign. His rival echoed Al Ng’s 1998 campaign.');
		expect(anchorOf(a, b, 'Mayor Al Ng led')).toBe(false);
		expect(anchorOf(a, b, 'His rival')).toBe(true);
	});

	it('is not an acronym the other report spells out or dots', () => {
		const a = new Marked('Port deal\n\nThe ruling by the IRS settled the dispute at the port.');
		expect(anchorOf(a, b, 'The ruling')).toBe(false);
	});
});

describe('how much of a passage the other report carries', () => {
	it('is high for the same point in other words order, low for a new point', () => {
		const a = new Marked('Storm\n\nThe storm closed every school in the county for two days. Farmers lost their entire apple harvest.');
		const b = new Marked('Schools shut\n\nEvery school in the county was closed for two days by the storm.');
		const pair = makePair(a.analysis, b.analysis, emptyComparison());
		const [schools, apples] = pair.sides[0].units.filter((u) => !u.headline);
		if (!schools || !apples) throw new Error('no sentences');
		expect(bestCover(pair, pair.sides[0], schools)).toBeGreaterThan(0.8);
		expect(bestCover(pair, pair.sides[0], apples)).toBeLessThan(0.25);
	});
});
