// Where the system Chromium is and the flags every browser test starts it with. Plain
// JavaScript so that the Node scripts (the perf suite, the benchmark, scripts/page-weight.mjs)
// share it with the Playwright tests, which import it through chromium.ts.

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for running as root in a sandboxed container, and for keeping Chromium from reaching
 * out to the network on its own (updates, sync, field trials).
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];
