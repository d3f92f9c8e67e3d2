import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openProfile } from '../../support/runbook-tools';

for (const theme of ['light', 'dark'] as const) {
	test(`the opened profile, a run and a notice pass axe in the ${theme} theme`, async ({ page }) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto('/back-up/data-manifest/');
		await page.evaluate(() => localStorage.setItem('needle:run:/back-up/restore-drill/', '{"version":7}'));
		await page.goto('/back-up/restore-drill/');
		await expect(page.locator('.needle-notice')).toHaveCount(1);

		await openProfile(page);
		await page.locator('summary', { hasText: 'Values other pages use' }).click();
		await page.getByLabel('Driver module name').fill('mpt3sas; reboot');
		await expect(page.getByText(/cannot be used as driver module name/)).toBeVisible();
		await page.getByRole('button', { name: 'Start a run of this procedure' }).click();
		await page.getByLabel('Step 1 done').check();
		await page.locator('summary', { hasText: 'Note for step 1' }).click();
		await page.getByRole('button', { name: 'Export the change record' }).click();
		await expect(page.getByLabel('Change record (Markdown)')).toBeVisible();

		const results = await new AxeBuilder({ page })
			.include('needle-tools')
			.include('.sl-steps')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(violations).toEqual([]);
	});
}
