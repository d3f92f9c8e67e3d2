#!/usr/bin/env node
// Build benchmark: builds the runbook as it is and synthetic runbooks of growing size, and prints
// one table of build time, output size, the offline copy a first visit downloads, Pagefind index
// size and the time a search takes in the browser, then says whether build time and output grow
// linearly with the number of pages.
//
//   npm run bench                       the runbook, then 100, 500 and 2000 synthetic pages
//   npm run bench -- 100 500            only these synthetic sizes (after the runbook)
//
// Each site is built in its own folder under tests/.output/bench/, with a copy of the project's
// configuration, so content/ is never touched. Not part of `npm test`: it takes minutes.
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BUILD_NODE_FLAGS } from './build-flags.mjs';
import { growthVerdict } from './bench/growth.mjs';
import { copySite, runbookPages } from './site-copy.mjs';
import { SYNTHETIC_INDEX, pagePath, syntheticPage } from './bench/synthetic-runbook.mjs';
import { resolveFile, serveDirectory } from '../tests/perf/lib/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium-flags.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'tests/.output/bench');
const PORT = Number(process.env['NEEDLE_PORT'] ?? 4321) + 1;
/** Words to search for: one that every page has, one that only some pages have. */
const QUERIES = ['modinfo', 'kernel'];

function syntheticContent(total) {
	return async (docs) => {
		await writeFile(path.join(docs, 'index.mdx'), SYNTHETIC_INDEX);
		for (let index = 0; index < total; index++) {
			const file = path.join(docs, pagePath(index));
			await mkdir(path.dirname(file), { recursive: true });
			await writeFile(file, syntheticPage(index, total));
		}
	};
}

/** Runs `astro build` in `dir`; resolves to the wall-clock seconds it took. */
function build(dir) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		// The same Node.js options as `npm run build`.
		const child = spawn(
			process.execPath,
			[...BUILD_NODE_FLAGS, path.join(ROOT, 'node_modules/astro/astro.js'), 'build'],
			{
				cwd: dir,
				env: { ...process.env, NO_COLOR: '1' },
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) return resolve((performance.now() - started) / 1000);
			reject(new Error(`The build in ${dir} failed (exit ${code}). Its last output:\n${output.slice(-3000)}`));
		});
	});
}

/** Total bytes and number of files under `dir`, counting only names that `keep` accepts. */
async function folderSize(dir, keep = () => true) {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !keep(entry.name)) continue;
		bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
		files += 1;
	}
	return { bytes, files };
}

const gzipped = promisify(gzip);

/**
 * What the service worker downloads after a first visit, gzipped as the perf suite counts it: the
 * worker, its file list and every file on that list.
 */
async function offlineCopySize(dist) {
	const list = JSON.parse(await readFile(path.join(dist, 'sw-files.json'), 'utf8'));
	const files = ['/sw.js', '/sw-files.json', ...list.files].map((url) => {
		const file = resolveFile(dist, url);
		if (!file) throw new Error(`sw-files.json in ${dist} lists ${url}, which the build did not write.`);
		return file;
	});
	let bytes = 0;
	for (const file of files) bytes += (await gzipped(await readFile(file), { level: 9 })).length;
	return bytes;
}

/**
 * Times Pagefind queries in the browser on the built site: the first query (which loads the
 * index) and a second one, each until the first five results' data have arrived.
 */
async function queryTimes(browser, url) {
	const page = await browser.newPage();
	try {
		await page.goto(url);
		return await page.evaluate(async (queries) => {
			const pagefind = await import('/pagefind/pagefind.js');
			const times = [];
			for (const query of queries) {
				const started = performance.now();
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
				times.push(performance.now() - started);
			}
			return times;
		}, QUERIES);
	} finally {
		await page.close();
	}
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/** Builds one site and measures it. */
async function benchmark(browser, label, fillContent) {
	const dir = path.join(WORK, label);
	await copySite(dir, fillContent);
	console.error(`Building ${label} …`);
	const seconds = await build(dir);
	// Other work on the machine slows the build; the load average says how busy it was.
	const load = os.loadavg()[0];
	const dist = path.join(dir, 'dist');
	const html = await folderSize(dist, (name) => name.endsWith('.html'));
	const output = await folderSize(dist);
	const index = await folderSize(path.join(dist, 'pagefind'));
	const offline = await offlineCopySize(dist);
	const server = await serveDirectory(dist, PORT);
	try {
		const [cold, warm] = await queryTimes(browser, `${server.url}/`);
		const row = {
			label,
			pages: html.files,
			seconds,
			load,
			output: output.bytes,
			html: html.bytes,
			index: index.bytes,
			offline,
			cold,
			warm,
		};
		console.error(`  ${row.pages} pages in ${seconds.toFixed(1)} s (load ${load.toFixed(1)}), ${mb(row.output)} MB`);
		return row;
	} finally {
		await server.close();
	}
}

function printTable(rows) {
	const header = [
		'Runbook',
		'Pages',
		'Build (s)',
		'ms/page',
		'Output (MB)',
		'HTML KB/page',
		'Offline copy, gzip (MB)',
		'Index (MB)',
		'Query 1st (ms)',
		'Query 2nd (ms)',
		'Load',
	];
	const lines = rows.map((row) => [
		row.label,
		String(row.pages),
		row.seconds.toFixed(1),
		((row.seconds * 1000) / row.pages).toFixed(0),
		mb(row.output),
		(row.html / 1024 / row.pages).toFixed(1),
		mb(row.offline),
		mb(row.index),
		row.cold.toFixed(0),
		row.warm.toFixed(0),
		row.load.toFixed(1),
	]);
	console.log(`| ${header.join(' | ')} |`);
	console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
	for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}

const sizes = process.argv.slice(2).map(Number);
const synthetic = sizes.length > 0 ? sizes : [100, 500, 2000];
if (synthetic.some((size) => !Number.isInteger(size) || size < 1)) {
	console.error(
		`Sizes must be whole numbers of pages, such as: npm run bench -- 100 500. Got: ${process.argv.slice(2).join(' ')}`,
	);
	process.exit(2);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
/** Sizes whose build failed. */
const failed = [];
try {
	rows.push(await benchmark(browser, 'Needle as it is', runbookPages));
	for (const size of synthetic) {
		try {
			rows.push(await benchmark(browser, `synthetic ${size}`, syntheticContent(size)));
		} catch (error) {
			// Report the failure and go on: the sizes that did build still make a table.
			console.error(error instanceof Error ? error.message : error);
			failed.push(size);
		}
	}
} finally {
	await browser.close();
}

console.log(
	`\nBuild benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.versions.node}. ` +
		'Load: the 1-minute load average when each build ended (a build keeps more than one core busy by ' +
		'itself; compare with a run on a quiet machine).\n',
);
printTable(rows);
console.log(`\n${growthVerdict(rows.slice(1))}`);
if (failed.length > 0) {
	console.log(`Did not build: ${failed.join(', ')} pages (see the errors above).`);
	process.exitCode = 1;
}
