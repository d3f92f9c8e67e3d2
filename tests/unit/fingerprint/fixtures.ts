/** Loads the real fingerprints in tests/fixtures/fingerprints (see the README there). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFingerprint, type Fingerprint } from '~/lib/fingerprint/parse';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/fingerprints/', import.meta.url));

/** The text of a fixture, by file name. */
export function fixtureText(name: string): string {
	return readFileSync(`${FIXTURE_DIR}${name}`, 'utf8');
}

/** A fixture parsed; throws with the parser's message if it does not parse. */
export function fixture(name: string): Fingerprint {
	return parsedOrThrow(fixtureText(name));
}

/** Parses text that must be a valid fingerprint. */
export function parsedOrThrow(text: string): Fingerprint {
	const result = parseFingerprint(text);
	if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
	return result.fingerprint;
}

/** This Debian 12 machine (a virtio disk), collected as root. */
export const HOST_ROOT = 'debian12-host-root.txt';
export const HOST_NOBODY = 'debian12-host-nobody.txt';
/** Debian's 6.1.0-47-amd64 under QEMU with megasas-gen2, collected as root in the guest. */
export const GUEST_ROOT = 'qemu-megaraid-root.txt';
export const GUEST_NOBODY = 'qemu-megaraid-nobody.txt';
