/**
 * What each kind of difference between two fingerprints means, in one sentence, and which
 * runbook page deals with it. Kept apart from the comparison walk so the wording can be
 * reviewed in one place.
 */
import { RUNBOOK_LINKS, type RunbookLink } from './links';
import { describeTaint } from './taint';

/** The groups a comparison is shown in, in display order. */
export const GROUPS = [
	{ id: 'kernel', title: 'Kernel and host' },
	{ id: 'build', title: 'Driver build' },
	{ id: 'signature', title: 'Signature and taint' },
	{ id: 'parameters', title: 'Parameters' },
	{ id: 'controllers', title: 'Controllers' },
	{ id: 'tools', title: 'Vendor tools and DKMS' },
] as const;

export type GroupId = (typeof GROUPS)[number]['id'];

/** How one key of a fingerprint is labelled, grouped and explained when it differs. */
export interface FieldRule {
	group: GroupId;
	label: string;
	meaning: string;
	link: RunbookLink;
}

const L = RUNBOOK_LINKS;

/** Host keys that are compared. Others (collection time, host name) always differ and are skipped. */
export const HOST_RULES: Record<string, FieldRule> = {
	'user.id': {
		group: 'kernel',
		label: 'collected as user ID',
		meaning: 'One fingerprint was collected without root, so some values may be missing from it only.',
		link: L.fingerprintAndCompare,
	},
	'os.id': {
		group: 'kernel',
		label: 'distribution',
		meaning: 'The hosts run different distributions, whose kernels carry different patches.',
		link: L.fingerprintAndCompare,
	},
	'os.version_id': {
		group: 'kernel',
		label: 'distribution release',
		meaning: 'The hosts run different releases, whose kernels and drivers usually differ.',
		link: L.fingerprintAndCompare,
	},
	'kernel.release': {
		group: 'kernel',
		label: 'kernel release (uname -r)',
		meaning: 'The hosts run different kernel builds, so a driver of the same name can be different code.',
		link: L.getDriverSource,
	},
	'kernel.version': {
		group: 'kernel',
		label: 'kernel build (/proc/version)',
		meaning: 'The kernels were built from different sources, or with a different compiler or on a different date.',
		link: L.getDriverSource,
	},
	'kernel.machine': {
		group: 'kernel',
		label: 'architecture',
		meaning: 'The hosts have different CPU architectures, so modules and tools are not interchangeable.',
		link: L.fingerprintAndCompare,
	},
	'kernel.cmdline': {
		group: 'kernel',
		label: 'kernel command line',
		meaning: 'The kernels booted with different options, which can set driver parameters or block modules.',
		link: L.reproduceAndCapture,
	},
	'kernel.tainted': {
		group: 'signature',
		label: 'kernel taint',
		meaning: 'The kernels carry different taint flags.',
		link: L.modinfoAndTaint,
	},
	'kernel.sig_enforce': {
		group: 'signature',
		label: 'module signature enforcement',
		meaning: 'One kernel refuses modules without a valid signature and the other may not.',
		link: L.signModule,
	},
	'kernel.lockdown': {
		group: 'signature',
		label: 'kernel lockdown',
		meaning: 'The kernels are locked down differently, which limits which modules and settings root may use.',
		link: L.signModule,
	},
	'secureboot.mokutil': {
		group: 'signature',
		label: 'Secure Boot (mokutil)',
		meaning: 'Secure Boot differs, so a module that loads on one host may be refused on the other.',
		link: L.signModule,
	},
	'secureboot.efivar': {
		group: 'signature',
		label: 'Secure Boot (EFI variable, 1 = on)',
		meaning: 'Secure Boot differs, so a module that loads on one host may be refused on the other.',
		link: L.signModule,
	},
};

/** Module keys that are compared as single values. Parameters are handled on their own. */
export const MODULE_RULES: Record<string, FieldRule> = {
	'modinfo.version': {
		group: 'build',
		label: 'version (modinfo)',
		meaning: 'The driver files declare different versions; get both sources to see what changed.',
		link: L.getDriverSource,
	},
	'modinfo.srcversion': {
		group: 'build',
		label: 'srcversion (modinfo)',
		meaning: 'The driver files were built from different sources.',
		link: L.compareDriverTrees,
	},
	'modinfo.vermagic': {
		group: 'build',
		label: 'vermagic',
		meaning: 'The modules were built for different kernel releases or configurations.',
		link: L.modinfoAndTaint,
	},
	'modinfo.filename': {
		group: 'build',
		label: 'module file',
		meaning: 'The module comes from a different place; one may be an out-of-tree, DKMS or vendor build.',
		link: L.installAndStage,
	},
	'modinfo.intree': {
		group: 'build',
		label: 'built in the kernel tree (intree)',
		meaning: 'One module was built outside the kernel tree, which taints the kernel with O when it loads.',
		link: L.modinfoAndTaint,
	},
	'modinfo.depends': {
		group: 'build',
		label: 'depends',
		meaning: 'The modules need different other modules, a sign of different code or configuration.',
		link: L.compareDriverTrees,
	},
	'modinfo.firmware': {
		group: 'build',
		label: 'firmware files',
		meaning: 'The drivers ask for different firmware files.',
		link: L.getDriverSource,
	},
	builtin: {
		group: 'build',
		label: 'built into the kernel',
		meaning: 'The driver is built into one kernel and a loadable module in the other.',
		link: L.identifyDriver,
	},
	'sys.version': {
		group: 'build',
		label: 'version (loaded)',
		meaning: 'The loaded drivers declare different versions.',
		link: L.getDriverSource,
	},
	'sys.srcversion': {
		group: 'build',
		label: 'srcversion (loaded)',
		meaning: 'The loaded drivers were built from different sources.',
		link: L.compareDriverTrees,
	},
	'sys.initstate': {
		group: 'build',
		label: 'load state',
		meaning: 'The module is loaded on one host only.',
		link: L.identifyDriver,
	},
	initramfs: {
		group: 'build',
		label: 'in the initramfs',
		meaning: 'The driver is in the initramfs on one host only, so at boot it loads from a different file or later.',
		link: L.installAndStage,
	},
	dkms: {
		group: 'tools',
		label: 'DKMS',
		meaning: 'DKMS manages this driver on one host only, or a different version of it.',
		link: L.installAndStage,
	},
	'modinfo.signer': {
		group: 'signature',
		label: 'signer',
		meaning:
			'The modules are signed by different keys, or one is not signed, which decides whether it loads under Secure Boot.',
		link: L.signModule,
	},
	'modinfo.sig_key': {
		group: 'signature',
		label: 'signing key ID',
		meaning:
			'The modules are signed by different keys, or one is not signed, which decides whether it loads under Secure Boot.',
		link: L.signModule,
	},
	'modinfo.sig_hashalgo': {
		group: 'signature',
		label: 'signature hash',
		meaning: 'The modules were signed with different hash algorithms.',
		link: L.signModule,
	},
	'sys.taint': {
		group: 'signature',
		label: 'module taint',
		meaning: 'The loaded modules carry different taint flags.',
		link: L.modinfoAndTaint,
	},
};

/** The srcversion sentence, sharpened when both files were built for the same kernel. */
export function srcversionMeaning(sameVermagic: boolean): string {
	return sameVermagic
		? 'Same vermagic but different srcversion: the two hosts run different driver sources under the same kernel build.'
		: 'The driver files were built from different sources, for different kernels.';
}

/** The taint sentence, naming the flags each side has. */
export function taintMeaning(a: string | undefined, b: string | undefined): string {
	const flags = (value: string | undefined) =>
		value === undefined ? 'unknown' : describeTaint(value).join(', ') || 'none';
	return `The taint flags differ: A has ${flags(a)}; B has ${flags(b)}.`;
}

export const PARAMETER_VALUE: FieldRule = {
	group: 'parameters',
	label: 'parameter',
	meaning: 'The driver runs with a different value of this parameter.',
	link: L.modinfoAndTaint,
};

export const PARAMETER_SET: FieldRule = {
	group: 'parameters',
	label: 'parameters the driver accepts',
	meaning: 'The drivers accept different parameters, so their code differs.',
	link: L.compareDriverTrees,
};

export const LOADED_NOT_ON_DISK: FieldRule = {
	group: 'build',
	label: 'loaded build vs file on disk',
	meaning:
		'On this host the loaded module is not the file on disk: the file changed after loading, and a reload or reboot will change the driver.',
	link: L.installAndStage,
};

export const MODULE_ON_ONE_SIDE: FieldRule = {
	group: 'build',
	label: 'driver module',
	meaning: 'This driver serves a controller on one host only.',
	link: L.identifyDriver,
};

export const CONTROLLER_ON_ONE_SIDE: FieldRule = {
	group: 'controllers',
	label: 'controller',
	meaning: 'This storage controller is present on one host only.',
	link: L.identifyDriver,
};

export const CONTROLLER_RULES: Record<string, FieldRule> = {
	driver: {
		group: 'controllers',
		label: 'bound driver',
		meaning: 'A different driver, or none, is bound to this controller.',
		link: L.identifyDriver,
	},
	subsystem_vendor: {
		group: 'controllers',
		label: 'subsystem vendor',
		meaning: 'Same chip on a board from a different vendor, which can mean different firmware and support.',
		link: L.identifyDriver,
	},
	subsystem_device: {
		group: 'controllers',
		label: 'subsystem device',
		meaning: 'Same chip on a different board model, which can mean different firmware and features.',
		link: L.identifyDriver,
	},
	revision: {
		group: 'controllers',
		label: 'chip revision',
		meaning: 'The controllers are different revisions of the chip.',
		link: L.identifyDriver,
	},
};

export const TOOL_RULE: FieldRule = {
	group: 'tools',
	label: 'installed at',
	meaning:
		'The vendor tool is installed on one host only, or at a different path; its version is not recorded because the collector does not run it.',
	link: L.reproduceAndCapture,
};

export const DKMS_STATUS: FieldRule = {
	group: 'tools',
	label: 'dkms status',
	meaning: 'DKMS manages different modules on the two hosts.',
	link: L.installAndStage,
};

/** The sentence for a value that one side could not read. */
export function unknownMeaning(side: 'A' | 'B', reason: string): string {
	const rootHint = /not readable|permission/i.test(reason) ? ' Run the collector as root there to fill it in.' : '';
	return `Not compared: host ${side} has no value (${reason}).${rootHint}`;
}
