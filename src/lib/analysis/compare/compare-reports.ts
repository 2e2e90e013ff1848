// Compares two analysed reports of one event: how each labels the same source, which sources and passages
// only one carries, the same quotation worded two ways, and claims stated more firmly than their source.
import type { Attribution, Comparison, ReportAnalysis, Source, Span } from '../types';
import { sentenceAt } from '../segment';
import { alignSentences } from './align';
import { backgroundOnlyIn } from './background';
import { findCharacterizations } from './characterizations';
import { findClaimedLabelDrift } from './claimed-label-drift';
import { readLabels } from './labels';
import { matchNamed } from './match-named';
import { readNames } from './names';
import { findHedgeDrift } from './hedge-drift';
import { matchSources } from './match-sources';
import { findQuoteVariants } from './quote-variants';
import { findThingLabels } from './thing-labels';
import { unheardVoicePassages } from './unheard-voices';
import { voicesOnlyIn } from './voices';
import { readSentences, type Word } from './words';

interface Side {
	r: ReportAnalysis;
	words: readonly Word[][];
	/** The report's attributions by speaker name, in report order. */
	bySpeaker: ReadonlyMap<string, readonly Attribution[]>;
}

function side(r: ReportAnalysis, words: readonly Word[][]): Side {
	const bySpeaker = new Map<string, Attribution[]>();
	for (const x of r.attributions) {
		const list = bySpeaker.get(x.speaker);
		if (list) list.push(x);
		else bySpeaker.set(x.speaker, [x]);
	}
	return { r, words, bySpeaker };
}

/**
 * A source heard in both reports speaks about the story's topic in both, so one shared word (the budget,
 * the letter) is chance: two words of what it says there make the same testimony told differently.
 */
const SAME_TESTIMONY_WORDS = 2;

/** The stems of the content words inside `span` (which may run over several sentences). */
function stemsIn(s: Side, span: Span): Set<string> {
	const out = new Set<string>();
	const last = sentenceAt(s.r.sentences, Math.max(span.start, span.end - 1));
	for (let k = sentenceAt(s.r.sentences, span.start); k <= last; k++) {
		for (const w of s.words[k] ?? []) if (w.start >= span.start && w.end <= span.end) out.add(w.stem);
	}
	return out;
}

/**
 * A passage attributed to a source that also speaks in the other report, and shares words with what that
 * source says there, is the same testimony told differently: never "only in one report". What the source
 * says is compared, not the sentences around it (a sentence also says who the source is and when it spoke),
 * and a passage is judged by the testimony it mostly carries: '"I've been pushed before," he added, saying
 * the day had been long' is the first quotation, whatever the aside.
 */
function sharedTestimony(here: Side, other: Side, pairs: ReadonlyMap<string, string>, passage: Span): boolean {
	let main: Attribution | undefined;
	let most = -1;
	for (const x of here.r.attributions) {
		if (x.nested || !x.speaker || x.cue.start < passage.start || x.cue.start >= passage.end) continue;
		const covered = Math.max(0, Math.min(x.content.end, passage.end) - Math.max(x.content.start, passage.start));
		if (covered > most) [main, most] = [x, covered];
	}
	const twin = main && pairs.get(main.speaker);
	if (!main || !twin) return false;
	const mine = stemsIn(here, main.content);
	for (const y of other.bySpeaker.get(twin) ?? []) {
		let shared = 0;
		for (const stem of stemsIn(other, y.content)) if (mine.has(stem) && ++shared >= SAME_TESTIMONY_WORDS) return true;
	}
	return false;
}

function characterizationsOf(a: ReportAnalysis, b: ReportAnalysis, caps: readonly [Set<string>[], Set<string>[]]) {
	// Only sentences with a capitalized word the other report also capitalizes can name someone both name.
	const all = caps.map((list) => {
		const out = new Set<string>();
		for (const s of list) for (const w of s) out.add(w);
		return out;
	});
	const keep = (mine: Set<string>[], theirs: Set<string> | undefined) => (k: number) => {
		for (const w of mine[k] ?? []) if (theirs?.has(w)) return true;
		return false;
	};
	const names = [readNames(a, keep(caps[0], all[1])), readNames(b, keep(caps[1], all[0]))] as const;
	const pairs = matchNamed(names[0].named, names[1].named);
	return findCharacterizations({ r: a, labels: readLabels(names[0]) }, { r: b, labels: readLabels(names[1]) }, pairs);
}

/** The spans in text order, those that overlap or meet within one sentence joined. */
function union(r: ReportAnalysis, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const s of spans.sort((p, q) => p.start - q.start)) {
		const last = out[out.length - 1];
		const meets = last && s.start <= last.end + 1 && sentenceAt(r.sentences, last.start) === sentenceAt(r.sentences, s.start);
		if (last && (s.start < last.end || meets)) last.end = Math.max(last.end, s.end);
		else out.push({ start: s.start, end: s.end });
	}
	return out;
}

export function compareReports(a: ReportAnalysis, b: ReportAnalysis): Comparison {
	const same = matchSources(a, b);
	const reverse = new Map<Source, Source>([...same].map(([x, y]) => [y, x]));
	const read = [readSentences(a), readSentences(b)] as const;
	const words = [read[0].words, read[1].words] as const;
	const alignment = alignSentences(a, b, words);
	const aToB = new Map([...same].map(([x, y]) => [x.name, y.name]));
	const bToA = new Map([...same].map(([x, y]) => [y.name, x.name]));
	const sides = [side(a, words[0]), side(b, words[1])] as const;
	const sourcesOnlyIn: Comparison['sourcesOnlyIn'] = [voicesOnlyIn(a, b, (s) => same.has(s)), voicesOnlyIn(b, a, (s) => reverse.has(s))];
	const onlyIn: Comparison['onlyIn'] = [
		union(a, [
			...alignment.onlyIn[0].filter((s) => !sharedTestimony(sides[0], sides[1], aToB, s)),
			...unheardVoicePassages(a, words[0], sourcesOnlyIn[0], b, words[1]),
			...backgroundOnlyIn(a, words[0], read[0].capitals, words[1]),
		]),
		union(b, [
			...alignment.onlyIn[1].filter((s) => !sharedTestimony(sides[1], sides[0], bToA, s)),
			...unheardVoicePassages(b, words[1], sourcesOnlyIn[1], a, words[0]),
			...backgroundOnlyIn(b, words[1], read[1].capitals, words[0]),
		]),
	];
	return {
		characterizations: [...characterizationsOf(a, b, [read[0].capitals, read[1].capitals]), ...findThingLabels(a, b, words)],
		quoteVariants: findQuoteVariants(a, b, same, words),
		hedgeDrift: [...findHedgeDrift(a, b, words), ...findClaimedLabelDrift(a, 0), ...findClaimedLabelDrift(b, 1)],
		onlyIn,
		sourcesOnlyIn,
		aligned: alignment.aligned,
	};
}
