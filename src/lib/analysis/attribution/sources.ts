// The distinct sources a report relies on: one per speaker of its attributions, less those heard only
// inside another source's words (nested), with the names, mentions and descriptions the report gives them.
import { describes, type Registry } from '../entities';
import { COUNTRIES } from '../lexicons/names';
import type { Speaker } from '../speaker';
import type { Attribution, Source, SourceKind, Span } from '../types';

/** A country that speaks ("Israel insists …") speaks as its government. */
export function sourceKind(speaker: Speaker): SourceKind {
	if (speaker.kind === 'organization' && COUNTRIES.has(speaker.name.toLowerCase())) return 'government';
	return speaker.kind;
}

export function collectSources(attributions: readonly Attribution[], reg: Registry, src: string): Source[] {
	const out = new Map<string, Source>();
	const byId = new Map(reg.entities.map((e) => [e.id, e]));
	for (const a of attributions) {
		// A source quoted only inside another's words is not one the report relies on; an unresolved pronoun names no one.
		// Nor is an interviewer whose question the report passes on without a name ("Asked whether …").
		if (a.nested || a.resolvedBy === 'unresolved' || a.resolvedBy === 'first-person' || (a.category === 'question' && !a.speaker)) continue;
		const e = byId.get(a.sourceId);
		const known = out.get(a.sourceId);
		if (known) {
			known.mentions.push(a.cue);
			continue;
		}
		out.set(a.sourceId, {
			id: a.sourceId,
			name: a.speaker,
			kind: a.sourceKind,
			aliases: e ? [...e.aliases] : [],
			mentions: e ? [...e.mentions] : [a.cue],
			descriptions: e ? dedupe(e.descriptions.flatMap((d) => describes(src, d) ?? [])) : [],
		});
	}
	return [...out.values()];
}

function dedupe(spans: readonly Span[]): Span[] {
	const seen = new Set<string>();
	return spans
		.filter((s) => {
			const k = `${s.start}:${s.end}`;
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		})
		.sort((a, b) => a.start - b.start);
}
