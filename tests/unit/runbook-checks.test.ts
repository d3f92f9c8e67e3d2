import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkRunbookPage } from '~/plugins/runbook-checks';

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source) as Root;

const PROCEDURE = `## Before you start

Access.

<Steps>

1. Step one.

</Steps>

## Check that it worked

Check.

## Roll back

Undo.

## Sources

- [A source](https://docs.kernel.org/)
`;

const LESSON = (questions: number) => `An example.

## Check yourself

${Array.from({ length: questions }, (_, i) => `<details><summary>Question ${i}?</summary>Answer.</details>`).join('\n\n')}
`;

describe('checkRunbookPage', () => {
	it('accepts a procedure with every required section', () => {
		expect(checkRunbookPage(parse(PROCEDURE), 'procedure')).toEqual([]);
	});

	it('names each missing procedure section', () => {
		const problems = checkRunbookPage(parse('Just text.'), 'procedure');
		expect(problems).toEqual([
			'A procedure needs numbered steps: put them in a <Steps> component (import it from @astrojs/starlight/components).',
			'A procedure needs a section "## Before you start".',
			'A procedure needs a section "## Check that it worked".',
			'A procedure needs a section "## Roll back".',
			'A procedure needs a section "## Sources".',
		]);
	});

	it('refuses a Sources section without a link', () => {
		const problems = checkRunbookPage(
			parse(PROCEDURE.replace('[A source](https://docs.kernel.org/)', 'A book.')),
			'procedure',
		);
		expect(problems).toEqual(['The "Sources" section needs at least one link to a source.']);
	});

	it('accepts a lesson with three to five questions and refuses two or six', () => {
		expect(checkRunbookPage(parse(LESSON(3)), 'lesson')).toEqual([]);
		expect(checkRunbookPage(parse(LESSON(5)), 'lesson')).toEqual([]);
		expect(checkRunbookPage(parse(LESSON(2)), 'lesson')[0]).toMatch(/has 2 question\(s\); a lesson needs 3 to 5/);
		expect(checkRunbookPage(parse(LESSON(6)), 'lesson')[0]).toMatch(/has 6 question\(s\)/);
	});

	it('refuses a lesson with no Check yourself section', () => {
		expect(checkRunbookPage(parse('An example.'), 'lesson')[0]).toMatch(
			/^A lesson needs a section "## Check yourself"/,
		);
	});

	it('refuses an unknown placeholder with its line', () => {
		const problems = checkRunbookPage(parse('Text.\n\n```sh\nmodinfo {{DRIVER}}\n```\n'), 'concept');
		expect(problems).toEqual([
			'Line 3: unknown placeholder {{DRIVER}}. Use one listed in src/lib/placeholders.ts, or add it there.',
		]);
	});

	it('refuses a shell prompt inside a shell block and a block without a language', () => {
		expect(checkRunbookPage(parse('```sh\n$ lsmod\n```\n'), 'concept')[0]).toMatch(/leave the "\$ " prompt out/);
		expect(checkRunbookPage(parse('```\nlsmod\n```\n'), 'concept')[0]).toMatch(/a code block needs a language/);
	});
});
