// Needle's page budgets and the pages Lighthouse tests. Sizes are bytes after gzip.
// To have Lighthouse test another page, add its path to LIGHTHOUSE_PAGES; a path the build did
// not emit (a page not written yet) is reported and skipped, not failed.

const KB = 1024;

export const BUDGETS = {
	/** Everything a first visit to a procedure page transfers. */
	procedureTotal: 75 * KB,
	/** The HTML of a procedure page. */
	procedureHtml: 20 * KB,
	/** The HTML of any page, the longest included. */
	pageHtml: 40 * KB,
	/**
	 * JavaScript that runs before the page is usable, beyond what a stock Starlight page loads.
	 * "Before usable": script files requested before the load event, leaving out the search UI
	 * and Pagefind, which Starlight loads when the browser is idle or search is opened.
	 */
	earlyScriptOverStarlight: 10 * KB,
	/** Web fonts: none, or one subset font under this size. */
	fontCount: 1,
	fontSize: 20 * KB,
	/** Cumulative layout shift, the worst of every run, on mobile and on desktop. */
	layoutShift: 0.01,
	/** Lighthouse category scores (0 to 1) with the mobile preset; performance is the median run. */
	scores: { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 },
};

/** Pages Lighthouse tests, besides the longest page of the build, which is found each time. */
export const LIGHTHOUSE_PAGES = ['/', '/diagnose/identify-driver/', '/tools/fingerprint-compare/'];

/** Lighthouse runs per page and preset; the layout shift must stay under budget in all of them. */
export const LIGHTHOUSE_RUNS = 5;
