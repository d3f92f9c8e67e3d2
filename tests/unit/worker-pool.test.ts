import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/integrations/mdx-workers';
import { PoolUnavailable, WorkerPool } from '../../src/integrations/mdx-workers/pool';

const ECHO = new URL('../fixtures/worker-pool/echo.mjs', import.meta.url);
const NO_START = new URL('../fixtures/worker-pool/no-start.mjs', import.meta.url);

describe('the MDX worker pool', () => {
	it('runs every task and returns each result with what the worker sent beside it', async () => {
		const pool = new WorkerPool<string>(ECHO, 2);
		const values = ['a', 'b', 'c', 'd', 'e'];
		const done = await Promise.all(values.map((value) => pool.run({ kind: 'echo', value })));
		expect(done.map((d) => d.result)).toEqual(values);
		expect(done.map((d) => d.sent)).toEqual(values.map((value) => [{ from: value }]));
		await pool.close();
	});

	it("fails only the task that failed, with the worker's message and fields", async () => {
		const pool = new WorkerPool<string>(ECHO, 1);
		const failed = pool.run({ kind: 'fail', value: 'page.mdx' });
		const next = pool.run({ kind: 'echo', value: 'after' });
		await expect(failed).rejects.toMatchObject({ name: 'MDXError', message: 'cannot do page.mdx', loc: { line: 4 } });
		await expect(next).resolves.toMatchObject({ result: 'after' });
		await pool.close();
	});

	it('fails the task of a worker that exits, and goes on with the others', async () => {
		const pool = new WorkerPool<string>(ECHO, 2);
		await pool.ready;
		const crashed = pool.run({ kind: 'crash' });
		const others = ['x', 'y', 'z'].map((value) => pool.run({ kind: 'echo', value }));
		await expect(crashed).rejects.toThrow('A worker exited with code 3.');
		expect((await Promise.all(others)).map((d) => d.result)).toEqual(['x', 'y', 'z']);
		await pool.close();
	});

	it('says why it cannot take work when a worker does not start', async () => {
		const pool = new WorkerPool<string>(NO_START, 2);
		const task = pool.run({ kind: 'echo', value: 'a' });
		await expect(pool.ready).rejects.toBeInstanceOf(PoolUnavailable);
		await expect(task).rejects.toThrow('A worker did not start: astro.config.mjs has a syntax error');
		await expect(pool.run({ kind: 'echo', value: 'b' })).rejects.toBeInstanceOf(PoolUnavailable);
	});

	it('rejects work it was given once it is closed', async () => {
		const pool = new WorkerPool<string>(ECHO, 1);
		await pool.close();
		await expect(pool.run({ kind: 'echo', value: 'late' })).rejects.toBeInstanceOf(PoolUnavailable);
	});
});

describe('how many MDX workers a build starts', () => {
	const pages = (n: number) => () => n;

	it('starts one per core for a runbook of at least minFiles pages, and none below', () => {
		expect(workerCount({}, pages(300), 300, 2)).toBe(2);
		expect(workerCount({}, pages(299), 300, 2)).toBe(0);
	});

	it('takes NEEDLE_MDX_WORKERS over the size of the runbook', () => {
		expect(workerCount({ NEEDLE_MDX_WORKERS: '3' }, pages(10), 300, 2)).toBe(3);
		expect(workerCount({ NEEDLE_MDX_WORKERS: '0' }, pages(5000), 300, 2)).toBe(0);
		expect(workerCount({ NEEDLE_MDX_WORKERS: '' }, pages(5000), 300, 2)).toBe(2);
	});

	it('refuses a NEEDLE_MDX_WORKERS that is not a whole number, and says what it takes', () => {
		expect(() => workerCount({ NEEDLE_MDX_WORKERS: 'two' }, pages(1), 300, 2)).toThrow(
			'NEEDLE_MDX_WORKERS is "two": set it to a whole number of worker threads, 0 to compile on the build thread',
		);
		expect(() => workerCount({ NEEDLE_MDX_WORKERS: '-1' }, pages(1), 300, 2)).toThrow('NEEDLE_MDX_WORKERS is "-1"');
	});
});
