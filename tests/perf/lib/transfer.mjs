// Measures what a first visit to a page transfers, in a real browser: every response the page
// causes, its type, its size once gzip-compressed, and whether it arrived before the page's
// load event. Each page gets a fresh browser context, so nothing comes from a cache.
//
// What the offline service worker fetches (its script, its file list and the copy of the site
// it stores) is counted too, as its own category, "offline". Chromium does not hand Playwright
// the bodies of a worker's responses, so their sizes are read from the files the server sent.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolveFile } from './static-server.mjs';

/** How long to wait after the load event for work a page defers to idle time (search UI). */
const IDLE_WAIT_MS = 1500;

/** Paths of Starlight's search: Pagefind's files and the search UI it loads when idle. */
const SEARCH_PATH = /^\/pagefind\/|\/_astro\/ui-core\.[\w-]+\.js$/;

/**
 * The byte categories of the budget, from Playwright's resource type.
 * @param {string} resourceType
 * @param {string} [contentType]
 * @returns {'html' | 'css' | 'js' | 'font' | 'image' | 'other'}
 */
export function categoryOf(resourceType, contentType = '') {
	switch (resourceType) {
		case 'document':
			return 'html';
		case 'stylesheet':
			return 'css';
		case 'script':
			return 'js';
		case 'font':
			return 'font';
		case 'image':
			return 'image';
		default:
			// The favicon arrives as resource type "other"; its content type tells what it is.
			if (contentType.startsWith('image/')) return 'image';
			if (contentType.startsWith('font/')) return 'font';
			return 'other';
	}
}

/** True for a request that belongs to search: Pagefind itself or the search UI bundle. */
export function isSearchRequest(pathname) {
	return SEARCH_PATH.test(pathname);
}

/**
 * @typedef {object} Transfer
 * @property {string} path          URL path of the response.
 * @property {ReturnType<typeof categoryOf> | 'offline'} category  `offline` for what the
 *   service worker fetched.
 * @property {number} bytes         Body size, uncompressed.
 * @property {number} gzip          Body size after gzip (level 9, as a static server would).
 * @property {boolean} beforeLoad   The request started before the page's load event.
 */

/**
 * Loads `url` in a new context of `browser` and lists every response of the first visit,
 * waiting for a service worker, if the page starts one, to finish storing its files.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ root: string, viewport?: { width: number, height: number } }} options  `root` is the
 *   folder the server serves, where the sizes of the worker's responses are read.
 * @returns {Promise<Transfer[]>}
 */
export async function measureFirstVisit(browser, url, options) {
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
	const page = await context.newPage();
	let loaded = false;
	const requestedBeforeLoad = new WeakSet();
	// Listening on the context, not the page, also counts what a service worker fetches.
	context.on('request', (request) => {
		if (!loaded) requestedBeforeLoad.add(request);
	});
	page.on('load', () => (loaded = true));
	/** @type {Promise<Transfer | undefined>[]} */
	const pending = [];
	context.on('response', (response) => pending.push(describe(response, requestedBeforeLoad, options.root)));

	try {
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(IDLE_WAIT_MS);
		// A worker registered in idle time is active once it has stored every file.
		const registered = await page.evaluate(() =>
			navigator.serviceWorker?.getRegistration().then((registration) => registration !== undefined),
		);
		if (registered) {
			await page.evaluate(() => navigator.serviceWorker.ready);
			await page.waitForLoadState('networkidle');
		}
		const transfers = await Promise.all(pending);
		return transfers.filter((transfer) => transfer !== undefined);
	} finally {
		await context.close();
	}
}

/**
 * The body of a response. For a service worker's requests Chromium gives none, and the file the
 * server sent is read instead; a worker's request with no such file is an error, not zero bytes.
 */
async function bodyOf(response, fromWorker, root) {
	if (!fromWorker) return response.body().catch(() => Buffer.alloc(0));
	const served = await response.body().catch(() => Buffer.alloc(0));
	if (served.length > 0 || response.status() !== 200) return served;
	const file = resolveFile(root, new URL(response.url()).pathname);
	if (!file) throw new Error(`The service worker fetched ${response.url()}, which is not a file under ${root}.`);
	return readFileSync(file);
}

/** @returns {Promise<Transfer | undefined>} */
async function describe(response, requestedBeforeLoad, root) {
	const request = response.request();
	const { pathname, protocol } = new URL(response.url());
	// data: URLs are part of the stylesheet or page that holds them, already counted there;
	// an answer from a service worker was counted when the worker fetched it.
	if (protocol === 'data:' || response.fromServiceWorker()) return undefined;
	const fromWorker = request.serviceWorker() !== null;
	const body = await bodyOf(response, fromWorker, root);
	return {
		path: pathname,
		category: fromWorker ? 'offline' : categoryOf(request.resourceType(), response.headers()['content-type'] ?? ''),
		bytes: body.length,
		gzip: body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length,
		beforeLoad: requestedBeforeLoad.has(request),
	};
}
