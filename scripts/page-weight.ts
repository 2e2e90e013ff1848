// What a page of the built app costs a phone in JavaScript: every module the page loads before it can run
// (the modules its HTML preloads or imports, and everything they import statically), gzipped at level 9.
// Modules loaded later on demand (other routes, the analysis worker) are not counted.
// Reads a build directory (`npm run build` writes `build/`); also measures the service worker's precache.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	/** The page's path in the app, e.g. '/' or '/story/x/quiz/'. */
	page: string;
	/** Modules needed before the page runs. */
	modules: number;
	gzip: number;
	/** Each module with its gzip size, largest first. */
	files: { file: string; gzip: number }[];
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g;
/** `import("./x.js")`, and a worker's script: `new URL("../workers/x.js", import.meta.url)`. */
const DYNAMIC_IMPORT = /\b(?:import\(|new URL\()\s*["'`]([^"'`]+\.js)["'`]/g;
const PRELOAD = /<link\s+href="([^"]+\.js)"\s+rel="modulepreload"/g;

const gzipCache = new Map<string, number>();
function gzipOf(file: string): number {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file), { level: 9 }).length;
		gzipCache.set(file, size);
	}
	return size;
}

function importsOf(file: string, pattern: RegExp): string[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(pattern)].flatMap((m) => (m[1] ? [resolve(dirname(file), m[1])] : []));
}

/** Every module reachable from `entries` by static imports. */
function staticClosure(entries: Iterable<string>): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		queue.push(...importsOf(file, STATIC_IMPORT));
	}
	return seen;
}

/** The JavaScript one prerendered page loads: `html` is a path to its index.html inside `buildDir`. */
export function pageWeight(buildDir: string, html: string): PageWeight {
	const text = readFileSync(html, 'utf8');
	const here = dirname(html);
	const entries = [...text.matchAll(PRELOAD), ...text.matchAll(DYNAMIC_IMPORT)].flatMap((m) => (m[1] ? [resolve(here, m[1])] : []));
	const files = [...staticClosure(entries)].map((f) => ({ file: relative(buildDir, f), gzip: gzipOf(f) })).sort((x, y) => y.gzip - x.gzip);
	const path = relative(buildDir, here).split('\\').join('/');
	return { page: path ? `/${path}/` : '/', modules: files.length, gzip: files.reduce((n, f) => n + f.gzip, 0), files };
}

/** The files the service worker precaches, and their total size on disk (uncompressed). */
export function precacheSize(buildDir: string): { files: number; bytes: number } {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].flatMap((m) => (m[1] ? [m[1]] : []));
	let bytes = 0;
	for (const url of urls) {
		const base = join(buildDir, decodeURIComponent(url).replace(/^\//, ''));
		const file = existsSync(base) && statSync(base).isFile() ? base : join(base, 'index.html');
		if (existsSync(file)) bytes += statSync(file).size;
	}
	return { files: urls.length, bytes };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
