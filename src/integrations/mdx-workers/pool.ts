/**
 * A fixed set of worker threads that each take one task at a time, in the order given. A worker
 * script answers `{ ready: true }` (or `{ ready: false, error }`) once it has started, then one
 * `{ task, result, sent }` or `{ task, error }` for each `{ task, ...payload }` it is sent.
 */
import { Worker } from 'node:worker_threads';

/** The pool cannot take work: a worker did not start, every worker has stopped, or it was closed. */
export class PoolUnavailable extends Error {
	override name = 'PoolUnavailable';
}

export interface Done<R> {
	result: R;
	/** What the worker's plugins sent back beside the result, in order. */
	sent: unknown[];
}

type Reply = { task: number; result?: unknown; sent?: unknown[]; error?: Record<string, unknown> };
type Started = { ready: boolean; error?: Record<string, unknown> };
type Task = { payload: object; resolve: (done: Done<unknown>) => void; reject: (error: unknown) => void };

/** An error that came back from a worker, rebuilt with its name, message, stack and fields. */
export function revive(data: Record<string, unknown>): Error {
	const error = new Error(String(data['message']));
	Object.assign(error, data);
	return error;
}

export class WorkerPool<R> {
	private readonly workers = new Set<Worker>();
	private readonly idle: Worker[] = [];
	private readonly queue: Task[] = [];
	private readonly running = new Map<Worker, Task>();
	private unavailable: PoolUnavailable | undefined;
	private next = 0;
	/** Resolves when every worker has started; rejects with PoolUnavailable if one could not. */
	readonly ready: Promise<void>;

	constructor(script: URL, size: number, options: { workerData?: unknown; env?: NodeJS.ProcessEnv } = {}) {
		const starts: Promise<void>[] = [];
		for (let i = 0; i < size; i++) {
			const worker = new Worker(script, { workerData: options.workerData, env: options.env ?? { ...process.env } });
			this.workers.add(worker);
			starts.push(this.start(worker));
		}
		this.ready = Promise.all(starts).then(
			() => undefined,
			(cause: unknown) => {
				this.fail(
					new PoolUnavailable(`A worker did not start: ${cause instanceof Error ? cause.message : String(cause)}`, {
						cause,
					}),
				);
				throw this.unavailable;
			},
		);
		// A caller that never awaits `ready` still learns of a failed start from run().
		this.ready.catch(() => {});
		this.updateRefs();
	}

	/** Runs one task on the next free worker. */
	run(payload: object): Promise<Done<R>> {
		if (this.unavailable) return Promise.reject(this.unavailable);
		return new Promise<Done<unknown>>((resolve, reject) => {
			this.queue.push({ payload, resolve, reject });
			this.pump();
		}) as Promise<Done<R>>;
	}

	/** Stops every worker; tasks not yet finished are rejected with PoolUnavailable. */
	async close(): Promise<void> {
		this.fail(new PoolUnavailable('The worker pool was closed.'));
		await Promise.all([...this.workers].map((worker) => worker.terminate()));
	}

	private start(worker: Worker): Promise<void> {
		return new Promise((resolve, reject) => {
			const failed = (error: Error) => reject(error);
			const exited = (code: number) => reject(new Error(`it exited with code ${code} while starting`));
			worker.once('error', failed);
			worker.once('exit', exited);
			worker.once('message', (message: Started) => {
				worker.off('error', failed);
				worker.off('exit', exited);
				if (!message.ready) return reject(revive(message.error ?? { message: 'it gave no reason' }));
				worker.on('message', (reply: Reply) => this.settle(worker, reply));
				worker.on('error', (error) => this.lost(worker, error));
				worker.on('exit', (code) => this.lost(worker, new Error(`A worker exited with code ${code}.`)));
				this.idle.push(worker);
				this.pump();
				resolve();
			});
		});
	}

	private pump() {
		while (!this.unavailable && this.idle.length > 0 && this.queue.length > 0) {
			const worker = this.idle.shift()!;
			const task = this.queue.shift()!;
			this.running.set(worker, task);
			worker.postMessage({ ...task.payload, task: this.next++ });
		}
		this.updateRefs();
	}

	private settle(worker: Worker, reply: Reply) {
		const task = this.running.get(worker);
		this.running.delete(worker);
		this.idle.push(worker);
		if (task) {
			if (reply.error) task.reject(revive(reply.error));
			else task.resolve({ result: reply.result, sent: reply.sent ?? [] });
		}
		this.pump();
	}

	/** A worker failed or exited: its task fails; the others carry on, and when none is left the pool fails. */
	private lost(worker: Worker, error: Error) {
		if (!this.workers.delete(worker)) return;
		const waiting = this.idle.indexOf(worker);
		if (waiting >= 0) this.idle.splice(waiting, 1);
		const task = this.running.get(worker);
		this.running.delete(worker);
		task?.reject(error);
		if (this.workers.size === 0 && !this.unavailable) {
			this.fail(new PoolUnavailable(`Every worker has stopped; the last: ${error.message}`, { cause: error }));
		}
		this.pump();
	}

	private fail(error: PoolUnavailable) {
		if (this.unavailable) return;
		this.unavailable = error;
		for (const task of this.queue.splice(0)) task.reject(error);
		for (const task of this.running.values()) task.reject(error);
		this.running.clear();
		for (const worker of this.workers) void worker.terminate();
		this.updateRefs();
	}

	/** Workers keep the process alive only while they have work, so that a failed build still exits. */
	private updateRefs() {
		const busy = !this.unavailable && (this.queue.length > 0 || this.running.size > 0);
		for (const worker of this.workers) {
			if (busy) worker.ref();
			else worker.unref();
		}
	}
}
