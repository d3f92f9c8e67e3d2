/**
 * Remark plugin that stops the build when a runbook page's body lacks what its kind needs.
 * The checks themselves are in ./runbook-checks.ts.
 */
import type { Root } from 'mdast';
import path from 'node:path';
import type { VFile } from 'vfile';
import { checkRunbookPage } from './runbook-checks';

interface AstroData {
	astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkRunbookChecks() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as AstroData).astro?.frontmatter ?? {};
		const problems = checkRunbookPage(tree, frontmatter['kind']);
		if (problems.length === 0) return;

		const where = path.relative(process.cwd(), file.path);
		throw new Error(
			`${where} is not a complete runbook page:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nFix the page and build again.`,
		);
	};
}
