/**
 * Builds small sites with one broken page each and checks that the build stops with a message
 * that names the file and says what would be right.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture, GOOD_PAGE } from '../support/fixture-site';

const PROCEDURE = (frontmatter: string, body: string) => `---
title: Swap the driver
kind: procedure
${frontmatter}
---

import { Steps } from '@astrojs/starlight/components';

${body}
`;

const SCOPE = `appliesTo:
  families: [debian]
  kernel:
    from: '6.1'`;

const COMPLETE_BODY = `## Before you start

You need a shell.

<Steps>

1. Run it:

   \`\`\`sh title="Show the module"
   modinfo {{MODULE}}
   \`\`\`

</Steps>

## Check that it worked

It printed.

## Roll back

Nothing to undo.

## Sources

- [modinfo(8)](https://man7.org/linux/man-pages/man8/modinfo.8.html)
`;

describe.concurrent('a broken page stops the build', () => {
	it('rejects a bad risk value and lists the valid ones', async () => {
		const { code, output } = await buildFixture('bad-risk', {
			'index.mdx': GOOD_PAGE,
			'swap.mdx': PROCEDURE(`risk: dangerous\n${SCOPE}`, COMPLETE_BODY),
		});
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/swap.mdx');
		expect(output).toContain(
			'`risk` is "dangerous", which is not allowed. Use one of: read-only, reversible, destructive.',
		);
	});

	it('rejects a page without a title and says what a title is', async () => {
		const { code, output } = await buildFixture('no-title', {
			'index.mdx': GOOD_PAGE,
			'untitled.mdx': '---\nkind: concept\n---\n\nNo title here.\n',
		});
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/untitled.mdx');
		expect(output).toContain('Every page needs a `title`');
	});

	it('rejects a dead internal link and says how to find and fix it', async () => {
		const { code, output } = await buildFixture('dead-link', {
			'index.mdx': GOOD_PAGE,
			'guide.mdx': '---\ntitle: Guide\nkind: concept\n---\n\nRead [the missing page](/build/nowhere/).\n',
		});
		expect(code).not.toBe(0);
		// The page's line goes to stdout and its links' lines to stderr, so their order can vary.
		expect(output).toContain('▶ guide/');
		expect(output).toContain('└─ /build/nowhere/ - invalid link');
		expect(output).toContain('its source is content/docs/path.mdx');
	});

	it('rejects a link to a heading that does not exist', async () => {
		const { code, output } = await buildFixture('dead-anchor', {
			'index.mdx': GOOD_PAGE,
			'guide.mdx': '---\ntitle: Guide\nkind: concept\n---\n\n## Real heading\n\nSee [below](#no-such-heading).\n',
		});
		expect(code).not.toBe(0);
		expect(output).toContain('#no-such-heading');
	});

	it('rejects a procedure without a roll-back section or sources', async () => {
		const body = COMPLETE_BODY.replace('## Roll back', '## Afterwards').replace(/## Sources[\s\S]*$/, '');
		const { code, output } = await buildFixture('no-rollback', {
			'index.mdx': GOOD_PAGE,
			'swap.mdx': PROCEDURE(`risk: reversible\n${SCOPE}`, body),
		});
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/swap.mdx is not a complete runbook page');
		expect(output).toContain('A procedure needs a section "## Roll back".');
		expect(output).toContain('A procedure needs a section "## Sources".');
	});

	it('rejects a lesson without self-check questions', async () => {
		const lesson = `---
title: Learn it
kind: lesson
outcomes: [Read modinfo output]
prerequisites: []
minutes: 10
---

A worked example.
`;
		const { code, output } = await buildFixture('no-questions', { 'index.mdx': GOOD_PAGE, 'learn.mdx': lesson });
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/learn.mdx is not a complete runbook page');
		expect(output).toContain('A lesson needs a section "## Check yourself"');
	});

	it('builds a complete procedure, so the failures above come from the broken parts', async () => {
		const { code, output } = await buildFixture('complete', {
			'index.mdx': GOOD_PAGE,
			'swap.mdx': PROCEDURE(`risk: read-only\n${SCOPE}`, COMPLETE_BODY),
		});
		expect(output).toContain('Complete!');
		expect(code).toBe(0);
	});
});
