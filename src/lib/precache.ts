/**
 * The list of files the service worker stores on a reader's first visit, and the cache version
 * that changes whenever any of them changes.
 */
import { createHash } from 'node:crypto';

export interface BuiltFile {
	/** Path inside the build directory, with `/` separators, such as `build/sign-module/index.html`. */
	path: string;
	/** The file's contents. */
	content: Uint8Array;
}

/** The worker's script, which the browser fetches on its own terms. */
export const WORKER_FILE = 'sw.js';
/**
 * The list of files to store, which the worker fetches when it installs. It is kept out of
 * `sw.js` so that the worker's script stays the same small size however many pages the runbook
 * has: the browser fetches that script again to look for updates.
 */
export const FILE_LIST = 'sw-files.json';

/** Files the worker does not store: its script and its list. */
const SKIP = new Set([WORKER_FILE, FILE_LIST]);

/**
 * The URL a built file is requested by: a page by its directory with a trailing slash (the
 * site uses `trailingSlash: 'always'`), every other file by its path.
 *
 * @example
 * precacheUrl('build/sign-module/index.html'); // '/build/sign-module/'
 */
export function precacheUrl(path: string): string {
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}

/** Lists the URLs to precache, sorted, and a version hashed from every path and content. */
export function precacheManifest(files: readonly BuiltFile[]): { version: string; urls: string[] } {
	const kept = files.filter((file) => !SKIP.has(file.path)).sort((a, b) => a.path.localeCompare(b.path));
	const hash = createHash('sha256');
	for (const file of kept) hash.update(file.path).update('\0').update(file.content).update('\0');
	return { version: hash.digest('hex').slice(0, 16), urls: kept.map((file) => precacheUrl(file.path)) };
}
