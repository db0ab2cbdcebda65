import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// One worker process runs many files: importing zod, the grammar and the content once per
		// worker instead of once per file halves the CPU time (no test relies on a fresh module).
		isolate: false,
	},
});
