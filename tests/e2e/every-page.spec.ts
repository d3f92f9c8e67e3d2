import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/site';

const THEMES = ['light', 'dark'] as const;

/** Records everything on a page load that a reader on an isolated network would suffer from. */
function watch(page: Page, baseURL: string) {
	const problems: string[] = [];
	const origin = new URL(baseURL).origin;
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`),
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
			problems.push(`request to another origin: ${url}`);
		}
	});
	return problems;
}

for (const path of builtPages()) {
	for (const theme of THEMES) {
		test(`${path} loads cleanly and passes axe in the ${theme} theme`, async ({ page, baseURL }) => {
			// Block anything that would leave the machine, and record that it was tried.
			await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const problems = watch(page, baseURL!);

			const response = await page.goto(path, { waitUntil: 'load' });
			// The 404 page is meant to answer 404 when served for a missing path, not here.
			expect(response?.status(), `status of ${path}`).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await page.waitForLoadState('networkidle');

			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			const violations = results.violations.map(
				(v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
			);
			expect(violations, `axe violations on ${path} (${theme})`).toEqual([]);
			expect(problems, `load problems on ${path} (${theme})`).toEqual([]);
		});
	}
}
