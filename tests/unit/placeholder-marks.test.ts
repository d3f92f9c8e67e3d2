import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { placeholderMarks, rehypeInlinePlaceholders } from '~/plugins/placeholder-marks';
import { remarkTabLabels } from '~/plugins/remark-tab-labels';

/** Renders Markdown to HTML with the inline placeholder marks. */
async function inlineHtml(markdown: string): Promise<string> {
	const file = await unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeInlinePlaceholders)
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('rehypeInlinePlaceholders', () => {
	it('wraps each placeholder of inline code in a span with its label', async () => {
		expect(await inlineHtml('Run `modinfo {{MODULE}} | grep {{HOST}}` now; {{MODULE}} in prose stays.')).toBe(
			'<p>Run <code>modinfo <span data-placeholder="MODULE" title="Driver module name">{{MODULE}}</span> | grep <span data-placeholder="HOST" title="Host name">{{HOST}}</span></code> now; {{MODULE}} in prose stays.</p>',
		);
	});

	it('leaves code blocks to Expressive Code', async () => {
		expect(await inlineHtml('```sh\nmodinfo {{MODULE}}\n```')).not.toContain('data-placeholder');
	});
});

describe('remarkTabLabels', () => {
	it('writes the label of each TabItem as the first line of its panel', async () => {
		const tree = unified().use(remarkParse).use(remarkMdx).parse('<TabItem label="SUSE">\n\nzypper\n\n</TabItem>');
		await unified().use(remarkTabLabels).run(tree);
		const item = tree.children[0] as unknown as { children: { type: string; data?: unknown; children?: unknown[] }[] };
		expect(item.children[0]).toEqual({
			type: 'paragraph',
			data: { hProperties: { className: ['tab-panel-label'], 'data-pagefind-ignore': '' } },
			children: [{ type: 'text', value: 'SUSE' }],
		});
	});
});

describe('placeholderMarks', () => {
	it('wraps a placeholder inside a highlighted string token and keeps the copy text raw', async () => {
		const engine = new ExpressiveCode({ plugins: [placeholderMarks()], frames: {} });
		const { renderedGroupAst } = await engine.render({
			code: "sudo sh -c 'cd {{MOUNTPOINT}} && ls'",
			language: 'sh',
			meta: 'title="List"',
		});
		const html = toHtml(renderedGroupAst);
		expect(html).toMatch(
			/<span data-placeholder="MOUNTPOINT" title="Mount point of the data to protect"><span[^>]*>\{\{MOUNTPOINT\}\}<\/span><\/span>/,
		);
		expect(html).toContain('data-code="sudo sh -c &#x27;cd {{MOUNTPOINT}} &#x26;&#x26; ls&#x27;"');
	});
});
