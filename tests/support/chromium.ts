/**
 * Finds the system Chromium that the browser tests drive. Playwright cannot download its own
 * browser here, so a missing Chromium must end the run with instructions, not a stack trace.
 */
import { existsSync } from 'node:fs';

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

/** Explains how to get Chromium when it is missing; `undefined` when it is there. */
export function missingChromiumMessage(path = CHROMIUM_PATH): string | undefined {
	if (existsSync(path)) return undefined;
	return [
		`Chromium was not found at ${path}; the browser tests need it.`,
		'Install it with:  sudo bash scripts/install-system-deps.sh   (or: sudo apt-get install chromium)',
		'or point CHROMIUM_PATH at another Chromium or Chrome binary.',
	].join('\n');
}
