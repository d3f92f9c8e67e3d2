import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openProfile, stored, storedKeys } from '../../support/runbook-tools';

test("a run's ticks and notes survive a reload and come out in the change record", async ({ page }) => {
	await page.goto('/back-up/data-manifest/');
	await openProfile(page);
	await page.getByLabel('Mount point of the data to protect').fill('/srv/pgdata');
	await page.getByRole('button', { name: 'Start a run of this procedure' }).click();
	await page.getByLabel('Step 1 done').check();
	await page.locator('summary', { hasText: 'Note for step 2' }).click();
	await page.getByRole('textbox', { name: 'Note for step 2' }).fill('Manifest has 4211 lines.');
	await page.getByLabel('Run by (your name)').fill('Ana Ops');

	await page.reload();
	await expect(page.getByLabel('Step 1 done')).toBeChecked();
	await expect(page.getByLabel('Step 2 done')).not.toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Note for step 2' })).toHaveValue('Manifest has 4211 lines.');
	await expect(page.getByLabel('Run by (your name)')).toHaveValue('Ana Ops');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the change record' }).click();
	const record = await readFile((await (await download).path())!, 'utf8');
	expect(record).toContain('# Change record: Back up the data and prove the copy');
	expect(record).toContain('/back-up/data-manifest/');
	expect(record).toContain('- Run by: Ana Ops');
	expect(record).toMatch(/1\. \[x\] Check that the destination has room.* \(done \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/);
	expect(record).toMatch(/2\. \[ \] .*\(not done\)\n {3}Note: Manifest has 4211 lines\./);
	expect(record).toContain('| Mount point of the data to protect (MOUNTPOINT) | /srv/pgdata |');
	await expect(page.getByLabel('Change record (Markdown)')).toHaveValue(record);
});

test('a destructive step stays marked until the backup steps before it are ticked', async ({ page }) => {
	await page.goto('/back-up/storage-layout/');
	const steps = page.locator('.sl-steps > li');
	const destructive = steps.filter({ has: page.locator('[data-step-risk="destructive"]') });
	const levels = await steps.evaluateAll((items) =>
		items.map((item) => item.querySelector<HTMLElement>('[data-step-risk]')?.dataset['stepRisk']),
	);
	const backups = levels.flatMap((level, index) => (level === 'backup' ? [index + 1] : []));
	expect(backups.length).toBeGreaterThan(1);
	const last = backups.at(-1)!;
	await expect(destructive.getByText(/^Backup not confirmed: tick steps .* and \d+/)).toBeVisible();

	await page.getByRole('button', { name: 'Start a run of this procedure' }).click();
	for (const step of backups.slice(0, -1)) await page.getByLabel(`Step ${step} done`).check();
	await expect(destructive.getByText(`Backup not confirmed: tick step ${last} in a run`)).toBeVisible();
	await page.getByLabel(`Step ${last} done`).check();
	await expect(destructive.getByText(/Backup not confirmed/)).toHaveCount(0);
	// The step can still be read and copied.
	await expect(destructive.getByRole('button', { name: 'Copy to clipboard' }).first()).toBeAttached();
});

test('clearing a run asks first, and several runs stay open side by side', async ({ page }) => {
	for (const path of ['/back-up/data-manifest/', '/back-up/restore-drill/']) {
		await page.goto(path);
		await page.getByRole('button', { name: 'Start a run of this procedure' }).click();
		await expect(page.getByLabel('Step 1 done')).toBeVisible();
	}
	await openProfile(page);
	const profile = page.locator('.needle-profile');
	await expect(profile.getByRole('link', { name: 'Back up the data and prove the copy' })).toBeVisible();
	expect(await storedKeys(page, 'needle:run:')).toHaveLength(2);

	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Clear this run' }).click();
	expect(await stored(page, 'needle:run:/back-up/restore-drill/')).not.toBeNull();

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Clear this run' }).click();
	await expect(page.getByRole('button', { name: 'Start a run of this procedure' })).toBeVisible();
	expect(await stored(page, 'needle:run:/back-up/restore-drill/')).toBeNull();
	expect(await stored(page, 'needle:run:/back-up/data-manifest/')).not.toBeNull();
});

test('stored data that cannot be read is reported and kept aside, not deleted', async ({ page }) => {
	await page.goto('/back-up/data-manifest/');
	const badProfile = JSON.stringify({ version: 1, values: { MOUNTPOINT: '/srv/ok', MODULE: 'x; reboot' } });
	await page.evaluate((profile) => {
		localStorage.setItem('needle:profile', profile);
		localStorage.setItem('needle:run:/back-up/data-manifest/', '{"version":1,"steps":');
	}, badProfile);
	await page.reload();

	const notices = page.locator('.needle-notice');
	await expect(
		notices.getByText(/Your saved host profile could not be read: MODULE holds a value that is refused/),
	).toBeVisible();
	await expect(
		notices.getByText(/The run of \/back-up\/data-manifest\/ could not be read: it is not valid JSON/),
	).toBeVisible();
	// The valid value was salvaged; the refused one is nowhere in the commands.
	await expect(page.locator('.sl-markdown-content pre', { hasText: '/srv/ok' }).first()).toBeVisible();
	await expect(page.locator('.sl-markdown-content')).not.toContainText('reboot');

	const kept = await storedKeys(page, 'needle:quarantine:');
	expect(kept).toHaveLength(2);
	const raws = await Promise.all(kept.map(async (key) => JSON.parse((await stored(page, key))!).raw));
	expect(raws).toContain(badProfile);
	expect(raws).toContain('{"version":1,"steps":');

	// The report stays on later pages until the reader discards the kept copy.
	await page.goto('/start-here/glossary/');
	await expect(page.locator('.needle-notice')).toHaveCount(2);
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Discard the kept copy' }).first().click();
	await expect(page.locator('.needle-notice')).toHaveCount(2);
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Discard the kept copy' }).first().click();
	await expect(page.locator('.needle-notice')).toHaveCount(1);
	expect(await storedKeys(page, 'needle:quarantine:')).toHaveLength(1);
});
