/**
 * The host profile: the values the reader sets once so that commands show them in place of
 * placeholders. Stored in localStorage as `{ version: 1, values, refused }`.
 *
 * `refused` keeps what the reader typed that `refuseValue` turned down, so a reload shows it
 * again with its message instead of losing it; a refused value never reaches a command.
 */
import { isPlaceholderName, refuseValue, type PlaceholderName } from './placeholders';
import { isRecord, parseVersioned, STORAGE_VERSION, type Parsed } from './storage';

/** The tab labels of the distribution tabs, which are also the family names. */
export const DISTRO_FAMILIES = ['Debian/Ubuntu', 'RHEL family', 'SUSE'] as const;

export type Values = Partial<Record<PlaceholderName, string>>;

export interface Profile {
	version: typeof STORAGE_VERSION;
	values: Values;
	refused: Values;
}

export function emptyProfile(): Profile {
	return { version: STORAGE_VERSION, values: {}, refused: {} };
}

/** Reads a map of placeholder values; lists each entry that is not a known name with a string. */
function readValues(data: unknown, field: string, check: boolean): { values: Values; problems: string[] } {
	const values: Values = {};
	const problems: string[] = [];
	if (data === undefined) return { values, problems };
	if (!isRecord(data)) return { values, problems: [`"${field}" is not an object`] };
	for (const [name, value] of Object.entries(data)) {
		if (!isPlaceholderName(name)) problems.push(`"${name}" is not a value this runbook knows`);
		else if (typeof value !== 'string') problems.push(`${name} is not text`);
		else if (check && refuseValue(name, value)) problems.push(`${name} holds a value that is refused`);
		else values[name] = value;
	}
	return { values, problems };
}

/**
 * Parses a stored profile. An entry that is unknown, not text, or a value `refuseValue`
 * turns down makes the record unreadable; the entries that are fine are salvaged.
 */
export function parseProfile(raw: string): Parsed<Profile> {
	return parseVersioned(raw, (data) => {
		const values = readValues(data['values'], 'values', true);
		const refused = readValues(data['refused'], 'refused', false);
		const profile: Profile = { version: STORAGE_VERSION, values: values.values, refused: refused.values };
		const problems = [...values.problems, ...refused.problems];
		if (problems.length === 0) return { ok: true, value: profile };
		return { ok: false, reason: problems.join('; '), salvaged: profile };
	});
}

/**
 * Sets one value. A refused value is kept under `refused` (for the reader to fix) and the
 * placeholder goes back to showing its name, so no command shows an old or unsafe value.
 */
export function setValue(
	profile: Profile,
	name: PlaceholderName,
	value: string,
): { profile: Profile; refusal?: string } {
	const values = { ...profile.values };
	const refused = { ...profile.refused };
	const refusal = refuseValue(name, value);
	delete values[name];
	delete refused[name];
	if (refusal) refused[name] = value;
	else if (value !== '') values[name] = value;
	const next = { version: STORAGE_VERSION, values, refused };
	return refusal ? { profile: next, refusal } : { profile: next };
}

/** Tells whether a stored tab choice is one of the distribution families. */
export function isDistroFamily(label: string | null): label is (typeof DISTRO_FAMILIES)[number] {
	return DISTRO_FAMILIES.some((family) => family === label);
}
