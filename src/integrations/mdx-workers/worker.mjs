// @ts-check
/**
 * One MDX compiler thread (see ./index.ts). It resolves the site's own Astro configuration,
 * integrations and all, with Astro's public getViteConfig(), takes the MDX integration's Vite
 * plugin from it, and runs that plugin's transform on each file the build thread sends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { OUTBOX } from './outbox.mjs';

if (!parentPort) throw new Error('worker.mjs runs only as a worker thread.');
const port = parentPort;

/** @returns {Promise<(code: string, id: string) => Promise<unknown>>} */
async function loadTransform() {
	const { getViteConfig } = await import('astro/config');
	const vite = await getViteConfig(
		{},
		{ root: workerData.root, logLevel: 'error' },
	)({
		mode: 'production',
		command: 'build',
	});
	const plugin = /** @type {any[]} */ (vite.plugins ?? []).flat(Infinity).find((p) => p && p.name === '@mdx-js/rollup');
	if (!plugin || typeof plugin.transform !== 'function') {
		throw new Error('the MDX integration\'s Vite plugin ("@mdx-js/rollup") is not in the configuration');
	}
	plugin.configResolved?.({ build: { sourcemap: workerData.sourcemap }, plugins: [] });
	return (code, id) => plugin.transform(code, id);
}

/**
 * An error as plain data: name, message, stack and the fields that can cross threads (an MDX
 * error carries `loc`, the file, line and column).
 *
 * @param {unknown} error
 */
function serialize(error) {
	if (!(error instanceof Error)) return { message: String(error) };
	/** @type {Record<string, unknown>} */
	const fields = {};
	for (const [key, value] of Object.entries(error)) {
		try {
			fields[key] = structuredClone(value);
		} catch {
			// Left behind: a field that cannot be copied (a function, a syntax tree node's parent).
		}
	}
	return { ...fields, name: error.name, message: error.message, stack: error.stack };
}

/** @type {Record<symbol, unknown[]>} */
const global = /** @type {any} */ (globalThis);

try {
	const transform = await loadTransform();
	port.on('message', async ({ task, code, id }) => {
		global[OUTBOX] = [];
		try {
			const result = await transform(code, id);
			port.postMessage({ task, result, sent: global[OUTBOX] });
		} catch (error) {
			port.postMessage({ task, error: serialize(error) });
		}
	});
	port.postMessage({ ready: true });
} catch (error) {
	port.postMessage({ ready: false, error: serialize(error) });
}
