// The analysis's last step: one finding per span and kind, and so one speaker per quotation. The rules run
// independently and can read the same words twice: the attribution rules can pair one quotation with a cue
// after it and with the previous paragraph's cue before it, or take "Post" in "told The Washington Post"
// for a second reporting verb. Two findings on one span would give a who-said question two right answers
// and two lens marks in one place, so whatever the rules do, only one survives here.
import type { Attribution, Block, Finding, ReportAnalysis, Span } from './types';

/** Characters between the cue and the content (0 when they touch or overlap). */
function gap(cue: Span, content: Span): number {
	if (cue.end <= content.start) return content.start - cue.end;
	if (cue.start >= content.end) return cue.start - content.end;
	return 0;
}

const blockAt = (blocks: readonly Block[], at: number): number => blocks.find((b) => b.start <= at && at < b.end)?.index ?? -1;

/**
 * A cue written with a capital in mid-sentence is a word of a name ("The Washington Post", "Islamic State"),
 * not a reporting verb: verbs are lower case except at a sentence's start.
 */
function cueLooksLikeName(text: string, cue: Span): boolean {
	const first = text.charAt(cue.start);
	if (first === first.toLowerCase()) return false;
	return /[\p{L}\p{N},;]\s*$/u.test(text.slice(Math.max(0, cue.start - 3), cue.start));
}

/**
 * Of two readings of the same quotation, the better one: a verb over a name word, then the more confident
 * rule (confidence is each rule's measured precision), then a cue in the quotation's own paragraph (news
 * names a quotation's speaker in its paragraph; the paragraph before usually belongs to someone else), then
 * the nearer cue. Negative when `x` is better.
 */
function better(analysis: ReportAnalysis, x: Attribution, y: Attribution): number {
	const { text, blocks } = analysis;
	const name = Number(cueLooksLikeName(text, x.cue)) - Number(cueLooksLikeName(text, y.cue));
	if (name !== 0) return name;
	if (x.confidence !== y.confidence) return y.confidence - x.confidence;
	const home = blockAt(blocks, x.content.start);
	const own = Number(blockAt(blocks, y.cue.start) === home) - Number(blockAt(blocks, x.cue.start) === home);
	if (own !== 0) return own;
	return gap(x.cue, x.content) - gap(y.cue, y.content);
}

/** The attribution rules' cap on a nested reading's confidence (find-attributions.ts): a source quoted
 * inside a quotation is passed on twice, and the quiz asks nothing below its threshold about it. */
const NESTED_CONFIDENCE = 0.6;

const spanKey = (s: Span) => `${s.start}:${s.end}`;

/** One finding per span, in the order given; on a tie the more confident (then the first) is kept. */
export function onePerSpan<T extends Finding>(findings: readonly T[], prefer: (x: T, y: T) => number = (x, y) => y.confidence - x.confidence, spanOf: (x: T) => Span = (x) => x): T[] {
	const best = new Map<string, T>();
	for (const f of findings) {
		const key = spanKey(spanOf(f));
		const held = best.get(key);
		if (!held || prefer(f, held) < 0) best.set(key, f);
	}
	const kept = new Set(best.values());
	return findings.filter((f) => kept.has(f));
}

/** The quotation group (Quote.group) whose words hold `s`, or undefined. */
function quotationOf(analysis: ReportAnalysis, s: Span): number | undefined {
	return analysis.quotes.find((q) => q.start <= s.start && s.end <= q.end)?.group;
}

/**
 * One speaker per quotation: where readings inside one quotation name different speakers, the quotation
 * belongs to the best reading, preferring one whose cue stands outside the quotation ("…,” Smith said).
 * The others are kept as what they can only be, a source the quoted speaker passes on (nested), as the
 * attribution rules mark such readings themselves, with their confidence capped the same way.
 */
function oneSpeakerPerQuotation(analysis: ReportAnalysis, attributions: readonly Attribution[]): Attribution[] {
	const byQuotation = new Map<number, Attribution[]>();
	for (const a of attributions) {
		if (a.nested) continue;
		const group = quotationOf(analysis, a.content);
		if (group !== undefined) byQuotation.set(group, [...(byQuotation.get(group) ?? []), a]);
	}
	const inside = (a: Attribution) => quotationOf(analysis, a.cue) !== undefined;
	const demoted = new Set<Attribution>();
	for (const readings of byQuotation.values()) {
		if (new Set(readings.map((a) => a.speaker)).size < 2) continue;
		const [owner] = [...readings].sort((x, y) => Number(inside(x)) - Number(inside(y)) || better(analysis, x, y));
		for (const a of readings) if (owner && a.speaker !== owner.speaker) demoted.add(a);
	}
	return attributions.map((a) => (demoted.has(a) ? { ...a, nested: true, confidence: Math.min(NESTED_CONFIDENCE, a.confidence) } : a));
}

/** The analysis with every kind of finding at most once per span, and no source left without a finding. */
export function oneFindingPerSpan(analysis: ReportAnalysis): ReportAnalysis {
	const attributions = oneSpeakerPerQuotation(
		analysis,
		onePerSpan(analysis.attributions, (x, y) => better(analysis, x, y), (a) => a.content)
	);
	// A source that only dropped or demoted readings named was itself a misreading (sources list speakers
	// of readings that are not nested).
	const speaking = new Set(attributions.filter((a) => !a.nested).map((a) => a.sourceId));
	const before = new Set(analysis.attributions.filter((a) => !a.nested).map((a) => a.sourceId));
	return {
		...analysis,
		noise: onePerSpan(analysis.noise),
		attributions,
		sources: analysis.sources.filter((s) => speaking.has(s.id) || !before.has(s.id)),
		hedges: onePerSpan(analysis.hedges),
		loaded: onePerSpan(analysis.loaded),
		verdicts: onePerSpan(analysis.verdicts),
	};
}
