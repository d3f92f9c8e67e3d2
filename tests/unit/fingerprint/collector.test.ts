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

/** Runs one of the collector's shell functions on its own, with the given standard input. */
function runFunction(name: string, call: string, input: Buffer): string {
	const script = readFileSync(COLLECTOR, 'utf8');
	const body = new RegExp(`^${name}\\(\\) \\{\\n[\\s\\S]*?^\\}$`, 'm').exec(script)?.[0];
	if (!body) throw new Error(`${name}() not found in the collector`);
	const run = spawnSync('/bin/sh', ['-c', `${body}\n${call}`], { input, encoding: 'utf8' });
	expect(run.status, run.stderr).toBe(0);
	return run.stdout;
}

describe("the collector's escaping", () => {
	it.skipIf(!existsSync('/bin/sh'))(
		'writes NUL, non-UTF-8 bytes, backslashes and newlines as escapes on one line',
		() => {
			const bytes = Buffer.from([0x61, 0x00, 0x62, 0xff, 0x5c, 0x09, 0x0a, 0x63, 0x0a]);
			expect(runFunction('escape_stream', 'escape_stream key =', bytes)).toBe('key=a\\x00b\\xff\\\\\\t\\nc\n');
		},
	);

	it.skipIf(!existsSync('/bin/sh'))('writes one line per input line, and an empty value for no input', () => {
		expect(runFunction('escape_lines', 'escape_lines k', Buffer.from('one\ntwo\n'))).toBe('k=one\nk=two\n');
		expect(runFunction('escape_lines', 'escape_lines k', Buffer.from(''))).toBe('k=\n');
	});

	it.skipIf(!existsSync('/bin/sh'))('masks UUIDs and disk IDs with --anonymize', () => {
		const cmdline = 'root=UUID=0b3c5f7e-1a2b-4c3d-8e9f-001122334455 resume=/dev/disk/by-id/ata-DISK_SN123 quiet';
		expect(runFunction('anonymize_text', 'anonymize_text', Buffer.from(`${cmdline}\n`))).toBe(
			'root=UUID=<uuid> resume=/dev/disk/by-id/<id> quiet\n',
		);
	});
});

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
