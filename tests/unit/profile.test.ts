import { describe, expect, it } from 'vitest';
import { emptyProfile, isDistroFamily, parseProfile, setValue } from '~/lib/profile';

describe('parseProfile', () => {
	it('reads a stored profile', () => {
		const raw = JSON.stringify({ version: 1, values: { MODULE: 'mpt3sas' }, refused: { HOST: 'a b' } });
		expect(parseProfile(raw)).toEqual({
			ok: true,
			value: { version: 1, values: { MODULE: 'mpt3sas' }, refused: { HOST: 'a b' } },
		});
	});

	it('refuses a hand-edited unsafe value and salvages the others', () => {
		const raw = JSON.stringify({ version: 1, values: { MODULE: 'mpt3sas; reboot', HOST: 'db-07' } });
		expect(parseProfile(raw)).toEqual({
			ok: false,
			reason: 'MODULE holds a value that is refused',
			salvaged: { version: 1, values: { HOST: 'db-07' }, refused: {} },
		});
	});

	it('refuses unknown names and values that are not text, naming each', () => {
		const parsed = parseProfile(JSON.stringify({ version: 1, values: { NOPE: 'x', CONTROLLER: 0 } }));
		expect(!parsed.ok && parsed.reason).toBe('"NOPE" is not a value this runbook knows; CONTROLLER is not text');
	});

	it('refuses a profile from another version without salvaging anything', () => {
		expect(parseProfile(JSON.stringify({ version: 2, values: { MODULE: 'mpt3sas' } }))).not.toHaveProperty('salvaged');
	});
});

describe('setValue', () => {
	it('sets a value that passes its pattern', () => {
		expect(setValue(emptyProfile(), 'MODULE', 'mpt3sas')).toEqual({
			profile: { version: 1, values: { MODULE: 'mpt3sas' }, refused: {} },
		});
	});

	it('keeps a refused value aside with the reason and removes the old value from commands', () => {
		const before = setValue(emptyProfile(), 'MODULE', 'mpt3sas').profile;
		const { profile, refusal } = setValue(before, 'MODULE', 'mpt3sas; reboot');
		expect(refusal).toMatch(/cannot be used as driver module name/);
		expect(profile.values).toEqual({});
		expect(profile.refused).toEqual({ MODULE: 'mpt3sas; reboot' });
	});

	it('clears a value when the field is emptied', () => {
		const before = setValue(emptyProfile(), 'HOST', 'db-07').profile;
		expect(setValue(before, 'HOST', '').profile).toEqual(emptyProfile());
	});
});

describe('isDistroFamily', () => {
	it('accepts exactly the three tab labels', () => {
		expect(['Debian/Ubuntu', 'RHEL family', 'SUSE'].every(isDistroFamily)).toBe(true);
		expect(isDistroFamily('Debian')).toBe(false);
		expect(isDistroFamily(null)).toBe(false);
	});
});
