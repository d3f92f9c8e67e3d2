/**
 * Builds a small throwaway copy of the site with pages a test supplies, to see how the real
 * configuration reacts to broken content. The copy lives inside the project (under
 * tests/.output/) so that it resolves the project's node_modules like the site itself does.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { copySite, runbookPages } from '../../scripts/site-copy.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
	code: number | null;
	/** Everything the build printed, stdout and stderr together, without colour codes. */
	output: string;
}

/** Where buildFixture() builds the site called `name`; its pages are in dist/ there. */
export function fixtureDir(name: string): string {
	return path.join(ROOT, 'tests/.output/fixtures', name);
}

/**
 * Builds a site whose content/docs holds exactly `pages` (relative path → MDX source), or a
 * copy of the runbook's own pages when `pages` is 'runbook'. `env` is added to the build's
 * environment.
 */
export async function buildFixture(
	name: string,
	pages: Record<string, string> | 'runbook',
	env: Record<string, string> = {},
): Promise<BuildResult> {
	const dir = fixtureDir(name);
	await copySite(dir, async (docs) => {
		if (pages === 'runbook') return runbookPages(docs);
		for (const [file, source] of Object.entries(pages)) {
			const target = path.join(docs, file);
			await mkdir(path.dirname(target), { recursive: true });
			await writeFile(target, source);
		}
	});
	return run(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], dir, env);
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output: stripVTControlCharacters(output) }));
	});
}

/** A page that passes every check, to stand beside the broken one. */
export const GOOD_PAGE = `---
title: Home
kind: concept
---

A page with nothing wrong.
`;
