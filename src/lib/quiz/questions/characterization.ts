// Asks how the two reports label the same person or body: which report uses a given label, and, when the
// labels raise or lower the person's standing, which report makes them sound more important.
import type { Span } from '../../analysis/types';
import { ev, makeChoice } from '../make';
import type { Pair } from '../pair';
import { listWords, normName, textOf } from '../text';
import type { Question, ReportKey } from '../types';
import { STATUS_WORDS } from '../wording';

const WHICH = ['Report A', 'Report B', 'Both reports'];
const MORE = ['Report A', 'Report B', 'Neither: they give the same impression'];

// Each status word as a whole word ("senior", not "seniority"; "low-ranking" as one word).
const STATUS = STATUS_WORDS.map((w) => ({ ...w, re: new RegExp(`(?:^|[^\\p{L}-])${w.word}(?:$|[^\\p{L}-])`, 'iu') }));
const statusOf = (label: string, direction: 'up' | 'down'): string[] =>
	STATUS.filter((w) => w.direction === direction && w.re.test(label)).map((w) => w.word);

export function characterization(pair: Pair): Question[] {
	const out: Question[] = [];
	for (const c of pair.comparison.characterizations) {
		const labels = pair.sides.map((side) => {
			const seen = new Set<string>();
			const list: { span: Span; text: string }[] = [];
			for (const span of c.byReport[side.index]) {
				if (side.analysis.noise.some((n) => n.start < span.end && span.start < n.end)) continue;
				const t = textOf(side.analysis.text, span);
				// "A senior British diplomat" and "Senior British diplomat" are one label.
				const key = t.toLowerCase().replace(/^(?:a|an|the)\s+/, '');
				if (!t || seen.has(key)) continue;
				seen.add(key);
				list.push({ span, text: t });
			}
			// Labels that raise or lower standing first: they are the ones worth showing.
			const weight = (l: { text: string }) => statusOf(l.text, 'up').length + statusOf(l.text, 'down').length;
			return list.sort((x, y) => weight(y) - weight(x) || x.span.start - y.span.start);
		});
		const [la, lb] = [labels[0] ?? [], labels[1] ?? []];
		if (la.length === 0 || lb.length === 0) continue;
		const entity = c.entity;
		const say = (key: ReportKey, list: typeof la) => `Report ${key.toUpperCase()} calls ${entity} ${listWords(list.slice(0, 3).map((l) => `“${l.text}”`))}`;
		const explainBoth = (first?: { text: string }) => {
			// The asked-about label always appears in the explanation.
			const order = (list: typeof la) => (first && list.some((l) => l === first) ? [first, ...list.filter((l) => l !== first)] : list) as typeof la;
			return `${say('a', order(la))}; ${say('b', order(lb)).replace(/^R/, 'r')}.`;
		};
		const evidence = [...la.map((l) => ev('a', l.span)), ...lb.map((l) => ev('b', l.span))];

		// Which report uses this label? Only a label whose words the other report never uses anywhere; a label
		// carrying a loaded or status word is the most worth asking about.
		const telling = (side: (typeof pair.sides)[number], l: { span: Span; text: string }) =>
			(side.analysis.loaded.some((x) => x.start < l.span.end && l.span.start < x.end) ? 2 : 0) +
			(statusOf(l.text, 'up').length + statusOf(l.text, 'down').length > 0 ? 1 : 0);
		const choices = pair.sides.flatMap((side) => {
			const other = pair.sides[1 - side.index];
			if (!other) return [];
			return (labels[side.index] ?? [])
				// "calls X “who led the charge …”" does not read: a relative clause is shown, not asked about.
				.filter((l) => /\p{L}/u.test(l.text) && !/^(?:who|which|whose)\b/i.test(l.text) && !other.lower.includes(l.text.toLowerCase().replace(/^(?:a|an|the)\s+/, '')) && normName(l.text) !== normName(entity))
				.map((l) => ({ side, label: l, weight: telling(side, l) }));
		});
		const best = choices.sort((x, y) => y.weight - x.weight || x.side.index - y.side.index)[0];
		if (best) {
			const { side, label } = best;
			const right = side.key === 'a' ? 'Report A' : 'Report B';
			const q = makeChoice(pair, {
				type: 'characterization',
				difficulty: 2,
				prompt: `The two reports describe ${entity} in different words. Which report calls ${entity} “${label.text}”?`,
				right: [right],
				wrong: WHICH.filter((w) => w !== right),
				order: WHICH,
				explanation: `${explainBoth(label)} The label a report picks shapes who you think ${entity} is and how much weight you give them.`,
				evidence: [ev(side.key, label.span), ...evidence.filter((e) => e.report !== side.key || e.start !== label.span.start)],
			});
			if (q) out.push(q);
		}

		// Which report makes them sound more important? Only when the status words point one way.
		const up = labels.map((list) => [...new Set(list.flatMap((l) => statusOf(l.text, 'up')))]);
		const down = labels.map((list) => [...new Set(list.flatMap((l) => statusOf(l.text, 'down')))]);
		const raisedBy = [0, 1].filter((i) => (up[i] ?? []).length > 0 && (down[i] ?? []).length === 0);
		const loweredBy = [0, 1].filter((i) => (down[i] ?? []).length > 0);
		const higher = raisedBy.length === 1 ? raisedBy[0] : loweredBy.length === 1 && raisedBy.length === 0 ? 1 - (loweredBy[0] ?? 0) : undefined;
		if (higher === undefined || (raisedBy.length === 1 && loweredBy.includes(higher))) continue;
		const lower = 1 - higher;
		const quoted = (ws: string[]) => listWords(ws.map((w) => `“${w}”`));
		const right = higher === 0 ? 'Report A' : 'Report B';
		const lowerName = lower === 0 ? 'report A' : 'report B';
		const ups = up[higher] ?? [];
		const downs = down[lower] ?? [];
		const raises = ups.length > 0 ? `${right}’s ${quoted(ups)} ${ups.length > 1 ? 'raise' : 'raises'} ${entity}’s standing` : '';
		const lowers = downs.length > 0 ? `${lowerName}’s ${quoted(downs)} ${downs.length > 1 ? 'lower' : 'lowers'} it` : '';
		const contrast = raises && lowers ? `${raises}, while ${lowers}` : raises || lowers.replace(/ it$/, ` ${entity}’s standing`).replace(/^r/, 'R');
		const q = makeChoice(pair, {
			type: 'characterization',
			variant: 'standing',
			difficulty: 3,
			prompt: `${say('a', la)}. ${say('b', lb)}. Which report makes ${entity} sound more important?`,
			right: [right],
			wrong: MORE.filter((m) => m !== right),
			order: MORE,
			explanation: `${contrast}. How important a report makes someone sound changes how much weight you give their words.`,
			evidence,
		});
		if (q) out.push(q);
	}
	return out;
}
