import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze';
import { findNoise } from './find-noise';
import { splitBlocks } from './segment';

const noise = (text: string) => findNoise(text, splitBlocks(text)).map((n) => [n.category, text.slice(n.start, n.end)]);

describe('findNoise', () => {
	it('marks a site section above the headline and a site name after a bar', () => {
		const text = 'World\n\nFloods force thousands from homes | Climate Crisis\n\nHeavy rain forced thousands of people to leave their homes on Sunday.\n\nMore rain is expected.';
		expect(noise(text)).toEqual([
			['section-label', 'World'],
			['section-label', ' | Climate Crisis'],
		]);
	});

	it('keeps a short headline as the headline, not a label', () => {
		const text = 'Library to close\n\nThe town library will close next month, the council said on Monday.\n\nIt opened in 1904.';
		expect(noise(text)).toEqual([]);
	});

	it('keeps a one-word headline above a first line that tells what was said, so its quotation keeps its speaker', () => {
		const text = 'Rally\n\n“We will win this state,” Governor Dale Ortiz said on Monday.\n\nThe crowd cheered.\n\nOrtiz spoke for an hour.';
		expect(noise(text)).toEqual([]);
		expect(analyzeReport(text).attributions.map((a) => [a.speaker, text.slice(a.content.start, a.content.end)])).toEqual([['Dale Ortiz', 'We will win this state']]);
	});

	it('keeps a one-word headline above a first paragraph of several sentences: a headline is one sentence', () => {
		const text = 'Budget\n\nThe council met on Monday. It approved the plan after a long debate, officials confirmed.\n\nThe vote is set for May.\n\nIt will be close.';
		expect(noise(text)).toEqual([]);
		const r = analyzeReport(text);
		expect(r.headline && text.slice(r.headline.start, r.headline.end)).toBe('Budget');
	});

	it('does not cut a teaser question that follows a dash in the headline', () => {
		const text = 'Minister quits over leak – What happens next?\n\nThe minister resigned on Monday.\n\nShe denied wrongdoing.';
		expect(noise(text)).toEqual([]);
	});

	it('marks comment forms, share lines, bylines, timestamps and a lost embed, and nothing in the story', () => {
		const text = [
			'Council approves new cycle lanes',
			'By Jane Doe, Transport Correspondent',
			'Published: 12 March 2024',
			'The council voted on Tuesday to build six miles of new cycle lanes.',
			'The mayor posted a video about the vote:',
			'Share this article',
			'Opponents said the lanes would worsen traffic.',
			'Advertisement',
			'Leave a Reply',
			'Your email address will not be published. Required fields are marked *',
		].join('\n\n');
		expect(noise(text)).toEqual([
			['byline', 'By Jane Doe, Transport Correspondent'],
			['timestamp', 'Published: 12 March 2024'],
			['lost-embed', 'The mayor posted a video about the vote:'],
			['share-or-related', 'Share this article'],
			['advert', 'Advertisement'],
			['comment-form', 'Leave a Reply'],
			['comment-form', 'Your email address will not be published. Required fields are marked *'],
		]);
	});

	it('marks the small print of a newsletter sign-up, but not a story about a privacy policy', () => {
		const text = [
			'Council approves new cycle lanes',
			'The council voted on Tuesday to build six miles of new cycle lanes.',
			'Subscribing grants you access to Harbour Post updates free of charge.',
			'You may opt out at anytime.',
			'You also agree to this site’s Privacy Policy and Terms of Use.',
			'The app maker changed its privacy policy and terms of use on Monday.',
		].join('\n\n');
		expect(noise(text).map(([c]) => c)).toEqual(['cookie-or-newsletter', 'cookie-or-newsletter', 'cookie-or-newsletter']);
	});

	it('marks a line that points to pictures or posts below as a lost embed, but not a story line opening "Above all"', () => {
		const text = 'River floods the old town\n\nThe river burst its banks on Monday.\n\nBelow are some of the photos residents shared on social media.\n\nAbove all, the mayor said, the town needs a new wall and photos of the damage.';
		expect(noise(text)).toEqual([['lost-embed', 'Below are some of the photos residents shared on social media.']]);
	});

	it('takes a pasted social-media post, lines before its signature included, out of the report, but not the line that introduces it', () => {
		const text = [
			'Harbour wall gives way in storm',
			'The old harbour wall collapsed overnight, flooding six shops.',
			'The mayor responded on social media within the hour.',
			'Nobody hurt, thank God.',
			'Crews are on their way and we will rebuild this wall stronger than before!',
			'https://t.co/AbC123xyZ — Dana Whitfield (@MayorDanaW) March 3, 2024',
			'Shop owners said the wall had been cracked for years.',
		].join('\n\n');
		expect(noise(text)).toEqual([
			['social-post', 'Nobody hurt, thank God.'],
			['social-post', 'Crews are on their way and we will rebuild this wall stronger than before!'],
			['social-post', 'https://t.co/AbC123xyZ — Dana Whitfield (@MayorDanaW) March 3, 2024'],
		]);
		// So the post is not asked about as the reporter's own voice, and its "will" is no hedge of the report's.
		const r = analyzeReport(text);
		expect(r.sentences.some((s) => text.slice(s.start, s.end).includes('rebuild'))).toBe(false);
	});

	it('takes a long post on one line out whole, and stops at a post length: the story line before it stays', () => {
		const body = 'We have done everything we were asked to do and more, and still the state refuses to pay for the repairs it promised us two winters ago. Enough is enough: we will take this to court if we must, and every resident should know why.';
		const story = 'Council leaders have argued with the state over the cost of the wall for two years, and the row has now reached the courts of three counties.';
		const text = ['Wall row reaches court', story, `${body} — Harbour Council (@HarbourCouncil) May 9, 2024`, 'The state declined to comment.'].join('\n\n');
		expect(noise(text).map(([c, t]) => [c, t?.slice(0, 12)])).toEqual([['social-post', 'We have done']]);
	});

	it('marks a reader poll (its prompt and its question) and a line the page printed twice, but keeps the first of two', () => {
		const text = [
			'River floods the old town',
			'The river burst its banks on Monday.',
			'Take our poll - story continues below',
			'Should the town build a new wall?',
			'Should the town build a new wall?',
			'The mayor said repairs would start in May.',
			'Photos of the flood',
			'Photos of the flood',
		].join('\n\n');
		expect(noise(text)).toEqual([
			['reader-poll', 'Take our poll - story continues below'],
			['reader-poll', 'Should the town build a new wall?'],
			['reader-poll', 'Should the town build a new wall?'],
			['repeated', 'Photos of the flood'],
		]);
	});

	it('reads "By Jane Doe" as a byline but not a short story line opening "By contrast,"', () => {
		const text = 'River floods the old town\n\nBy Jane Doe\n\nThe river burst its banks on Monday.\n\nBy contrast, the mayor said no.';
		expect(noise(text)).toEqual([['byline', 'By Jane Doe']]);
	});

	it('keeps a line ending in a colon when a quotation follows it', () => {
		const text = 'Talks collapse\n\nThe envoy posted this statement on X:\n\n“We have done all we can.”\n\nNo date was set.';
		expect(noise(text)).toEqual([]);
	});

	it('marks a stray letter left after the headline', () => {
		const text = 'Shocking resignation – why now? H\n\nThe official resigned on Friday.\n\nHe gave no reason.';
		expect(noise(text)).toEqual([['stray-characters', ' H']]);
	});
});
