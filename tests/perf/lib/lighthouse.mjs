// Runs Lighthouse against pages of the built site in the system Chromium, several times per
// page, because both the performance score and layout shift vary from one load to the next:
// the score is the median of the mobile runs, the layout shift the worst of all runs. Only the
// first run audits every category; the repeat runs skip other audits and the screenshots to
// keep the suite within a few minutes.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium-flags.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Starts the system Chromium for Lighthouse. Call `kill()` on the result when done. */
export function launchChromium() {
	return chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		logLevel: 'silent',
	});
}

/** Settings for a repeat run with the mobile preset: the performance score and layout shift. */
const PERFORMANCE_ONLY = { onlyCategories: ['performance'], disableFullPageScreenshot: true };
/** Settings for a run with the desktop preset, where only layout shift is checked. */
const SHIFT_ONLY = { onlyAudits: ['cumulative-layout-shift'], disableFullPageScreenshot: true };

/** The middle value of `values` (the lower middle for an even count). */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * One Lighthouse run of `url`.
 * @param {string} url
 * @param {number} port  the remote-debugging port of a Chromium started by launchChromium()
 * @param {'mobile' | 'desktop'} preset
 * @param {object} settings  Lighthouse settings for this run, such as `onlyCategories`
 */
export async function runLighthouse(url, port, preset, settings) {
	const started = performance.now();
	const result = await lighthouse(
		url,
		{ port, output: 'json', logLevel: 'error', ...settings },
		preset === 'desktop' ? desktopConfig : undefined,
	);
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}; is the server running?`);
	const { lhr } = result;
	if (lhr.runtimeError) {
		throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	}
	const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score ?? 0]));
	return {
		scores,
		cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
		seconds: (performance.now() - started) / 1000,
		failing: failingAudits(lhr),
	};
}

/** Titles of the scored audits that did not pass, to say why a category lost points. */
function failingAudits(lhr) {
	return Object.values(lhr.audits)
		.filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
		.map((audit) => audit.id);
}

/**
 * Runs Lighthouse on `url` `runs` times with the mobile preset (the first with every category)
 * and `runs` times with the desktop preset. Returns the scores, performance as the median of the
 * mobile runs, and the worst layout shift per preset.
 */
export async function profilePage(url, port, runs) {
	const full = await runLighthouse(url, port, 'mobile', { onlyCategories: CATEGORIES });
	const mobile = [full];
	for (let i = 1; i < runs; i++) mobile.push(await runLighthouse(url, port, 'mobile', PERFORMANCE_ONLY));
	const desktop = [];
	for (let i = 0; i < runs; i++) desktop.push(await runLighthouse(url, port, 'desktop', SHIFT_ONLY));

	return {
		scores: { ...full.scores, performance: median(mobile.map((run) => run.scores['performance'] ?? 0)) },
		failing: full.failing,
		mobileCls: Math.max(...mobile.map((run) => run.cls)),
		desktopCls: Math.max(...desktop.map((run) => run.cls)),
		seconds: [...mobile, ...desktop].reduce((sum, run) => sum + run.seconds, 0),
	};
}
