/*
 * Needle's service worker. It stores every file of the built site on the first visit, so that
 * every page and the search work with the network cut, and serves them from that store.
 * src/integrations/service-worker.ts writes it to dist/sw.js with the marked line below
 * replaced by the cache version and the address of the file list (sw-files.json).
 */
/* global VERSION, FILE_LIST */
// PRECACHE: replaced at build time

const CACHE = `needle-${VERSION}`;

/**
 * The files of this version. A list of another version means the site was deployed again
 * while this worker installed: installing fails, and the browser tries again with the new
 * worker on a later visit, so the store never mixes two versions.
 */
async function filesToStore() {
	const response = await fetch(FILE_LIST, { cache: 'no-store' });
	if (!response.ok) throw new Error(`${FILE_LIST} answered ${response.status}`);
	const list = await response.json();
	if (list.version !== VERSION) throw new Error(`${FILE_LIST} is of version ${list.version}, not ${VERSION}`);
	return list.files;
}

self.addEventListener('install', (event) => {
	event.waitUntil(Promise.all([caches.open(CACHE), filesToStore()]).then(([cache, files]) => cache.addAll(files)));
});

// Older versions are removed only once this one is in charge, so a reader is never left
// with half a site.
self.addEventListener('activate', (event) => {
	const old = (key) => key.startsWith('needle-') && key !== CACHE;
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter(old).map((key) => caches.delete(key))))
			.then(() => self.clients.claim()),
	);
});

// The page asks a waiting new version to take over when the reader chooses to reload.
self.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	event.respondWith(respond(request));
});

/**
 * Answers from the store. Pagefind adds a query string to its files, and the server may send
 * `Vary` headers that a module script's request (with an Origin header) would not match: both
 * are ignored, as every stored file has one URL and one content.
 */
async function respond(request) {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		const missing = request.mode === 'navigate' ? await cache.match('/404.html') : undefined;
		if (missing) return missing;
		throw error;
	}
}
