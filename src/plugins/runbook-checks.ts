/**
 * Structure checks for runbook pages, run on each page's Markdown tree during the build.
 *
 * The schema can only see frontmatter; these checks look at the body. A procedure that has no
 * roll-back section, or a lesson with no questions, is not a runbook page yet, so the build
 * stops and says what to add.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findPlaceholders, isPlaceholderName } from '../lib/placeholders';

/** A section a page of some kind must have, found by its level-2 heading. */
interface RequiredSection {
	/** Matches the heading text. */
	heading: RegExp;
	/** What to write, for the error message. */
	example: string;
}

const PROCEDURE_SECTIONS: RequiredSection[] = [
	{ heading: /^before you (start|begin)\b/i, example: '## Before you start' },
	{ heading: /^(check|verify)\b/i, example: '## Check that it worked' },
	{ heading: /^roll(ing)?[ -]?back\b/i, example: '## Roll back' },
	{ heading: /^sources\b/i, example: '## Sources' },
];

const LESSON_QUESTIONS = { heading: /^check yourself\b/i, min: 3, max: 5 };

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'shellscript', 'zsh']);

type MdxNode = RootContent & { name?: string | null };

function isJsx(node: RootContent, name: string): boolean {
	const { type, name: nodeName } = node as MdxNode;
	return (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') && nodeName === name;
}

/** Splits the page into its level-2 sections: heading text and the nodes up to the next one. */
function sections(tree: Root): { title: string; nodes: RootContent[] }[] {
	const found: { title: string; nodes: RootContent[] }[] = [];
	for (const node of tree.children) {
		if (node.type === 'heading' && (node as Heading).depth === 2) {
			found.push({ title: toString(node).trim(), nodes: [] });
		} else {
			found.at(-1)?.nodes.push(node);
		}
	}
	return found;
}

function countInside(nodes: RootContent[], test: (node: RootContent) => boolean): number {
	let count = 0;
	for (const node of nodes) {
		visit(node, (child) => {
			if (test(child as RootContent)) count += 1;
		});
	}
	return count;
}

function checkProcedure(tree: Root): string[] {
	const problems: string[] = [];
	const parts = sections(tree);

	if (countInside(tree.children, (node) => isJsx(node, 'Steps')) === 0) {
		problems.push(
			'A procedure needs numbered steps: put them in a <Steps> component (import it from @astrojs/starlight/components).',
		);
	}
	for (const section of PROCEDURE_SECTIONS) {
		if (!parts.some((part) => section.heading.test(part.title))) {
			problems.push(`A procedure needs a section "${section.example}".`);
		}
	}
	const sources = parts.find((part) => /^sources\b/i.test(part.title));
	if (sources && countInside(sources.nodes, (node) => node.type === 'link') === 0) {
		problems.push('The "Sources" section needs at least one link to a source.');
	}
	return problems;
}

function checkLesson(tree: Root): string[] {
	const questions = sections(tree).find((part) => LESSON_QUESTIONS.heading.test(part.title));
	if (!questions) {
		return [
			`A lesson needs a section "## Check yourself" with ${LESSON_QUESTIONS.min} to ${LESSON_QUESTIONS.max} questions, each a <details> whose <summary> is the question.`,
		];
	}
	const count = countInside(questions.nodes, (node) => isJsx(node, 'details'));
	if (count < LESSON_QUESTIONS.min || count > LESSON_QUESTIONS.max) {
		return [
			`"Check yourself" has ${count} question(s); a lesson needs ${LESSON_QUESTIONS.min} to ${LESSON_QUESTIONS.max}, each a <details> whose <summary> is the question.`,
		];
	}
	return [];
}

function checkCode(tree: Root): string[] {
	const problems: string[] = [];
	visit(tree, (node) => {
		if (node.type !== 'code' && node.type !== 'inlineCode') return;
		const line = node.position?.start.line ?? 0;
		for (const name of findPlaceholders(node.value)) {
			if (!isPlaceholderName(name)) {
				problems.push(
					`Line ${line}: unknown placeholder {{${name}}}. Use one listed in src/lib/placeholders.ts, or add it there.`,
				);
			}
		}
		if (node.type === 'code') {
			if (!node.lang) {
				problems.push(
					`Line ${line}: a code block needs a language, such as \`\`\`sh, so it is highlighted and checked.`,
				);
			} else if (SHELL_LANGUAGES.has(node.lang) && /^\s*\$ /m.test(node.value)) {
				problems.push(
					`Line ${line}: leave the "$ " prompt out of shell blocks, so that copying gives exactly the command.`,
				);
			}
		}
	});
	return problems;
}

/**
 * Lists what is wrong with a page's body, given its frontmatter `kind`. An empty list means the
 * page may be built.
 */
export function checkRunbookPage(tree: Root, kind: unknown): string[] {
	const problems = checkCode(tree);
	if (kind === 'procedure') problems.push(...checkProcedure(tree));
	if (kind === 'lesson') problems.push(...checkLesson(tree));
	return problems;
}
