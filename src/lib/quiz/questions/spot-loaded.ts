// A tap-the-words question: tap every loaded word (emotive, judging, dramatic) of a sentence. Only sentences
// whose every loaded word the analysis is sure of and that hold no unattributed verdict (asked about apart).
import { ev, makeTap } from '../make';
import { type Pair, inQuote, nameIn, speakerOf, sure } from '../pair';
import { loadedInSense } from '../sense';
import { listWords, overlaps, possessive, reportName, textOf } from '../text';
import type { Question } from '../types';

const PER_REPORT = 4;
const MAX_WORDS = 45;

export function spotLoaded(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const side of pair.sides) {
		const { text, loaded, verdicts } = side.analysis;
		let count = 0;
		for (const s of side.units) {
			if (count >= PER_REPORT) break;
			const inside = loaded.filter((l) => overlaps(l, s));
			if (inside.length === 0 || !inside.every((l) => sure(pair, l) && loadedInSense(side, l, inQuote(side, l)))) continue;
			if (verdicts.some((v) => overlaps(v, s)) || s.words > MAX_WORDS) continue;
			// A word the report sets in quotation marks of its own is voiced as the reporter's, yet it is someone
			// else's wording: "in the report's own voice" would be false, and whose it is goes unsaid.
			if (inside.some((l) => l.voice === 'reporter' && inQuote(side, l))) continue;
			const cues = inside.map((l) => `“${textOf(text, l)}”`);
			// Whose words they are: null for the report's own voice, else the source's name.
			const voices = inside.map((l) => {
				if (l.voice === 'reporter') return null;
				const found = speakerOf(pair, side, l);
				return found ? nameIn(found.member, side) : 'a source';
			});
			const first = voices[0] ?? null;
			const many = inside.length > 1;
			const whose = voices.every((v) => v === first)
				? first === null
					? `${many ? 'They are' : 'It is'} in the report’s own voice.`
					: `${many ? 'They come' : 'It comes'} from ${first}, whose words the report passes on.`
				: `They come from different voices: ${inside.map((l, i) => `${cues[i] ?? ''} ${voices[i] ? `comes from ${voices[i] ?? ''}` : 'is the report’s own'}`).join('; ')}.`;
			const q = makeTap(pair, {
				type: 'spot-loaded',
				difficulty: inside.some((l) => l.category === 'figurative' || l.category === 'label') ? 3 : inside.length > 1 ? 2 : 1,
				prompt: `Tap every loaded word in this sentence from ${reportName(side.key)}: a word chosen to stir feelings or pass judgement, where a plainer word would do.`,
				sentence: s,
				keyed: inside,
				explanation: `${listWords(cues)} ${inside.length > 1 ? 'are' : 'is'} loaded: ${inside.length > 1 ? 'they judge' : 'it judges'} or ${inside.length > 1 ? 'stir' : 'stirs'} feelings instead of just describing. ${whose}`,
				evidence: [ev(side.key, s), ...inside.map((l) => ev(side.key, l))],
			});
			if (!q) continue;
			out.push(q);
			count++;
		}
	}
	return out;
}
