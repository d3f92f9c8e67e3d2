import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valueOf } from '~/lib/fingerprint/parse';
import { parsedOrThrow } from './fixtures';

/** Written by the VM lab when it boots a guest with QEMU's megasas-gen2 controller. */
const GUEST_FILE = fileURLToPath(new URL('../../.output/lab/fingerprint-guest.txt', import.meta.url));

describe('the VM lab guest fingerprint', () => {
	it.skipIf(!existsSync(GUEST_FILE))('shows controller 1000:0079 bound to megaraid_sas', () => {
		const guest = parsedOrThrow(readFileSync(GUEST_FILE, 'utf8'));
		const controller = guest.controllers.find(
			(section) => valueOf(section, 'vendor') === '0x1000' && valueOf(section, 'device') === '0x0079',
		);
		expect(controller, 'no controller 1000:0079 in the guest fingerprint').toBeDefined();
		expect(valueOf(controller, 'driver')).toBe('megaraid_sas');
		expect(guest.modules.map((section) => section.id)).toContain('megaraid_sas');
	});
});
