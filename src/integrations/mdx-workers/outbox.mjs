// @ts-check
/**
 * How a plugin running in an MDX worker thread sends facts back to the build thread. The worker
 * empties the outbox before each file and returns what is in it with the compiled module.
 * A symbol from the global registry, because the plugins are loaded by Astro's configuration
 * loader and the worker script by Node: they share the thread's globalThis and nothing else.
 */
export const OUTBOX = Symbol.for('needle.mdx-workers.outbox');

/** The environment variable set in every worker; its plugins check it, and it stops a worker from starting workers. */
export const WORKER_FLAG = 'NEEDLE_MDX_WORKER';

/** True in an MDX worker thread. */
export const IN_MDX_WORKER = Boolean(process.env[WORKER_FLAG]);

/**
 * Sends `message` (plain data) to the build thread with the file being compiled.
 *
 * @template T
 * @param {T} message
 */
export function sendFromWorker(message) {
	const box = /** @type {Record<symbol, unknown[] | undefined>} */ (/** @type {unknown} */ (globalThis))[OUTBOX];
	if (!Array.isArray(box)) throw new Error('sendFromWorker() was called outside an MDX worker compiling a file.');
	box.push(message);
}
