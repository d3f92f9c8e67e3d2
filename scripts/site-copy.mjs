// @ts-check
/**
 * Copies of the site with other pages: the build benchmark and the fixture-site tests build the
 * project's own configuration on pages of their own, in a folder under tests/.output/ so that it
 * resolves the project's node_modules like the site itself does. content/ is never touched.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What a copy takes from the project: everything a build reads except the pages. */
const SHARED = ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public'];

/**
 * Makes `dir` a fresh copy of the site's configuration and code, then lets `fillContent` write
 * its pages into the copy's content/docs folder.
 *
 * @param {string} dir
 * @param {(docs: string) => Promise<void>} fillContent
 */
export async function copySite(dir, fillContent) {
	await rm(dir, { recursive: true, force: true });
	await mkdir(path.join(dir, 'content/docs'), { recursive: true });
	for (const entry of SHARED) await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
	await fillContent(path.join(dir, 'content/docs'));
}

/**
 * Fills a copy's content/docs with the runbook's own pages.
 *
 * @param {string} docs
 */
export async function runbookPages(docs) {
	await cp(path.join(ROOT, 'content/docs'), docs, { recursive: true });
}
