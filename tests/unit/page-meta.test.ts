import { describe, expect, it } from 'vitest';
import { describePage, formatKernelRange } from '~/lib/page-meta';

describe('formatKernelRange', () => {
	it('says "and later" for an open range and "to" for a closed one', () => {
		expect(formatKernelRange({ from: '4.4' })).toBe('Linux 4.4 and later');
		expect(formatKernelRange({ from: '4.4', to: '6.1' })).toBe('Linux 4.4 to 6.1');
	});
});

describe('describePage', () => {
	it('shows risk, scope and verification for a procedure', () => {
		const items = describePage({
			kind: 'procedure',
			risk: 'destructive',
			appliesTo: { families: ['debian', 'rhel'], kernel: { from: '5.10' } },
			verified: { date: new Date('2026-12-03'), distribution: 'Debian 12', kernel: '6.1.0-47-amd64' },
		});
		expect(items).toEqual([
			{ label: 'Kind', value: 'Procedure' },
			{ label: 'Risk', value: 'Destructive: can lose data; back up first', tone: 'destructive' },
			{ label: 'Applies to', value: 'Debian, RHEL family; Linux 5.10 and later' },
			{ label: 'Last verified', value: '2026-12-03 on Debian 12, kernel 6.1.0-47-amd64' },
		]);
	});

	it('says plainly when a procedure has never been verified', () => {
		const items = describePage({
			kind: 'procedure',
			risk: 'read-only',
			appliesTo: { families: ['suse'], kernel: { from: '6.4' } },
		});
		expect(items.at(-1)).toEqual({
			label: 'Last verified',
			value: 'Not yet run end to end; read each step before you run it',
			tone: 'neutral',
		});
	});

	it('shows the time a lesson takes', () => {
		expect(describePage({ kind: 'lesson', minutes: 20 })).toContainEqual({ label: 'Time', value: 'About 20 minutes' });
	});
});
