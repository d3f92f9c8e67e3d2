import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { checkPages, formatFinding, main } from '../../shell/check';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

describe('checkPages', () => {
	it('reports a broken block with its page and the MDX line of the bad command', () => {
		const page = fixture('broken.mdx');
		const report = checkPages([page]);
		expect(report).toMatchObject({ passed: 2, failed: 1 });
		const lines = report.findings.map(formatFinding);
		expect(lines).toContain(`${page}:19: SC2045 Iterating over ls output is fragile. Use globs. (error)`);
		expect(lines.every((line) => line.startsWith(`${page}:19: `))).toBe(true);
	});

	it('checks placeholders filled with their examples, and honours an exception with a reason', () => {
		const report = checkPages([fixture('broken.mdx')]);
		expect(report.findings.some((finding) => finding.code === 'SC2046')).toBe(false);
	});

	it('fails a block whose exception has no reason, and a block with an inline directive', () => {
		const report = checkPages([fixture('no-reason.mdx')]);
		expect(report).toMatchObject({ passed: 0, failed: 2 });
		expect(report.findings.filter((finding) => finding.code === 'exception').map((finding) => finding.line)).toEqual([
			7, 12,
		]);
	});

	it('ends with "N passed, N failed" and returns 1 when a block fails', () => {
		const lines: string[] = [];
		const log = vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
		try {
			expect(main([fixture('broken.mdx')])).toBe(1);
			expect(lines.at(-1)).toBe('2 passed, 1 failed');
		} finally {
			log.mockRestore();
		}
	});
});
