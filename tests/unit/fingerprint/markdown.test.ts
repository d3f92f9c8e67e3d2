import { describe, expect, it } from 'vitest';
import { compareFingerprints } from '~/lib/fingerprint/compare';
import { codeSpan, comparisonToMarkdown } from '~/lib/fingerprint/markdown';
import { GUEST_ROOT, HOST_ROOT, fixture, fixtureText, parsedOrThrow } from './fixtures';

describe('comparisonToMarkdown', () => {
	const markdown = comparisonToMarkdown(compareFingerprints(fixture(HOST_ROOT), fixture(GUEST_ROOT)), {
		origin: 'https://needle.example',
	});

	it('writes one table per group with differences and names the groups without any', () => {
		expect(markdown).toContain('### Controllers\n\n| What | A | B | Meaning |');
		expect(markdown).toContain('No differences in: Parameters.');
	});

	it('links each difference to its runbook page on the given origin', () => {
		expect(markdown).toContain(
			'[Identify the controller and its driver](https://needle.example/diagnose/identify-driver/)',
		);
	});

	it('keeps every table row on one line with four cells', () => {
		const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| What'));
		for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
	});

	it('keeps markup in values inert inside code spans', () => {
		const text = fixtureText(GUEST_ROOT).replace(
			/^kernel\.cmdline=.*$/m,
			'kernel.cmdline=<img src=x onerror=alert(1)> a|b `c`',
		);
		const md = comparisonToMarkdown(compareFingerprints(fixture(GUEST_ROOT), parsedOrThrow(text)));
		expect(md).toContain('`` <img src=x onerror=alert(1)> a\\|b `c` ``');
	});
});

describe('codeSpan', () => {
	it('shows missing and empty values in words', () => {
		expect(codeSpan(undefined)).toBe('—');
		expect(codeSpan('')).toBe('(empty)');
	});
});
