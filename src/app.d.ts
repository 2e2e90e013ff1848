// See https://svelte.dev/docs/kit/types#app.d.ts for information about these interfaces.
/// <reference types="vite-plugin-pwa/vanillajs" />

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
