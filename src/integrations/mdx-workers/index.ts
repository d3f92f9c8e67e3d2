/**
 * Compiles the runbook's MDX on every core instead of on the build's one thread.
 *
 * Compiling MDX (parsing, the remark and rehype plugins, Expressive Code's highlighting) is most
 * of what a large build costs, and Vite runs every transform on one thread. For `astro build`
 * of a runbook with many pages, this integration starts a worker thread per core; each resolves
 * the same Astro configuration and runs the MDX integration's own transform, so it returns the
 * same module the build thread would have made. The build thread hands each .mdx file to the
 * next free worker. Measured effect: README, "Build time".
 *
 * Starting a worker costs a few seconds, more than it saves on a small runbook, so runbooks
 * under `minFiles` pages compile on the build thread as before. NEEDLE_MDX_WORKERS sets the
 * number of workers whatever the size (0: none). If the workers cannot start, the build says
 * why and compiles on its own thread.
 *
 * Plugins that collect facts across pages in the build thread (the link validator) cannot see
 * what a worker compiles; a plugin in the worker sends those facts back (./outbox.mjs) and
 * `onMessage` hands them on.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin, Rollup } from 'vite';
import { IN_MDX_WORKER, WORKER_FLAG } from './outbox.mjs';
import { PoolUnavailable, WorkerPool } from './pool';

const WORKER_SCRIPT = new URL('./worker.mjs', import.meta.url);
const WRAPPED = Symbol.for('needle.mdx-workers.wrapped');

export interface MdxWorkerOptions {
	/** The folder of the runbook's pages, from the project root. */
	contentDir: string;
	/** Use workers when the runbook has at least this many .mdx pages. */
	minFiles: number;
	/** Receives, in the build thread, each message a worker's plugins sent; returns false for one it does not know. */
	onMessage: (message: unknown) => boolean;
}

type TransformResult = { code: string; map?: Rollup.SourceMapInput; meta?: Record<string, unknown> };
type Transform = (
	this: Rollup.TransformPluginContext,
	code: string,
	id: string,
) => Promise<TransformResult | undefined>;

/** How many workers to start: NEEDLE_MDX_WORKERS if set, else one per core for a large runbook. */
export function workerCount(env: NodeJS.ProcessEnv, pages: () => number, minFiles: number, cores: number): number {
	const set = env['NEEDLE_MDX_WORKERS'];
	const value = set?.trim() ?? '';
	if (value !== '') {
		if (!/^\d+$/.test(value)) {
			throw new Error(
				`NEEDLE_MDX_WORKERS is "${set}": set it to a whole number of worker threads, 0 to compile on the build thread, or leave it unset to decide by the runbook's size.`,
			);
		}
		return Number(value);
	}
	return pages() >= minFiles ? cores : 0;
}

function countPages(dir: string): number {
	try {
		return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.mdx')).length;
	} catch {
		return 0;
	}
}

function vitePlugin(
	pool: WorkerPool<TransformResult>,
	options: MdxWorkerOptions,
	logger: AstroIntegrationLogger,
): Plugin {
	let warned = false;
	return {
		name: 'needle:mdx-workers',
		configResolved(config) {
			const mdx = config.plugins.find((plugin) => plugin.name === '@mdx-js/rollup') as
				(Plugin & { [WRAPPED]?: true }) | undefined;
			if (!mdx || typeof mdx.transform !== 'function') {
				throw new Error('needle:mdx-workers found no "@mdx-js/rollup" plugin: is @astrojs/mdx in the integrations?');
			}
			if (mdx[WRAPPED]) return;
			mdx[WRAPPED] = true;
			const inThread = mdx.transform as Transform;
			mdx.transform = async function (this: Rollup.TransformPluginContext, code: string, id: string) {
				if (!id.endsWith('.mdx')) return undefined;
				try {
					const { result, sent } = await pool.run({ code, id });
					for (const message of sent) {
						if (!options.onMessage(message)) {
							throw new Error(
								`An MDX worker sent a message that nothing in the build thread reads: ${JSON.stringify(message).slice(0, 200)}`,
							);
						}
					}
					return result;
				} catch (error) {
					if (!(error instanceof PoolUnavailable)) throw error;
					if (!warned) {
						warned = true;
						logger.warn(`${error.message} Compiling the remaining MDX on the build thread.`);
					}
					return inThread.call(this, code, id);
				}
			} as Transform;
		},
	};
}

export function mdxWorkers(options: MdxWorkerOptions): AstroIntegration {
	let pool: WorkerPool<TransformResult> | undefined;
	return {
		name: 'needle:mdx-workers',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build' || IN_MDX_WORKER) return;
				const root = fileURLToPath(config.root);
				const count = workerCount(
					process.env,
					() => countPages(path.resolve(root, options.contentDir)),
					options.minFiles,
					availableParallelism(),
				);
				if (count === 0) return;
				// Started now, so the workers load the configuration while the build syncs content.
				const sourcemap = Boolean(config.vite?.build?.sourcemap);
				pool = new WorkerPool<TransformResult>(WORKER_SCRIPT, count, {
					workerData: { root, sourcemap },
					env: { ...process.env, [WORKER_FLAG]: '1' },
				});
				logger.info(`Compiling MDX in ${count} worker thread${count === 1 ? '' : 's'}.`);
				updateConfig({ vite: { plugins: [vitePlugin(pool, options, logger)] } });
			},
			// The server build, where the pages' MDX is compiled, is over; free the workers' memory.
			// (A build that fails before this leaves them idle and unreferenced, so it still exits.)
			'astro:build:ssr': async () => {
				await pool?.close();
			},
		},
	};
}
