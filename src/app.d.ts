// See https://svelte.dev/docs/kit/types#app.d.ts for information about these interfaces.
/// <reference types="vite-plugin-pwa/vanillajs" />

declare global {
	/** The app's version from package.json, with `+label` when built with APP_BUILD=label (see vite.config.ts). */
	const __APP_VERSION__: string;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
