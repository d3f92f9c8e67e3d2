/**
 * Takes the commands the lab rehearses from the runbook pages.
 *
 *     node scripts/run-ts.mjs lab/blocks.ts OUT_DIR PAGES_DIR [NAME=VALUE …]
 *
 * Every code block whose fence carries `lab="<id>"` is written to `OUT_DIR/<id>.sh` with its
 * placeholders filled: first with the NAME=VALUE pairs (the lab's own machine), then with the
 * registry's examples. `OUT_DIR/<id>.where` holds `page:line` so that a failing step can name
 * the page a writer must fix. The exit status is 1, with a message, when an id is used twice or
 * a placeholder is left that nothing fills.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCodeBlocks, SHELL_LANGS, type CodeBlock } from '~/lib/code-blocks';
import { fillPlaceholders, findPlaceholders, PLACEHOLDERS } from '~/lib/placeholders';
import { findPages } from '../tests/shell/check';

/** A rehearsed block, ready to run. */
export interface LabBlock {
	id: string;
	/** `page.mdx:line` of the opening fence. */
	where: string;
	/** The commands with every placeholder filled. */
	script: string;
}

const LAB_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Fills a block's placeholders: the lab's values first, then the registry's examples. */
export function fillForLab(code: string, values: Record<string, string>): string {
	const examples = Object.fromEntries(Object.entries(PLACEHOLDERS).map(([name, entry]) => [name, entry.example]));
	return fillPlaceholders(code, { ...examples, ...values });
}

/**
 * Collects the blocks marked `lab="<id>"` from parsed pages.
 *
 * @throws Error naming both places when two blocks share an id, or the block when it is not
 *   shell, has a malformed id, or keeps a placeholder that neither the lab nor the registry fills.
 */
export function collectLabBlocks(blocks: CodeBlock[], values: Record<string, string>): LabBlock[] {
	const found = new Map<string, LabBlock>();
	for (const block of blocks) {
		const id = block.meta['lab'];
		if (id === undefined) continue;

		const where = `${block.file}:${block.line}`;
		if (!LAB_ID.test(id)) throw new Error(`${where}: lab="${id}" is not a valid id (lower-case letters, digits, "-").`);
		if (!SHELL_LANGS.has(block.lang)) {
			throw new Error(`${where}: lab="${id}" is on a "${block.lang}" block; the lab only runs sh/bash blocks.`);
		}
		const previous = found.get(id);
		if (previous) throw new Error(`${where}: lab="${id}" is already used at ${previous.where}; ids must be unique.`);

		const script = fillForLab(block.code, values);
		const left = findPlaceholders(script);
		if (left.length > 0) {
			throw new Error(
				`${where}: lab="${id}" uses ${left.map((name) => `{{${name}}}`).join(', ')}, which is not in ` +
					'src/lib/placeholders.ts. Register it there (with an example) or give the lab a value.',
			);
		}
		found.set(id, { id, where, script });
	}
	return [...found.values()];
}

/** Parses NAME=VALUE arguments into a map. */
export function parseValues(pairs: string[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const pair of pairs) {
		const equals = pair.indexOf('=');
		if (equals < 1) throw new Error(`"${pair}" is not NAME=VALUE.`);
		values[pair.slice(0, equals)] = pair.slice(equals + 1);
	}
	return values;
}

/** Command-line entry; see the file comment. */
export function main(argv: string[]): number {
	const [outDir, pagesDir, ...pairs] = argv;
	if (!outDir || !pagesDir) {
		console.error('Usage: node scripts/run-ts.mjs lab/blocks.ts OUT_DIR PAGES_DIR [NAME=VALUE …]');
		return 2;
	}
	try {
		const blocks = findPages([pagesDir]).flatMap((page) => extractCodeBlocks(readFileSync(page, 'utf8'), page));
		const labBlocks = collectLabBlocks(blocks, parseValues(pairs));
		mkdirSync(outDir, { recursive: true });
		for (const block of labBlocks) {
			writeFileSync(join(outDir, `${block.id}.sh`), `${block.script}\n`);
			writeFileSync(join(outDir, `${block.id}.where`), `${block.where}\n`);
		}
		console.log(`${labBlocks.length} lab blocks written to ${outDir}`);
		return 0;
	} catch (error) {
		console.error(`lab blocks: ${(error as Error).message}`);
		return 1;
	}
}
