// Measures every rule's precision on the development corpus (../shared/corpus) and writes it to
// src/lib/analysis/calibration/measured.ts, where a finding's confidence comes from.
//
//   npm run calibrate               print the table (rule, made, confirmed, precision)
//   npm run calibrate -- --write    also rewrite measured.ts
//   npm run calibrate -- --check    exit 1 when measured.ts is not what the corpus measures now
//
// A finding counts as confirmed when the corpus's annotators marked the same words, by the overlap rules of
// ../shared/tools/corpus/score.mjs:
// - attribution (PolNeAR): its content overlaps an annotated content, and where the annotated speaker is a
//   name, the finding's speaker shares a word of it. Who-said questions rest on both. Every annotated passage
//   the finding overlaps nearly as much as the best one counts as its match (NEAR_BEST): a source quoted inside
//   a quotation overlaps the outer passage as much as its own, and was judged against the outer speaker alone.
// - hedge: each where a corpus annotates what it does.
//   Uncertainty ("may", "likely", "seems", "believes", "is widely considered": modal, speculation, softener and
//   impersonal/view) on the Szeged uncertainty corpus (Wikipedia): it overlaps an uncertainty cue of any type.
//   Reporting at arm's length and unnamed or vague sources ("claimed", "alleged", "it is said", "sources said",
//   "many believe": distancing-verb, impersonal/report, vague-source) on PolNeAR: it overlaps an attribution's
//   cue or its speaker, since the question there is whether the words really pass on what someone says or
//   thinks ("Smith claimed that", "critics say") rather than something else ("insurance claims", "energy
//   sources", "many states"). Before, only cues counted, so a finding on the unnamed speaker ("sources",
//   "people familiar with") was judged wrong for being on the speaker; and the view passives were judged on
//   PolNeAR, which marks a belief only where someone holds it. Szeged does not annotate reporting verbs or
//   approximators, and PolNeAR no uncertainty: a finding of a kind the corpus does not annotate counts there
//   only when it hits an annotation. Approximators are annotated by neither, so they borrow the hedge family's figure.
// - loaded and verdict (PTC propaganda spans of any technique; BASIL lexical or informational bias): it
//   overlaps one. The lenient reading, because both schemes mark only some of the loaded words in a text.
// The corpus is read at run time and never bundled: measured.ts holds figures only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeReport } from '../src/lib/analysis/index';
import { MIN_MEASURED } from '../src/lib/analysis/calibration/confidence';
import { DEFAULT_MIN_CONFIDENCE } from '../src/lib/quiz/pair';
import type { Finding, ReportAnalysis, Span } from '../src/lib/analysis/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, process.env.DT_SHARED ?? '../shared');
const MEASURED_FILE = join(ROOT, 'src/lib/analysis/calibration/measured.ts');

type Tally = Map<string, [made: number, right: number]>;

const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

interface GoldSpan extends Span {
	kind?: string;
}
interface GoldAttribution {
	speaker_text: string;
	speaker?: Span[];
	cue?: Span[];
	content: Span[];
}
interface Item {
	file?: string;
	files?: string[];
	gold: { attributions?: GoldAttribution[]; cues?: GoldSpan[]; spans?: GoldSpan[]; byReport?: GoldSpan[][] };
}

// As score.mjs reads a speaker: the capitalised words of three letters or more that name someone, less
// titles and party words.
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|us|me|his|hers|its|their|theirs|our|ours|my|your|who|whom|whose|which|that|this|these|those|one|himself|herself|themselves|itself)$/;
const NOT_NAME = new Set(['the', 'this', 'that', 'these', 'those', 'and', 'but', 'for', 'his', 'her', 'its', 'their', 'our', 'your', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'vice', 'secretary', 'general', 'judge', 'rev', 'sir', 'former', 'chief', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'nominee', 'democratic', 'republican', 'gop', 'new']);
function nameWords(speaker: string): string[] | null {
	const t = speaker.trim();
	if (!t || PRONOUN.test(t.toLowerCase().replace(/[^\p{L}]+/gu, ''))) return null;
	const words = (t.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
		.map((w) => w.replace(/[’']s$/u, '').replace(/[’'-]+$/u, ''))
		.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 3)
		.map((w) => w.toLowerCase())
		.filter((w) => !NOT_NAME.has(w));
	return words.length ? words : null;
}

function count(tally: Tally, rule: string, right: boolean): void {
	// Every family of the rule gets the count too: "hedge/modal/may" adds to "hedge/modal" and "hedge".
	const parts = rule.split('/');
	for (let k = parts.length; k > 0; k--) {
		const key = parts.slice(0, k).join('/');
		const t = tally.get(key) ?? [0, 0];
		t[0]++;
		if (right) t[1]++;
		tally.set(key, t);
	}
}

// Hedges that pass on what someone says or thinks, or lean on people unnamed: judged on PolNeAR's attributions.
const reporting = (f: Finding): boolean => f.category === 'distancing-verb' || f.category === 'vague-source' || f.rule.startsWith('hedge/impersonal/report/');
// Not annotated by the uncertainty scheme: counted on Szeged only when they hit a cue.
const notUncertainty = (f: Finding): boolean => f.category === 'approximator' || reporting(f);

/** Annotated passages overlapping a finding this nearly as much as the best one are equally its match. */
const NEAR_BEST = 0.8;

function scoreAttributions(tally: Tally, a: ReportAnalysis, gold: readonly GoldAttribution[]): void {
	for (const f of a.attributions) {
		const overlaps = gold.map((g) => g.content.reduce((n, c) => n + Math.max(0, Math.min(c.end, f.content.end) - Math.max(c.start, f.content.start)), 0));
		const most = Math.max(0, ...overlaps);
		// A source quoted inside a quotation overlaps the outer passage as much as its own, so every passage the
		// finding overlaps about as much as the best is a match; it is right when one of them agrees on the speaker
		// (or names none).
		const matches = gold.filter((_, k) => most > 0 && (overlaps[k] ?? 0) >= NEAR_BEST * most);
		const said = new Set(f.speaker.toLowerCase().split(/[^\p{L}\p{N}]+/u));
		const right = matches.some((g) => {
			const words = nameWords(g.speaker_text);
			return !words || words.some((w) => said.has(w));
		});
		count(tally, f.rule, right);
	}
}

function scoreSpans(tally: Tally, findings: readonly Finding[], gold: readonly Span[], unscored: (f: Finding) => boolean = () => false): void {
	for (const f of findings) {
		const right = gold.some((g) => overlaps(f, g));
		if (!right && unscored(f)) continue;
		count(tally, f.rule, right);
	}
}

function loadTask(inputs: string, task: string): Item[] {
	const file = join(inputs, task, 'gold.json');
	if (!existsSync(file)) return [];
	return (JSON.parse(readFileSync(file, 'utf8')) as { items: Item[] }).items;
}

/** Runs the analyzer over the corpus in this process and counts, per rule, the findings made and confirmed. */
export function measure(): Tally {
	const prepare = join(SHARED, 'tools/corpus/prepare.mjs');
	if (!existsSync(prepare)) throw new Error(`no corpus tools at ${prepare}: the development corpus sits in ../shared beside the project (or set DT_SHARED)`);
	const inputs = mkdtempSync(join(tmpdir(), 'dt-calibrate-'));
	try {
		execFileSync(process.execPath, [prepare, '--out', inputs, '--tasks', 'attribution,hedges,loaded-ptc,pairs-basil'], { stdio: 'ignore' });
		const tally: Tally = new Map();
		const read = (task: string, file: string) => analyzeReport(readFileSync(join(inputs, task, file), 'utf8'));
		for (const it of loadTask(inputs, 'attribution')) {
			if (!it.file) continue;
			const a = read('attribution', it.file);
			const gold = it.gold.attributions ?? [];
			scoreAttributions(tally, a, gold);
			const voiced = gold.flatMap((g) => [...(g.cue ?? []), ...(g.speaker ?? [])]);
			scoreSpans(tally, a.hedges.filter(reporting), voiced);
		}
		for (const it of loadTask(inputs, 'hedges')) {
			if (it.file) scoreSpans(tally, read('hedges', it.file).hedges, it.gold.cues ?? [], notUncertainty);
		}
		for (const it of loadTask(inputs, 'loaded-ptc')) {
			if (!it.file) continue;
			const a = read('loaded-ptc', it.file);
			const gold = it.gold.spans ?? [];
			scoreSpans(tally, a.loaded, gold);
			scoreSpans(tally, a.verdicts, gold);
		}
		for (const it of loadTask(inputs, 'pairs-basil')) {
			(it.files ?? []).forEach((file, k) => {
				const a = read('pairs-basil', file);
				const gold = (it.gold.byReport?.[k] ?? []).filter((s) => s.kind === 'loaded' || s.kind === 'informational');
				scoreSpans(tally, a.loaded, gold);
				scoreSpans(tally, a.verdicts, gold);
			});
		}
		return tally;
	} finally {
		rmSync(inputs, { recursive: true, force: true });
	}
}

/** The measured.ts source for a tally: families and rules in order, one line each, written as a tree. */
export function measuredSource(tally: Tally): string {
	// A rule seen fewer than MIN_MEASURED times borrows its family's figure, and so does a rule whose figure is
	// its family's: neither row would change a confidence, so the engine ships only the rows it uses (the full
	// table is what `npm run calibrate` prints).
	// To the nearest percent, but never up to the quiz's bar: a rule that measured 0.896 has not reached 0.90
	// (a tenth of a point's gain had moved one family of group attributions into the quiz). Rounding every row
	// down instead leaves no fixed point: a rule whose figure sways which of two overlapping findings is kept can
	// then flip between two tables, each measuring the other.
	const bar = Math.round(100 * DEFAULT_MIN_CONFIDENCE);
	const percent = ([made, right]: readonly [number, number]): number => {
		const exact = (100 * right) / made;
		const p = Math.round(exact);
		return p === bar && exact < bar ? bar - 1 : p;
	};
	const kept = new Map<string, number>();
	const family = (rule: string): number | undefined => {
		for (let r = rule; r.includes('/'); ) {
			r = r.slice(0, r.lastIndexOf('/'));
			const p = kept.get(r);
			if (p !== undefined) return p;
		}
		return undefined;
	};
	const sorted = [...tally.entries()].filter(([, [made]]) => made >= MIN_MEASURED).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
	for (const [rule, counts] of sorted) if (percent(counts) !== family(rule)) kept.set(rule, percent(counts));
	// Each row names only what its rule adds to the row above: indented one space for each part they share.
	let above: string[] = [];
	const lines = [...kept].map(([rule, p]) => {
		const parts = rule.split('/');
		let shared = 0;
		while (shared < parts.length - 1 && parts[shared] === above[shared]) shared++;
		above = parts;
		return `${' '.repeat(shared)}${parts.slice(shared).join('/')} ${p}`;
	});
	return [
		'// Written by `npm run calibrate -- --write` (scripts/calibrate.ts) from the development corpus; do not edit by hand.',
		`// Each rule and family of rules measured at least ${MIN_MEASURED} times, with its precision there in percent (of the`,
		'// findings it made on the corpus, the share an annotator confirms), unless that is its family\'s figure. A rule',
		'// not listed borrows its family\'s; `npm run calibrate` prints every row with its counts. A row is written as a',
		'// tree: indented one space for each part of its path it shares with the row above (" indirect" under',
		'// "attribution/according-to" is "attribution/according-to/indirect"); readRows in confidence.ts reads it.',
		'export const MEASURED_ROWS = `',
		...lines,
		'`;',
		'',
	].join('\n');
}

function table(tally: Tally): string {
	const rows = [...tally.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
	const width = Math.min(60, Math.max(...rows.map(([r]) => r.length)));
	const out = [`${'rule'.padEnd(width)}  ${'made'.padStart(6)}  ${'right'.padStart(6)}  precision`];
	for (const [rule, [made, right]] of rows) {
		const depth = rule.split('/').length - 1;
		out.push(`${(' '.repeat(depth * 2) + rule.split('/').pop()).padEnd(width)}  ${String(made).padStart(6)}  ${String(right).padStart(6)}  ${(right / made).toFixed(2)}`);
	}
	return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const tally = measure();
	const source = measuredSource(tally);
	if (process.argv.includes('--check')) {
		const now = existsSync(MEASURED_FILE) ? readFileSync(MEASURED_FILE, 'utf8') : '';
		if (now !== source) {
			console.error('measured.ts is stale: a rule changed since it was measured. Run `npm run calibrate -- --write`.');
			process.exitCode = 1;
		}
	} else {
		console.log(table(tally));
		if (process.argv.includes('--write')) {
			writeFileSync(MEASURED_FILE, source);
			console.log(`\nwrote ${MEASURED_FILE}`);
		}
	}
}
