import { describe, expect, it } from 'vitest';
import { describeUnconfirmed, unconfirmedBackups } from '~/lib/step-risk';

describe('unconfirmedBackups', () => {
	it('lists the earlier backup steps not yet ticked for each destructive step', () => {
		const levels = ['backup', undefined, 'backup', 'destructive', 'reversible'] as const;
		expect(unconfirmedBackups(levels, [])).toEqual([[], [], [], [1, 3], []]);
		expect(unconfirmedBackups(levels, [true])).toEqual([[], [], [], [3], []]);
		expect(unconfirmedBackups(levels, [true, false, true])).toEqual([[], [], [], [], []]);
	});

	it('leaves a destructive step with no backup before it unmarked', () => {
		expect(unconfirmedBackups(['destructive', 'backup'], [])).toEqual([[], []]);
	});
});

describe('describeUnconfirmed', () => {
	it('names one step or a list of steps', () => {
		expect(describeUnconfirmed([7])).toBe('Backup not confirmed: tick step 7 in a run once the backup is checked');
		expect(describeUnconfirmed([3, 6, 7])).toContain('tick steps 3, 6 and 7');
	});
});
