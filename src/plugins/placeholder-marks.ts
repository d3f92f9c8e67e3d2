/**
 * Build-time marking of placeholders, so that the page script only has to fill them in.
 *
 * Each `{{NAME}}` in a code block or in inline code is wrapped in
 * `<span data-placeholder="NAME" title="Label">`. Without JavaScript the span shows the
 * placeholder as plain text; with it, `src/scripts/runbook.ts` replaces the text with the value
 * from the reader's host profile.
 */
import {
	definePlugin,
	ExpressiveCodeAnnotation,
	type AnnotationRenderOptions,
} from '@astrojs/starlight/expressive-code';
import { h } from '@astrojs/starlight/expressive-code/hast';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isPlaceholderName, PLACEHOLDER_PATTERN, PLACEHOLDERS } from '../lib/placeholders';

/** The attributes of a placeholder's wrapper; `part` marks the second and later pieces. */
function markProperties(name: string, part = false): Record<string, string> {
	const label = isPlaceholderName(name) ? PLACEHOLDERS[name].label : name;
	return { 'data-placeholder': name, title: label, ...(part ? { 'data-placeholder-part': '' } : {}) };
}

/**
 * Wraps one placeholder in a code block. Syntax highlighting may split a placeholder into
 * several tokens; every piece is wrapped, and all but the first are marked as parts, so the
 * page script writes the value into the first piece and empties the others.
 */
class PlaceholderAnnotation extends ExpressiveCodeAnnotation {
	readonly placeholder: string;

	constructor(placeholder: string, columnStart: number, columnEnd: number) {
		super({ inlineRange: { columnStart, columnEnd }, renderPhase: 'latest' });
		this.placeholder = placeholder;
	}

	render({ nodesToTransform }: AnnotationRenderOptions) {
		return nodesToTransform.map((node, index) => h('span', markProperties(this.placeholder, index > 0), [node]));
	}
}

/** Expressive Code plugin that marks the placeholders of every code block. */
export function placeholderMarks() {
	return definePlugin({
		name: 'needle-placeholders',
		hooks: {
			annotateCode: ({ codeBlock }) => {
				for (const line of codeBlock.getLines()) {
					for (const match of line.text.matchAll(PLACEHOLDER_PATTERN)) {
						const start = match.index;
						line.addAnnotation(new PlaceholderAnnotation(match[1] ?? '', start, start + match[0].length));
					}
				}
			},
		},
	});
}

/** Splits a text node into text and placeholder spans; `undefined` when it holds none. */
function splitText(text: string): ElementContent[] | undefined {
	const parts: ElementContent[] = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
		if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
		const mark: Element = {
			type: 'element',
			tagName: 'span',
			properties: markProperties(match[1] ?? ''),
			children: [{ type: 'text', value: match[0] }],
		};
		parts.push(mark);
		last = match.index + match[0].length;
	}
	if (parts.length === 0) return undefined;
	if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
	return parts;
}

/** Rehype plugin that marks the placeholders of inline code (`<code>` outside `<pre>`). */
export function rehypeInlinePlaceholders() {
	return (tree: Root) => {
		visit(tree, 'element', (node, _index, parent) => {
			if (node.tagName !== 'code' || (parent?.type === 'element' && parent.tagName === 'pre')) return;
			node.children = node.children.flatMap((child) => (child.type === 'text' && splitText(child.value)) || [child]);
		});
	};
}
