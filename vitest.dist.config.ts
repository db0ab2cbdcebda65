import { defineConfig } from 'vitest/config';

// Gates over the built site in dist/: run after `astro build` (npm test does).
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
		environment: 'node',
	},
});
