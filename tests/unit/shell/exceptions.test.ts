import { describe, expect, it } from 'vitest';
import type { CodeBlock } from '~/lib/code-blocks';
import { findInlineDirectives, readException } from '../../shell/exceptions';

function block(meta: Record<string, string>, code = 'true'): CodeBlock {
	return { file: 'page.mdx', line: 40, lang: 'sh', meta, code };
}

describe('readException', () => {
	it('accepts codes with a reason', () => {
		const { exception, error } = readException(
			block({
				'shellcheck-disable': 'SC2046, SC2086: the list is meant to split into words',
			}),
		);
		expect(error).toBeUndefined();
		expect(exception).toEqual({
			codes: [2046, 2086],
			reason: 'the list is meant to split into words',
		});
	});

	it('rejects an exception with no reason, at the fence line', () => {
		const { exception, error } = readException(block({ 'shellcheck-disable': 'SC2046' }));
		expect(exception).toBeUndefined();
		expect(error?.line).toBe(40);
		expect(error?.message).toMatch(/gives no reason/);
	});

	it('rejects a reason too short to explain anything', () => {
		expect(readException(block({ 'shellcheck-disable': 'SC2046: ok' })).error?.message).toMatch(/no real reason/);
	});

	it('rejects something that is not a ShellCheck code', () => {
		expect(readException(block({ 'shellcheck-disable': '2046: the list must split' })).error?.message).toMatch(
			/not a ShellCheck code/,
		);
	});

	it('returns nothing for a block without an exception', () => {
		expect(readException(block({ title: 'T' }))).toEqual({});
	});
});

describe('findInlineDirectives', () => {
	it('reports a directive inside the block at its own line', () => {
		const errors = findInlineDirectives(block({}, 'echo a\n# shellcheck disable=SC2086\necho $b'));
		expect(errors).toHaveLength(1);
		expect(errors[0]?.line).toBe(42);
	});

	it('leaves ordinary comments alone', () => {
		expect(findInlineDirectives(block({}, '# check with shellcheck later\ntrue'))).toEqual([]);
	});
});
