// Audits the running preview (it builds nothing): start it first with `npm start`, then `npm run lighthouse`.
// Mobile preset (Lighthouse's default), home, story and quiz pages; prints the four category scores and the
// JavaScript bytes transferred, and exits 1 when a target below is missed.
// Options: --url http://localhost:4173 (or LIGHTHOUSE_URL), --json FILE to keep the raw reports.
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
	const i = args.indexOf(name);
	return i === -1 ? undefined : args[i + 1];
};
const origin = (option('--url') ?? process.env.LIGHTHOUSE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const jsonOut = option('--json');

const pages = [
	{ name: 'home', path: '/', maxScriptBytes: 60 * 1024 },
	{ name: 'story', path: '/story/uk-official-resigns/', maxScriptBytes: Infinity },
	{ name: 'quiz', path: '/story/uk-official-resigns/quiz/', maxScriptBytes: Infinity }
];
const targets = { performance: 95, accessibility: 100, 'best-practices': 100 };

try {
	const response = await fetch(`${origin}/`);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
} catch (error) {
	console.error(`Nothing is being served at ${origin}/ (${error instanceof Error ? error.message : error}).`);
	console.error('Start the production preview first: npm start   (or npm run build && npm run preview)');
	process.exit(1);
}

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});

let failed = false;
/** @type {Record<string, unknown>} */
const reports = {};
try {
	for (const page of pages) {
		const url = `${origin}${page.path}`;
		const result = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		reports[page.name] = lhr;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);

		const details = lhr.audits['network-requests']?.details;
		const requests = details?.type === 'table' ? details.items : [];
		const scripts = requests.filter((r) => r.resourceType === 'Script');
		const scriptBytes = scripts.reduce(
			(sum, r) => sum + (typeof r.transferSize === 'number' ? r.transferSize : 0),
			0
		);

		console.log(`\n${page.name}  ${url}`);
		for (const [id, category] of Object.entries(lhr.categories)) {
			const score = Math.round((category.score ?? 0) * 100);
			const target = /** @type {Record<string, number>} */ (targets)[id];
			const ok = target === undefined || score >= target;
			if (!ok) failed = true;
			console.log(`  ${category.title.padEnd(16)} ${String(score).padStart(3)}${target ? `  (target ≥ ${target}${ok ? '' : ', MISSED'})` : ''}`);
			if (!ok) {
				for (const ref of category.auditRefs) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
						console.log(`      - ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
					}
				}
			}
		}
		const scriptOk = scriptBytes <= page.maxScriptBytes;
		if (!scriptOk) failed = true;
		const limit = Number.isFinite(page.maxScriptBytes) ? `  (target ≤ ${page.maxScriptBytes / 1024} KB${scriptOk ? '' : ', MISSED'})` : '';
		console.log(`  JavaScript       ${(scriptBytes / 1024).toFixed(1)} KB transferred in ${scripts.length} files${limit}`);
		for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
			const audit = lhr.audits[metric];
			if (audit) console.log(`    ${audit.title}: ${audit.displayValue ?? ''}`);
		}
	}
} finally {
	await chrome.kill();
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify(reports, null, 2));
console.log(failed ? '\nSome targets were missed.' : '\nAll targets met.');
process.exit(failed ? 1 : 0);
