import type { Element, Root } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeSteps } from '~/plugins/rehype-steps';

const IMPORT = "import { Steps, Tabs, TabItem } from '@astrojs/starlight/components';\n\n";
const MDX_NODES: string[] = [
	'mdxjsEsm',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
];

/** The page's hast tree after the plugin, as the MDX compiler hands it on. */
function run(source: string): Root {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkRehype, { passThrough: MDX_NODES } as Parameters<typeof remarkRehype>[1])
		.use(rehypeSteps);
	const file = new VFile({ path: 'content/docs/build/example.mdx', value: source });
	return processor.runSync(processor.parse(file), file) as Root;
}

const lists = (tree: Root) => {
	const found: Element[] = [];
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'ol' || node.tagName === 'ul') found.push(node);
	});
	return found;
};
const components = (tree: Root) => {
	let count = 0;
	visit(tree, (node) => {
		if (node.type === 'mdxJsxFlowElement' && (node as { name?: string }).name === 'Steps') count += 1;
	});
	return count;
};

describe('rehypeSteps', () => {
	it("marks the list as Starlight's <Steps> does and leaves it in the component's place", () => {
		const tree = run(`${IMPORT}<Steps>\n\n1. One\n2. Two\n\n</Steps>\n`);
		expect(components(tree)).toBe(0);
		expect(lists(tree).map((list) => list.properties)).toEqual([{ role: 'list', className: ['sl-steps'] }]);
	});

	it('carries a list that starts at another number into the counter', () => {
		const [list] = lists(run(`${IMPORT}<Steps>\n\n3. Three\n4. Four\n\n</Steps>\n`));
		expect(list?.properties).toMatchObject({ start: 3, style: '--sl-steps-start: 2' });
	});

	it('finds <Steps> inside other components', () => {
		const tree = run(`${IMPORT}<Tabs>\n<TabItem label="A">\n<Steps>\n\n1. One\n\n</Steps>\n</TabItem>\n</Tabs>\n`);
		expect(components(tree)).toBe(0);
		expect(lists(tree)[0]?.properties['className']).toEqual(['sl-steps']);
	});

	it('leaves alone a <Steps> that is not Starlight’s', () => {
		const tree = run(`import Steps from '~/components/MySteps.astro';\n\n<Steps>\n\n1. One\n\n</Steps>\n`);
		expect(components(tree)).toBe(1);
		expect(lists(tree)[0]?.properties).toEqual({});
	});

	it.each([
		[
			'nothing',
			'<Steps>\n</Steps>',
			/content\/docs\/build\/example\.mdx: <Steps> must hold exactly one numbered list .* it holds none/,
		],
		['a paragraph before the list', '<Steps>\n\nFirst:\n\n1. One\n\n</Steps>', /it holds <p>, <ol>/],
		['two lists', '<Steps>\n\n1. One\n\nText\n\n1. Again\n\n</Steps>', /it holds <ol>, <p>, <ol>/],
		['a bulleted list', '<Steps>\n\n- One\n\n</Steps>', /it holds a <ul>/],
		['a component beside the list', '<Steps>\n\n1. One\n\n<Tabs>\n</Tabs>\n\n</Steps>', /it holds <ol>, <Tabs>/],
	])('refuses <Steps> holding %s, and says what to do', (_, body, message) => {
		expect(() => run(`${IMPORT}${body}\n`)).toThrow(message);
		expect(() => run(`${IMPORT}${body}\n`)).toThrow(/Put every step in that one list/);
	});
});
