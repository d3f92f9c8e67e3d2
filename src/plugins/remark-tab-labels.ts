/**
 * Remark plugin that writes each `<TabItem label="…">`'s label as the first line of its panel.
 *
 * Tabs hide the label in the tab list, which is only there while JavaScript runs and is left
 * out of print. With JavaScript off and on paper every panel is shown (see
 * `src/styles/runbook.css`), and this line tells the reader which distribution a panel is for.
 * While the tabs work, CSS hides it: the selected tab already says it.
 */
import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

/** The label of a `<TabItem>` node, or `undefined` for any other node. */
function tabLabel(node: { name?: string | null; attributes?: JsxAttribute[] }): string | undefined {
	if (node.name !== 'TabItem') return undefined;
	const label = node.attributes?.find((attribute) => attribute.name === 'label')?.value;
	return typeof label === 'string' ? label : undefined;
}

export function remarkTabLabels() {
	return (tree: Root) => {
		visit(tree, 'mdxJsxFlowElement', (node) => {
			const label = tabLabel(node);
			if (!label) return;
			const heading: Paragraph = {
				type: 'paragraph',
				data: { hProperties: { className: ['tab-panel-label'], 'data-pagefind-ignore': '' } },
				children: [{ type: 'text', value: label }],
			};
			node.children.unshift(heading);
		});
	};
}
