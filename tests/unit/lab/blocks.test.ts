import { describe, expect, it } from 'vitest';
import type { CodeBlock } from '~/lib/code-blocks';
import { collectLabBlocks, fillForLab, parseValues } from '../../../lab/blocks';

function block(line: number, meta: Record<string, string>, code: string, lang = 'sh'): CodeBlock {
	return { file: 'content/docs/build/page.mdx', line, lang, meta, code };
}

describe('collectLabBlocks', () => {
	it('keeps only blocks marked lab="<id>" and says where each came from', () => {
		const blocks = collectLabBlocks(
			[block(10, { title: 'Not rehearsed' }, 'true'), block(20, { lab: 'build-module' }, 'make M="$PWD"')],
			{},
		);
		expect(blocks).toEqual([
			{
				id: 'build-module',
				where: 'content/docs/build/page.mdx:20',
				script: 'make M="$PWD"',
			},
		]);
	});

	it("fills placeholders with the lab's values before the registry's examples", () => {
		const [filled] = collectLabBlocks([block(5, { lab: 'install-which' }, 'modinfo -n {{MODULE}} {{DISK}}')], {
			MODULE: 'megaraid_sas',
		});
		expect(filled?.script).toBe('modinfo -n megaraid_sas /dev/sda');
	});

	it('refuses an id used twice, naming both places', () => {
		expect(() =>
			collectLabBlocks([block(5, { lab: 'sign-module' }, 'a'), block(9, { lab: 'sign-module' }, 'b')], {}),
		).toThrow(/page\.mdx:9: lab="sign-module" is already used at content\/docs\/build\/page\.mdx:5/);
	});

	it('refuses a placeholder that nothing fills', () => {
		expect(() => collectLabBlocks([block(5, { lab: 'x' }, 'ls {{NOT_REGISTERED}}')], {})).toThrow(
			/\{\{NOT_REGISTERED\}\}, which is not in src\/lib\/placeholders\.ts/,
		);
	});

	it('refuses a lab id on a block that is not shell', () => {
		expect(() => collectLabBlocks([block(5, { lab: 'x' }, 'text', 'text')], {})).toThrow(/only runs sh\/bash/);
	});
});

describe('parseValues and fillForLab', () => {
	it('reads NAME=VALUE pairs, keeping "=" inside values', () => {
		expect(parseValues(['A=1', 'B=x=y'])).toEqual({ A: '1', B: 'x=y' });
		expect(() => parseValues(['broken'])).toThrow(/not NAME=VALUE/);
	});

	it('falls back to the example of a registered placeholder', () => {
		expect(fillForLab('{{MOUNTPOINT}}', {})).toBe('/srv/data');
	});
});
