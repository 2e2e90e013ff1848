// Builds the pool: every question each generator can honestly make from the analysis of a pair, checked
// against the rules every question must keep (evidence in the text and outside debris, distinct options,
// answers in range) and de-duplicated by id. Pure and deterministic: no seed is needed to build it.
import type { Comparison, ReportAnalysis } from '../analysis/types';
import { type Pair, type PoolOptions, inNoise, makePair } from './pair';
import { attributedOrNot } from './questions/attributed-or-not';
import { characterization } from './questions/characterization';
import { headline } from './questions/headline';
import { hedgeDrift } from './questions/hedge-drift';
import { hedgeMeaning } from './questions/hedge-meaning';
import { missingVoice } from './questions/missing-voice';
import { namedNotHeard } from './questions/named-not-heard';
import { quoteOrParaphrase } from './questions/quote-or-paraphrase';
import { quoteVariant } from './questions/quote-variant';
import { reportingVerb } from './questions/reporting-verb';
import { sourceKind } from './questions/source-kind';
import { spotHedge } from './questions/spot-hedge';
import { spotLoaded } from './questions/spot-loaded';
import { unattributedVerdict } from './questions/unattributed-verdict';
import { whichReport } from './questions/which-report';
import { whoSaid } from './questions/who-said';
import { whoseVoice } from './questions/whose-voice';
import type { Question } from './types';

/** One generator per question type, in the order the pool lists them. */
const GENERATORS: ReadonlyArray<(pair: Pair) => Question[]> = [
	whoSaid,
	sourceKind,
	attributedOrNot,
	quoteOrParaphrase,
	reportingVerb,
	spotHedge,
	hedgeMeaning,
	spotLoaded,
	whoseVoice,
	headline,
	whichReport,
	characterization,
	quoteVariant,
	hedgeDrift,
	missingVoice,
	namedNotHeard,
	unattributedVerdict,
];

/** Why a question breaks the rules, or null when it keeps them all. */
export function questionProblem(pair: Pair, q: Question): string | null {
	if (!q.prompt.trim() || !q.explanation.trim()) return 'empty prompt or explanation';
	if (q.evidence.length === 0) return 'no evidence';
	for (const e of q.evidence) {
		const side = e.report === 'a' ? pair.sides[0] : pair.sides[1];
		if (e.start < 0 || e.end > side.analysis.text.length || e.end <= e.start) return 'evidence outside the text';
		if (inNoise(side, e)) return 'evidence in page debris';
	}
	const size = q.format === 'tap' ? q.targets.length : q.options.length;
	if (q.answer.length === 0 || q.answer.some((i) => !Number.isInteger(i) || i < 0 || i >= size)) return 'answer out of range';
	if (new Set(q.answer).size !== q.answer.length) return 'answer repeats an index';
	if (q.format === 'tap') {
		if (q.answer.length === q.targets.length) return 'every word is keyed';
		for (const t of q.targets) {
			const side = t.report === 'a' ? pair.sides[0] : pair.sides[1];
			if (side.analysis.text.slice(t.start, t.end) !== t.text) return 'target does not match the text';
			if (inNoise(side, t)) return 'target in page debris';
		}
		return null;
	}
	if (q.options.length < 2 || q.options.length > 5) return 'needs 2 to 5 options';
	if (new Set(q.options.map((o) => o.trim().toLowerCase())).size !== q.options.length) return 'options repeat';
	if (q.format === 'single' && q.answer.length !== 1) return 'single choice needs exactly one answer';
	if (q.format === 'multiple' && q.answer.length === q.options.length) return 'every option is right';
	return null;
}

/** Every question the pair can honestly support. Time this on its own: it takes analyses, not texts. */
export function buildPool(a: ReportAnalysis, b: ReportAnalysis, comparison: Comparison, options: PoolOptions = {}): Question[] {
	const pair = makePair(a, b, comparison, options);
	const seenIds = new Set<string>();
	const seenPrompts = new Set<string>();
	const pool: Question[] = [];
	for (const generate of GENERATORS) {
		for (const q of generate(pair)) {
			// Tap questions share a prompt; what they ask about is the sentence.
			const asks = q.format === 'tap' ? `${q.prompt}\u0000${q.targets.map((t) => t.text).join(' ')}` : q.prompt;
			if (seenIds.has(q.id) || seenPrompts.has(asks) || questionProblem(pair, q) !== null) continue;
			seenIds.add(q.id);
			seenPrompts.add(asks);
			pool.push(q);
		}
	}
	return pool;
}
