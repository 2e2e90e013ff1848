// Finds a group of people that one report ties to a named body and the other leaves unnamed, where both
// tell the same event: "Tea Party protesters allegedly hurled racial epithets at black lawmakers" / "black
// members of Congress … accused protesters of hurling racial epithets". The sentence shape read is a plural
// noun of people (an agent noun: protesters, activists, supporters, residents) with a name written right before
// it in one report ("Tea Party protesters", "Hamas fighters", "Google employees") and no name before it in
// the other, in two sentences the alignment pairs as carrying the same content. Saying whose people they were
// is a label: it tells the reader which side the group stood on. The name must be one the other report also
// writes, so that leaving it off there is the report's choice, not a story that never met the body.
import { MONTHS } from '../lexicons/function-words';
import type { Token } from '../tokens';
import type { Characterization, ReportAnalysis, SentencePair, Span } from '../types';
import { quoted } from './characterizations';
import { hasLetter, sentenceTokens } from './names';
import { isContent } from './words';

/** A name before a group runs at most this many capitalized words ("Tea Party", "Occupy Wall Street"). */
const MAX_NAME_WORDS = 3;

// English agent nouns in the plural: -er/-or, -ist, -ant/-ent, -ian, -ee ("protesters", "demonstrators",
// "activists", "residents", "militants", "politicians", "employees"). Lower case: a capitalized one is a name.
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ors|ists|ants|ents|ians|ees)$/u;

interface GroupMention {
	/** The noun phrase: the name and the noun, or the noun alone. */
	span: Span;
	/** The name before the noun, as written, or '' when none. */
	name: string;
	/** The name starts the sentence, where any word has a capital ("Later protesters …"). */
	opens: boolean;
	/** The noun alone. */
	noun: Span;
}

/** The agent nouns of sentence `k` outside quotations, each with the name written right before it. */
function groupsIn(r: ReportAnalysis, k: number): Map<string, GroupMention[]> {
	const out = new Map<string, GroupMention[]>();
	const tokens = sentenceTokens(r, k);
	tokens.forEach((t, j) => {
		if (!AGENT_PLURAL.test(t.text) || !isContent(t.lower)) return;
		// Inside a quotation the words are the speaker's, not the report's label.
		if (r.quotes.some((q) => q.start <= t.start && t.end <= q.end)) return;
		const before: Token[] = [];
		for (let i = j - 1; i >= 0 && before.length < MAX_NAME_WORDS; i--) {
			const m = tokens[i];
			// A month is a time, not whose the group is: "In March protesters gathered".
			if (!m || !m.cap || !hasLetter(m.text) || !isContent(m.lower) || m.base !== m.text || MONTHS.has(m.lower)) break;
			before.unshift(m);
		}
		const first = before[0];
		const noun = { start: t.start, end: t.end };
		const mention: GroupMention = first
			? { span: { start: first.start, end: t.end }, name: r.text.slice(first.start, before[before.length - 1]?.end), opens: first === tokens[0], noun }
			: { span: noun, name: '', opens: false, noun };
		out.set(t.lower, [...(out.get(t.lower) ?? []), mention]);
	});
	return out;
}

// What ends a sentence or opens a quotation: a capital after it may be there for that alone.
const OPENS_BEFORE = /(?:^|[.!?:“"\n])\s*$/u;

/**
 * Whether `text` writes `name` as whole words with its capitals, somewhere other than at the start of a
 * sentence ("Several", "Angry" open sentences in any report; "Tea Party" in "The Tea Party movement" is a name).
 */
function namedThere(text: string, name: string): boolean {
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		if (!hasLetter(text[at - 1] ?? ' ') && !hasLetter(text[at + name.length] ?? ' ') && !OPENS_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return true;
	}
	return false;
}

export function findGroupAffiliations(a: ReportAnalysis, b: ReportAnalysis, aligned: readonly SentencePair[]): Characterization[] {
	const out: Characterization[] = [];
	const seen = new Set<string>();
	for (const pair of aligned) {
		if (a.sentences[pair.a]?.headline || b.sentences[pair.b]?.headline) continue;
		const ga = groupsIn(a, pair.a);
		if (ga.size === 0) continue;
		const gb = groupsIn(b, pair.b);
		for (const [noun, xs] of ga) {
			const ys = gb.get(noun);
			if (!ys || seen.has(noun)) continue;
			const namedA = xs.filter((x) => x.name && namedThere(b.text, x.name));
			const namedB = ys.filter((y) => y.name && namedThere(a.text, y.name));
			// A capital that only opens the sentence ("Later activists", "Angry protesters") is no name unless the
			// other report writes the same words: such a group is left unnamed.
			const bareA = xs.filter((x) => !x.name || (x.opens && !namedA.includes(x)));
			const bareB = ys.filter((y) => !y.name || (y.opens && !namedB.includes(y)));
			// One report names whose they are, the other, in the same event, does not.
			const [la, lb] = namedA.length && bareB.length && !namedB.length ? [namedA, bareB] : namedB.length && bareA.length && !namedA.length ? [bareA, namedB] : [[], []];
			if (la.length === 0) continue;
			seen.add(noun);
			// An unnamed group is shown by its noun alone, without a capital that only opens its sentence.
			const spans: [Span[], Span[]] = [la.map((x) => (x.name && namedA.includes(x) ? x.span : x.noun)), lb.map((y) => (y.name && namedB.includes(y) ? y.span : y.noun))];
			out.push({
				entity: noun,
				byReport: spans,
				explanation: `Report A calls them ${quoted(a, spans[0])}; report B ${quoted(b, spans[1])}. Naming the movement or body a group belongs to tells the reader which side its members were on; leaving it off leaves that open.`,
			});
		}
	}
	return out;
}
