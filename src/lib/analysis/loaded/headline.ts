// Finds headline devices: a teaser question as the headline's last clause ("Star quits – What really
// happened?") and an opener that sells rather than tells ("Shocking:", "You won't believe").
import { confidenceOf, ruleId } from '../calibration/confidence';
import { HEADLINE_TEASERS } from '../lexicons/loaded';
import type { Loaded, Span } from '../types';

export type Unvoiced = Omit<Loaded, 'voice'>;

const explain = (w: string): string => `“${w}” is a headline device: it tempts you to read on instead of telling you what happened.`;

export function headlineDevices(text: string, headline: Span): Unvoiced[] {
	const out: Unvoiced[] = [];
	const line = text.slice(headline.start, headline.end);
	// A teaser question: the last clause of the headline, after a colon or dash, ending in "?".
	const q = /(?:^|[:–—|]\s*|\s-\s)([^:–—|?]{3,120}\?)\s*$/u.exec(line);
	if (q?.[1]) {
		const start = headline.start + line.lastIndexOf(q[1]);
		const rule = ruleId('loaded', 'headline-device', 'teaser-question');
		out.push({ kind: 'loaded', category: 'headline-device', start, end: start + q[1].length, explanation: explain(q[1].trim()), rule, confidence: confidenceOf(rule) });
	}
	for (const clause of line.matchAll(/(?:^|:\s*)([^:]+)/g)) {
		const t = HEADLINE_TEASERS.exec(clause[1] ?? '');
		if (t && clause.index !== undefined) {
			const start = headline.start + clause.index + clause[0].indexOf(t[0]);
			const rule = ruleId('loaded', 'headline-device', t[0]);
			out.push({ kind: 'loaded', category: 'headline-device', start, end: start + t[0].length, explanation: explain(t[0]), rule, confidence: confidenceOf(rule) });
		}
	}
	return out;
}
