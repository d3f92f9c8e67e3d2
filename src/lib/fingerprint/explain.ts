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

/** Builds a rule; the tables below are easier to read one rule per entry. */
function rule(group: GroupId, label: string, meaning: string, link: RunbookLink): FieldRule {
	return { group, label, meaning, link };
}

const SIGNED_BY =
	'The modules are signed by different keys, or one is not signed, which decides whether it loads under Secure Boot.';

/** Host keys that are compared. Others (collection time, host name) always differ and are skipped. */
export const HOST_RULES: Record<string, FieldRule> = {
	'user.id': rule(
		'kernel',
		'collected as user ID',
		'One fingerprint was collected without root, so some values may be missing from it only.',
		L.fingerprintAndCompare,
	),
	'os.id': rule(
		'kernel',
		'distribution',
		'The hosts run different distributions, whose kernels carry different patches.',
		L.fingerprintAndCompare,
	),
	'os.version_id': rule(
		'kernel',
		'distribution release',
		'The hosts run different releases, whose kernels and drivers usually differ.',
		L.fingerprintAndCompare,
	),
	'kernel.release': rule(
		'kernel',
		'kernel release (uname -r)',
		'The hosts run different kernel builds, so a driver of the same name can be different code.',
		L.getDriverSource,
	),
	'kernel.version': rule(
		'kernel',
		'kernel build (/proc/version)',
		'The kernels were built from different sources, or with a different compiler or on a different date.',
		L.getDriverSource,
	),
	'kernel.machine': rule(
		'kernel',
		'architecture',
		'The hosts have different CPU architectures, so modules and tools are not interchangeable.',
		L.fingerprintAndCompare,
	),
	'kernel.cmdline': rule(
		'kernel',
		'kernel command line',
		'The kernels booted with different options, which can set driver parameters or block modules.',
		L.reproduceAndCapture,
	),
	'kernel.tainted': rule('signature', 'kernel taint', 'The kernels carry different taint flags.', L.modinfoAndTaint),
	'kernel.sig_enforce': rule(
		'signature',
		'module signature enforcement',
		'One kernel refuses modules without a valid signature and the other may not.',
		L.signModule,
	),
	'kernel.lockdown': rule(
		'signature',
		'kernel lockdown',
		'The kernels are locked down differently, which limits which modules and settings root may use.',
		L.signModule,
	),
	'secureboot.mokutil': rule(
		'signature',
		'Secure Boot (mokutil)',
		'Secure Boot differs, so a module that loads on one host may be refused on the other.',
		L.signModule,
	),
	'secureboot.efivar': rule(
		'signature',
		'SecureBoot EFI variable (0 = off)',
		'Secure Boot differs, so a module that loads on one host may be refused on the other.',
		L.signModule,
	),
};

/** Module keys that are compared as single values. Parameters are handled on their own. */
export const MODULE_RULES: Record<string, FieldRule> = {
	'modinfo.version': rule(
		'build',
		'version (modinfo)',
		'The driver files declare different versions; get both sources to see what changed.',
		L.getDriverSource,
	),
	'modinfo.srcversion': rule(
		'build',
		'srcversion (modinfo)',
		'The driver files were built from different sources.',
		L.compareDriverTrees,
	),
	'modinfo.vermagic': rule(
		'build',
		'vermagic',
		'The modules were built for different kernel releases or configurations.',
		L.modinfoAndTaint,
	),
	'modinfo.filename': rule(
		'build',
		'module file',
		'The module comes from a different place; one may be an out-of-tree, DKMS or vendor build.',
		L.installAndStage,
	),
	'modinfo.intree': rule(
		'build',
		'built in the kernel tree (intree)',
		'One module was built outside the kernel tree, which taints the kernel with O when it loads.',
		L.modinfoAndTaint,
	),
	'modinfo.depends': rule(
		'build',
		'depends',
		'The modules need different other modules, a sign of different code or configuration.',
		L.compareDriverTrees,
	),
	'modinfo.firmware': rule(
		'build',
		'firmware files',
		'The drivers ask for different firmware files.',
		L.getDriverSource,
	),
	builtin: rule(
		'build',
		'built into the kernel',
		'The driver is built into one kernel and a loadable module in the other.',
		L.identifyDriver,
	),
	'sys.version': rule('build', 'version (loaded)', 'The loaded drivers declare different versions.', L.getDriverSource),
	'sys.srcversion': rule(
		'build',
		'srcversion (loaded)',
		'The loaded drivers were built from different sources.',
		L.compareDriverTrees,
	),
	'sys.initstate': rule('build', 'load state', 'The module is loaded on one host only.', L.identifyDriver),
	initramfs: rule(
		'build',
		'in the initramfs',
		'The driver is in the initramfs on one host only, so at boot it loads from a different file or later.',
		L.installAndStage,
	),
	dkms: rule(
		'tools',
		'DKMS',
		'DKMS manages this driver on one host only, or a different version of it.',
		L.installAndStage,
	),
	'modinfo.signer': rule('signature', 'signer', SIGNED_BY, L.signModule),
	'modinfo.sig_key': rule('signature', 'signing key ID', SIGNED_BY, L.signModule),
	'modinfo.sig_hashalgo': rule(
		'signature',
		'signature hash',
		'The modules were signed with different hash algorithms.',
		L.signModule,
	),
	'sys.taint': rule('signature', 'module taint', 'The loaded modules carry different taint flags.', L.modinfoAndTaint),
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

export const CONTROLLER_RULES: Record<string, FieldRule> = {
	driver: rule(
		'controllers',
		'bound driver',
		'A different driver, or none, is bound to this controller.',
		L.identifyDriver,
	),
	subsystem_vendor: rule(
		'controllers',
		'subsystem vendor',
		'Same chip on a board from a different vendor, which can mean different firmware and support.',
		L.identifyDriver,
	),
	subsystem_device: rule(
		'controllers',
		'subsystem device',
		'Same chip on a different board model, which can mean different firmware and features.',
		L.identifyDriver,
	),
	revision: rule(
		'controllers',
		'chip revision',
		'The controllers are different revisions of the chip.',
		L.identifyDriver,
	),
};

/** Rules that are not tied to one fingerprint key: whole sections, sets and cross-checks. */
export const RULES = {
	parameterValue: rule(
		'parameters',
		'parameter',
		'The driver runs with a different value of this parameter.',
		L.modinfoAndTaint,
	),
	parameterSet: rule(
		'parameters',
		'parameters the driver accepts',
		'The drivers accept different parameters, so their code differs.',
		L.compareDriverTrees,
	),
	loadedNotOnDisk: rule(
		'build',
		'loaded build vs file on disk',
		'On this host the loaded module is not the file on disk: the file changed after loading, and a reload or reboot will change the driver.',
		L.installAndStage,
	),
	moduleOnOneSide: rule(
		'build',
		'driver module',
		'This driver serves a controller on one host only.',
		L.identifyDriver,
	),
	controllerOnOneSide: rule(
		'controllers',
		'controller',
		'This storage controller is present on one host only.',
		L.identifyDriver,
	),
	toolPath: rule(
		'tools',
		'installed at',
		'The vendor tool is installed on one host only, or at a different path; its version is not recorded because the collector does not run it.',
		L.reproduceAndCapture,
	),
	dkmsStatus: rule('tools', 'dkms status', 'DKMS manages different modules on the two hosts.', L.installAndStage),
} as const satisfies Record<string, FieldRule>;

/** The sentence for a value that one side could not read. */
export function unknownMeaning(side: 'A' | 'B', reason: string): string {
	const rootHint = /not readable|permission/i.test(reason) ? ' Run the collector as root there to fill it in.' : '';
	return `Not compared: host ${side} has no value (${reason}).${rootHint}`;
}

/** One row of the static rule table: the fingerprint keys it covers, where they are, and the rule. */
export interface MeaningRow {
	section: string;
	keys: string;
	rule: FieldRule;
}

/**
 * Every rule as a row for the static table on the comparison page, so that a reader comparing
 * by hand (without JavaScript) gets the same sentences. Rows are in the order of the groups.
 */
export function meaningRows(): MeaningRow[] {
	const rows: MeaningRow[] = [
		...Object.entries(HOST_RULES).map(([key, fieldRule]) => ({ section: 'host', keys: key, rule: fieldRule })),
		{ section: 'module', keys: 'module section on one side only', rule: RULES.moduleOnOneSide },
		...Object.entries(MODULE_RULES).map(([key, fieldRule]) => ({ section: 'module', keys: key, rule: fieldRule })),
		{
			section: 'module',
			keys: 'modinfo.srcversion, same vermagic',
			rule: { ...MODULE_RULES['modinfo.srcversion']!, meaning: srcversionMeaning(true) },
		},
		{ section: 'module', keys: 'sys.srcversion ≠ modinfo.srcversion on one host', rule: RULES.loadedNotOnDisk },
		{ section: 'module', keys: 'sys.parameters.NAME', rule: RULES.parameterValue },
		{ section: 'module', keys: 'names in modinfo.parm', rule: RULES.parameterSet },
		{ section: 'controller', keys: 'vendor:device on one side only', rule: RULES.controllerOnOneSide },
		...Object.entries(CONTROLLER_RULES).map(([key, fieldRule]) => ({
			section: 'controller',
			keys: key,
			rule: fieldRule,
		})),
		{ section: 'tools', keys: 'each tool name', rule: RULES.toolPath },
		{ section: 'dkms', keys: 'status', rule: RULES.dkmsStatus },
	];
	const order = GROUPS.map((group) => group.id);
	return rows.sort((x, y) => order.indexOf(x.rule.group) - order.indexOf(y.rule.group));
}
