// Generates a runbook of any size for the build benchmark: procedure pages of the size and shape
// of Needle's real ones (frontmatter that passes the schema, <Steps>, distribution tabs, risk
// marks, code blocks with placeholders, links to other pages and to headings), spread over the
// runbook's sections. The pages are labelled synthetic and are never published.

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

/** One paragraph of plain filler prose about the step, so pages weigh what real ones do. */
function prose(index, step) {
	return (
		`This is step ${step} of synthetic page ${index + 1}. It stands in for the explanation a ` +
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

/** The distribution tabs of one step, one command block per family. */
function tabs() {
	const items = Object.entries(OWNER_COMMANDS).map(
		([label, owner]) => `   <TabItem label="${label}">

   \`\`\`sh title="Show the module and its package"
   modinfo {{MODULE}}
   ${owner} /lib/modules/$(uname -r)/kernel/drivers/scsi
   \`\`\`

   </TabItem>
`,
	);
	return `   <Tabs syncKey="distro">\n${items.join('')}   </Tabs>\n`;
}

/** A numbered step with a tabbed command, in the shape the runbook's procedures use. */
function step(index, number, risk) {
	const mark = risk === 'read-only' ? '' : `<StepRisk level="reversible" />\n   `;
	return `${number}. ${mark}Read the module details on this host:

${tabs()}
   ${prose(index, number)}

   ${prose(index, number + 0.5)}
`;
}

/**
 * The MDX source of synthetic page `index` in a runbook of `total` pages: a complete procedure
 * that passes the frontmatter schema and the build's body checks.
 */
export function syntheticPage(index, total) {
	const risk = RISKS[index % RISKS.length];
	const next = pageUrl((index + SECTIONS.length) % total);
	const steps = [1, 2, 3, 4].map((number) => step(index, number, risk)).join('\n');
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

${prose(index, 0)}

## Before you start

- A shell on the host, and \`sudo\` for the steps marked as changing it.
- ${prose(index, 0.1)}
- Read [the checks](#check-that-it-worked) before you begin.

## Steps

<Steps>

${steps}
</Steps>

## Check that it worked

${prose(index, 5)}

\`\`\`sh title="Confirm the module is loaded"
lsmod
\`\`\`

## Roll back

${prose(index, 6)} Then continue with [the next synthetic page](${next}).

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
