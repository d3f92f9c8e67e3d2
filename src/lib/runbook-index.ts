/**
 * Reads the runbook's own pages to build the reference indexes: every command with the risk of
 * the step it stands in, and every source the pages cite. Built from the pages at build time,
 * so the indexes cannot drift from what the pages say.
 */
import type { Code, Link, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseMeta, SHELL_LANGS } from './code-blocks';

/** A step's mark, or `page` when the command stands outside any marked step. */
export type CommandRisk = 'reversible' | 'destructive' | 'backup' | 'page';

export interface IndexedCommand {
	/** The code block's title, or its first line when it has none. */
	title: string;
	code: string;
	lang: string;
	risk: CommandRisk;
}

export interface IndexedSource {
	text: string;
	url: string;
}

function parse(body: string): Root {
	return unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
}

/** The level of the first `<StepRisk level="…" />` directly at the start of a list item. */
function stepRisk(item: ListItem): CommandRisk | undefined {
	let level: CommandRisk | undefined;
	visit(item, (node) => {
		if (level) return false;
		if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
		if (node.name !== 'StepRisk') return undefined;
		const value = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'level')?.value;
		if (value === 'reversible' || value === 'destructive' || value === 'backup') level = value;
		return undefined;
	});
	return level;
}

/** Lists the shell commands of a page's MDX body, in order, each with the risk of its step. */
export function extractCommands(body: string): IndexedCommand[] {
	const tree = parse(body);

	// A step's mark applies to every code block inside that step.
	const risks = new Map<Code, CommandRisk>();
	visit(tree, 'listItem', (item: ListItem) => {
		const risk = stepRisk(item);
		if (!risk) return;
		visit(item, 'code', (code: Code) => {
			if (!risks.has(code)) risks.set(code, risk);
		});
	});

	const commands: IndexedCommand[] = [];
	visit(tree, 'code', (code: Code) => {
		if (!code.lang || !SHELL_LANGS.has(code.lang)) return;
		const title = parseMeta(code.meta)['title'] ?? code.value.split('\n')[0] ?? '';
		commands.push({ title, code: code.value, lang: code.lang, risk: risks.get(code) ?? 'page' });
	});
	return commands;
}

/** Lists the links in a page's `## Sources` section, in order, without repeats. */
export function extractSources(body: string): IndexedSource[] {
	const sources: IndexedSource[] = [];
	let inSources = false;
	for (const node of parse(body).children) {
		if (node.type === 'heading' && node.depth === 2) inSources = /^sources\b/i.test(toString(node));
		if (!inSources) continue;
		visit(node, 'link', (link: Link) => {
			if (!sources.some((source) => source.url === link.url)) sources.push({ text: toString(link), url: link.url });
		});
	}
	return sources;
}

/**
 * Says how risky a command is, for the command reference. A command in a marked step has its
 * step's risk; an unmarked command on a read-only procedure only reads; any other unmarked
 * command is shown as part of its page, whose risk the reader must check there.
 */
export function commandRiskLabel(
	risk: CommandRisk,
	page: { kind?: string | undefined; risk?: string | undefined },
): string {
	if (risk === 'reversible') return 'Reversible';
	if (risk === 'destructive') return 'Destructive';
	if (risk === 'backup') return 'Backup (writes a copy)';
	if (page.kind === 'procedure' && page.risk === 'read-only') return 'Read-only';
	if (page.kind === 'procedure') return 'Unmarked: read the step on its page';
	return 'Example in a lesson or reference page';
}

/** The section folder of a page id: `build/sign-module` → `build`. */
export function sectionOf(id: string): string {
	return id.includes('/') ? (id.split('/')[0] ?? '') : '';
}
