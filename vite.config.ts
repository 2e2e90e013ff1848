import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { basePath } from './svelte.config.js';

// Shown on the About page. APP_BUILD labels a build (the update drill builds a second version with it).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const appVersion = process.env.APP_BUILD ? `${version}+${process.env.APP_BUILD}` : version;

// Absolute, with a trailing slash: '/' or '/double-take/'. The service worker URL, its scope and the
// manifest's start_url/scope all hang off this, so the app installs and works offline from a sub-path.
const scope = `${basePath}/`;

export default defineConfig({
	define: { __APP_VERSION__: JSON.stringify(appVersion) },
	build: {
		rolldownOptions: {
			// Our TypeScript modules only define things: importing one for a single helper must not bring in the
			// rest of its library (home needs attemptHref, not the record schemas). Components keep their CSS.
			treeshake: { moduleSideEffects: (id: string) => !/\/src\/lib\/.+\.ts$/.test(id) }
		}
	},
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// SvelteKit hands Vite a relative base ('./'); the worker needs the absolute one.
			base: scope,
			scope,
			// A waiting update is offered to the student (src/lib/components/UpdateBanner.svelte), never forced
			// on them mid-reading: see "Updates" in README.md.
			registerType: 'prompt',
			// Registered from src/routes/+layout.svelte through virtual:pwa-register, only in the browser.
			injectRegister: false,
			kit: {
				base: scope,
				// Matches `trailingSlash = 'always'` in src/routes/+layout.ts, so precache URLs are `story/x/`.
				trailingSlash: 'always'
			},
			manifest: {
				id: scope,
				name: 'Double Take',
				short_name: 'Double Take',
				description:
					'Read two news reports of the same event side by side and learn to spot attribution, hedging and loaded language. Works offline.',
				lang: 'en',
				dir: 'ltr',
				start_url: scope,
				scope,
				display: 'standalone',
				orientation: 'any',
				theme_color: '#1f4e79',
				background_color: '#fbfaf7',
				categories: ['education', 'news'],
				// Relative to the manifest's own URL, so they follow the base path.
				icons: [
					{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				// Every built asset and every prerendered page (and its __data.json), so any page, deep links
				// included, opens with the network off after one visit.
				globPatterns: [
					'client/**/*.{js,css,html,ico,png,svg,webp,woff2,txt,webmanifest}',
					'prerendered/**/*.{html,json}'
				],
				// Every page is prerendered and precached under its own URL: no SPA shell to fall back to.
				navigateFallback: null,
				// Query strings only carry client state (?report=b), never a different document.
				ignoreURLParametersMatching: [/.*/],
				// The first visit's page is controlled straight away; updates still wait for the student.
				clientsClaim: true,
				cleanupOutdatedCaches: true
			}
		})
	]
});
