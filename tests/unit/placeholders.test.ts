import { describe, expect, it } from 'vitest';
import { fillPlaceholders, findPlaceholders, PLACEHOLDERS, refuseValue } from '~/lib/placeholders';

describe('findPlaceholders', () => {
	it('lists each placeholder once, in order of first use', () => {
		expect(findPlaceholders('modinfo {{MODULE}} -k {{KERNEL_RELEASE}}; rmmod {{MODULE}}')).toEqual([
			'MODULE',
			'KERNEL_RELEASE',
		]);
	});

	it('ignores single braces and lower-case names', () => {
		expect(findPlaceholders('echo {a,b} {{lower}} ${HOME}')).toEqual([]);
	});
});

describe('refuseValue', () => {
	it('accepts every registered example value', () => {
		for (const [name, placeholder] of Object.entries(PLACEHOLDERS)) {
			expect(refuseValue(name as keyof typeof PLACEHOLDERS, placeholder.example), name).toBeUndefined();
		}
	});

	it.each(['mpt3sas; reboot', 'a b', '$(id)', '`id`', 'x|y', "o'k", 'a\nb'])('refuses %j as a module name', (value) => {
		expect(refuseValue('MODULE', value)).toMatch(/cannot be used as driver module name/);
	});

	it('refuses / as the scratch directory, whose contents a clean-up step deletes', () => {
		expect(refuseValue('SCRATCH_DIR', '/')).toContain('not / itself');
	});

	it('refuses a quote in a boot entry, which goes inside single quotes', () => {
		expect(refuseValue('BOOT_ENTRY', "Debian' ; reboot '")).toContain('Quotes and backslashes are not allowed');
	});

	it('refuses a relative backup path and says what would be valid', () => {
		expect(refuseValue('BACKUP_DIR', 'backup')).toContain('An absolute path');
	});
});

describe('fillPlaceholders', () => {
	it('fills the values given and leaves the others marked', () => {
		expect(fillPlaceholders('modinfo -k {{KERNEL_RELEASE}} {{MODULE}}', { MODULE: 'megaraid_sas' })).toBe(
			'modinfo -k {{KERNEL_RELEASE}} megaraid_sas',
		);
	});
});
