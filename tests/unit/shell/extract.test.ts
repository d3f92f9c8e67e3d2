import { describe, expect, it } from 'vitest';
import { extractCodeBlocks, parseMeta, shellBlocks } from '~/lib/code-blocks';

const PAGE = [
	'---',
	'title: Example',
	'---',
	'',
	"import { Steps } from '@astrojs/starlight/components';",
	'',
	'<Steps>',
	'',
	'1. Build:',
	'',
	'   ```sh title="Build the module" lab="build-module"',
	'   make -C /lib/modules/$(uname -r)/build M=$PWD modules',
	'   ```',
	'',
	'</Steps>',
	'',
	'```text',
	'not shell',
	'```',
	'',
	"```bash title='Quoted once'",
	'echo {{MODULE}}',
	'```',
].join('\n');

describe('parseMeta', () => {
	it('reads double-quoted, single-quoted, bare and valueless attributes', () => {
		expect(parseMeta(`title="Build it now" lab='build-module' frame=none wrap`)).toEqual({
			title: 'Build it now',
			lab: 'build-module',
			frame: 'none',
			wrap: 'true',
		});
	});

	it('skips Expressive Code line ranges and regexes', () => {
		expect(parseMeta('{1-3} /foo=bar/ title="T"')).toEqual({ title: 'T' });
	});

	it('returns nothing for a fence without meta', () => {
		expect(parseMeta(null)).toEqual({});
	});
});

describe('extractCodeBlocks', () => {
	it('finds blocks inside Steps and list items with the line of their fence', () => {
		const blocks = extractCodeBlocks(PAGE, 'page.mdx');
		expect(blocks.map((block) => [block.lang, block.line])).toEqual([
			['sh', 11],
			['text', 17],
			['bash', 21],
		]);
		expect(blocks[0]?.code).toBe('make -C /lib/modules/$(uname -r)/build M=$PWD modules');
		expect(blocks[0]?.meta).toMatchObject({
			title: 'Build the module',
			lab: 'build-module',
		});
	});

	it('keeps only shell languages', () => {
		expect(shellBlocks(extractCodeBlocks(PAGE, 'page.mdx')).map((block) => block.lang)).toEqual(['sh', 'bash']);
	});

	it('names the page and line when the MDX does not parse', () => {
		expect(() => extractCodeBlocks('# Title\n\n<Steps>\n\ntext {oops\n', 'bad.mdx')).toThrow(/^bad\.mdx:\d+: /);
	});
});
