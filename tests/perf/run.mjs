#!/usr/bin/env node
// Needle's performance suite, on the built site (dist/): page budgets measured in Chromium,
// a layout-shift check with the HTML delivered in pieces, and Lighthouse. Prints its figures,
// one line per check, and ends with `N passed, N failed`.
//
//   node tests/perf/run.mjs                 everything
//   node tests/perf/run.mjs budgets         only the budgets and the layout-shift check
//   node tests/perf/run.mjs lighthouse      only Lighthouse
//
// Servers use NEEDLE_PORT (default 4321) for Needle and the port after it for stock Starlight.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { BUDGETS, LIGHTHOUSE_PAGES, LIGHTHOUSE_RUNS } from './budgets.mjs';
import { BASELINE_PAGE, baselineDist } from './lib/baseline-site.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium-flags.mjs';
import { launchChromium, profilePage } from './lib/lighthouse.mjs';
import { builtPages, longestPage, procedureUrls } from './lib/pages.mjs';
import { shiftWhileArriving, VIEWPORTS } from './lib/layout-shift.mjs';
import { serveDirectory } from './lib/static-server.mjs';
import { kb, summarize } from './lib/summary.mjs';
import { measureFirstVisit } from './lib/transfer.mjs';

const DIST = path.resolve('dist');
const PORT = Number(process.env['NEEDLE_PORT'] ?? 4321);
/** Where Starlight's layout splits the "On this page" column from the main pane. */
const MAIN_PANE = '<div class="main-pane';

const results = { passed: 0, failed: 0 };

/** Records one check: prints ✓ or ✗ with what was measured against what was allowed. */
function check(name, ok, detail) {
	results[ok ? 'passed' : 'failed'] += 1;
	console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` (${detail})` : ''}`);
}

async function withServer(root, port, options, work) {
	const server = await serveDirectory(root, port, options);
	try {
		return await work(server.url);
	} finally {
		await server.close();
	}
}

/** What a stock Starlight page loads before it is usable, to measure Needle's additions against. */
async function starlightBaseline(browser) {
	const dist = baselineDist();
	return withServer(dist, PORT + 1, {}, async (url) => {
		const summary = summarize(await measureFirstVisit(browser, url + BASELINE_PAGE, { root: dist }));
		console.log(
			`Stock Starlight ${BASELINE_PAGE}: ${kb(summary.total)} KB in ${summary.requests} requests, ` +
				`${kb(summary.earlyScript)} KB of script before load (search left out)`,
		);
		return { dist, summary };
	});
}

function printTable(rows) {
	console.log(
		'\nFirst visit, KB gzipped. total and req: the page itself; early: scripts requested before the load ' +
			'event, search left out;\noffline and oreq: what the service worker fetches after load to keep the ' +
			'whole runbook readable offline',
	);
	console.log(
		'page'.padEnd(46) +
			['total', 'req', 'html', 'css', 'js', 'early', 'font', 'img', 'offline', 'oreq']
				.map((h) => h.padStart(h === 'offline' ? 9 : 7))
				.join(''),
	);
	for (const { url, summary } of rows) {
		const { bytes } = summary;
		const cells = [
			summary.total,
			summary.requests,
			bytes.html,
			bytes.css,
			bytes.js,
			summary.earlyScript,
			bytes.font,
			bytes.image,
			summary.offline.bytes,
			summary.offline.requests,
		];
		const counts = new Set([1, 9]);
		console.log(
			url.padEnd(46) +
				cells.map((value, i) => (counts.has(i) ? String(value) : kb(value)).padStart(i === 8 ? 9 : 7)).join(''),
		);
	}
	console.log('');
}

async function budgets(browser, pages, baseline) {
	const procedures = new Set(procedureUrls(path.resolve('content/docs')));
	const rows = await withServer(DIST, PORT, {}, async (url) => {
		const measured = [];
		for (const page of pages)
			measured.push({
				url: page.url,
				summary: summarize(await measureFirstVisit(browser, url + page.url, { root: DIST })),
			});
		return measured;
	});
	printTable(rows);

	const allowedScript = baseline.earlyScript + BUDGETS.earlyScriptOverStarlight;
	for (const { url, summary } of rows) {
		if (procedures.has(url)) {
			check(
				`${url} transfers at most ${kb(BUDGETS.procedureTotal)} KB`,
				summary.total <= BUDGETS.procedureTotal,
				`${kb(summary.total)} KB`,
			);
			check(
				`${url} HTML at most ${kb(BUDGETS.procedureHtml)} KB`,
				summary.bytes.html <= BUDGETS.procedureHtml,
				`${kb(summary.bytes.html)} KB`,
			);
		} else {
			check(
				`${url} HTML at most ${kb(BUDGETS.pageHtml)} KB`,
				summary.bytes.html <= BUDGETS.pageHtml,
				`${kb(summary.bytes.html)} KB`,
			);
		}
		check(
			`${url} loads at most ${kb(BUDGETS.earlyScriptOverStarlight)} KB of script before load beyond Starlight's`,
			summary.earlyScript <= allowedScript,
			`${kb(summary.earlyScript)} KB, Starlight ${kb(baseline.earlyScript)} KB`,
		);
		const fontsOk = summary.fonts.length <= BUDGETS.fontCount && summary.fonts.every((size) => size < BUDGETS.fontSize);
		check(
			`${url} loads no web font, or one under ${kb(BUDGETS.fontSize)} KB`,
			fontsOk,
			`${summary.fonts.length} font(s)`,
		);
		check(
			`${url} starts the offline copy only after the page has loaded`,
			summary.offline.beforeLoad === 0,
			`${summary.offline.beforeLoad} of ${summary.offline.requests} requests before load`,
		);
	}
	if (procedures.size === 0) check('the build has procedure pages to measure', false, 'none found in content/docs');
	offlineCopy(rows);
}

/**
 * The offline copy is outside the page budgets: it is fetched after the page has loaded, and
 * issue 4 asks for the whole site after one visit. Its size is printed, and every page's visit
 * must have stored every file in sw-files.json, so that the figure is the whole of it.
 */
function offlineCopy(rows) {
	const listed = JSON.parse(readFileSync(path.join(DIST, 'sw-files.json'), 'utf8')).files;
	const incomplete = rows.filter(({ summary }) => {
		const fetched = new Set(summary.offline.paths);
		return listed.some((file) => !fetched.has(file));
	});
	const largest = Math.max(...rows.map(({ summary }) => summary.offline.bytes));
	console.log(
		`\nOffline copy: after the page has loaded, a first visit also fetches the worker, its list and ` +
			`${listed.length} files, ${kb(largest)} KB gzipped.`,
	);
	check(
		`every page's first visit stores all ${listed.length} files of sw-files.json for offline reading`,
		incomplete.length === 0,
		incomplete.length === 0
			? `${rows.length} pages`
			: `incomplete after ${incomplete.map((row) => row.url).join(', ')}`,
	);
}

/**
 * The layout-shift check with the HTML held back where the main pane starts, on every
 * Lighthouse page. It first shows, on stock Starlight, that the check sees the shift it guards
 * against; if Starlight fixes it, that line fails and says so.
 */
async function layoutShift(browser, testPages, baselineDir) {
	const hold = { holdHtmlAt: MAIN_PANE, holdMs: 500 };
	const stock = await withServer(baselineDir, PORT + 1, hold, (url) =>
		shiftWhileArriving(browser, url + BASELINE_PAGE, VIEWPORTS.desktop),
	);
	check(
		'the layout-shift check sees the shift of stock Starlight on desktop (if this fails, Starlight fixed it: remove src/styles/layout-stability.css and this line)',
		stock > BUDGETS.layoutShift,
		`CLS ${stock.toFixed(3)}`,
	);
	await withServer(DIST, PORT, hold, async (url) => {
		for (const page of testPages) {
			for (const [name, viewport] of Object.entries(VIEWPORTS)) {
				const shift = await shiftWhileArriving(browser, url + page, viewport);
				check(
					`${page} does not shift on ${name} while its HTML arrives`,
					shift < BUDGETS.layoutShift,
					`CLS ${shift.toFixed(4)}`,
				);
			}
		}
	});
}

async function lighthouseChecks(testPages) {
	const chrome = await launchChromium();
	try {
		await withServer(DIST, PORT, {}, async (url) => {
			console.log(`\nLighthouse 12, mobile preset, ${LIGHTHOUSE_RUNS} runs per page and preset`);
			for (const page of testPages) {
				const profile = await profilePage(url + page, chrome.port, LIGHTHOUSE_RUNS);
				const scores = Object.entries(profile.scores).map(([id, score]) => `${id} ${Math.round(score * 100)}`);
				console.log(
					`${page}: ${scores.join(', ')}; ` +
						`CLS mobile ${profile.mobileCls.toFixed(4)}, desktop ${profile.desktopCls.toFixed(4)}; ${profile.seconds.toFixed(0)} s`,
				);
				for (const [id, minimum] of Object.entries(BUDGETS.scores)) {
					const score = profile.scores[id] ?? 0;
					const why =
						score < minimum && profile.failing.length > 0 ? `; failing audits: ${profile.failing.join(', ')}` : '';
					check(
						`${page} Lighthouse ${id} at least ${minimum * 100}`,
						score >= minimum,
						`${Math.round(score * 100)}${why}`,
					);
				}
				check(
					`${page} CLS under ${BUDGETS.layoutShift} on mobile in every run`,
					profile.mobileCls < BUDGETS.layoutShift,
					profile.mobileCls.toFixed(4),
				);
				check(
					`${page} CLS under ${BUDGETS.layoutShift} on desktop in every run`,
					profile.desktopCls < BUDGETS.layoutShift,
					profile.desktopCls.toFixed(4),
				);
			}
		});
	} finally {
		chrome.kill();
	}
}

/** The Lighthouse pages that exist in this build, plus the longest page. */
function pagesToProfile(pages) {
	const present = new Set(pages.map((page) => page.url));
	for (const page of LIGHTHOUSE_PAGES.filter((url) => !present.has(url))) {
		console.log(`- ${page} is not in this build; Lighthouse skips it until it is.`);
	}
	const listed = LIGHTHOUSE_PAGES.filter((url) => present.has(url));
	const longest = longestPage(pages).url;
	console.log(`Longest page: ${longest}`);
	return [...new Set([...listed, longest])];
}

const parts = process.argv.slice(2);
const wants = (part) => parts.length === 0 || parts.includes(part);

if (!existsSync(path.join(DIST, 'index.html'))) {
	console.error('No built site in dist/. Run `npx astro build` first (`npm test` does it for you).');
	console.log('0 passed, 1 failed');
	process.exit(1);
}

const pages = builtPages(DIST).filter((page) => page.url !== '/404.html');
const testPages = pagesToProfile(pages);
/** Runs one part of the suite; an error stops that part only and counts as a failed check. */
async function part(name, work) {
	if (!wants(name)) return;
	try {
		await work();
	} catch (error) {
		check(`${name}: the checks could run`, false, error instanceof Error ? error.message : String(error));
	}
}

await part('budgets', async () => {
	// Playwright hides scrollbars by default; a reader's browser shows them, and a scrollbar
	// that appears while the page loads narrows it and shifts the layout.
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		ignoreDefaultArgs: ['--hide-scrollbars'],
	});
	try {
		const baseline = await starlightBaseline(browser);
		await budgets(browser, pages, baseline.summary);
		await layoutShift(browser, testPages, baseline.dist);
	} finally {
		await browser.close();
	}
});
await part('lighthouse', () => lighthouseChecks(testPages));

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed > 0 ? 1 : 0;
