import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, missingChromiumMessage } from './tests/support/chromium';

const missing = missingChromiumMessage();
if (missing) {
	// Stop before Playwright starts, so the reader sees what to do instead of a stack trace.
	console.error(`\n${missing}\n`);
	process.exit(1);
}

const PORT = Number(process.env['NEEDLE_PORT'] ?? 4321);

export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	timeout: 30_000,
	reporter: process.env['CI'] ? [['list'], ['json', { outputFile: 'tests/.output/playwright.json' }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		serviceWorkers: 'allow',
	},
	webServer: {
		// The tests look at the built site exactly as a reader gets it; `npm test` builds it first.
		command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
