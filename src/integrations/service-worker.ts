/**
 * Writes the offline worker at the root of the built site: `sw.js`, the worker in
 * ./sw-template.js with the cache version filled in, and `sw-files.json`, the version and the
 * list of every built file (pages, CSS, JS, the Pagefind search index) that the worker stores
 * when it installs, so that after one visit every page and the search work without a network.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_LIST, precacheManifest, WORKER_FILE, type BuiltFile } from '../lib/precache';

const TEMPLATE = fileURLToPath(new URL('./sw-template.js', import.meta.url));
const MARKER = '// PRECACHE: replaced at build time';

async function readBuiltFiles(dir: string): Promise<BuiltFile[]> {
	const names = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = names.filter((entry) => entry.isFile());
	return Promise.all(
		files.map(async (entry) => {
			const full = path.join(entry.parentPath, entry.name);
			return { path: path.relative(dir, full).split(path.sep).join('/'), content: await readFile(full) };
		}),
	);
}

/** The integration that writes the worker once the site and its search index are built. */
const writer: AstroIntegration = {
	name: 'needle:service-worker',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const root = fileURLToPath(dir);
			const { version, urls } = precacheManifest(await readBuiltFiles(root));
			const template = await readFile(TEMPLATE, 'utf8');
			if (!template.includes(MARKER)) {
				throw new Error(`${TEMPLATE} has lost the line "${MARKER}"; put it back where the file list goes.`);
			}
			const settings = `const VERSION = ${JSON.stringify(version)};\nconst FILE_LIST = ${JSON.stringify(`/${FILE_LIST}`)};`;
			await writeFile(path.join(root, FILE_LIST), JSON.stringify({ version, files: urls }));
			await writeFile(path.join(root, WORKER_FILE), template.replace(MARKER, settings));
			logger.info(`${WORKER_FILE} precaches ${urls.length} files (listed in ${FILE_LIST}), cache version ${version}.`);
		},
	},
};

/**
 * Adds the worker's writer at the end of the integration list, after Starlight's Pagefind
 * step, because the search index must be in the list of files.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'needle:service-worker-setup',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ integrations: [writer] });
			},
		},
	};
}
