#!/usr/bin/env node
/**
 * Runs a TypeScript command-line module on Node 20, which cannot load `.ts` by itself.
 *
 *     node scripts/run-ts.mjs path/to/tool.ts [arguments …]
 *
 * The module is bundled with esbuild (already installed with Astro; it reads the `~/` alias
 * from tsconfig.json), written under node_modules/.cache so that its package imports resolve,
 * and its exported `main(argv)` is called. What `main` returns (or resolves to) is the exit
 * status.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error('Usage: node scripts/run-ts.mjs path/to/tool.ts [arguments …]');
	process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'node_modules/.cache/run-ts');
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, `${basename(entry, '.ts')}-${process.pid}.mjs`);

await build({
	entryPoints: [resolve(entry)],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	tsconfig: resolve(root, 'tsconfig.json'),
	logLevel: 'error',
});

const tool = await import(pathToFileURL(outfile).href);
if (typeof tool.main !== 'function') {
	console.error(`${entry} exports no main(argv) function, so there is nothing to run.`);
	process.exit(2);
}
try {
	process.exitCode = (await tool.main(args)) ?? 0;
} finally {
	rmSync(outfile, { force: true });
}
