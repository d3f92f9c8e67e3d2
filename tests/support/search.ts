/** Searches the site the way a reader does, through Starlight's search dialog. */
import { expect, type Page } from '@playwright/test';

/** Opens the search dialog, searches for `query`, and follows the first result named `result`. */
export async function searchAndOpen(page: Page, query: string, result: RegExp) {
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
	const link = dialog.getByRole('link', { name: result }).first();
	await expect(link).toBeVisible({ timeout: 10_000 });
	await link.click();
}
