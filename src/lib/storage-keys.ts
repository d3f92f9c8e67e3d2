/**
 * The localStorage keys the runbook uses, in one small module so the script that runs on every
 * page can import them without the code that reads and writes each record.
 */

/** The host profile (src/lib/profile.ts). */
export const PROFILE_KEY = 'needle:profile';

/**
 * The distribution family is Starlight's own synced-tab choice for `<Tabs syncKey="distro">`,
 * so choosing a tab and choosing a family in the profile are the same setting.
 */
export const DISTRO_KEY = 'starlight-synced-tabs__distro';

/** Runs of procedures (src/lib/runs.ts), one per page: the prefix and the page's URL path. */
export const RUN_PREFIX = 'needle:run:';

/** Records that could not be read and were moved aside (src/lib/storage.ts). */
export const QUARANTINE_PREFIX = 'needle:quarantine:';

/** The key of the run of the procedure at `path`, such as `/back-up/data-manifest/`. */
export function runKey(path: string): string {
	return RUN_PREFIX + path;
}
