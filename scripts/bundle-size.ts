// The size a module costs a browser: bundled with its imports, minified, gzipped at level 9.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BundleSize {
	raw: number;
	gzip: number;
}

/** `entry` is a path from the project root, e.g. 'src/lib/analysis/index.ts'. */
export async function bundleSize(entry: string): Promise<BundleSize> {
	const out = await build({
		entryPoints: [`${root}${entry}`],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		write: false,
		logLevel: 'silent',
	});
	const code = out.outputFiles[0]?.contents ?? new Uint8Array();
	return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
