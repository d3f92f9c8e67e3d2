import { expect, test } from '@playwright/test';
import { builtPages } from '../../support/site';

test('with JavaScript off every page reads completely: every tab panel, plain placeholders', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	for (const path of builtPages()) {
		await page.goto(path);
		const panels = page.getByRole('tabpanel', { includeHidden: true });
		for (const panel of await panels.all()) await expect(panel, `a tab panel on ${path}`).toBeVisible();
		for (const label of await page.locator('.tab-panel-label').all()) await expect(label).toBeVisible();
		await expect(page.getByRole('tablist')).toHaveCount(0);
		for (const mark of await page.locator('[data-placeholder]').all()) {
			await expect(mark, `a placeholder on ${path}`).toHaveText(/^\{\{[A-Z][A-Z0-9_]*\}\}$/);
		}
		await expect(page.locator('needle-tools')).toBeHidden();
	}
	await context.close();
});
