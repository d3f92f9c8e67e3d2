// Adds up the transfers of one page visit into the figures the budgets speak of.
import { isSearchRequest } from './transfer.mjs';

const CATEGORIES = ['html', 'css', 'js', 'font', 'image', 'other'];

/**
 * @typedef {object} VisitSummary
 * @property {number} total         gzip bytes of every response
 * @property {number} requests      number of responses
 * @property {Record<string, number>} bytes  gzip bytes per category (html, css, js, font, image, other)
 * @property {number} earlyScript   gzip bytes of scripts requested before the load event, search left out
 * @property {number[]} fonts       gzip size of each font
 */

/**
 * @param {import('./transfer.mjs').Transfer[]} transfers
 * @returns {VisitSummary}
 */
export function summarize(transfers) {
	const bytes = Object.fromEntries(CATEGORIES.map((category) => [category, 0]));
	for (const transfer of transfers) bytes[transfer.category] += transfer.gzip;
	const earlyScript = transfers
		.filter((transfer) => transfer.category === 'js' && transfer.beforeLoad && !isSearchRequest(transfer.path))
		.reduce((sum, transfer) => sum + transfer.gzip, 0);
	return {
		total: transfers.reduce((sum, transfer) => sum + transfer.gzip, 0),
		requests: transfers.length,
		bytes,
		earlyScript,
		fonts: transfers.filter((transfer) => transfer.category === 'font').map((transfer) => transfer.gzip),
	};
}

/** Bytes as kilobytes with one decimal, for the printed tables. */
export function kb(bytes) {
	return (bytes / 1024).toFixed(1);
}
