import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4322);
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace(
	'//',
	'/',
);

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		// Recording a trace (DOM snapshots at every action) for every test took about a third of the
		// suite's CPU here, for the few that fail. Rerun a failure with `--trace on` to get one.
		trace: 'off',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromiumPath().path,
					// The machine has no route to the Internet: keep Chromium from trying.
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
					],
				},
			},
		},
	],
	webServer: {
		command: `node scripts/serve.mjs --port ${port} --dir ${process.env.DIST_DIR ?? 'dist'} --quiet`,
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});
