// Asks which of the two headlines uses emotive words or teaser devices, and what one such device does.
import { ev, makeChoice } from '../make';
import { type Pair, sure } from '../pair';
import { loadedInSense } from '../sense';
import { listWords, overlaps, possessive, reportName, textOf } from '../text';
import type { Question } from '../types';
import { LOADED_EFFECT, LOADED_NON_EFFECTS } from '../wording';

const WHICH = ['Headline A', 'Headline B', 'Both', 'Neither'];
const PER_PAIR_DEVICES = 2;

export function headline(pair: Pair): Question[] {
	const out: Question[] = [];
	const [a, b] = pair.sides;
	const ha = a.analysis.headline;
	const hb = b.analysis.headline;
	if (!ha || !hb) return out;
	const devices = pair.sides.map((side) => {
		const h = side.analysis.headline;
		return h ? side.analysis.loaded.filter((l) => overlaps(l, h)) : [];
	});
	// A headline with a device the analysis is unsure of cannot be keyed either way.
	if (devices.some((list, i) => list.some((l) => !sure(pair, l) || !loadedInSense(pair.sides[i] ?? a, l, false)))) return out;
	const [da, db] = [devices[0] ?? [], devices[1] ?? []];
	const ta = textOf(a.analysis.text, ha);
	const tb = textOf(b.analysis.text, hb);
	if (da.length + db.length === 0) return out;
	const key = da.length > 0 && db.length > 0 ? 'Both' : da.length > 0 ? 'Headline A' : 'Headline B';
	const describe = (side: typeof a, list: typeof da) =>
		list.length > 0
			? `headline ${side.key.toUpperCase()} uses ${listWords(list.map((l) => `“${textOf(side.analysis.text, l)}”`))}`
			: `headline ${side.key.toUpperCase()} just states what happened`;
	const which = makeChoice(pair, {
		type: 'headline',
		difficulty: 1,
		prompt: `Which headline uses emotive words or teaser devices to pull you in? Headline A: “${ta}” Headline B: “${tb}”`,
		right: [key],
		wrong: WHICH.filter((w) => w !== key && w !== 'Neither'),
		order: WHICH,
		explanation: `${describe(a, da)}; ${describe(b, db)}. Emotive words and teasers tell you how to feel, or make you click, before you have the facts.`.replace(/^h/, 'H'),
		evidence: [ev('a', ha), ev('b', hb), ...da.map((l) => ev('a', l)), ...db.map((l) => ev('b', l))],
	});
	if (which) out.push(which);
	let asked = 0;
	for (const side of pair.sides) {
		const h = side.analysis.headline;
		if (!h) continue;
		const full = textOf(side.analysis.text, h);
		for (const l of devices[side.index] ?? []) {
			if (asked >= PER_PAIR_DEVICES) break;
			const cue = textOf(side.analysis.text, l);
			const effect = LOADED_EFFECT[l.category];
			const q = makeChoice(pair, {
				type: 'headline',
				variant: 'device',
				difficulty: 2,
				prompt: `What does “${cue}” do in ${possessive(reportName(side.key))} headline? “${full}”`,
				right: [effect],
				wrong: [...LOADED_NON_EFFECTS],
				explanation: `“${cue}” ${effect.replace(/^It /, '')}. A plain headline would just say what happened and let you decide how to feel.`,
				evidence: [ev(side.key, l), ev(side.key, h)],
			});
			if (q) {
				out.push(q);
				asked++;
			}
		}
	}
	return out;
}
