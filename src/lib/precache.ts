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

/** Files the worker does not store: itself, which the browser fetches on its own terms. */
const SKIP = new Set(['sw.js']);

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
