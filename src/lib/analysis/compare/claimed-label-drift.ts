// Finds a label first given as someone's claim, then used as plain fact further on in the same report:
// "the man, who identifies himself as a student, …" and, two paragraphs later, "out of the student's hands";
// "the alleged gunman" and then "the gunman". The first wording tells the reader the label is not checked;
// the second drops that.
import type { HedgeDrift, ReportAnalysis, ReportIndex, Sentence, Span } from '../types';
import { sentenceAt } from '../segment';
import { allWords } from './words';

// The shapes that hand a label to someone's own word or to suspicion, with the label's head noun captured.
const CLAIMED = [
	/\b(?:identif(?:y|ies|ied)|describ(?:e|es|ed)|call(?:s|ed)?|present(?:s|ed)?) (?:himself|herself|themselves) as (?:a |an )?(?:[\p{Ll}-]+ )?([\p{Ll}-]{3,})\b/gu,
	/\bclaim(?:s|ed)? to be (?:a |an )?(?:[\p{Ll}-]+ )?([\p{Ll}-]{3,})\b/gu,
	/\b(?:alleged|purported|suspected|self-described|self-styled|would-be) ([\p{Ll}-]{3,})\b/gu,
];
// A word of each shape above ("self" for "himself", "herself", "self-described"): one search of the text finds them all.
const CUES = /self|themselves|claim|alleged|purported|suspected|would-be/g;
/** Words shown before and after the plain use of the label. */
const SHOWN_BEFORE = 4;
const SHOWN_AFTER = 2;
/** The plain use counts only this far on: further away it may be another person or thing. */
const REACH = 2000;

export function findClaimedLabelDrift(r: ReportAnalysis, report: ReportIndex): HedgeDrift[] {
	const out: HedgeDrift[] = [];
	const inQuote = (at: number) => r.quotes.some((q) => q.start <= at && at < q.end);
	for (const s of sentencesWithCues(r)) {
		const line = r.text.slice(s.start, s.end);
		for (const pattern of CLAIMED) {
			pattern.lastIndex = 0;
			for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
				const noun = m[1];
				const at = s.start + m.index;
				if (!noun || inQuote(at)) continue;
				drift(r, report, noun, { start: at, end: at + m[0].length }, inQuote, out);
			}
		}
	}
	return out;
}

/**
 * The sentences that hold a cue word, in order: most sentences hold none, and one search of the whole text
 * is cheaper than reading every sentence (and than a search per cue).
 */
function sentencesWithCues(r: ReportAnalysis): Sentence[] {
	const holding = new Set<Sentence>();
	for (const m of r.text.matchAll(CUES)) {
		const s = r.sentences[sentenceAt(r.sentences, m.index)];
		if (s && m.index + m[0].length <= s.end) holding.add(s);
	}
	return r.sentences.filter((s) => holding.has(s));
}

/** The first plain use of the label after the hedged one, in the reporter's words: "the student's hands". */
function drift(r: ReportAnalysis, report: ReportIndex, noun: string, hedged: Span, inQuote: (at: number) => boolean, out: HedgeDrift[]): void {
	// "the student", "the student's", but not "the alleged student" again. The label is in lower case, so the
	// same word with a capital is a name: "a self-described democratic socialist" is no "Democratic" party member.
	// The noun is letters and hyphens only, and a hyphen outside a class needs no escape (under "u" one may not be escaped).
	const plain = new RegExp(`\\b[Tt]he ${noun}(?:['’]s)?\\b`, 'gu');
	plain.lastIndex = hedged.end;
	for (let p = plain.exec(r.text); p && p.index < hedged.end + REACH; p = plain.exec(r.text)) {
		const at = p.index;
		const sentence = r.sentences.find((s) => s.start <= at && at < s.end && !s.headline);
		if (inQuote(at) || !sentence) continue;
		// A few words either side, within the sentence, so the plain use reads as a phrase: "a cell phone
		// camera out of the student's hands".
		const words = allWords(r.text, sentence);
		const k = words.findIndex((w) => w.start >= at);
		const from = words[Math.max(0, k - SHOWN_BEFORE)];
		const to = words[Math.min(words.length - 1, k + SHOWN_AFTER)];
		const strong = { start: Math.min(at, from?.start ?? at), end: Math.max(at + p[0].length, to?.end ?? 0) };
		out.push({
			report,
			strong,
			hedgedReport: report,
			hedged,
			claimedLabel: noun,
			explanation: `The report first gives “${r.text.slice(hedged.start, hedged.end)}”, someone's claim, and later says “${r.text.slice(strong.start, strong.end)}” as plain fact. The label lost its hedge on the way.`,
		});
		return;
	}
}
