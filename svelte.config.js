import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The sub-path the app is served from, e.g. `/double-take` on GitHub Pages; '' serves it from the root.
 * Read once here so SvelteKit, the manifest and the service worker all agree (vite.config.ts imports it).
 */
export const basePath = normaliseBasePath(process.env.BASE_PATH);

/**
 * @param {string | undefined} raw
 * @returns {'' | `/${string}`}
 */
function normaliseBasePath(raw) {
	const trimmed = (raw ?? '').trim().replace(/\/+$/, '');
	if (trimmed === '') return '';
	if (!trimmed.startsWith('/') || !/^[\w\-./~]*$/.test(trimmed)) {
		throw new Error(`BASE_PATH must look like "/double-take" (got "${raw}")`);
	}
	return /** @type {`/${string}`} */ (trimmed);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	vitePlugin: {
		// Runes everywhere in our own components; leave library components to their own mode.
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('node_modules') ? undefined : { runes: true }
	},
	kit: {
		// Every page is prerendered (see src/routes/+layout.ts); no SPA fallback page is needed.
		// BUILD_DIR lets the test run keep a second, sub-path build beside the main one (npm run build:subpath).
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			fallback: undefined,
			precompress: false,
			strict: true
		}),
		paths: { base: basePath },
		// The PWA plugin writes and registers the service worker; SvelteKit must not register its own.
		serviceWorker: { register: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The stylesheets are small: inlining them saves a render-blocking request on a slow phone.
		inlineStyleThreshold: 16 * 1024,
		// A strict policy, written into each prerendered page as a <meta> tag with the hashes of SvelteKit's own
		// inline script and styles: no inline script or style attribute of ours, no eval, no other origin.
		// Directives a <meta> tag cannot carry (frame-ancestors) are for the host's headers: see README.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer (a visually hidden live region it adds after the first client-side
				// navigation) carries one fixed style attribute: allowed by its hash alone. The security test fails
				// if a SvelteKit update changes it.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
