// Asks whose word a loaded phrase is: the reporter's own, or a source's that the report passes on. A source's
// word is only asked about when the analysis knows which source's words hold it.
import { ev, makeChoice } from '../make';
import { type Pair, affiliated, enclosingAttribution, heardIn, inQuote, mayBeOne, nameIn, speakerOf, sure, unitAt } from '../pair';
import { loadedInSense } from '../sense';
import { ReportName, possessive, quoteAround, reportName, textOf, capitalise } from '../text';
import type { Question } from '../types';

const REPORTER = 'The reporter’s own';
const PER_VOICE = 2;

export function whoseVoice(pair: Pair): Question[] {
	const out: Question[] = [];
	const seen = new Set<string>();
	for (const side of pair.sides) {
		const { text } = side.analysis;
		const count = { reporter: 0, source: 0 };
		const heard = pair.cast.filter((m) => heardIn(pair, side, m));
		for (const l of side.analysis.loaded) {
			const cue = textOf(text, l);
			if (!sure(pair, l) || !loadedInSense(side, l, inQuote(side, l)) || seen.has(cue.toLowerCase()) || count[l.voice] >= PER_VOICE) continue;
			const sentence = unitAt(side, l.start);
			if (!sentence) continue;
			// A reporter's word sits in no attribution at all; a source's is in, or just after, a named one's cue.
			const held = enclosingAttribution(side, l);
			const found = l.voice === 'source' ? speakerOf(pair, side, l) : undefined;
			const att = found?.att ?? held;
			const member = found?.member;
			let right: string;
			let explanation: string;
			let wrong: string[];
			if (l.voice === 'source') {
				if (!att || !member) continue;
				const name = nameIn(member, side);
				right = capitalise(possessive(name));
				wrong = [REPORTER, ...heard.filter((m) => m !== member && !mayBeOne(m, member) && !affiliated(pair, m, member)).map((m) => capitalise(possessive(nameIn(m, side))))];
				explanation = `“${cue}” is part of what ${name} said: the report marks it with “${textOf(text, att.cue)}”. The report is passing on ${possessive(name)} judgement, not making its own.`;
			} else {
				// No attribution of any confidence anywhere in the sentence: the word is plainly the report's.
				if (held || inQuote(side, l) || side.analysis.attributions.some((a) => a.start < sentence.end && sentence.start < a.end)) continue;
				right = REPORTER;
				wrong = heard.map((m) => capitalise(possessive(nameIn(m, side))));
				explanation = `No one is quoted or named as saying “${cue}”: it is ${possessive(reportName(side.key))} own ${/\s/.test(cue) ? 'wording' : 'word'}. A loaded word in the report’s own voice means the report itself is taking a side or adding drama.`;
			}
			const q = makeChoice(pair, {
				type: 'whose-voice',
				difficulty: l.voice === 'source' ? 2 : 1,
				prompt: `In this sentence from ${reportName(side.key)}, whose ${/\s/.test(cue) ? 'words are' : 'word is'} “${cue.replace(/[?!.]$/, '')}”? ${quoteAround(text, sentence, l, 30)}`,
				right: [right],
				wrong: wrong.slice(0, 2),
				explanation,
				evidence: [ev(side.key, l), ...(att ? [ev(side.key, att.cue)] : [])],
			});
			if (!q) continue;
			out.push(q);
			seen.add(cue.toLowerCase());
			count[l.voice]++;
		}
	}
	return out;
}
