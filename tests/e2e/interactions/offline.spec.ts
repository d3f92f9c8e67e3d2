import { expect, test } from '@playwright/test';
import { searchAndOpen } from '../../support/search';

test('after one visit, a page never opened and the search work with the network cut', async ({ page, context }) => {
	await page.goto('/');
	// The worker is active once every file is stored; it then takes charge of the page.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

	await context.setOffline(true);
	await page.goto('/back-up/restore-drill/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Roll back' })).toBeVisible();

	await searchAndOpen(page, 'srcversion', /Identify the controller/);
	await expect(page).toHaveURL(/\/diagnose\/identify-driver\//);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
