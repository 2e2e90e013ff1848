// Finds loaded language: emotive and evaluative words, intensifiers, figures of speech, labels and headline
// tricks (teaser questions, "Shocking"), each with the voice it is in — the reporter's narration or a
// source's words the report passes on. Which words count is data (lexicons/loaded.ts).
import { confidenceOf, ruleId } from './calibration/confidence';
import type { ReadingContext } from './context';
import { HEADLINE_TEASERS, LOADED_RULES } from './lexicons/loaded';
import type { Attribution, Loaded, LoadedCategory, Span } from './types';
import { voiceReader } from './voice';

const EXPLAIN: Record<LoadedCategory, (w: string) => string> = {
	emotive: (w) => `“${w}” is an emotional word: it tells you how to feel, not only what happened.`,
	evaluative: (w) => `“${w}” passes judgement instead of only describing.`,
	intensifier: (w) => `“${w}” turns up the strength of the claim.`,
	figurative: (w) => `“${w}” is a figure of speech or an aside that adds drama or a point of view.`,
	label: (w) => `“${w}” is a label that judges the people it names.`,
	'headline-device': (w) => `“${w}” is a headline device: it tempts you to read on instead of telling you what happened.`,
};

function headlineDevices(text: string, headline: Span): Omit<Loaded, 'voice'>[] {
	const out: Omit<Loaded, 'voice'>[] = [];
	const line = text.slice(headline.start, headline.end);
	// A teaser question: the last clause of the headline, after a colon or dash, ending in "?".
	const q = /(?:^|[:–—|]\s*|\s-\s)([^:–—|?]{3,120}\?)\s*$/u.exec(line);
	if (q?.[1]) {
		const start = headline.start + line.lastIndexOf(q[1]);
		const rule = ruleId('loaded', 'headline-device', 'teaser-question');
		out.push({ kind: 'loaded', category: 'headline-device', start, end: start + q[1].length, explanation: EXPLAIN['headline-device'](q[1].trim()), rule, confidence: confidenceOf(rule) });
	}
	for (const clause of line.matchAll(/(?:^|:\s*)([^:]+)/g)) {
		const t = HEADLINE_TEASERS.exec(clause[1] ?? '');
		if (t && clause.index !== undefined) {
			const start = headline.start + clause.index + clause[0].indexOf(t[0]);
			const rule = ruleId('loaded', 'headline-device', t[0]);
			out.push({ kind: 'loaded', category: 'headline-device', start, end: start + t[0].length, explanation: EXPLAIN['headline-device'](t[0]), rule, confidence: confidenceOf(rule) });
		}
	}
	return out;
}

export function findLoaded(ctx: ReadingContext, attributions: readonly Attribution[]): Loaded[] {
	const { text } = ctx;
	const found: Omit<Loaded, 'voice'>[] = [];
	for (const s of ctx.sentences) {
		const line = text.slice(s.start, s.end);
		for (const { category, pattern } of LOADED_RULES) {
			pattern.lastIndex = 0;
			for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
				const start = s.start + m.index;
				const rule = ruleId('loaded', category, m[0]);
				found.push({ kind: 'loaded', category, start, end: start + m[0].length, explanation: EXPLAIN[category](m[0]), rule, confidence: confidenceOf(rule) });
			}
		}
	}
	const headlineSentences = ctx.sentences.filter((s) => s.headline);
	const h0 = headlineSentences[0];
	const h1 = headlineSentences[headlineSentences.length - 1];
	const headline = h0 && h1 ? { start: h0.start, end: h1.end } : null;
	if (headline) found.push(...headlineDevices(text, headline));

	// Longest first, then one mark per stretch of words.
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Loaded[] = [];
	const voiceOf = voiceReader(attributions, ctx.quotes, headline);
	for (const f of found) {
		const last = out[out.length - 1];
		if (last && f.start < last.end) {
			// A headline device swallows the emotive word it starts with ("Shocking"), the longer span wins.
			if (f.end > last.end && f.category === 'headline-device') out[out.length - 1] = { ...f, voice: 'reporter' };
			continue;
		}
		out.push({ ...f, voice: voiceOf(f) });
	}
	return out;
}
