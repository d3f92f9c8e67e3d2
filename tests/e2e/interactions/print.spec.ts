import { expect, test } from '@playwright/test';

test('printing a procedure gives a run sheet without navigation', async ({ page }) => {
	await page.goto('/back-up/data-manifest/');
	await page.emulateMedia({ media: 'print' });

	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'On this page' }).first()).toBeHidden();
	await expect(page.locator('.pagination-links')).toBeHidden();
	await expect(page.locator('summary', { hasText: 'Host profile' })).toBeHidden();

	await expect(page.getByRole('heading', { name: 'Roll back' })).toBeVisible();
	await expect(page.getByRole('tablist')).toBeHidden();
	for (const panel of await page.locator('[role="tabpanel"]').all()) await expect(panel).toBeVisible();
	for (const label of ['Debian/Ubuntu', 'RHEL family', 'SUSE']) {
		await expect(page.locator('.tab-panel-label', { hasText: label }).first()).toBeVisible();
	}

	const box = await page
		.locator('.sl-steps > li > :first-child')
		.first()
		.evaluate((element) => getComputedStyle(element, '::before').borderTopStyle);
	expect(box).toBe('solid');
	const link = page.locator('.sl-markdown-content a[href^="http"]').first();
	const href = await link.getAttribute('href');
	expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${href})"`);
});
