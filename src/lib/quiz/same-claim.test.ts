import { describe, expect, it } from 'vitest';
import { Marked, emptyComparison } from './fixtures/hand-marked';
import { makePair } from './pair';
import { bestCover, sharesRarePhrase, unsharedAnchor } from './same-claim';

/** A judgement of report A's sentence holding `phrase`, against report B. */
function judged(judge: typeof unsharedAnchor, a: Marked, b: Marked, phrase: string): boolean {
	const pair = makePair(a.analysis, b.analysis, emptyComparison());
	const at = a.text.indexOf(phrase);
	const unit = pair.sides[0].units.find((u) => u.start <= at && at < u.end);
	if (!unit) throw new Error('no sentence');
	return judge(pair, pair.sides[0], unit);
}
const anchorOf = (a: Marked, b: Marked, phrase: string) => judged(unsharedAnchor, a, b, phrase);

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

	it('is not a figure the other report gives otherwise for the same count, but is one for another count or year', () => {
		const c = new Marked('Port suit\n\nThe suit covers up to 1.6 million workers, and the judge has doubts. The 2009 filing was lost. Pay rose 3 percent last year.');
		const a = new Marked('Port suit\n\nEven friendly judges doubted a suit for as many as 1.5 million workers. The union lost 4,000 jobs. The 2011 filing failed.');
		expect(anchorOf(a, c, 'Even friendly')).toBe(false);
		expect(anchorOf(a, c, 'The union')).toBe(true);
		expect(anchorOf(a, c, 'The 2011')).toBe(true);
		// A share counts no thing: "46 percent to 45 percent" is not "3 percent" told otherwise.
		expect(anchorOf(new Marked('Port poll\n\nThe union led the poll, 46 percent to 45 percent.'), c, 'The union')).toBe(true);
	});

	it('is not a party the other report names in another form: “the GOP” for Republicans', () => {
		const a = new Marked('Port ad\n\nThe ad does not name the mayor, but it repeats the GOP’s line on the port.');
		a.source('GOP', 'organization');
		const c = new Marked('Port ad\n\nThe ad is a swipe at the mayor, whose port policy Republicans have long attacked.');
		expect(anchorOf(a, c, 'The ad does')).toBe(false);
		expect(anchorOf(a, b, 'The ad does')).toBe(true);
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

describe('a rare phrase both reports use', () => {
	const phrase = (a: Marked, b: Marked, at: string) => judged(sharesRarePhrase, a, b, at);

	it('tells the same detail, whatever else each passage adds', () => {
		const a = new Marked('Rally\n\nRecalling her years as a former smoker, the coach asked the club to join a twelve-week course.');
		const b = new Marked('Rally\n\nThe coach spoke for an hour. Noting that she was a former smoker herself, she said the club had to change.');
		expect(phrase(a, b, 'Recalling')).toBe(true);
	});

	it('is not a time both reports give: “last week” dates two different things as often as one', () => {
		const a = new Marked('Rally\n\nA blogger wrote that the coach quit the club last week.');
		const b = new Marked('Rally\n\nThe stadium opened last week to large crowds.');
		expect(phrase(a, b, 'A blogger')).toBe(false);
	});

	it('is not a topic phrase that runs through the other report, nor words that only stand side by side across a comma', () => {
		const a = new Marked('Rally\n\nThe coach asked the club to join a course on the new stadium, smoker or not.');
		const b = new Marked('Rally\n\nThe new stadium opens soon. Fans love the new stadium. Critics say the new stadium cost too much. The coach spoke of the stadium smoker.');
		expect(phrase(a, b, 'The coach')).toBe(false);
	});
});
