// npm run bench: how fast the engine reads and compares, how fast the quiz pool is built, and how much the
// engine and the quiz builder weigh in a browser bundle. Prints figures; asserts nothing (budgets that may
// fail a build are guarded by tests, timings never are).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { analyzeReport, compareReports } from '../src/lib/analysis/index';
import { buildPool } from '../src/lib/quiz/build-pool';
import { bundleSize } from './bundle-size';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedDir = `${root}src/lib/content/stories/`;
const seedA = readFileSync(`${seedDir}000_e6705d96b1f0feb6.txt`, 'utf8');
const seedB = readFileSync(`${seedDir}001_637e260c91ed6497.txt`, 'utf8');

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/** The seeds repeated, paragraph by paragraph, until the text has at least `target` words. */
function longText(target: number): string {
	const parts: string[] = [];
	let n = 0;
	for (let i = 0; n < target; i++) {
		const seed = i % 2 === 0 ? seedA : seedB;
		parts.push(seed);
		n += words(seed);
	}
	return parts.join('\n\n');
}

interface Timing {
	median: number;
	p90: number;
	runs: number;
}

function time(fn: () => unknown, runs: number, warm: number): Timing {
	for (let i = 0; i < warm; i++) fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		samples.push(performance.now() - t0);
	}
	samples.sort((x, y) => x - y);
	const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
	return { median: at(0.5), p90: at(0.9), runs };
}

const ms = (t: Timing): string => `median ${t.median.toFixed(2)} ms, p90 ${t.p90.toFixed(2)} ms (${t.runs} runs)`;

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
	console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
	console.log(`Seed pair: ${words(seedA)} + ${words(seedB)} words`);

	const pair = time(() => {
		const a = analyzeReport(seedA);
		const b = analyzeReport(seedB);
		return compareReports(a, b);
	}, 300, 150);
	console.log(`analyse + compare the seed pair: ${ms(pair)}`);
	console.log(`analyse one seed report:         ${ms(time(() => analyzeReport(seedA), 300, 50))}`);

	const ra = analyzeReport(seedA);
	const rb = analyzeReport(seedB);
	const cmp = compareReports(ra, rb);
	console.log(`compare only:                    ${ms(time(() => compareReports(ra, rb), 200, 30))}`);
	const pool = buildPool(ra, rb, cmp);
	console.log(`build the quiz pool (${pool.length} questions): ${ms(time(() => buildPool(ra, rb, cmp), 200, 30))}`);

	const sizes: [number, Timing][] = [];
	for (const target of [10_000, 20_000, 40_000]) {
		const text = longText(target);
		const t = time(() => analyzeReport(text), 21, 5);
		sizes.push([words(text), t]);
		console.log(`analyse ${words(text)} words:          ${ms(t)}`);
	}
	const [w20, t20] = sizes[1] ?? [0, pair];
	const [w40, t40] = sizes[2] ?? [0, pair];
	console.log(`growth 20k -> 40k: time x${(t40.median / t20.median).toFixed(2)} for words x${(w40 / w20).toFixed(2)}`);

	const engine = await bundleSize('src/lib/analysis/index.ts');
	const quiz = await bundleSize('src/lib/quiz/index.ts');
	console.log(`engine bundle (src/lib/analysis, minified): ${kb(engine.raw)}, ${kb(engine.gzip)} gzip`);
	console.log(`engine + quiz builder (src/lib/quiz):        ${kb(quiz.raw)}, ${kb(quiz.gzip)} gzip`);
}

await main();
