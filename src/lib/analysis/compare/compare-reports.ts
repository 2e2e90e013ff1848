// Compares two analysed reports of one event: how each labels the same source, which sources and passages
// only one carries, the same quotation worded two ways, and claims stated more firmly than their source.
// Imports out of alphabetical order stand where the bundle gzips smaller: modules are laid out in the
// order they are first imported (index.ts says why that matters).
import type { Attribution, Comparison, ReportAnalysis, Source, Span } from '../types';
import { voicesOnlyIn } from './voices';
import { absentName } from './absent-names';
import { backgroundOnly } from './background';
import { findCharacterizations } from './characterizations';
import { findClaimedLabelDrift } from './claimed-label-drift';
import { negatedClaim } from './negated-claims';
import { findCountedGroups } from './counted-groups';
import { figureOnlyHere, figuresOnlyIn } from './figures';
import { findGroupAffiliations } from './group-affiliations';
import { readLabels } from './labels';
import { matchNamed } from './match-named';
import { readNames } from './names';
import { findHedgeDrift } from './hedge-drift';
import { findHeadlineDrift } from './headline-drift';
import { matchSources } from './match-sources';
import { quotedTerm } from './quoted-terms';
import { findThingLabels } from './thing-labels';
import { covered, unheardVoice } from './unheard-voices';
import { findQuoteVariants } from './quote-variants';
import { alignSentences, type KnownUnique } from './align';
import { readSentences, stemsIn, type SentenceReading, type Word } from './words';

interface Side {
	r: ReportAnalysis;
	words: readonly Word[][];
}

/**
 * A source heard in both reports speaks about the story's topic in both, so one shared word (the budget,
 * the letter) is chance: two words of what it says there make the same testimony told differently.
 */
const SAME_TESTIMONY_WORDS = 2;

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
		const part = Math.max(0, covered(x, passage));
		if (part > most) [main, most] = [x, part];
	}
	const twin = main && pairs.get(main.speaker);
	if (!main || !twin) return false;
	const mine = new Set(stemsIn(here.r, here.words, main.content));
	for (const y of other.r.attributions) {
		if (y.speaker !== twin) continue;
		let shared = 0;
		for (const stem of stemsIn(other.r, other.words, y.content)) if (mine.has(stem) && ++shared >= SAME_TESTIMONY_WORDS) return true;
	}
	return false;
}

function characterizationsOf(a: ReportAnalysis, b: ReportAnalysis, caps: readonly [Set<string>[], Set<string>[]]) {
	// Only sentences with a capitalized word the other report also capitalizes can name someone both name.
	const all = caps.map((list) => {
		const words = new Set<string>();
		for (const s of list) for (const w of s) words.add(w);
		return words;
	});
	const keep = (mine: Set<string>[], theirs: Set<string> | undefined) => (k: number) => {
		for (const w of mine[k] ?? []) if (theirs?.has(w)) return true;
		return false;
	};
	const keeps = [keep(caps[0], all[1]), keep(caps[1], all[0])] as const;
	const first = [readNames(a, keeps[0]), readNames(b, keeps[1])] as const;
	// A full name one report gives with nothing to vouch for it is a person when the other report says so:
	// read again, knowing the other's people.
	const again = (k: 0 | 1) => {
		const known = (key: string) => first[k ? 0 : 1].named.some((e) => e.kind === 'person' && e.keys.has(key));
		return first[k].unconfirmed.some(known) ? readNames(k ? b : a, keeps[k], known) : first[k];
	};
	const names = [again(0), again(1)] as const;
	const pairs = matchNamed(names[0].named, names[1].named);
	return findCharacterizations({ r: a, labels: readLabels(names[0]) }, { r: b, labels: readLabels(names[1]) }, pairs);
}

/**
 * Which clauses of `r` are unique for what they are: in the words of a voice the other report never hears
 * (unheard-voices.ts), background the other report lacks (background.ts), a negated claim it never makes
 * (negated-claims.ts), a sentence about someone it never names (absent-names.ts), or a word of someone's quoted
 * that the other report never uses (quoted-terms.ts).
 * `otherWords`: the other report's content words by sentence.
 */
function knownUnique(r: ReportAnalysis, read: SentenceReading, onlyHere: readonly string[], other: ReportAnalysis, otherWords: readonly Word[][]): KnownUnique {
	const voice = unheardVoice(r, onlyHere);
	const name = absentName(r, other);
	const negated = negatedClaim(r, other);
	const term = quotedTerm(r);
	const figure = figureOnlyHere(r, other);
	// The other report's sentences as sets of stems, made when first needed.
	let sets: Set<string>[] | undefined;
	const setsOf = () => (sets ??= otherWords.map((ws) => new Set(ws.map((w) => w.stem))));
	return (c, k) => {
		const words = read.words[k] ?? [];
		return voice(c, words, setsOf) || backgroundOnly(r, c, words, read.capitals[k], setsOf) || negated(c, words, setsOf) || name(c, words, setsOf, r.sentences[k] ?? c.span) || term(c, words, setsOf) || figure(c, words, setsOf);
	};
}

export function compareReports(a: ReportAnalysis, b: ReportAnalysis): Comparison {
	const same = matchSources(a, b);
	const reverse = new Map<Source, Source>([...same].map(([x, y]) => [y, x]));
	const read = [readSentences(a), readSentences(b)] as const;
	const words = [read[0].words, read[1].words] as const;
	const sourcesOnlyIn: Comparison['sourcesOnlyIn'] = [voicesOnlyIn(a, b, (s) => same.has(s)), voicesOnlyIn(b, a, (s) => reverse.has(s))];
	const alignment = alignSentences(a, b, words, [knownUnique(a, read[0], sourcesOnlyIn[0], b, words[1]), knownUnique(b, read[1], sourcesOnlyIn[1], a, words[0])]);
	const aToB = new Map([...same].map(([x, y]) => [x.name, y.name]));
	const bToA = new Map([...same].map(([x, y]) => [y.name, x.name]));
	const sides = [{ r: a, words: words[0] }, { r: b, words: words[1] }] as const;
	// A figure only one report gives is told there alone, in whatever passage it stands (figures.ts).
	const onlyIn: Comparison['onlyIn'] = [
		figuresOnlyIn(a, b, alignment.onlyIn[0].filter((s) => !sharedTestimony(sides[0], sides[1], aToB, s))),
		figuresOnlyIn(b, a, alignment.onlyIn[1].filter((s) => !sharedTestimony(sides[1], sides[0], bToA, s))),
	];
	return {
		characterizations: [...characterizationsOf(a, b, [read[0].capitals, read[1].capitals]), ...findThingLabels(a, b, words), ...findCountedGroups(a, b), ...findGroupAffiliations(a, b, alignment.aligned)],
		quoteVariants: findQuoteVariants(a, b, same, words),
		hedgeDrift: [...findHedgeDrift(a, b, words), ...findClaimedLabelDrift(a, 0), ...findClaimedLabelDrift(b, 1), ...findHeadlineDrift(a, 0, words[0]), ...findHeadlineDrift(b, 1, words[1])],
		onlyIn,
		sourcesOnlyIn,
		aligned: alignment.aligned,
	};
}
