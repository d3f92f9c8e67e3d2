// Adds up the transfers of one page visit into the figures the budgets speak of.
import { isSearchRequest } from './transfer.mjs';

const CATEGORIES = ['html', 'css', 'js', 'font', 'image', 'other'];

/**
 * @typedef {object} VisitSummary
 * @property {number} total         gzip bytes of every response of the page itself (the offline
 *   copy left out)
 * @property {number} requests      number of those responses
 * @property {Record<string, number>} bytes  gzip bytes per category (html, css, js, font, image, other)
 * @property {number} earlyScript   gzip bytes of scripts requested before the load event, search left out
 * @property {number[]} fonts       gzip size of each font
 * @property {{ bytes: number, requests: number, beforeLoad: number, paths: string[] }} offline
 *   what the service worker fetched: gzip bytes, responses, how many were requested before the
 *   page's load event, and their paths
 */

/**
 * @param {import('./transfer.mjs').Transfer[]} transfers
 * @returns {VisitSummary}
 */
export function summarize(transfers) {
	const own = transfers.filter((transfer) => transfer.category !== 'offline');
	const worker = transfers.filter((transfer) => transfer.category === 'offline');
	const bytes = Object.fromEntries(CATEGORIES.map((category) => [category, 0]));
	for (const transfer of own) bytes[transfer.category] += transfer.gzip;
	const earlyScript = own
		.filter((transfer) => transfer.category === 'js' && transfer.beforeLoad && !isSearchRequest(transfer.path))
		.reduce((sum, transfer) => sum + transfer.gzip, 0);
	return {
		total: sum(own),
		requests: own.length,
		bytes,
		earlyScript,
		fonts: own.filter((transfer) => transfer.category === 'font').map((transfer) => transfer.gzip),
		offline: {
			bytes: sum(worker),
			requests: worker.length,
			beforeLoad: worker.filter((transfer) => transfer.beforeLoad).length,
			paths: worker.map((transfer) => transfer.path),
		},
	};
}

/** @param {import('./transfer.mjs').Transfer[]} transfers */
function sum(transfers) {
	return transfers.reduce((total, transfer) => total + transfer.gzip, 0);
}

/** Bytes as kilobytes with one decimal, for the printed tables. */
export function kb(bytes) {
	return (bytes / 1024).toFixed(1);
}
