import { expect, test } from '@playwright/test';
import { openProfile } from '../../support/runbook-tools';

test('setting the profile fills the commands of another page and what its copy button copies', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/back-up/data-manifest/');
	await openProfile(page);
	await page.getByLabel('Mount point of the data to protect').fill('/srv/pgdata');
	await page.getByLabel('Backup destination').fill('/mnt/backup/db-07');

	await page.goto('/back-up/after-the-change/');
	const block = page.locator('.expressive-code').filter({ hasText: '/srv/pgdata' }).first();
	await expect(block).toBeVisible();
	await expect(page.locator('.expressive-code', { hasText: '{{MOUNTPOINT}}' })).toHaveCount(0);
	const shown = await block.locator('pre').innerText();
	await block.hover();
	await block.getByRole('button', { name: 'Copy to clipboard' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied.trim()).toBe(shown.trim());
	expect(copied).toContain('/srv/pgdata');
	await expect(page.locator('code [data-placeholder="MOUNTPOINT"]').first()).toHaveText('/srv/pgdata');
});

test('the distribution family selects the matching tab on every page', async ({ page }) => {
	await page.goto('/back-up/data-manifest/');
	await openProfile(page);
	await page.getByLabel('Distribution family').selectOption('RHEL family');
	await expect(page.getByRole('tab', { name: 'RHEL family' }).first()).toHaveAttribute('aria-selected', 'true');

	await page.goto('/back-up/protect-boot-path/');
	for (const tab of await page.getByRole('tab', { name: 'RHEL family' }).all()) {
		await expect(tab).toHaveAttribute('aria-selected', 'true');
	}
	await expect(page.getByRole('tabpanel', { name: 'RHEL family' }).first()).toBeVisible();
});

test('refuses a value with shell characters, keeps it in the field and out of the commands', async ({ page }) => {
	await page.goto('/diagnose/identify-driver/');
	await openProfile(page);
	const field = page.getByLabel('Driver module name');
	await field.fill('mpt3sas');
	await expect(page.locator('pre', { hasText: 'mpt3sas' }).first()).toBeVisible();

	await field.fill('mpt3sas; reboot');
	await expect(page.getByText(/"mpt3sas; reboot" cannot be used as driver module name/)).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('.sl-markdown-content')).not.toContainText('reboot');
	await expect(page.locator('pre', { hasText: '{{MODULE}}' }).first()).toBeVisible();

	// A reload keeps what the reader typed, still refused, so it can be fixed.
	await page.reload();
	await openProfile(page);
	await expect(page.getByLabel('Driver module name')).toHaveValue('mpt3sas; reboot');
	await expect(page.getByText(/cannot be used as driver module name/)).toBeVisible();
	await expect(page.locator('.sl-markdown-content')).not.toContainText('reboot');
});
