// Runs one of the TypeScript command-line scripts (`node scripts/run-ts.mjs scripts/analyze.ts ARGS`) from an
// esbuild bundle kept in node_modules/.cache, built again whenever a file it was built from has changed.
// The corpus tools start `analyze` and `quiz` dozens of times in a row; compiling the TypeScript at every
// start (tsx) cost more than the analysis itself.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
	console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [ARGS]');
	process.exit(2);
}
const entry = resolve(entryArg);
const cache = join(root, 'node_modules/.cache/double-take');
const name = relative(root, entry).replace(/\.ts$/, '').replace(/[^\w.-]+/g, '_');
const bundle = join(cache, `${name}.mjs`);
const metaFile = join(cache, `${name}.json`);

/** @param {string} file */
const mtime = (file) => {
	try {
		return statSync(join(root, file)).mtimeMs;
	} catch {
		return -1;
	}
};

/** @returns {Record<string, number>} the files the cached bundle was built from, with their times then */
function builtFrom() {
	try {
		return JSON.parse(readFileSync(metaFile, 'utf8')).inputs ?? {};
	} catch {
		return {};
	}
}

const before = builtFrom();
const fresh = Object.keys(before).length > 0 && Object.entries(before).every(([file, time]) => time >= 0 && mtime(file) === time);
if (!fresh) {
	// Times are read before building, so a file saved during the build makes the next run build again.
	/** @type {Record<string, number>} */
	const times = Object.fromEntries(Object.keys(before).map((file) => [file, mtime(file)]));
	const { build } = await import('esbuild');
	mkdirSync(cache, { recursive: true });
	const tmp = `${bundle}.${process.pid}.tmp.mjs`;
	const result = await build({
		entryPoints: [entry],
		absWorkingDir: root,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		outfile: tmp,
		metafile: true,
		logLevel: 'error',
	});
	/** @type {Record<string, number>} */
	const inputs = {};
	for (const file of Object.keys(result.metafile.inputs)) inputs[file] = times[file] ?? -1;
	renameSync(tmp, bundle);
	writeFileSync(`${metaFile}.${process.pid}`, JSON.stringify({ inputs }));
	renameSync(`${metaFile}.${process.pid}`, metaFile);
}
// The scripts run their command when they are the program started (process.argv[1] is their own file).
process.argv = [process.argv[0] ?? 'node', bundle, ...args];
await import(pathToFileURL(bundle).href);
