import { describe, expect, it } from 'vitest';
import { isFinished, parseRun, recordFileName, runToMarkdown, setNote, startRun, tickStep } from '~/lib/runs';

const START = new Date('2026-12-03T17:00:00Z');
const TICK = new Date('2026-12-03T17:05:09Z');
const EXPORT = new Date('2026-12-03T18:00:00Z');

describe('a run', () => {
	it('records the time of a tick and forgets it when unticked', () => {
		const run = tickStep(startRun('/a/', 'A', 2, START), 0, true, TICK);
		expect(run.steps[0]).toEqual({ at: TICK.toISOString() });
		expect(tickStep(run, 0, false, TICK).steps[0]).toEqual({});
	});

	it('keeps a note apart from the tick, and drops an empty note', () => {
		const run = setNote(tickStep(startRun('/a/', 'A', 1, START), 0, true, TICK), 0, 'ok');
		expect(run.steps[0]).toEqual({ at: TICK.toISOString(), note: 'ok' });
		expect(setNote(run, 0, '  ').steps[0]).toEqual({ at: TICK.toISOString() });
	});

	it('is finished only when every step is ticked', () => {
		const run = tickStep(startRun('/a/', 'A', 2, START), 0, true, TICK);
		expect(isFinished(run)).toBe(false);
		expect(isFinished(tickStep(run, 1, true, TICK))).toBe(true);
	});
});

describe('parseRun', () => {
	it('reads back what a run stores', () => {
		const run = setNote(tickStep(startRun('/a/', 'A', 2, START), 1, true, TICK), 0, 'n');
		expect(parseRun(JSON.stringify(run))).toEqual({ ok: true, value: run });
	});

	it('names every field of the wrong kind', () => {
		const raw = JSON.stringify({
			version: 1,
			path: '/a/',
			title: 5,
			by: '',
			startedAt: 'soon',
			steps: [{ at: 'x' }, 3],
		});
		const parsed = parseRun(raw);
		expect(!parsed.ok && parsed.reason).toBe(
			'"title" is not text; "startedAt" is not a date; step 1 has a tick time that is not a date; step 2 is not an object',
		);
	});
});

describe('runToMarkdown', () => {
	it('writes the change record with profile, steps, times, notes and who', () => {
		let run = startRun('/back-up/data-manifest/', 'Back up the data', 3, START);
		run = { ...setNote(tickStep(run, 0, true, TICK), 1, 'Two lines\nof note'), by: 'Ana Ops' };
		const record = runToMarkdown(run, {
			url: 'http://runbook.example/back-up/data-manifest/',
			stepTitles: ['Check the room', 'Make the manifest'],
			values: { MOUNTPOINT: '/srv/data' },
			distro: 'RHEL family',
			exportedAt: EXPORT,
		});
		expect(record).toBe(
			[
				'# Change record: Back up the data',
				'',
				'- Procedure: [Back up the data](http://runbook.example/back-up/data-manifest/)',
				'- Run by: Ana Ops',
				'- Started: 2026-12-03 17:00:00 UTC',
				'- Exported: 2026-12-03 18:00:00 UTC',
				'- Steps done: 1 of 3',
				'',
				'## Host profile',
				'',
				'| Value | Setting |',
				'| --- | --- |',
				'| Distribution family | RHEL family |',
				'| Mount point of the data to protect (MOUNTPOINT) | /srv/data |',
				'',
				'## Steps',
				'',
				'1. [x] Check the room (done 2026-12-03 17:05:09 UTC)',
				'2. [ ] Make the manifest (not done)',
				'   Note: Two lines',
				'   of note',
				'3. [ ] Step 3 (not done)',
				'',
			].join('\n'),
		);
	});

	it('says so when no profile value and no name were given', () => {
		const record = runToMarkdown(startRun('/a/', 'A', 0, START), {
			url: '/a/',
			stepTitles: [],
			values: {},
			exportedAt: EXPORT,
		});
		expect(record).toContain('- Run by: not given');
		expect(record).toContain('No values were set.');
	});

	it('names the file after the procedure and the day', () => {
		expect(recordFileName(startRun('/back-up/data-manifest/', 'A', 1, START), EXPORT)).toBe(
			'change-record-data-manifest-2026-12-03.md',
		);
	});
});
