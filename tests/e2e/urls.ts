// Where the two builds under test are served (shared by playwright.config.ts and the specs). E2E_PORT moves
// all three ports together (4173, 4174, 4175 by default), so two checkouts can run their suites at once.
const PORT = Number(process.env.E2E_PORT) || 4173;
export const ROOT_PORT = PORT;
export const ROOT_URL = `http://localhost:${PORT}`;
/** The same app built with BASE_PATH=/double-take, served as a plain static host would. */
export const SUBPATH_ORIGIN = `http://localhost:${PORT + 1}`;
export const SUBPATH = '/double-take';
/** Written by `npm run build:subpath`; inside .svelte-kit so it stays out of git and `build/`. */
export const SUBPATH_BUILD = '.svelte-kit/build-subpath';
export const STORY_ID = 'uk-official-resigns';
/** A second build of the app, labelled `update-drill` (npm run build:v2), for the app-update drill. */
export const UPDATE_BUILD = '.svelte-kit/build-v2';
/** Where the update drill serves version 1, then version 2: one origin, so the same storage. */
export const UPDATE_ORIGIN = `http://localhost:${PORT + 2}`;
