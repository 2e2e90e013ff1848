// Asks what kind of source a named source is (a person, an organization, a document, a post, a group)
// and, in the explanation, why that matters. One question per source of the pair, from a report that hears it.
import type { SourceKind, Span } from '../../analysis/types';
import { ev, makeChoice } from '../make';
import { type Pair, memberOf, sure } from '../pair';
import { ReportName, normName, textOf } from '../text';
import type { Question } from '../types';
import { SOURCE_KIND_CLOSE, SOURCE_KIND_LABEL, SOURCE_KIND_WHY } from '../wording';

const DIFFICULTY: Record<SourceKind, 1 | 2 | 3> = {
	person: 1,
	organization: 1,
	government: 1,
	document: 2,
	'social-media': 2,
	group: 3,
	anonymous: 3,
};

const PER_KIND = 2;

const LABELS: string[] = [...new Set(Object.values(SOURCE_KIND_LABEL))];

/**
 * The first mention that is the source's name, or, failing that, the name inside a longer mention
 * ("According to the emails" → "emails"): never a pronoun or a cue quoted as if it were a name.
 */
function nameIn(text: string, mentions: readonly Span[], names: readonly string[]): Span | undefined {
	const keys = new Set(names.map(normName));
	const exact = mentions.find((m) => keys.has(normName(textOf(text, m))));
	if (exact) return exact;
	for (const m of mentions) {
		const lower = text.slice(m.start, m.end).toLowerCase();
		for (const name of names) {
			const bare = name.replace(/^the\s+/i, '').toLowerCase();
			const at = bare ? lower.indexOf(bare) : -1;
			if (at < 0) continue;
			// Keep the article that stands in the text: "the emails".
			const from = lower.slice(Math.max(0, at - 4), at) === 'the ' ? at - 4 : at;
			return { start: m.start + from, end: m.start + at + bare.length };
		}
	}
	return undefined;
}

export function sourceKind(pair: Pair): Question[] {
	const out: Question[] = [];
	// A few of each kind: five "a named person" questions teach nothing the first did not.
	const perLabel = new Map<string, number>();
	for (const member of pair.cast) {
		const label = SOURCE_KIND_LABEL[member.kind];
		if ((perLabel.get(label) ?? 0) >= PER_KIND) continue;
		for (const side of pair.sides) {
			const source = member.bySide[side.index];
			const att = side.analysis.attributions.find((a) => sure(pair, a) && memberOf(pair, side, a) === member);
			if (!source || !att) continue;
			const { text } = side.analysis;
			// The first place the report names it (not a pronoun), to quote in the prompt.
			const mention = nameIn(text, source.mentions, [source.name, ...source.aliases]);
			const named = mention ? textOf(text, mention) : source.name;
			const right = SOURCE_KIND_LABEL[member.kind];
			const close = new Set((SOURCE_KIND_CLOSE[member.kind] ?? []).map((k) => SOURCE_KIND_LABEL[k]));
			const q = makeChoice(
				pair,
				{
					type: 'source-kind',
					difficulty: DIFFICULTY[member.kind],
					prompt: `${ReportName(side.key)} relies on “${named}” as a source. What kind of source is that?`,
					right: [right],
					wrong: LABELS.filter((l) => l !== right && !close.has(l)),
					order: LABELS,
					explanation: `${normName(member.display) === normName(named) ? `“${named}”` : `“${named}” (${member.display})`} is ${right.charAt(0).toLowerCase()}${right.slice(1)}. ${SOURCE_KIND_WHY[member.kind]}`,
					evidence: [ev(side.key, mention ?? att.cue)],
				},
				4,
			);
			if (q) {
				out.push(q);
				perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
			}
			break;
		}
	}
	return out;
}
