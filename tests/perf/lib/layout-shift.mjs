// Measures layout shift in Chromium with the Layout Instability API, the same source that
// Lighthouse's CLS comes from, for one page load.

/** Lighthouse's screen sizes: its mobile preset (Moto G Power) and its desktop preset. */
export const VIEWPORTS = {
	mobile: { width: 412, height: 823 },
	desktop: { width: 1350, height: 940 },
};

/**
 * Loads `url` in a fresh context at `viewport` and returns the sum of every layout shift not
 * caused by input, until a second after the load event.
 * @param {import('playwright-core').Browser} browser
 */
export async function shiftWhileArriving(browser, url, viewport) {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			const shifts = [];
			Object.defineProperty(window, '__needleShifts', { value: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(1000);
		const shifts = await page.evaluate(() => window['__needleShifts']);
		return shifts.reduce((sum, value) => sum + value, 0);
	} finally {
		await context.close();
	}
}
