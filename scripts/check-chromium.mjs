// Before the end-to-end tests: make sure there is a Chromium to drive, and say how to get one if not.
// Same choice as playwright.config.ts: CHROMIUM_PATH when set, otherwise Debian's /usr/bin/chromium.
import { accessSync, constants } from 'node:fs';

const fromEnv = process.env.CHROMIUM_PATH;
const path = fromEnv || '/usr/bin/chromium';

try {
	accessSync(path, constants.X_OK);
	process.exit(0);
} catch {
	console.error(`
No Chromium found for the end-to-end tests.
  ${fromEnv ? `CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.` : 'Looked for /usr/bin/chromium (CHROMIUM_PATH is not set).'}

Install Debian's Chromium:
  sudo apt-get update && sudo apt-get install -y chromium

or point CHROMIUM_PATH at any Chromium or Chrome binary:
  CHROMIUM_PATH=/path/to/chrome npm test
`);
	process.exit(1);
}
