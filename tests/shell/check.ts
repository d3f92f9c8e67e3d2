/**
 * Lints every shell code block of the runbook with ShellCheck.
 *
 *     node scripts/run-ts.mjs tests/shell/check.ts [file-or-folder …]
 *
 * Without arguments it checks `content/**\/*.mdx`. Each finding is printed as
 * `page.mdx:line: SCxxxx message`, the last line is `N passed, N failed` (blocks), and the exit
 * status is 1 when any block failed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extractCodeBlocks, shellBlocks, type CodeBlock } from '~/lib/code-blocks';
import { checkBlock, type Finding } from './shellcheck';

/** Lists the `.mdx` files under each path, sorted; paths inside the working folder are relative. */
export function findPages(paths: string[]): string[] {
	const pages = paths.flatMap((path) => {
		if (!statSync(path).isDirectory()) return [path];
		return readdirSync(path, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => join(path, name));
	});
	// Pages inside the working folder read best relative to it; others keep their full path.
	return pages
		.map((page) => {
			const near = relative(process.cwd(), page);
			return near && !near.startsWith('..') ? near : resolve(page);
		})
		.sort();
}

/** The outcome of checking a set of pages. */
export interface CheckReport {
	passed: number;
	failed: number;
	findings: Finding[];
}

/** Checks every shell block of the given pages. A page that does not parse counts as failed. */
export function checkPages(pages: string[]): CheckReport {
	const report: CheckReport = { passed: 0, failed: 0, findings: [] };
	for (const page of pages) {
		let blocks: CodeBlock[];
		try {
			blocks = shellBlocks(extractCodeBlocks(readFileSync(page, 'utf8'), page));
		} catch (error) {
			report.failed += 1;
			report.findings.push({
				file: page,
				line: 0,
				code: 'mdx',
				message: (error as Error).message,
			});
			continue;
		}
		for (const block of blocks) {
			const findings = checkBlock(block);
			report.findings.push(...findings);
			if (findings.length > 0) report.failed += 1;
			else report.passed += 1;
		}
	}
	return report;
}

/** Formats a finding the way editors and CI logs link it: `file:line: code message`. */
export function formatFinding(finding: Finding): string {
	return `${finding.file}:${finding.line}: ${finding.code} ${finding.message}`;
}

/** Command-line entry: checks the given paths (default `content`) and returns the exit status. */
export function main(argv: string[]): number {
	const pages = findPages(argv.length > 0 ? argv : ['content']);
	const report = checkPages(pages);
	for (const finding of report.findings) console.log(formatFinding(finding));
	console.log(`${report.passed} passed, ${report.failed} failed`);
	return report.failed > 0 ? 1 : 0;
}
