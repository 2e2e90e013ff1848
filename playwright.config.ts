import { defineConfig } from '@playwright/test';
import { ROOT_PORT, ROOT_URL, SUBPATH, SUBPATH_BUILD, SUBPATH_ORIGIN } from './tests/e2e/urls';

// Debian's Chromium: Playwright's own browser download is not needed (scripts/check-chromium.mjs explains).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	// Generous: CI machines are slower than ours, and a limit is a guard against a hang, not a speed test.
	timeout: 60_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: ROOT_URL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'phone',
			use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
		},
		{ name: 'desktop', use: { viewport: { width: 1280, height: 800 } } }
	],
	// The built app as a user gets it: `npm test` builds both versions before this runs. Never reuse a
	// server that is already running: a preview started before the build serves the previous build's files.
	webServer: [
		{
			command: `npx vite preview --port ${ROOT_PORT} --strictPort`,
			url: ROOT_URL,
			reuseExistingServer: false,
			timeout: 60_000
		},
		{
			command: `node tests/e2e/static-server.mjs ${SUBPATH_BUILD} ${SUBPATH} ${new URL(SUBPATH_ORIGIN).port}`,
			url: `${SUBPATH_ORIGIN}${SUBPATH}/`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
