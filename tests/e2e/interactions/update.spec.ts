import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from '../../support/site';

const WORKER = path.join(DIST, 'sw.js');

test('a reader is told when a newer version of the runbook waits, and can reload to it', async ({ page }) => {
	await page.goto('/start-here/glossary/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

	// A new build changes sw.js. The served file is changed in place for this test only (the
	// browser fetches a worker's script past any route), and only by a comment, so a test
	// running at the same time gets a worker that does the same.
	const current = await readFile(WORKER, 'utf8');
	try {
		await writeFile(WORKER, `${current}\n// A newer build.\n`);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
		const notice = page.getByText('A newer version of this runbook is available.');
		await expect(notice).toBeVisible({ timeout: 15_000 });
		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(notice).toBeHidden();
	} finally {
		await writeFile(WORKER, current);
	}
});
