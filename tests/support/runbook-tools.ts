/** Steps the interaction tests share: opening the host profile and reading stored data. */
import type { Page } from '@playwright/test';

/** Opens the host profile panel and waits for its form. */
export async function openProfile(page: Page) {
	await page.locator('summary', { hasText: 'Host profile' }).click();
	await page.getByLabel('Distribution family').waitFor();
}

/** Reads one localStorage entry of the page's origin. */
export function stored(page: Page, key: string) {
	return page.evaluate((name) => localStorage.getItem(name), key);
}

/** Lists the localStorage keys that start with `prefix`. */
export function storedKeys(page: Page, prefix: string) {
	return page.evaluate((start) => Object.keys(localStorage).filter((key) => key.startsWith(start)), prefix);
}
