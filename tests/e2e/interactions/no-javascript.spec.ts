import { expect, test } from '@playwright/test';
import { builtPages } from '../../support/site';

test.use({ javaScriptEnabled: false });

for (const path of builtPages()) {
	test(`${path} reads completely with JavaScript off: every tab panel, plain placeholders`, async ({ page }) => {
		await page.goto(path);
		for (const panel of await page.getByRole('tabpanel', { includeHidden: true }).all()) {
			await expect(panel).toBeVisible();
			await expect(panel.locator('.tab-panel-label').first()).toBeVisible();
		}
		await expect(page.getByRole('tablist')).toHaveCount(0);
		const placeholders = await page.locator('[data-placeholder]').allInnerTexts();
		for (const text of placeholders) expect(text).toMatch(/^\{\{[A-Z][A-Z0-9_]*\}\}$/);
		await expect(page.locator('needle-tools')).toBeHidden();
	});
}
