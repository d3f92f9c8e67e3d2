/**
 * Finds the system Chromium that the browser tests drive. Playwright cannot download its own
 * browser here, so a missing Chromium must end the run with instructions, not a stack trace.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium-flags.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-flags.mjs';

/** Explains how to get Chromium when it is missing; `undefined` when it is there. */
export function missingChromiumMessage(path = CHROMIUM_PATH): string | undefined {
	if (existsSync(path)) return undefined;
	return [
		`Chromium was not found at ${path}; the browser tests need it.`,
		'Install it with:  sudo bash scripts/install-system-deps.sh   (or: sudo apt-get install chromium)',
		'or point CHROMIUM_PATH at another Chromium or Chrome binary.',
	].join('\n');
}
