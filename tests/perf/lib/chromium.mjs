// The system Chromium for the performance checks and the benchmark. They run as plain Node
// scripts and cannot import tests/support/chromium.ts, which the Playwright tests use; keep the
// two lists of flags the same.

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Runs as root without a sandbox, and keeps Chromium from reaching out to the network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];
