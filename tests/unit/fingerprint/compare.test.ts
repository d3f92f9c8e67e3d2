import { describe, expect, it } from 'vitest';
import { compareFingerprints, type Comparison, type Difference } from '~/lib/fingerprint/compare';
import { RUNBOOK_LINKS } from '~/lib/fingerprint/links';
import { describeTaint } from '~/lib/fingerprint/taint';
import { GUEST_NOBODY, GUEST_ROOT, HOST_ROOT, fixture, fixtureText, parsedOrThrow } from './fixtures';

function find(comparison: Comparison, subject: string, label: string): Difference | undefined {
	return comparison.groups
		.flatMap((group) => group.differences)
		.find((d) => d.subject === subject && d.label === label);
}

/** The guest fingerprint with one line replaced: a second build of the same host, for rules. */
function guestWith(pattern: RegExp, replacement: string) {
	const text = fixtureText(GUEST_ROOT);
	if (!pattern.test(text)) throw new Error(`fixture has no line matching ${pattern}`);
	return parsedOrThrow(text.replace(pattern, replacement));
}

describe('compareFingerprints on the two real fixtures', () => {
	const comparison = compareFingerprints(fixture(HOST_ROOT), fixture(GUEST_ROOT));

	it('reports the different kernel releases with a link to getting the driver source', () => {
		const release = find(comparison, 'host', 'kernel release (uname -r)');
		expect(release).toMatchObject({ group: 'kernel', status: 'differs', a: '6.18.44-fc-v1147', b: '6.1.0-47-amd64' });
		expect(release?.link).toBe(RUNBOOK_LINKS.getDriverSource);
	});

	it('reports the LSI controller and its megaraid_sas driver as present on B only', () => {
		const controller = find(comparison, 'controller 1000:0079', 'controller');
		expect(controller).toMatchObject({ status: 'only-b', a: undefined, b: '0000:00:04.0, driver megaraid_sas' });
		expect(controller?.meaning).toBe('This storage controller is present on one host only.');
		expect(find(comparison, 'megaraid_sas', 'driver module')).toMatchObject({
			status: 'only-b',
			b: '07.719.03.00-rc1',
		});
		expect(find(comparison, 'controller 1af4:1042', 'controller')).toMatchObject({ status: 'only-a' });
	});

	it('marks values that one host could not read as unknown, with its reason, after real differences', () => {
		const dkms = find(comparison, 'dkms', 'dkms status');
		expect(dkms?.status).toBe('unknown');
		expect(dkms?.meaning).toContain('dkms is not installed');
		const tools = comparison.groups.find((group) => group.id === 'tools');
		expect(tools?.differences.at(-1)?.status).toBe('unknown');
	});

	it('folds equal fields away instead of listing them as differences', () => {
		const kernel = comparison.groups.find((group) => group.id === 'kernel');
		expect(kernel?.equal).toContainEqual({ subject: 'host', label: 'distribution', value: 'debian' });
		const tools = comparison.groups.find((group) => group.id === 'tools');
		expect(tools?.equal.map((field) => field.subject)).toContain('sas2ircu');
	});

	it('skips the host name and collection time, which always differ', () => {
		const labels = comparison.groups.flatMap((group) => group.differences.map((d) => d.label));
		expect(labels.join(' ')).not.toMatch(/collected|host name/);
	});
});

describe('compareFingerprints rules', () => {
	it('finds no difference between root and non-root runs on the same guest apart from the user', () => {
		const comparison = compareFingerprints(fixture(GUEST_ROOT), fixture(GUEST_NOBODY));
		const differences = comparison.groups.flatMap((group) => group.differences);
		expect(differences.map((d) => d.label)).toEqual(['collected as user ID']);
	});

	it('says "different driver sources" when vermagic is the same but srcversion differs', () => {
		const other = guestWith(/^modinfo\.srcversion=.*$/m, 'modinfo.srcversion=0123456789ABCDEF0123456');
		const comparison = compareFingerprints(fixture(GUEST_ROOT), other);
		const srcversion = find(comparison, 'megaraid_sas', 'srcversion (modinfo)');
		expect(srcversion?.meaning).toMatch(
			/^Same vermagic but different srcversion: the two hosts run different driver sources/,
		);
		expect(srcversion?.link).toBe(RUNBOOK_LINKS.compareDriverTrees);
	});

	it('flags a host whose loaded module is not the file on its disk', () => {
		const other = guestWith(/^modinfo\.srcversion=.*$/m, 'modinfo.srcversion=0123456789ABCDEF0123456');
		const comparison = compareFingerprints(fixture(GUEST_ROOT), other);
		const stale = find(comparison, 'megaraid_sas', 'loaded build vs file on disk (host B)');
		expect(stale?.b).toBe('loaded C7F8753CDC320D00A4CED2E, file 0123456789ABCDEF0123456');
		expect(stale?.link).toBe(RUNBOOK_LINKS.installAndStage);
	});

	it('names the taint flags each host has', () => {
		const other = guestWith(/^kernel\.tainted=.*$/m, 'kernel.tainted=12288');
		const taint = find(compareFingerprints(fixture(GUEST_ROOT), other), 'host', 'kernel taint');
		expect(taint?.group).toBe('signature');
		expect(taint?.meaning).toBe(
			'The taint flags differ: A has none; B has O (out-of-tree module loaded), E (unsigned module loaded).',
		);
	});

	it('reports a changed parameter value and a parameter only one driver accepts', () => {
		const changed = guestWith(/^sys\.parameters\.scmd_timeout=90$/m, 'sys.parameters.scmd_timeout=60');
		const value = find(compareFingerprints(fixture(GUEST_ROOT), changed), 'megaraid_sas', 'scmd_timeout (value)');
		expect(value).toMatchObject({ group: 'parameters', a: '90', b: '60' });

		const fewer = guestWith(/^modinfo\.parm=poll_queues:.*\n/m, '');
		const set = find(compareFingerprints(fixture(GUEST_ROOT), fewer), 'megaraid_sas', 'parameters the driver accepts');
		expect(set).toMatchObject({ a: 'only here: poll_queues', b: 'none of its own' });
	});

	it('reports an unsigned module as a signature difference', () => {
		const unsigned = guestWith(/^modinfo\.signer=.*$/m, 'modinfo.signer=');
		const signer = find(compareFingerprints(fixture(GUEST_ROOT), unsigned), 'megaraid_sas', 'signer');
		expect(signer).toMatchObject({ group: 'signature', a: 'Build time autogenerated kernel key', b: '' });
		expect(signer?.link).toBe(RUNBOOK_LINKS.signModule);
	});
});

describe('compareFingerprints with values missing on one side', () => {
	it('marks a key that one fingerprint does not record as not compared', () => {
		const withoutIntree = guestWith(/^modinfo\.intree=.*\n/m, '');
		const intree = find(
			compareFingerprints(withoutIntree, fixture(GUEST_ROOT)),
			'megaraid_sas',
			'built in the kernel tree (intree)',
		);
		expect(intree).toMatchObject({ status: 'unknown', a: undefined, b: 'Y' });
		expect(intree?.meaning).toBe('Not compared: host A has no value (not recorded in this fingerprint).');
	});

	it('counts a key that neither side could read as equal', () => {
		const older = guestWith(/^kernel\.lockdown!?=.*\n/m, '');
		const kernel = compareFingerprints(fixture(GUEST_ROOT), older).groups.find((group) => group.id === 'signature');
		expect(kernel?.equal.find((field) => field.label === 'kernel lockdown')?.value).toMatch(/^not read: /);
	});

	it('gives the reason of the whole source when a module was not loaded on one host', () => {
		const unloaded = guestWith(
			/^sys\.version=[\s\S]*?(?=^initramfs)/m,
			'sys!=/sys/module/megaraid_sas does not exist: the module is not loaded\n',
		);
		const comparison = compareFingerprints(fixture(GUEST_ROOT), unloaded);
		const srcversion = find(comparison, 'megaraid_sas', 'srcversion (loaded)');
		expect(srcversion?.status).toBe('unknown');
		expect(srcversion?.meaning).toContain('the module is not loaded');
		expect(find(comparison, 'megaraid_sas', 'scmd_timeout (value)')?.status).toBe('unknown');
	});
});

describe('describeTaint', () => {
	it('decodes a decimal taint value and module taint letters', () => {
		expect(describeTaint('0')).toEqual([]);
		expect(describeTaint('4097')).toEqual(['P (proprietary module loaded)', 'O (out-of-tree module loaded)']);
		expect(describeTaint('OE')).toEqual(['O (out-of-tree module loaded)', 'E (unsigned module loaded)']);
	});

	it('names bits it has no letter for', () => {
		expect(describeTaint(String(2 ** 25))).toEqual(['bit 25']);
	});
});
