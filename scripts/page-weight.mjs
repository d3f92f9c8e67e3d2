#!/usr/bin/env node
// Measures the JavaScript and CSS a page makes the browser load, gzipped, as a reader on a
// slow link would pay for it: every script and stylesheet response plus the inline <script>
// and <style> in the HTML. The built site must be served first (`npm start`, or
// `npx astro preview --port N`); pass its URL and the page paths to measure.
//
//   node scripts/page-weight.mjs http://127.0.0.1:4321 /back-up/data-manifest/
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium-flags.mjs';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const gz = (text) => gzipSync(Buffer.from(text)).length;

/** Loads one page and sums its JS and CSS, gzipped, by where it came from. */
async function measure(browser, path) {
	const page = await browser.newPage();
	const files = [];
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		files.push(response.body().then((body) => ({ type, url: response.url(), size: gzipSync(body).length })));
	});
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	const inline = await page.evaluate(() => ({
		script: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n'),
		style: [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
	}));
	const loaded = await Promise.all(files);
	await page.close();
	const sum = (type) => loaded.filter((f) => f.type === type).reduce((total, f) => total + f.size, 0);
	return {
		path,
		js: sum('script'),
		inlineJs: gz(inline.script),
		css: sum('stylesheet'),
		inlineCss: gz(inline.style),
		files: loaded.map((f) => `${f.type} ${new URL(f.url).pathname} ${f.size}`),
	};
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const path of paths.length > 0 ? paths : ['/back-up/data-manifest/']) {
	const result = await measure(browser, path);
	console.log(
		`${result.path}: JS ${result.js} B in files + ${result.inlineJs} B inline; ` +
			`CSS ${result.css} B in files + ${result.inlineCss} B inline (gzipped)`,
	);
	for (const line of result.files) console.log(`  ${line}`);
}
await browser.close();
