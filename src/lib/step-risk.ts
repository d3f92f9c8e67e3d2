/**
 * Which destructive steps still wait for their backup. A destructive step relies on every
 * backup step before it in the same procedure; until each of those is ticked in a run, the
 * step is shown as "backup not confirmed".
 */

export type StepLevel = 'reversible' | 'destructive' | 'backup' | undefined;

/**
 * For each step, the numbers (counted from 1) of the earlier backup steps not yet ticked, when
 * the step is destructive; an empty list for every other step.
 *
 * @example
 * unconfirmedBackups(['backup', undefined, 'destructive'], [false, true, false]); // [[], [], [1]]
 */
export function unconfirmedBackups(levels: readonly StepLevel[], done: readonly boolean[]): number[][] {
	const open: number[] = [];
	return levels.map((level, index) => {
		if (level === 'backup' && !done[index]) open.push(index + 1);
		return level === 'destructive' ? [...open] : [];
	});
}

/** Says which backup steps to tick, for the mark beside a destructive step. */
export function describeUnconfirmed(steps: readonly number[]): string {
	const list = steps.length === 1 ? `step ${steps[0]}` : `steps ${steps.slice(0, -1).join(', ')} and ${steps.at(-1)}`;
	return `Backup not confirmed: tick ${list} in a run once the backup is checked`;
}
