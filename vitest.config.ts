import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit tests run the pure engine in Node: no SvelteKit plugin needed, only the $lib alias, and Svelte's
// compiler for the rune modules (*.svelte.ts) that hold page state.
export default defineConfig({
	plugins: [svelte()],
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
	},
});
