import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests run the pure engine in Node: no SvelteKit plugin needed, only the $lib alias.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
	},
});
