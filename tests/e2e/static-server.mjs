// A minimal static host, like GitHub Pages: serves DIR under PREFIX, `x/` from `x/index.html`, no rewrites.
// Usage: node tests/e2e/static-server.mjs DIR PREFIX PORT
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = '', prefix = '', port = '4174'] = process.argv.slice(2);
const root = resolve(dir);
if (!dir || !existsSync(join(root, 'index.html'))) {
	console.error(`static-server: no build in "${dir}". Run \`npm run build:subpath\` first.`);
	process.exit(1);
}

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8'
};

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = decodeURIComponent(url.pathname);
	if (!path.startsWith(`${prefix}/`)) {
		res.writeHead(404).end('Not found');
		return;
	}
	let file = normalize(join(root, path.slice(prefix.length)));
	if (!file.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { location: `${path}/${url.search}` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	if (!existsSync(file) || !statSync(file).isFile()) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	res.writeHead(200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	createReadStream(file).pipe(res);
}).listen(Number(port), () => console.log(`Serving ${dir} at http://localhost:${port}${prefix}/`));
