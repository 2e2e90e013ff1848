// Builds finished questions from a generator's draft: a stable id from the type and the evidence text,
// options de-duplicated and shuffled by a seed taken from that id, and answers as indices.
import type { Span } from '../analysis/types';
import type { Pair } from './pair';
import { hashId, mulberry32, fnv1a, shuffle } from './rng';
import { wordsOf, overlaps } from './text';
import type { ChoiceQuestion, Difficulty, Evidence, QuestionType, Skill, TapQuestion } from './types';

const SKILL_OF: Record<QuestionType, Skill> = {
	'who-said': 'attribution',
	'source-kind': 'attribution',
	'attributed-or-not': 'attribution',
	'quote-or-paraphrase': 'attribution',
	'reporting-verb': 'attribution',
	'spot-hedge': 'hedging',
	'hedge-meaning': 'hedging',
	'spot-loaded': 'loaded-language',
	'whose-voice': 'loaded-language',
	'unattributed-verdict': 'loaded-language',
	headline: 'headlines',
	'which-report': 'comparison',
	characterization: 'comparison',
	'quote-variant': 'comparison',
	'hedge-drift': 'comparison',
	'missing-voice': 'comparison',
};

interface Draft {
	type: QuestionType;
	difficulty: Difficulty;
	prompt: string;
	explanation: string;
	evidence: Evidence[];
	/** What makes this question differ from another of its type on the same evidence (a flavour). */
	variant?: string;
}

/** The id: type plus a hash of the variant and each evidence span's report and words. */
export function questionId(pair: Pair, d: Pick<Draft, 'type' | 'evidence' | 'variant'>): string {
	const parts = d.evidence.map((e) => {
		const side = e.report === 'a' ? pair.sides[0] : pair.sides[1];
		return `${e.report}:${side.analysis.text.slice(e.start, e.end)}`;
	});
	return `${d.type}-${hashId([d.type, d.variant ?? '', ...parts].join('\u0000'))}`;
}

export interface ChoiceDraft extends Draft {
	right: string[];
	wrong: string[];
	/** Keep the options in the given order (right ones first, then wrong) instead of shuffling. */
	order?: string[];
	multiple?: boolean;
}

/** Capitalises each sentence of an explanation that starts with a bare letter ("the FCDO is …"). */
// ASCII only: the names that start a sentence here ("the FCDO") begin with "the".
// A full stop that ends an abbreviation in a name ("Jesse Jackson Jr.", "Mr.", an initial as in "R. Clarke
// Cooper") ends no sentence; "report A." does.
export const sentenceCase = (s: string): string =>
	s.replace(/(^|(?<!\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev))(?<!(?<![Rr]eport )\b\p{Lu})[.!?] +)([a-z])/gu, (_, pre: string, c: string) => pre + c.toUpperCase());

const same = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();

/** A choice question, or null when it would have fewer than two distinct options or no right one. */
export function makeChoice(pair: Pair, d: ChoiceDraft, maxOptions = 4): ChoiceQuestion | null {
	const right = d.right.filter((r, i) => r && d.right.findIndex((x) => same(x, r)) === i);
	if (right.length === 0) return null;
	const wrong: string[] = [];
	for (const w of d.wrong) {
		if (!w || right.some((r) => same(r, w)) || wrong.some((x) => same(x, w))) continue;
		wrong.push(w);
	}
	const id = questionId(pair, d);
	const random = mulberry32(fnv1a(id));
	const keptWrong = shuffle(wrong, random).slice(0, Math.max(0, maxOptions - right.length));
	if (right.length + keptWrong.length < 2) return null;
	const kept = [...right, ...keptWrong];
	const options = d.order ? d.order.filter((o) => kept.some((k) => k === o)) : shuffle(kept, random);
	if (options.length !== kept.length) return null;
	return {
		id,
		type: d.type,
		skill: SKILL_OF[d.type],
		difficulty: d.difficulty,
		format: d.multiple ? 'multiple' : 'single',
		prompt: d.prompt,
		options,
		answer: options.flatMap((o, i) => (right.includes(o) ? [i] : [])),
		explanation: sentenceCase(d.explanation),
		evidence: d.evidence,
	};
}

export interface TapDraft extends Draft {
	sentence: Span;
	keyed: Span[];
}

/** A tap-the-words question over one sentence, or null when no word (or every word) would be keyed. */
export function makeTap(pair: Pair, d: TapDraft): TapQuestion | null {
	const first = d.evidence[0];
	if (!first) return null;
	const side = first.report === 'a' ? pair.sides[0] : pair.sides[1];
	const targets = wordsOf(side.analysis.text, d.sentence, first.report);
	const answer = targets.flatMap((t, i) => (d.keyed.some((k) => overlaps(k, t)) ? [i] : []));
	if (answer.length === 0 || answer.length === targets.length) return null;
	return {
		id: questionId(pair, d),
		type: d.type,
		skill: SKILL_OF[d.type],
		difficulty: d.difficulty,
		format: 'tap',
		prompt: d.prompt,
		targets,
		answer,
		explanation: sentenceCase(d.explanation),
		evidence: d.evidence,
	};
}

export const ev = (report: 'a' | 'b', s: Span): Evidence => ({ report, start: s.start, end: s.end });
