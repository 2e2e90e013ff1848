// npm run bench: one table of how fast and how heavy the app is. The engine (the seed pair, and texts up to
// 40,000 words), the quiz pool, share links and result codes, timed in Node; the JavaScript each page loads
// and the service worker's precache, read from the last build (`npm run build`); link lengths. Prints
// figures with their targets; asserts nothing (budgets that may fail a build are guarded by tests, timings
// never are).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';
import { buildPool } from '../src/lib/quiz/build-pool';
import { DEFAULT_SETTINGS, decodeQuiz, encodeQuiz, encodeResult, QR_MAX_CHARS, type SharedQuiz } from '../src/lib/share/index';
import { bundleSize } from './bundle-size';
import { kb, pageWeight, precacheSize } from './page-weight';
import { asPasted } from './read-report';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedDir = `${root}src/lib/content/stories/`;
const seedA = readFileSync(`${seedDir}000_e6705d96b1f0feb6.txt`, 'utf8');
const seedB = readFileSync(`${seedDir}001_637e260c91ed6497.txt`, 'utf8');

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/**
 * The engine as the app runs it: one bundle (the worker's script is one, built by Vite), not its modules one
 * by one as tsx loads this script, where each call from one module to another costs more: the seed pair took
 * about a tenth longer that way.
 */
async function bundledEngine(): Promise<typeof import('../src/lib/analysis/index')> {
	const out = await build({ entryPoints: [`${root}src/lib/analysis/index.ts`], bundle: true, minify: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false, logLevel: 'silent' });
	return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0]?.contents ?? []).toString('base64')}`);
}
const { analyzeReport, compareReports } = await bundledEngine();

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

/** The text up to the end of its `n`th word, whitespace kept as it was. */
function firstWords(text: string, n: number): string {
	let count = 0;
	for (const m of text.matchAll(/\S+/g)) {
		if (++count === n) return text.slice(0, m.index + m[0].length);
	}
	return text;
}

interface Timing {
	median: number;
	p90: number;
	runs: number;
}

async function time(fn: () => unknown, runs: number, warm: number): Promise<Timing> {
	for (let i = 0; i < warm; i++) await fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await fn();
		samples.push(performance.now() - t0);
	}
	samples.sort((x, y) => x - y);
	const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
	return { median: at(0.5), p90: at(0.9), runs };
}

const fixed = (x: number): string => x.toFixed(x < 0.1 ? 3 : 2);
const ms = (t: Timing): string => `${fixed(t.median)} ms (p90 ${fixed(t.p90)}, ${t.runs} runs)`;

const rows: [string, string, string][] = [];
const row = (what: string, figure: string, target = ''): void => void rows.push([what, figure, target]);

async function main(): Promise<void> {
	const pair = await time(() => compareReports(analyzeReport(seedA), analyzeReport(seedB)), 300, 150);
	row(`analyse + compare the seed pair (${words(seedA)} + ${words(seedB)} words)`, ms(pair), '≤ 3 ms');
	row('analyse one seed report', ms(await time(() => analyzeReport(seedA), 300, 50)));
	const ra = analyzeReport(seedA);
	const rb = analyzeReport(seedB);
	const cmp = compareReports(ra, rb);
	row('compare only', ms(await time(() => compareReports(ra, rb), 200, 30)));
	const pool = buildPool(ra, rb, cmp);
	row(`build the quiz pool (${pool.length} questions)`, ms(await time(() => buildPool(ra, rb, cmp), 200, 30)));

	const sizes: [number, Timing][] = [];
	for (const target of [10_000, 20_000, 40_000]) {
		const text = longText(target);
		const t = await time(() => analyzeReport(text), 21, 5);
		sizes.push([words(text), t]);
		row(`analyse ${words(text).toLocaleString('en')} words`, ms(t), target === 40_000 ? '≤ 100 ms' : '');
	}
	const [w20, t20] = sizes[1] ?? [1, pair];
	const [w40, t40] = sizes[2] ?? [1, pair];
	row('growth 20k → 40k words', `time ×${(t40.median / t20.median).toFixed(2)} for words ×${(w40 / w20).toFixed(2)}`, '≈ linear');

	// Links: a built-in story's (short, fits a QR code) and a pasted pair's (both texts, compressed).
	const story: SharedQuiz = { kind: 'story', storyId: 'uk-official-resigns', settings: { ...DEFAULT_SETTINGS, seed: 4 } };
	const fixture = (name: string) => readFileSync(`${root}src/lib/quiz/fixtures/${name}`, 'utf8');
	const small: SharedQuiz = { kind: 'pair', reports: [asPasted(fixture('library-a.txt')), asPasted(fixture('library-b.txt'))], settings: DEFAULT_SETTINGS };
	const seeds: SharedQuiz = { kind: 'pair', reports: [asPasted(seedA), asPasted(seedB)], settings: DEFAULT_SETTINGS };
	// Two 800-word reports with no repeated text (repeats would compress away): each seed, continued with
	// the library fixture and then a short report of another event written for this measure.
	const cut = <R extends { text: string }>(report: R, n: number): R => ({ ...report, text: firstWords(report.text, n) });
	const topUp = (name: string) => readFileSync(`${root}scripts/bench-text/${name}`, 'utf8');
	const long: SharedQuiz = {
		kind: 'pair',
		reports: [
			cut(asPasted([seedA, fixture('library-a.txt'), topUp('top-up-a.txt')].join('\n\n')), 800),
			cut(asPasted([seedB, fixture('library-b.txt'), topUp('top-up-b.txt')].join('\n\n')), 800)
		],
		settings: DEFAULT_SETTINGS
	};
	const base = 'https://example.org/double-take/play/#';
	const storyLink = await encodeQuiz(story);
	const seedLink = await encodeQuiz(seeds);
	row('encode a pasted-pair link (seed pair)', ms(await time(() => encodeQuiz(seeds), 100, 20)));
	row('decode and check that link', ms(await time(() => decodeQuiz(seedLink), 100, 20)));
	row('encode / decode a story link', `${ms(await time(() => encodeQuiz(story), 200, 20))} / ${fixed((await time(() => decodeQuiz(storyLink), 200, 20)).median)} ms`);
	const qr = (n: number) => (n <= QR_MAX_CHARS ? 'fits a QR code' : 'too long for a QR code: link or file');
	const storyLength = (base + storyLink).length;
	const smallLength = (base + (await encodeQuiz(small))).length;
	const seedLength = (base + seedLink).length;
	row('link length: built-in story', `${storyLength} characters`, qr(storyLength));
	row(`link length: pasted pair of ${words(small.reports[0].text)} + ${words(small.reports[1].text)} words`, `${smallLength} characters`, qr(smallLength));
	row(`link length: pasted pair of ${words(seeds.reports[0].text)} + ${words(seeds.reports[1].text)} words (the seeds)`, `${seedLength} characters`, qr(seedLength));
	const longLength = (base + (await encodeQuiz(long))).length;
	row(`link length: pasted pair of ${words(long.reports[0].text)} + ${words(long.reports[1].text)} words`, `${longLength} characters`, qr(longLength));
	const answers = pool.slice(0, 12).map((q) => ({ id: q.id.slice(-14), picked: q.answer, correct: true }));
	const code = await encodeResult({ quiz: 'uk-official-resigns', title: 'A UK official resigns', name: 'Amira', answers, finishedAt: Date.now() });
	row('result code for 12 answers', `${code.length} characters`, qr(code.length));

	const engine = await bundleSize('src/lib/analysis/index.ts');
	const quiz = await bundleSize('src/lib/quiz/index.ts');
	row('engine bundle (src/lib/analysis), in the worker', `${kb(engine.raw)} min, ${kb(engine.gzip)} gzip`, '≤ 60 KB gzip');
	row('engine + quiz builder', `${kb(quiz.raw)} min, ${kb(quiz.gzip)} gzip`);

	const build = `${root}build`;
	if (existsSync(`${build}/index.html`)) {
		for (const [name, page, target] of [
			['home', 'index.html', '≤ 40 KB (budget 60)'],
			['story (both reports)', 'story/uk-official-resigns/index.html', ''],
			['quiz', 'story/uk-official-resigns/quiz/index.html', 'budget 90 KB'],
			['shared quiz (/play/)', 'play/index.html', 'budget 90 KB'],
			['make a quiz (/make/)', 'make/index.html', ''],
			['progress', 'progress/index.html', '']
		] as const) {
			const w = pageWeight(build, `${build}/${page}`);
			row(`JavaScript before ${name} runs (gzip)`, `${kb(w.gzip)} in ${w.modules} files`, target);
		}
		const pre = precacheSize(build);
		row('service worker precache', `${pre.files} files, ${kb(pre.bytes)} uncompressed`);
	} else row('JavaScript per page, precache', 'no build/: run `npm run build` first');

	const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
	const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
	console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${new Date().toISOString().slice(0, 10)}\n`);
	console.log(line(['Measure', 'Figure', 'Target']));
	console.log(line(width.map((w) => '-'.repeat(w))));
	for (const r of rows) console.log(line(r));
}

await main();
