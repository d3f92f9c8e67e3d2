// Generates a runbook of any size for the build benchmark: procedure pages of the size and shape
// of Needle's real ones (frontmatter that passes the schema, <Steps>, distribution tabs, risk
// marks, titled code blocks with placeholders, links to other pages and to their headings),
// spread over the runbook's sections. The pages are labelled synthetic and are never published.
//
// Shape: the real procedure pages average about 10.7 KB of MDX, 13 code blocks, one <Steps>,
// 1.4 <Tabs> of 3 panels, 2 risk marks, 10 internal links, 11 apostrophes and 2 quoted words
// (measured on 3 December 2026).
// tests/unit/perf-figures.test.ts measures the real pages again and fails when a synthetic page
// drifts more than a quarter away from them, so the benchmark keeps building what Needle builds.

/** The runbook's section folders, in sidebar order. */
export const SECTIONS = ['start-here', 'diagnose', 'build', 'back-up', 'case-studies', 'reference', 'tools'];

const RISKS = ['read-only', 'reversible', 'destructive'];

/** The folder and file name of synthetic page `index` (0-based), dealt round the sections. */
export function pagePath(index) {
	const section = SECTIONS[index % SECTIONS.length];
	return `${section}/synthetic-${String(index + 1).padStart(4, '0')}.mdx`;
}

/** The URL of synthetic page `index`, as an internal link is written. */
export function pageUrl(index) {
	return '/' + pagePath(index).replace(/\.mdx$/, '/');
}

/** One paragraph of plain filler prose, so pages weigh what real ones do. */
function prose(page, part) {
	return (
		`This is part ${part} of synthetic page ${page + 1}. It stands in for the explanation a ` +
		'real procedure gives here: what the command reads or changes, what its output means, and ' +
		'what to do when the output is not what the step expects. Real pages keep each sentence ' +
		'short and give one idea per paragraph, and so does this one.'
	);
}

/** How each distribution family finds the package that owns a file. */
const OWNER_COMMANDS = {
	'Debian/Ubuntu': 'dpkg -S',
	'RHEL family': 'rpm -qf',
	SUSE: 'rpm -qf',
};

/** A titled shell block, indented to sit inside a list item. */
function codeBlock(title, lines) {
	return ['   ```sh title="' + title + '"', ...lines.map((line) => '   ' + line), '   ```', ''].join('\n');
}

/** Distribution tabs: one panel per family, each with one command block. */
function tabs() {
	const items = Object.entries(OWNER_COMMANDS).map(
		([label, owner]) =>
			`   <TabItem label="${label}">\n\n` +
			codeBlock('Show the module and its package', [
				'modinfo {{MODULE}}',
				`${owner} /lib/modules/$(uname -r)/kernel/drivers/scsi`,
			]) +
			`\n   </TabItem>\n`,
	);
	return `   <Tabs syncKey="distro">\n${items.join('')}   </Tabs>\n`;
}

/** Plain command blocks, as most steps have. */
function commands(count) {
	const blocks = [
		codeBlock('Read the module details', ['modinfo -F version {{MODULE}}', 'modinfo -F vermagic {{MODULE}}']),
		codeBlock('Save what the kernel said', ['sudo dmesg > ~/needle-dmesg.txt', 'wc -l ~/needle-dmesg.txt']),
	];
	return blocks.slice(0, count).join('\n');
}

/**
 * Step `number` of page `page`: a risk mark where the page changes the host, a command (tabbed
 * or plain), a paragraph with a link to another page, and a short list of what to look for.
 */
function step(page, total, number, { tabbed, blocks, marked }) {
	const mark = marked ? '<StepRisk level="reversible" />\n   ' : '';
	const other = pageUrl((page + number * SECTIONS.length) % total);
	const body = tabbed ? tabs() : commands(blocks);
	return `${number}. ${mark}Read what the host's \`{{MODULE}}\` reports:

${body}
   ${prose(page, number)} The same check appears in [another procedure](${other}).

   ${prose(page, number + 0.5)}

   - A version string means the module file was found.
   - An error names the file or the option that's wrong; read it before you go on.
`;
}

/**
 * The steps of page `page`: six, with one or two tabbed (even pages one, odd pages two), eleven
 * code blocks in all, and three risk marks on pages that change the host.
 */
function steps(page, total, risk) {
	const plans =
		page % 2 === 0
			? [{ tabbed: true }, { blocks: 2 }, { blocks: 2 }, { blocks: 2 }, { blocks: 1 }, { blocks: 1 }]
			: [{ tabbed: true }, { blocks: 2 }, { tabbed: true }, { blocks: 1 }, { blocks: 1 }, { blocks: 1 }];
	return plans
		.map((plan, i) => step(page, total, i + 1, { ...plan, marked: risk !== 'read-only' && i % 2 === 0 }))
		.join('\n');
}

/**
 * The MDX source of synthetic page `index` in a runbook of `total` pages: a complete procedure
 * that passes the frontmatter schema and the build's body checks.
 */
export function syntheticPage(index, total) {
	const risk = RISKS[index % RISKS.length];
	const next = pageUrl((index + SECTIONS.length) % total);
	const previous = pageUrl((index + total - SECTIONS.length) % total);
	return `---
title: Synthetic procedure ${index + 1}
description: A generated page of realistic size for the build benchmark; it describes nothing real.
kind: procedure
risk: ${risk}
appliesTo:
  families: [debian, ubuntu, rhel, suse]
  kernel:
    from: '4.4'
sidebar:
  order: ${index + 1}
---

import { Steps, Tabs, TabItem } from '@astrojs/starlight/components';
import StepRisk from '~/components/StepRisk.astro';

${prose(index, 0)} It follows [the previous "synthetic" page](${previous}) and comes before
[the next one](${next}).

## Before you start

- A shell on the host, and \`sudo\` for the steps marked "changes the host".
- ${prose(index, 0.5)}
- Read [the checks](#check-that-it-worked) and [how to roll back](${previous}#roll-back) before
  you begin.

## Steps

<Steps>

${steps(index, total, risk)}
</Steps>

## Check that it worked

${prose(index, 7)}

${prose(index, 7.5)}

\`\`\`sh title="Confirm the module is loaded"
lsmod
\`\`\`

## Roll back

${prose(index, 8)} Then continue with [the next synthetic page](${next}).

\`\`\`sh title="Read the log again"
sudo dmesg | tail -n 20
\`\`\`

## Sources

- [Building external modules](https://docs.kernel.org/kbuild/modules.html), Linux kernel
  documentation.
`;
}

/** The landing page of a synthetic runbook. */
export const SYNTHETIC_INDEX = `---
title: Synthetic runbook
description: A generated runbook for the build benchmark.
kind: concept
---

A generated runbook. Start with [the first page](${pageUrl(0)}).
`;
