import { describe, expect, it } from 'vitest';
import { commandRiskLabel, extractCommands, extractSources } from '~/lib/runbook-index';

const PAGE = `import StepRisk from '~/components/StepRisk.astro';

Intro.

\`\`\`sh title="Look first"
lsmod
\`\`\`

<Steps>

1. <StepRisk level="backup" />
   Save it:

   \`\`\`sh title="Save the table"
   sfdisk --dump {{DISK}} > table.sfdisk
   \`\`\`

2. <StepRisk level="destructive" />
   Write it back:

   \`\`\`sh
   sfdisk {{DISK}} < table.sfdisk
   \`\`\`

3. Check:

   \`\`\`text
   not a command
   \`\`\`

</Steps>

## Sources

- [sfdisk(8)](https://man7.org/linux/man-pages/man8/sfdisk.8.html)
- [again](https://man7.org/linux/man-pages/man8/sfdisk.8.html), and [md](https://docs.kernel.org/admin-guide/md.html)

## Other

- [not a source](https://example.invalid/)
`;

describe('extractCommands', () => {
	it('gives each shell command the risk of the step it stands in, in page order', () => {
		expect(extractCommands(PAGE)).toEqual([
			{ title: 'Look first', code: 'lsmod', lang: 'sh', risk: 'page' },
			{ title: 'Save the table', code: 'sfdisk --dump {{DISK}} > table.sfdisk', lang: 'sh', risk: 'backup' },
			{
				title: 'sfdisk {{DISK}} < table.sfdisk',
				code: 'sfdisk {{DISK}} < table.sfdisk',
				lang: 'sh',
				risk: 'destructive',
			},
		]);
	});
});

describe('extractSources', () => {
	it('lists the links under Sources once each and nothing from other sections', () => {
		expect(extractSources(PAGE)).toEqual([
			{ text: 'sfdisk(8)', url: 'https://man7.org/linux/man-pages/man8/sfdisk.8.html' },
			{ text: 'md', url: 'https://docs.kernel.org/admin-guide/md.html' },
		]);
	});
});

describe('commandRiskLabel', () => {
	it('uses the step mark first, then the page risk for procedures', () => {
		expect(commandRiskLabel('destructive', { kind: 'procedure', risk: 'read-only' })).toBe('Destructive');
		expect(commandRiskLabel('page', { kind: 'procedure', risk: 'read-only' })).toBe('Read-only');
		expect(commandRiskLabel('page', { kind: 'procedure', risk: 'destructive' })).toBe(
			'Unmarked: read the step on its page',
		);
		expect(commandRiskLabel('page', { kind: 'lesson' })).toBe('Example in a lesson or reference page');
	});
});
