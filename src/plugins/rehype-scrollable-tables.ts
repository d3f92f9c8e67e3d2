/**
 * Makes every table in a page reachable by keyboard. Starlight lets a wide table scroll
 * sideways inside itself; a reader without a mouse can only scroll it once it can take focus,
 * so each table gets `tabindex="0"` (WCAG 2.1.1, axe rule scrollable-region-focusable).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeScrollableTables() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName === 'table' && node.properties['tabIndex'] === undefined) node.properties['tabIndex'] = 0;
		});
	};
}
