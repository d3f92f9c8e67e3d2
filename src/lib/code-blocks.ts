/**
 * Finds the fenced code blocks of a runbook page, with where they are in the MDX file.
 *
 * The shell checks and the VM lab both start from here: the shell checks lint every shell
 * block, the lab runs the blocks whose meta carries `lab="<id>"`. Both must report a problem
 * by the page and the line a writer would open, so every block keeps the line of its opening
 * fence in the source file.
 */
import type { Code, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Languages whose blocks are shell commands a reader pastes into a terminal. */
export const SHELL_LANGS: ReadonlySet<string> = new Set(['sh', 'bash', 'shell']);

/** One fenced code block of a page. */
export interface CodeBlock {
	/** The MDX file, as given to {@link extractCodeBlocks} (usually relative to the repo). */
	file: string;
	/** Line of the opening fence in the MDX file (1-based). The first code line is `line + 1`. */
	line: number;
	/** The fence's language (`sh`), or an empty string when the block has none. */
	lang: string;
	/** Attributes from the fence's meta string, such as `title` and `lab`. */
	meta: Record<string, string>;
	/** The block's text, without the fences and without the list indentation. */
	code: string;
}

const META_ATTRIBUTE = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;

/**
 * Reads `key="value"` pairs from a code fence's meta string. A bare key reads as `"true"`.
 * Expressive Code's other meta syntax (`{1-3}`, `/regex/`) is skipped.
 *
 * @example parseMeta('title="Build it" lab="build-module"') // { title: 'Build it', lab: 'build-module' }
 */
export function parseMeta(meta: string | null | undefined): Record<string, string> {
	const attributes: Record<string, string> = {};
	if (!meta) return attributes;

	// Strip quoted regexes and line ranges first, so their contents are not read as keys.
	const plain = meta.replace(/\{[^}]*\}/g, ' ').replace(/(^|\s)\/(?:\\.|[^/])*\//g, ' ');
	for (const match of plain.matchAll(META_ATTRIBUTE)) {
		const [, key, doubleQuoted, singleQuoted, bare] = match;
		if (!key) continue;
		attributes[key] = doubleQuoted ?? singleQuoted ?? bare ?? 'true';
	}
	return attributes;
}

/**
 * Parses an MDX page and returns its fenced code blocks in page order.
 *
 * @param source The MDX text, frontmatter included.
 * @param file The name to report the blocks under.
 * @throws Error naming the file and the line when the MDX cannot be parsed.
 */
export function extractCodeBlocks(source: string, file: string): CodeBlock[] {
	const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);
	let tree: Root;
	try {
		tree = processor.parse(source);
	} catch (error) {
		const where = (error as { line?: number }).line ?? '?';
		const reason = (error as Error).message;
		throw new Error(`${file}:${where}: this page is not valid MDX (${reason}). Fix the page first.`, {
			cause: error,
		});
	}

	const blocks: CodeBlock[] = [];
	visit(tree, 'code', (node: Code) => {
		blocks.push({
			file,
			line: node.position?.start.line ?? 0,
			lang: node.lang ?? '',
			meta: parseMeta(node.meta),
			code: node.value,
		});
	});
	return blocks;
}

/** Keeps the blocks a reader runs in a shell. */
export function shellBlocks(blocks: CodeBlock[]): CodeBlock[] {
	return blocks.filter((block) => SHELL_LANGS.has(block.lang));
}
