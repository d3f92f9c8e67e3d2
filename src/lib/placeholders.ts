/**
 * Placeholders: values the reader must fill in before running a command.
 *
 * In code blocks and inline code they are written `{{NAME}}`: two braces, a name in capitals,
 * two braces. The syntax was chosen because a shell leaves it alone: pasted unfilled, it
 * reaches the command as literal text and fails there, instead of being read as a redirection
 * (as `<name>` would be) or expanding to nothing (as `$NAME` would).
 *
 * Every placeholder a page uses must be listed here; the build refuses an unknown one.
 */

export interface Placeholder {
	/** What the value is, in a few words, for the host profile and tooltips. */
	label: string;
	/** A realistic value, used by the command checks and shown as an example. */
	example: string;
	/** What a value must look like; anything else is refused before it reaches a command. */
	pattern: RegExp;
	/** Why a refused value was refused, in plain words. */
	hint: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const SAFE_PATH = /^\/[A-Za-z0-9._+/-]*$/;

export const PLACEHOLDERS = {
	MODULE: {
		label: 'Driver module name',
		example: 'mpt3sas',
		pattern: /^[a-z0-9_-]+$/,
		hint: 'Module names use lower-case letters, digits, "_" and "-", as `lsmod` prints them.',
	},
	KERNEL_RELEASE: {
		label: 'Kernel release (uname -r)',
		example: '6.1.0-47-amd64',
		pattern: NAME,
		hint: 'A kernel release is what `uname -r` prints: letters, digits, ".", "_", "+" and "-".',
	},
	CONTROLLER: {
		label: 'Controller index in the vendor tool',
		example: '0',
		pattern: /^\d{1,3}$/,
		hint: 'The controller index is a number, as the vendor tool lists it (0 for the first).',
	},
	HOST: {
		label: 'Host name',
		example: 'db-07',
		pattern: /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/,
		hint: 'A host name uses letters, digits, "." and "-".',
	},
	PCI_ADDRESS: {
		label: 'PCI address of the controller',
		example: '0000:03:00.0',
		pattern: /^([0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/,
		hint: 'A PCI address looks like 0000:03:00.0, as `lspci -D` prints it.',
	},
	MODULE_VERSION: {
		label: 'Version of your module build',
		example: '43.100.00.00-needle1',
		pattern: NAME,
		hint: 'A version uses letters, digits, ".", "_", "+" and "-".',
	},
	DISK: {
		label: 'Disk device',
		example: '/dev/sda',
		pattern: /^\/dev\/[A-Za-z0-9/_-]+$/,
		hint: 'A disk device is a path under /dev, such as /dev/sda or /dev/disk/by-id/….',
	},
	TARGET_DISK: {
		label: 'Blank disk to restore onto',
		example: '/dev/sdb',
		pattern: /^\/dev\/[A-Za-z0-9/_-]+$/,
		hint: 'The target is a blank spare or replacement disk under /dev, never the disk you saved the layout from.',
	},
	FS_DEVICE: {
		label: 'Device that holds a filesystem',
		example: '/dev/mapper/vg0-data',
		pattern: /^\/dev\/[A-Za-z0-9/_.-]+$/,
		hint: 'A filesystem device is a path under /dev, such as /dev/sda2 or /dev/mapper/vg0-data, as `lsblk -f` lists it.',
	},
	MD_DEVICE: {
		label: 'md array name',
		example: 'md0',
		pattern: /^md[0-9a-z_]+$/,
		hint: 'An md array name is what /proc/mdstat lists, such as md0.',
	},
	MOUNTPOINT: {
		label: 'Mount point of the data to protect',
		example: '/srv/data',
		pattern: SAFE_PATH,
		hint: 'An absolute path with no spaces or shell characters, such as /srv/data.',
	},
	BACKUP_DIR: {
		label: 'Backup destination',
		example: '/mnt/backup/db-07',
		pattern: SAFE_PATH,
		hint: 'An absolute path with no spaces or shell characters, such as /mnt/backup/db-07.',
	},
	SCRATCH_DIR: {
		label: 'Scratch directory for restore tests',
		example: '/var/tmp/restore-test',
		// Not "/" alone: the clean-up step removes what was restored below this directory.
		pattern: /^\/[A-Za-z0-9._+-][A-Za-z0-9._+/-]*$/,
		hint: 'An absolute path below / (not / itself) with no spaces or shell characters, on a disk with room for the restore, such as /var/tmp/restore-test.',
	},
	BOOT_ENTRY: {
		label: 'GRUB menu entry (title, id or number)',
		example: 'Advanced options for Debian GNU/Linux>Debian GNU/Linux, with Linux 6.1.0-47-amd64',
		// Used inside single quotes in shell commands, so no quote characters and no backslash.
		pattern: /^[A-Za-z0-9][A-Za-z0-9 ._,:()+>/-]*$/,
		hint: 'A menu entry is a title, id or number as the boot menu lists it; a submenu and its entry are joined with ">". Quotes and backslashes are not allowed.',
	},
	TOOL: {
		label: 'Vendor tool command',
		example: 'sas2ircu',
		pattern: NAME,
		hint: 'The command name of the vendor tool as you run it, such as sas2ircu or storcli64, with no path or arguments.',
	},
	SRC_VERSION: {
		label: 'Kernel source package version',
		example: '6.1.170-1',
		pattern: /^[A-Za-z0-9.+~:-]+$/,
		hint: 'A package version as `apt-cache policy` or `rpm -q` prints it.',
	},
} as const satisfies Record<string, Placeholder>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Matches one placeholder; the name is group 1. */
export const PLACEHOLDER_PATTERN = /\{\{([A-Z][A-Z0-9_]*)\}\}/g;

/** Lists the placeholder names used in a piece of text, in order of first use. */
export function findPlaceholders(text: string): string[] {
	const names = [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1] ?? '');
	return [...new Set(names)];
}

export function isPlaceholderName(name: string): name is PlaceholderName {
	return Object.hasOwn(PLACEHOLDERS, name);
}

/**
 * Checks a value the reader typed for a placeholder. Returns the reason it is refused, or
 * `undefined` when it may go into a command.
 */
export function refuseValue(name: PlaceholderName, value: string): string | undefined {
	const placeholder: Placeholder = PLACEHOLDERS[name];
	if (value === '') return undefined;
	if (placeholder.pattern.test(value)) return undefined;
	return `${JSON.stringify(value)} cannot be used as ${placeholder.label.toLowerCase()}. ${placeholder.hint}`;
}

/** Replaces every placeholder whose value is given; the others stay as they are. */
export function fillPlaceholders(text: string, values: Partial<Record<string, string>>): string {
	return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => values[name] || whole);
}
