import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/tools/fingerprint-compare/';
const fixture = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../fixtures/fingerprints/${name}`, import.meta.url)), 'utf8');
const HOST = fixture('debian12-host-root.txt');
const GUEST = fixture('qemu-megaraid-root.txt');

const textA = (page: Page) => page.getByRole('textbox', { name: 'Fingerprint A: paste it, or drop its file here' });
const textB = (page: Page) => page.getByRole('textbox', { name: 'Fingerprint B: paste it, or drop its file here' });
const fileA = (page: Page) => page.getByLabel('Fingerprint A: or choose its file');
const result = (page: Page) => page.locator('[data-result]');

/** Waits until the comparison's script, which loads when the browser is idle, has started. */
const ready = (page: Page) => expect(page.locator('needle-fingerprint-compare[data-ready]')).toBeAttached();

test.beforeEach(async ({ page, javaScriptEnabled }) => {
	await page.goto(PAGE);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	if (javaScriptEnabled) await ready(page);
});

test('shows the differences between the two real fingerprints, grouped, with meanings and links', async ({ page }) => {
	await expect(page.getByText('The comparison needs JavaScript')).toHaveCount(0);
	await textA(page).fill(HOST);
	await textB(page).fill(GUEST);

	await expect(
		result(page).getByText(
			/difference\(s\) between A \(Debian GNU\/Linux 12 \(bookworm\), kernel 6\.18\.44-fc-v1147\)/,
		),
	).toBeVisible();
	const controllers = result(page).locator('[data-group="controllers"]');
	await expect(controllers.getByRole('heading', { name: 'Controllers: 3 difference(s)' })).toBeVisible();
	const lsi = controllers.getByRole('listitem').filter({ hasText: 'controller 1000:0079: controller' });
	await expect(lsi).toContainText('only on B');
	await expect(lsi).toContainText('0000:00:04.0, driver megaraid_sas');
	await expect(lsi).toContainText('This storage controller is present on one host only.');
	await expect(lsi.getByRole('link', { name: 'Identify the controller and its driver' })).toHaveAttribute(
		'href',
		'/diagnose/identify-driver/',
	);

	const kernel = result(page).locator('[data-group="kernel"]');
	await expect(kernel.getByRole('listitem').filter({ hasText: 'kernel release (uname -r)' })).toContainText(
		'The hosts run different kernel builds',
	);
	// Equal fields are folded away until the reader opens them.
	const equal = kernel.locator('details');
	await expect(equal.getByText('host: distribution = ')).toBeHidden();
	await equal.locator('summary').click();
	await expect(equal.getByText('host: distribution = ')).toBeVisible();
});

test('exports the comparison as Markdown', async ({ page, baseURL }) => {
	await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
	await textA(page).fill(HOST);
	await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
	await textB(page).fill(GUEST);
	await expect(result(page).getByText(/^\d+ difference\(s\) between A/)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as Markdown' }).click();
	const file = await download;
	const markdown = readFileSync(await file.path(), 'utf8');
	expect(file.suggestedFilename()).toBe('fingerprint-comparison.md');
	expect(markdown).toContain('### Controllers');
	expect(markdown).toContain(`(${new URL('/diagnose/identify-driver/', baseURL)})`);
});

test.describe('refuses bad input with a message and keeps the text', () => {
	test('a truncated fingerprint', async ({ page }) => {
		await textA(page).fill(GUEST.slice(0, 1500));
		await textB(page).fill(GUEST);
		await expect(page.getByRole('alert')).toContainText('Fingerprint A: The fingerprint is cut short');
		await expect(page.getByRole('alert')).toHaveCount(1);
		await expect(textA(page)).toHaveValue(GUEST.slice(0, 1500));
	});

	test('a newer format version', async ({ page }) => {
		await textA(page).fill(GUEST.replace('needle-fingerprint 1', 'needle-fingerprint 7'));
		await expect(page.getByRole('alert')).toContainText('uses format version 7; this page reads version 1');
	});

	test('text that is not a fingerprint', async ({ page }) => {
		await textB(page).fill('Hello, this is a log file\nline two\n');
		await expect(page.getByRole('alert')).toContainText('Fingerprint B: This is not a needle-fingerprint');
	});

	test('a binary file', async ({ page }) => {
		const bytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 256));
		await fileA(page).setInputFiles({ name: 'disk.img', mimeType: 'application/octet-stream', buffer: bytes });
		await expect(page.getByRole('alert')).toContainText('This is binary data, not a text fingerprint.');
	});

	test('a 30 MB file, refused before it is read', async ({ page }) => {
		// Handing the file to the browser is slow in Playwright, not in the page.
		test.setTimeout(90_000);
		await textA(page).fill(HOST);
		// Handing 30 MB to the browser takes Playwright several seconds; the page's own work is
		// measured from the change event to the message.
		await page.evaluate(() => {
			const input = document.querySelector('[data-file="a"]') as HTMLInputElement;
			input.addEventListener(
				'change',
				() => ((window as unknown as { changedAt: number }).changedAt = performance.now()),
				{ capture: true },
			);
		});
		await fileA(page).setInputFiles({
			name: 'huge.txt',
			mimeType: 'text/plain',
			buffer: Buffer.alloc(30 * 1024 * 1024, 'a'),
		});
		await expect(page.locator('[data-status="a"]')).toContainText('huge.txt was not loaded: it is 30.0 MB');
		const pageMs = await page.evaluate(
			() => performance.now() - (window as unknown as { changedAt: number }).changedAt,
		);
		expect(pageMs).toBeLessThan(1_000);
		await expect(textA(page)).toHaveValue(HOST);
	});

	test('30 MB pasted into a text box, refused at once, keeping the text that was there', async ({ page }) => {
		await textA(page).fill(HOST);
		// The text is made in the page, as a real paste would bring it, not sent through Playwright.
		const pageMs = await textA(page).evaluate((element) => {
			const data = new DataTransfer();
			data.setData('text/plain', 'x'.repeat(30 * 1024 * 1024));
			const started = performance.now();
			element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
			return performance.now() - started;
		});
		expect(pageMs).toBeLessThan(1_000);
		await expect(page.locator('[data-status="a"]')).toContainText('The pasted text was not put in: it is 30.0 MB');
		await expect(textA(page)).toHaveValue(HOST);
	});

	test('30 MB typed or set into a text box is refused by size, without parsing it', async ({ page }) => {
		// The browser itself needs tens of seconds to lay out 30 MB in a text box.
		test.setTimeout(120_000);
		// Only the input handler is timed: the layout that follows is the browser's own work.
		const handlerMs = await textA(page).evaluate((element: HTMLTextAreaElement) => {
			let took = -1;
			element.addEventListener(
				'input',
				() => {
					const started = performance.now();
					queueMicrotask(() => (took = performance.now() - started));
				},
				{ capture: true },
			);
			element.value = 'x'.repeat(30 * 1024 * 1024);
			element.dispatchEvent(new Event('input', { bubbles: true }));
			return new Promise<number>((resolve) => queueMicrotask(() => resolve(took)));
		});
		expect(handlerMs).toBeGreaterThanOrEqual(0);
		expect(handlerMs).toBeLessThan(1_000);
		await expect(page.locator('[data-status="a"]')).toContainText('Not saved in this browser: the text is 30.0 MB');
		await expect(page.getByRole('alert')).toContainText('This text is 30.0 MB; a fingerprint is at most 2.0 MB', {
			timeout: 60_000,
		});
	});
});

test('shows markup and script in a fingerprint as text, never as HTML', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs += 1;
		void dialog.dismiss();
	});
	const payload = GUEST.replace(
		/^kernel\.cmdline=.*$/m,
		'kernel.cmdline=<img src=x onerror=alert(1)><script>alert(2)</script>',
	).replace(/^modinfo\.version=.*$/m, 'modinfo.version=<b>bold</b>');
	await textA(page).fill(GUEST);
	await textB(page).fill(payload);

	await expect(result(page).getByText('<img src=x onerror=alert(1)><script>alert(2)</script>')).toBeVisible();
	await expect(result(page).getByText('<b>bold</b>')).toBeVisible();
	await expect(result(page).locator('img, script, b')).toHaveCount(0);
	await page.getByRole('textbox', { name: 'Fingerprint A: paste it, or drop its file here' }).focus();
	expect(dialogs).toBe(0);
});

test('keeps pasted text across a reload and when a file replaces it', async ({ page }) => {
	await textA(page).fill(HOST);
	await textB(page).fill('partial paste');
	await page.reload();
	await ready(page);
	await expect(textA(page)).toHaveValue(HOST);
	await expect(textB(page)).toHaveValue('partial paste');

	await fileA(page).setInputFiles({ name: 'guest.txt', mimeType: 'text/plain', buffer: Buffer.from(GUEST) });
	await expect(textA(page)).toHaveValue(GUEST);
	await page.getByRole('button', { name: 'Restore the text that was in Fingerprint A before' }).click();
	await expect(textA(page)).toHaveValue(HOST);
	await page.reload();
	await ready(page);
	await expect(textA(page)).toHaveValue(HOST);
});

test('loads a fingerprint dropped onto a text box', async ({ page }) => {
	await textB(page).fill(GUEST);
	const transfer = await page.evaluateHandle((text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'host.txt', { type: 'text/plain' }));
		return data;
	}, HOST);
	await textA(page).dispatchEvent('drop', { dataTransfer: transfer });
	await expect(textA(page)).toHaveValue(HOST);
	await expect(result(page).locator('[data-group="controllers"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('explains how to collect and compare by hand, and links the download', async ({ page }) => {
		await page.goto(PAGE);
		await expect(page.locator('[data-app]')).toBeHidden();
		await expect(page.getByText('The comparison needs JavaScript, which is off')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Compare by hand' })).toBeVisible();
		await expect(page.getByText('diff -u a.txt b.txt')).toBeVisible();
		await expect(page.getByRole('link', { name: 'needle-fingerprint.sh' }).first()).toHaveAttribute(
			'href',
			'/tools/needle-fingerprint.sh',
		);
		await expect(page.getByRole('table')).toContainText('Same vermagic but different srcversion');
	});
});

test('serves the collector script', async ({ request }) => {
	const response = await request.get('/tools/needle-fingerprint.sh');
	expect(response.ok()).toBe(true);
	const body = await response.text();
	expect(body.startsWith('#!/bin/sh\n')).toBe(true);
	expect(body).toContain('READ-ONLY');
});

test('says so when the browser refuses to store the text, and keeps it on the page', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await page.reload();
	await ready(page);
	await textA(page).fill(HOST);
	await expect(page.locator('[data-status="a"]')).toContainText(
		'Not saved in this browser: the browser storage for this site is full',
	);
	await expect(textA(page)).toHaveValue(HOST);
});

test('has no accessibility violations with a comparison shown', async ({ page }) => {
	await textA(page).fill(HOST);
	await textB(page).fill(GUEST);
	await expect(result(page).getByText(/difference\(s\) between A/)).toBeVisible();
	await result(page).locator('details').first().locator('summary').click();
	const audit = await new AxeBuilder({ page }).include('needle-fingerprint-compare').analyze();
	expect(audit.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test.describe('copying the Markdown', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('puts the comparison on the clipboard', async ({ page }) => {
		await textA(page).fill(HOST);
		await textB(page).fill(GUEST);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.getByText('Copied the comparison as Markdown.')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('## Driver fingerprint comparison');
		expect(copied).toContain('| controller 1000:0079: controller |');
	});
});
