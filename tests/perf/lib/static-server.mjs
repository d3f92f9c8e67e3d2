// Serves a built site from disk the way a plain static web server would, so the budget and
// Lighthouse checks need no Astro process. Text is gzip-compressed when the browser asks for it,
// as any production server does; the budget checks still compress every body themselves, so
// their figures do not depend on this server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

/** Maps a URL path to a file under `root`, or `undefined` when nothing is there. */
export function resolveFile(root, urlPath) {
	const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const file = path.join(root, path.normalize(clean).replace(/^(\.\.[/\\])+/, ''));
	if (!file.startsWith(root)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = path.join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/**
 * @typedef {object} ServeOptions
 * @property {string} [holdHtmlAt]  Send each HTML page in two parts, split where this text first
 *   occurs, to see what a reader sees when a slow network delivers a page in pieces.
 * @property {number} [holdMs]      How long to wait between the two parts (default 500 ms).
 */

/**
 * Starts a server for the directory `root` on 127.0.0.1:`port`.
 * @param {string} root
 * @param {number} port
 * @param {ServeOptions} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveDirectory(root, port, options = {}) {
	const base = path.resolve(root);
	const server = createServer((request, response) => {
		const file = resolveFile(base, request.url ?? '/');
		const notFound = path.join(base, '404.html');
		const source = file ?? (existsSync(notFound) ? notFound : undefined);
		if (!source) {
			response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
			return;
		}
		const type = TYPES[path.extname(source)] ?? 'application/octet-stream';
		const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
		const body = readFileSync(source);
		if (type.startsWith('text/html') && options.holdHtmlAt) {
			sendInTwoParts(response, file ? 200 : 404, headers, body, options);
			return;
		}
		const compress = /gzip/.test(String(request.headers['accept-encoding'])) && isText(type);
		if (compress) headers['Content-Encoding'] = 'gzip';
		response.writeHead(file ? 200 : 404, headers).end(compress ? gzipSync(body) : body);
	});
	return listen(server, port).catch((error) => {
		if (error.code !== 'EADDRINUSE') throw error;
		// Another program holds the port; any free port serves the checks as well.
		console.log(`Port ${port} is in use; serving ${base} on a free port instead.`);
		return listen(server, 0);
	});
}

function listen(server, port) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			const address = server.address();
			resolve({
				url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
				close: () =>
					new Promise((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}

function isText(type) {
	return /^(text\/|application\/(json|xml|manifest))|svg/.test(type);
}

function sendInTwoParts(response, status, headers, body, options) {
	const html = body.toString('utf8');
	const cut = html.indexOf(options.holdHtmlAt ?? '');
	const at = cut > 0 ? cut : html.length;
	response.writeHead(status, headers);
	response.write(html.slice(0, at));
	setTimeout(() => response.end(html.slice(at)), options.holdMs ?? 500);
}
