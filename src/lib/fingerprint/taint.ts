/**
 * Decodes the kernel's taint value (`/proc/sys/kernel/tainted`, `/sys/module/<m>/taint`).
 * Bits and letters follow the kernel's admin guide, "Tainted kernels":
 * https://docs.kernel.org/admin-guide/tainted-kernels.html
 */

/** One taint flag: its bit, its letter and what it means, in short. */
export interface TaintFlag {
	bit: number;
	letter: string;
	meaning: string;
}

export const TAINT_FLAGS: readonly TaintFlag[] = [
	{ bit: 0, letter: 'P', meaning: 'proprietary module loaded' },
	{ bit: 1, letter: 'F', meaning: 'module force-loaded' },
	{ bit: 2, letter: 'S', meaning: 'kernel running on an out-of-specification system' },
	{ bit: 3, letter: 'R', meaning: 'module force-unloaded' },
	{ bit: 4, letter: 'M', meaning: 'machine check exception' },
	{ bit: 5, letter: 'B', meaning: 'bad page reference' },
	{ bit: 6, letter: 'U', meaning: 'taint requested by user space' },
	{ bit: 7, letter: 'D', meaning: 'kernel died recently (oops or BUG)' },
	{ bit: 8, letter: 'A', meaning: 'ACPI table overridden' },
	{ bit: 9, letter: 'W', meaning: 'kernel warning issued' },
	{ bit: 10, letter: 'C', meaning: 'staging driver loaded' },
	{ bit: 11, letter: 'I', meaning: 'platform firmware bug worked around' },
	{ bit: 12, letter: 'O', meaning: 'out-of-tree module loaded' },
	{ bit: 13, letter: 'E', meaning: 'unsigned module loaded' },
	{ bit: 14, letter: 'L', meaning: 'soft lockup occurred' },
	{ bit: 15, letter: 'K', meaning: 'kernel live-patched' },
	{ bit: 16, letter: 'X', meaning: 'auxiliary taint (distribution-defined)' },
	{ bit: 17, letter: 'T', meaning: 'kernel built with the struct randomization plugin' },
	{ bit: 18, letter: 'N', meaning: 'in-kernel test run' },
];

/**
 * Lists the flags set in a taint value: a decimal number (as in /proc/sys/kernel/tainted) or
 * letters (as in /sys/module/<m>/taint). Unknown bits are reported as "bit N".
 *
 * @example describeTaint('12288') // ['O (out-of-tree module loaded)', 'E (unsigned module loaded)']
 */
export function describeTaint(value: string): string[] {
	const text = value.trim();
	if (text === '' || text === '0') return [];
	if (!/^\d+$/.test(text)) return [...text].map((letter) => describeLetter(letter));

	const bits = BigInt(text);
	const found: string[] = [];
	for (let bit = 0n; bits >> bit > 0n; bit += 1n) {
		if (((bits >> bit) & 1n) === 0n) continue;
		const flag = TAINT_FLAGS.find((candidate) => BigInt(candidate.bit) === bit);
		found.push(flag ? `${flag.letter} (${flag.meaning})` : `bit ${bit}`);
	}
	return found;
}

function describeLetter(letter: string): string {
	const flag = TAINT_FLAGS.find((candidate) => candidate.letter === letter);
	return flag ? `${flag.letter} (${flag.meaning})` : letter;
}
