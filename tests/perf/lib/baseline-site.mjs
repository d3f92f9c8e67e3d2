// Builds a stock Starlight site (no Needle configuration, one ordinary page) to measure what
// Starlight itself loads, so the budgets can say how much Needle adds on top. The build is kept
// under tests/.output/perf-baseline/ and reused while Astro and Starlight stay the same version.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BASELINE_DIR = path.join(ROOT, 'tests/.output/perf-baseline');
/** The stock page to measure: headings for the table of contents and a code block. */
export const BASELINE_PAGE = '/guides/example/';

const FILES = {
	'package.json': JSON.stringify({ name: 'stock-starlight', private: true, type: 'module' }),
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [starlight({ title: 'Stock', sidebar: [{ label: 'Guides', autogenerate: { directory: 'guides' } }] })],
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	'src/content/docs/index.md': '---\ntitle: Stock\n---\n\nA stock Starlight site.\n',
	'src/content/docs/guides/example.md': `---
title: Example
description: An ordinary page.
---

An ordinary page of a stock Starlight site.

## First part

Some text.

\`\`\`sh title="A command"
uname -r
\`\`\`

## Second part

More text.
`,
};

function versionStamp() {
	const version = (name) =>
		JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
	return `astro ${version('astro')}, starlight ${version('@astrojs/starlight')}`;
}

/**
 * Returns the `dist` folder of the stock site, building it first unless a build for the
 * installed Astro and Starlight versions is already there.
 */
export function baselineDist() {
	const stampFile = path.join(BASELINE_DIR, 'built-with.txt');
	const dist = path.join(BASELINE_DIR, 'dist');
	const stamp = versionStamp();
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(dist)) return dist;

	rmSync(BASELINE_DIR, { recursive: true, force: true });
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(path.dirname(path.join(BASELINE_DIR, file)), { recursive: true });
		writeFileSync(path.join(BASELINE_DIR, file), text);
	}
	const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
		cwd: BASELINE_DIR,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' },
	});
	if (build.status !== 0) {
		throw new Error(`The stock Starlight site in ${BASELINE_DIR} did not build:\n${build.stdout}${build.stderr}`);
	}
	writeFileSync(stampFile, stamp);
	return dist;
}
