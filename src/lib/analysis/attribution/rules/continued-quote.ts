// "“We will not trade territory,” Kuleba said. “Not now, not ever.”" — a quotation with no cue of its own,
// standing as its own sentence or paragraph just after a quoted source, carries on that source's words.
// In the paragraph whose quotation its cue split ("“A,” Kuleba said. “B.”") it is also the rest of that one
// quotation, as an editor reads it (and as PolNeAR marks it, in 482 of 490 such cases): the passage runs on over it.
import type { ReadingContext } from '../../context';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, INTRO_WORDS, SUBJECT_PRONOUNS } from '../../lexicons/function-words';
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs';
import type { Quote, Sentence } from '../../types';
import { trimContent } from '../content';
import { isCovered, type Found } from '../found';

/** More than one paragraph break between the quotes, and the second is someone else's or the reporter's. */
const MAX_PARAGRAPH_BREAKS = 1;
/** A longer stretch of narration between them (about three sentences) hands the floor back to the reporter. */
const MAX_GAP_CHARS = 400;
/** A quote filling less of its sentence than this is a phrase quoted inside narration, not a carried-on quote. */
const MIN_SHARE_OF_SENTENCE = 0.6;
const PARAGRAPH_BREAK = /\n\s*\n|\n/;
/** A sentence that opens on an answer ("His response:", "Her reply was"): a new voice after a question. */
const ANSWER_NOUN = /\b(?:response|reply|answer|retort)\b/i;
/** The first capitalized word of a sentence, after "The": its subject, when it is a name. */
const LEAD_NAME = /^\s*(?:The\s+)?(\p{Lu}\p{L}*)/u;

function sentenceFinder(sentences: readonly Sentence[]): (at: number) => Sentence | undefined {
	return (at) => {
		let lo = 0;
		let hi = sentences.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((sentences[mid]?.end ?? 0) <= at) lo = mid + 1;
			else hi = mid;
		}
		const s = sentences[lo];
		return s && s.start <= at ? s : undefined;
	};
}

/** Quotations that carry on the source quoted just before them; `found` is sorted by content start. */
export function continuedQuotes(ctx: ReadingContext, found: readonly Found[]): Found[] {
	const src = ctx.text;
	// Both lists are in text order, so one pass with two pointers does it.
	// A quotation, or a mixed one ("America needs leaders “who …,” Clinton said."), is carried on.
	// Of two ending together, the one that holds the other goes on ("…, calling Trump “an orange buffoon,” Susan said").
	const byEnd = found.filter((a) => a.direct || a.category === 'quote').sort((a, b) => a.content.end - b.content.end || b.content.start - a.content.start);
	const out: Found[] = [];
	const sentenceOf = sentenceFinder(ctx.sentences);
	let p = 0;
	// The last quotation that filled its sentence and no rule gave a speaker: someone else had the floor.
	let unclaimed = -1;
	for (const q of ctx.quotes) {
		while (p < byEnd.length && (byEnd[p]?.content.end ?? Infinity) <= q.start) p++;
		if (q.marks === 'colon' || isCovered(found, q.inner)) continue;
		const sentence = sentenceOf(q.start);
		if (!sentence || sentence.headline) continue;
		const prev = byEnd[p - 1];
		const own = !!prev && carriesOn(src, prev, q, sentence);
		const after = unclaimed;
		if (!own && spoken(src, q, sentence)) unclaimed = q.start;
		if (!prev || !own || after >= prev.content.end) continue;
		const content = trimContent(src, q.inner.start, q.inner.end);
		if (!content) continue;
		// The split passage runs on over this one (found holds it, so it is lengthened in place, and the paragraph's
		// next quotation carries it on again: "“A,” she said. “B.” “C.”"); this one is still its speaker's words.
		if (splitByCue(src, prev, q, sentence, sentenceOf, found)) prev.content = { start: prev.content.start, end: content.end };
		out.push({ ...prev, content, direct: true, category: 'continued-quote', rule: 'continued-quote' });
	}
	return out;
}

/**
 * Whether the quotation is the rest of a passage its cue split ("“A,” she said. “B.”"): the cue stands after the
 * passage's first words, and the quotation opens the sentence after the cue's (or after the passage's last
 * quotation: "“B.” “C.”"). A sentence of narration ("She walked off.") or another passage between them
 * ("…,” he said, claiming that …. “B.”") keeps them apart.
 */
function splitByCue(src: string, prev: Found, q: Quote, sentence: Sentence, sentenceOf: (at: number) => Sentence | undefined, found: readonly Found[]): boolean {
	if (!prev.direct || prev.cue.start <= prev.content.start || src.slice(prev.content.end, q.start).includes('\n')) return false;
	if ((sentenceOf(Math.max(prev.cue.start, prev.content.end - 1))?.index ?? -2) < sentence.index - 1) return false;
	return !found.some((o) => o.cue.start !== prev.cue.start && o.content.start >= prev.content.end && o.content.start < q.start);
}

function carriesOn(src: string, prev: Found, q: Quote, sentence: Sentence): boolean {
	const gap = src.slice(prev.content.end, q.start);
	const breaks = gap.split(PARAGRAPH_BREAK).length - 1;
	if (breaks > MAX_PARAGRAPH_BREAKS || gap.length > MAX_GAP_CHARS) return false;
	// "Sanders delivered a snappy retort: “…”", "The Post responded with a piece entitled “…”": a sentence that
	// opens on someone else's name brings in a new voice; the quotation is not the last speaker's.
	const opener = LEAD_NAME.exec(src.slice(sentence.start, q.start))?.[1] ?? '';
	const word = opener.toLowerCase();
	// ("Opening up about his past, Beck told …", "Asked about it, …": a participle opens no name.)
	if (opener && !(INTRO_WORDS.has(word) || SUBJECT_PRONOUNS.has(word) || DETERMINERS.has(word) || BETWEEN_SUBJECT_AND_VERB.has(word) || /(?:ing|ed)$/.test(word) || prev.speaker.name.includes(opener))) return false;
	// "The chief justice also asked Mr. Sellers “how many …?”": a question put in a sentence of its own, with no
	// pronoun for the last speaker, is its asker's, whoever that is; the one who answered did not ask it.
	// "The cameraman replies, “…”": a short lead, two words and a verb of saying (perhaps one word more), is the
	// quotation's own cue; a subject that is no pronoun there is someone no rule could name, not the last speaker.
	// (The lead splits into its words and an empty item for the quotation mark, so the verb is lead[2] and a lead of
	// more words has a fifth word; a long one, "… slam Sanders for implying “…”", names its speaker elsewhere.)
	const lead = src.slice(sentence.start, q.start).toLowerCase().split(/[^\p{L}’']+/u);
	if (!lead.some((w) => SUBJECT_PRONOUNS.has(w)) && ((REPORTING_VERBS.has(lead[2] ?? '') && !lead[4]) || (/\?\s*$/.test(src.slice(q.inner.start, q.inner.end)) && lead.some((w) => REPORTING_VERBS.get(w)?.lemma === 'ask')))) return false;
	// "Vieira asked Trump, “…?” His response: “…”": an answer is the one asked's, not the asker's; who that is the
	// rule cannot tell ("his"), so it gives the words to no one.
	if (ANSWER_NOUN.test(src.slice(sentence.start, q.start))) return false;
	// "“We will not back down,” the minister’s chief of staff.": a quotation closing on a comma, then a phrase that
	// names someone with no verb of saying (one left out), is that one's, not the last speaker's.
	const tag = src.slice(q.end, sentence.end).match(/[\p{L}’']+/gu) ?? [];
	if (/,\s*$/.test(src.slice(q.inner.start, q.inner.end)) && DETERMINERS.has(tag[0] ?? '') && !tag.some((w) => REPORTING_VERBS.has(w))) return false;
	return fills(q, sentence);
}

/** A quotation that opens its sentence and ends as speech does ("“It was very nice,” the tycoon told …"), not a title or a phrase. */
const spoken = (src: string, q: Quote, sentence: Sentence): boolean => q.start <= sentence.start + 1 && /[,.!?]\s*$/.test(src.slice(q.inner.start, q.inner.end));

const fills = (q: Quote, sentence: Sentence): boolean => (q.inner.end - q.inner.start) / Math.max(1, sentence.end - sentence.start) >= MIN_SHARE_OF_SENTENCE;
