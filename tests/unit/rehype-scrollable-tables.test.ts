import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableTables } from '~/plugins/rehype-scrollable-tables';

const tree = (): Root => ({
	type: 'root',
	children: [
		{ type: 'element', tagName: 'table', properties: {}, children: [] },
		{ type: 'element', tagName: 'table', properties: { tabIndex: -1 }, children: [] },
		{ type: 'element', tagName: 'p', properties: {}, children: [] },
	],
});

describe('rehypeScrollableTables', () => {
	it('lets every table take focus and leaves other elements and set values alone', () => {
		const root = tree();
		rehypeScrollableTables()(root);
		const properties = root.children.map((child) => (child.type === 'element' ? child.properties : {}));
		expect(properties).toEqual([{ tabIndex: 0 }, { tabIndex: -1 }, {}]);
	});
});
