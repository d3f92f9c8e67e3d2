import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valueOf } from '~/lib/fingerprint/parse';
import { parsedOrThrow } from './fixtures';

const COLLECTOR = fileURLToPath(new URL('../../../public/tools/needle-fingerprint.sh', import.meta.url));
/** tests/collector/run.sh sets this to the folder where it saved the collector's outputs. */
const OUTPUT_DIR = process.env.NEEDLE_COLLECTOR_OUTPUT;

function collect(shell: string, ...args: string[]): string {
	const run = spawnSync(shell, [COLLECTOR, ...args], { encoding: 'utf8', timeout: 60_000 });
	expect(run.status, run.stderr).toBe(0);
	return run.stdout;
}

describe('needle-fingerprint.sh output round-trips through the parser', () => {
	it.skipIf(!existsSync('/bin/sh'))('parses what the collector prints on this machine', () => {
		const fingerprint = parsedOrThrow(collect('/bin/sh'));
		expect(valueOf(fingerprint.host, 'kernel.release')).toBe(
			spawnSync('uname', ['-r'], { encoding: 'utf8' }).stdout.trim(),
		);
	});

	it.skipIf(!existsSync('/bin/sh'))('leaves the host name out with --anonymize', () => {
		const fingerprint = parsedOrThrow(collect('/bin/sh', '--anonymize'));
		expect(fingerprint.host.fields.get('host.name')?.unreadable).toBe('left out (--anonymize)');
	});

	it.skipIf(!OUTPUT_DIR)('parses every output saved by tests/collector/run.sh', () => {
		const saved = existsSync(OUTPUT_DIR as string)
			? readdirSync(OUTPUT_DIR as string).filter((name) => name.endsWith('.txt'))
			: [];
		expect(saved.length, `no collector output in ${OUTPUT_DIR}`).toBeGreaterThan(0);
		for (const name of saved) {
			const fingerprint = parsedOrThrow(readFileSync(`${OUTPUT_DIR}/${name}`, 'utf8'));
			expect(valueOf(fingerprint.host, 'kernel.release'), name).toBeTruthy();
		}
	});
});
