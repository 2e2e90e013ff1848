// Finds page debris that comes with a copied web page (section labels, comment forms, lost embeds, share
// lines, bylines, timestamps) so that nothing in it is read as part of the report. Every rule looks at the
// shape of a whole line (or the tail of the headline line), never at what a report is about.
import { confidenceOf, ruleId } from './calibration/confidence';
import { wordCount } from './scan';
import type { Block, NoiseCategory, NoiseFinding, Span } from './types';

const EXPLAIN: Record<NoiseCategory, string> = {
	'section-label': 'A section label from the website, not part of the report.',
	'stray-characters': 'Stray characters left over from copying the page.',
	'comment-form': 'Part of the comment form under the article, not the report.',
	'lost-embed': 'This line introduced a post or video that did not survive copying, so there is nothing to read here.',
	'social-post': 'A social-media post copied in with the page: its author’s words, not the reporter’s.',
	'share-or-related': 'A share button or a link to other articles, not part of the report.',
	'cookie-or-newsletter': 'A cookie or newsletter notice from the website, not part of the report.',
	advert: 'An advertising label, not part of the report.',
	byline: 'The byline: who wrote the article, not what it reports.',
	timestamp: 'A date or time stamp from the page, not part of the report.',
	caption: 'A picture caption or credit; the picture itself did not survive copying.',
	navigation: 'Website navigation, not part of the report.',
	footer: 'Small print from the bottom of the website, not part of the report.',
	'reader-poll': 'A poll the website asks its readers, not part of the report.',
	repeated: 'The same line again: the page printed it twice, so it is not read twice.',
};

/** A reader-poll prompt: "take our poll - story continues below", "Vote in our poll". */
const READER_POLL = /^(?:take|vote in|answer) (?:our|the|this) (?:quick )?poll\b/i;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+\\d{4})?|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`;
const TIME = '(?:\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*[A-Z]{2,4})?|\\d{1,2}\\s*(?:am|pm))';

/** Whole-line patterns, tried in order; each holds for the entire (trimmed) line. */
const LINE_RULES: ReadonlyArray<readonly [NoiseCategory, RegExp]> = [
	['comment-form', /^(?:leave a (?:reply|response|comment)|post (?:a )?comment|add (?:a|your) comment|comments?(?: \(\d+\))?|\d+ comments?|join the (?:conversation|discussion)|(?:show|view|load|read) (?:all )?comments|be the first to comment|cancel reply|you must be logged in to post a comment\.?)$/i],
	['comment-form', /^(?:your email address will not be published\.?|required fields are marked)(?:.{0,60})$/i],
	['comment-form', /^save my name,? email,? and website in this browser/i],
	['share-or-related', /^(?:share(?: this)?(?: article| story| page)?(?: on [\w ]{1,20}| via [\w ]{1,20})?|tweet(?: this)?|email(?: this)?(?: article)?|print(?: this)?(?: article| page)?|copy link(?: to clipboard)?|related(?: articles| stories| content| coverage| topics| posts)?|read more|read next|more from [\w ’'&]{1,40}|see also|most (?:read|popular|viewed|shared)|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also like|also read|tags?|topics?|more on this story|follow us(?: on [\w ,]{1,40})?|watch|listen|click here(?: to [\w ’']{1,40})?)\s*:?$/i],
	['share-or-related', /^(?:related|read more|read also|also read|see also|more|watch|listen|recommended)\s*[:|»›>-]\s*.{1,140}$/i],
	['share-or-related', /^(?:share|tags|topics)\s*:\s*.{1,120}$/i],
	['cookie-or-newsletter', /(?:we use cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|sign up (?:for|to) (?:our|the)\b.{0,40}newsletter|subscribe to (?:our|the)\b.{0,30}(?:newsletter|channel|podcast)|newsletter sign-?up|in your inbox|enter your email|you (?:also )?agree to (?:our|this site|the site).{0,20}(?:privacy policy|terms of (?:use|service))|you (?:may|can) (?:opt out|unsubscribe) (?:at )?any ?time|updates free of charge)/i],
	['advert', /^(?:advertisement|advert|ad|sponsored(?: content)?|promoted(?: content)?|paid (?:content|partnership)|story continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|scroll (?:down )?to continue(?: with content)?|article continues below)\s*:?$/i],
	// Case-sensitive but for the opener: with the "i" flag "\p{Lu}" would match any letter, and "By contrast,
	// the senator said no." would read as a byline.
	['byline', /^(?:[Bb]y|[Ww]ords by|[Ww]ritten by|[Rr]eporting by|BY)\s+\p{Lu}[\p{L}’'.-]+(?:\s+(?:\p{Lu}[\p{L}’'.-]+|and|&|de|van|von|al|bin))*(?:\s*(?:,|\||–|-|for)\s*.{0,60})?$/u],
	['byline', /^reporting by .{1,80}(?:;|\s)editing by .{1,80}$/i],
	['timestamp', new RegExp(`^(?:(?:published|updated|posted|last updated|first published|modified)\\s*(?:on|at)?\\s*:?\\s*)?(?:${DAY},?\\s+)?(?:${DATE}|${TIME})(?:\\s*(?:,|at|-|–|\\|)?\\s*(?:${DATE}|${TIME}))*(?:\\s*\\(?(?:updated|edited)?\\s*\\)?)?\\.?$`, 'i')],
	['timestamp', /^(?:published|updated|posted)?\s*:?\s*\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i],
	['caption', /^(?:photo(?:graph)?|image|picture|pic|credit|illustration|video)\s*(?:credit)?\s*:\s*.{1,160}$/i],
	['caption', /^\(?(?:photo|image|picture)\s*:\s*[^)]{1,80}\)?$/i],
	['caption', /^[^.!?]{0,120}\b(?:getty images|via getty|afp via getty|shutterstock|\/ ?reuters|\/ ?ap photo|\/ ?afp|\/ ?epa|pa (?:wire|media))\)?$/i],
	// "Below are some of the photos shared on Twitter.": a pointer to pictures or posts the pasted text lost.
	['lost-embed', /^(?:below|above)\s*(?:is|are|:|,)\s.{0,160}\b(?:photos?|pictures?|images?|videos?|clips?|footage|tweets?|posts?|reactions?|maps?|charts?)\b.{0,80}$/i],
	['lost-embed', /pic\.twitter\.com\/\w+|^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+.{0,40}\d{4}$/i],
	['navigation', /^(?:[\p{L}&’' ]{1,25}\s*(?:›|»|>|\/)\s*){1,6}[\p{L}&’' ]{1,25}$/u],
	['navigation', /^(?:skip to (?:main )?content|menu|search|home|sign in|log in|subscribe|back to top|next article|previous article)$/i],
	['footer', /^(?:©|copyright\b|\(c\)\s*\d{4}|all rights reserved)/i],
];

// The signature a copied post ends with: "— Jane Roe (@janeroe) June 29, 2016", perhaps followed by what is
// left of the embed's markup.
const POST_SIGNATURE = new RegExp(`[—–-]\\s*[^—–\\n]{1,60}\\(@\\w{1,30}\\)\\s+${MONTH}\\.?\\s+\\d{1,2},\\s+\\d{4}(?:\\s*<\\/?\\w+>)?[.\\s]*$`, 'i');
/** The most a post holds (a tweet's limit): lines before its signature line belong to it only within this. */
const POST_LENGTH = 280;
const LINK = /\bhttps?:\/\/\S+|\bpic\.twitter\.com\/\w+|<[^>]*>/g;
// A line that tells of someone's saying is the report's, however short: "Her spokesman responded on Twitter."
const TELLS = /\b(?:said|says|told|tweeted|wrote|responded|replied|posted|according to)\b/;

/**
 * The lines of each copied post: the line with its signature, and the lines before it while the post stays within
 * POST_LENGTH ("No evidence of fraud?" / "Dems got voters to …" / "https://t.co/… — Jane Roe (@janeroe) …").
 * A line that ends in a colon introduces the post and is the report's; so is one that tells of a saying, one
 * already read as page debris, and the headline.
 */
function postLines(lines: readonly string[]): Set<number> {
	const out = new Set<number>();
	lines.forEach((line, i) => {
		const sign = POST_SIGNATURE.exec(line);
		if (!sign || i === 0) return;
		out.add(i);
		let length = line.slice(0, sign.index).replace(LINK, '').trim().length;
		for (let j = i - 1; j > 0 && !out.has(j); j--) {
			const before = lines[j] ?? '';
			length += before.replace(LINK, '').trim().length;
			if (length > POST_LENGTH || before.endsWith(':') || TELLS.test(before) || lineCategory(before)) break;
			out.add(j);
		}
	});
	return out;
}

// A line that only introduces something embedded ("She followed it up with this Tweet:", "Watch the video
// below:") leaves a dangling colon when the embed is lost.
const EMBED_WORD = /\b(?:tweets?|tweeted|posts?|posted|video|clip|footage|watch|thread|instagram|facebook|tiktok|youtube|x|twitter|below|here|following|embed(?:ded)?|statement in full)\b/i;
const OPENS_QUOTE = /^[“"‘'«]/;

/** Site name or section appended to the headline after a bar: "… to Israel | Arms Trade". */
const HEADLINE_TAIL = /(?:\s*\|\s*|\s+[-–—]\s+)(?:[\p{Lu}\d][\p{L}\d’'.&-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d’'.&-]*|of|the|and|on|in|for)){0,4})$/u;
/** One or two letters left after the end of a sentence: "… this decision? H". */
const STRAY_TAIL = /(?:(?<=[?!”"’)])|(?<=\p{Ll}{3}\.))\s+[\p{L}\p{N}]{1,2}$/u;

// Section names that sites print in lower case too ("World news"); any other label is capitalized throughout.
const SECTION_WORDS = new Set('news world politics sport sports business opinion analysis comment culture lifestyle health science tech technology uk us europe middle east africa asia americas local national international breaking live latest features video home'.split(' '));
const isLabelLike = (line: string): boolean =>
	(line.match(/[\p{L}\p{N}][\p{L}\p{N}’'&-]*/gu) ?? []).every((w) => /^[\p{Lu}\d]/u.test(w) || SECTION_WORDS.has(w.toLowerCase()));

const words = (s: string): number => wordCount(s, 0, s.length);
const STORY_TENSE = /\bsaid\b/;
/**
 * A sentence's end, then another sentence: a word ending in a full stop, and a word opening on a capital after it
 * ("… on Monday. It approved …"). Not a question mark: a headline may ask and go on ("What now? Experts weigh in").
 */
const SENTENCE_THEN_MORE = /\p{Ll}{2}\.["”’]?\s+["“‘]?\p{Lu}\p{Ll}/u;

function finding(category: NoiseCategory, span: Span): NoiseFinding {
	const rule = ruleId('noise', category);
	return { kind: 'noise', category, start: span.start, end: span.end, explanation: EXPLAIN[category], rule, confidence: confidenceOf(rule) };
}

function lineCategory(line: string): NoiseCategory | null {
	if (!/[\p{L}\p{N}]/u.test(line) || (line.length <= 2 && !/^\d+$/.test(line))) return 'stray-characters';
	// Debris lines are short; a long paragraph is the story itself.
	if (line.length > 240 || words(line) > 25) return null;
	for (const [category, re] of LINE_RULES) if (re.test(line)) return category;
	return null;
}

export function findNoise(text: string, blocks: readonly Block[]): NoiseFinding[] {
	const out: NoiseFinding[] = [];
	const lines = blocks.map((b) => text.slice(b.start, b.end));
	const whole = new Set<number>();
	const poll = new Set<number>();
	const posts = postLines(lines);

	lines.forEach((line, i) => {
		const block = blocks[i];
		if (!block) return;
		if (posts.has(i)) {
			whole.add(i);
			out.push(finding('social-post', block));
			return;
		}
		const category = lineCategory(line);
		if (category) {
			whole.add(i);
			out.push(finding(category, block));
			return;
		}
		const next = lines[i + 1];
		if (line.endsWith(':') && words(line) <= 25 && EMBED_WORD.test(line) && !(next !== undefined && OPENS_QUOTE.test(next))) {
			whole.add(i);
			out.push(finding('lost-embed', block));
			return;
		}
		// A reader poll: its prompt, then the question it asks readers, often printed more than once.
		const prev = lines[i - 1];
		if (READER_POLL.test(line) || (poll.has(i - 1) && line.endsWith('?') && words(line) <= 25 && (prev === line || READER_POLL.test(prev ?? '')))) {
			whole.add(i);
			poll.add(i);
			out.push(finding('reader-poll', block));
			return;
		}
		// A short line the same as the one before it: a page repeats its own furniture, a report never repeats a paragraph.
		if (prev === line && words(line) <= 25) {
			whole.add(i);
			out.push(finding('repeated', block));
		}
	});

	// Section labels sit above the headline: short lines with no sentence punctuation, followed by a longer line.
	const firstReal = lines.findIndex((line, i) => {
		if (whole.has(i)) return false;
		const next = lines.findIndex((l, j) => j > i && !whole.has(j));
		const label =
			words(line) <= 3 &&
			!/[.?!:,"“”]/.test(line) &&
			isLabelLike(line) &&
			next >= 0 &&
			lines.length - next >= 2 &&
			words(lines[next] ?? '') > words(line) + 2 &&
			// Headlines tell the past in the present ("Ortiz says …"): a line with "said" is the story's first line.
			!STORY_TENSE.test(lines[next] ?? '') &&
			// So is one of several sentences: a headline is one ("Budget\n\nThe council met on Monday. …": "Budget" is
			// the headline, not a label above it).
			!SENTENCE_THEN_MORE.test(lines[next] ?? '');
		if (label) {
			const block = blocks[i];
			if (block) out.push(finding('section-label', block));
			whole.add(i);
		}
		return !label;
	});

	const headline = blocks[firstReal];
	if (headline) {
		const line = text.slice(headline.start, headline.end);
		const stray = STRAY_TAIL.exec(line);
		let end = line.length;
		if (stray) {
			out.push(finding('stray-characters', { start: headline.start + stray.index, end: headline.end }));
			end = stray.index;
		}
		const tail = HEADLINE_TAIL.exec(line.slice(0, end));
		// Only a bar marks a site suffix reliably; a spaced dash needs a short, title-cased tail.
		if (tail && words(line.slice(0, tail.index)) >= 4 && (tail[0].includes('|') || words(tail[0]) <= 3)) {
			out.push(finding('section-label', { start: headline.start + tail.index, end: headline.start + end }));
		}
	}
	return out.sort((x, y) => x.start - y.start);
}
