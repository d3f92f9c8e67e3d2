import { expect, test } from '@playwright/test';
import { searchAndOpen } from '../support/search';

test('the landing page sends each of the three readers somewhere', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Needle' })).toBeVisible();
	for (const reader of ['In an incident now', 'Planning a driver change', 'New to the team']) {
		await expect(page.getByText(reader, { exact: true })).toBeVisible();
	}
});

test('the sidebar lists every section of the runbook in order', async ({ page }) => {
	await page.goto('/start-here/how-to-use/');
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	const sections = ['Start here', 'Diagnose', 'Build', 'Back up', 'Case studies', 'Reference', 'Tools'];
	const labels = await sidebar.locator('details > summary').allInnerTexts();
	expect(labels.map((label) => label.trim())).toEqual(sections);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the sidebar lists the current section in full and one link into every other section', async ({ page }) => {
		await page.goto('/back-up/restore-drill/');
		const sidebar = page.getByRole('navigation', { name: 'Main' });
		const current = sidebar.locator('a[aria-current="page"]');
		await expect(current).toHaveCount(1);
		await expect(current).toHaveText('Rehearse the restore');

		const sections = sidebar.locator('details');
		for (const section of await sections.all()) {
			const label = (await section.locator('summary').innerText()).trim();
			const links = await section.getByRole('link').count();
			if (label === 'Back up') expect(links, 'the current section lists all its pages').toBeGreaterThan(1);
			else expect(links, `${label} is reduced to one link`).toBeLessThanOrEqual(1);
		}
		await expect(sidebar.getByRole('link', { name: /^How to use Needle/ })).toHaveAttribute(
			'href',
			'/start-here/how-to-use/',
		);
	});
});

test('search finds a page by a word in its body', async ({ page }) => {
	await page.goto('/');
	await searchAndOpen(page, 'srcversion', /Identify the controller/);
	await expect(page).toHaveURL(/\/diagnose\/identify-driver\//);
});

test('a procedure shows its risk and scope under the title', async ({ page }) => {
	await page.goto('/diagnose/identify-driver/');
	const meta = page.locator('.runbook-meta');
	await expect(meta.getByText('Read-only: changes nothing on the host')).toBeVisible();
	await expect(meta.getByText(/Applies to/)).toBeVisible();
});
