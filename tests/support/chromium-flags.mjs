// Where the system Chromium is and how to start it, in plain JavaScript so that both the
// TypeScript tests (through ./chromium.ts) and plain Node.js scripts (scripts/page-weight.mjs)
// use the same browser with the same flags.

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
