/**
 * The MDX worker threads (src/integrations/mdx-workers): a build that compiles its pages on
 * them writes the same site as one that does not, and a broken page or link still stops it
 * with the same message. The runbook is too small to start workers by itself, so these builds
 * ask for them with NEEDLE_MDX_WORKERS.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences } from '../support/compare-dist';
import { buildFixture, fixtureDir, GOOD_PAGE } from '../support/fixture-site';

const WORKERS = { NEEDLE_MDX_WORKERS: '2' };
const STARTED = 'Compiling MDX in 2 worker threads.';
const FELL_BACK = 'Compiling the remaining MDX on the build thread';

describe('MDX compiled on worker threads', () => {
	it('builds the same runbook as the build thread alone', async () => {
		const alone = await buildFixture('runbook-one-thread', 'runbook', { NEEDLE_MDX_WORKERS: '0' });
		expect(alone.code, alone.output.slice(-2000)).toBe(0);
		expect(alone.output).not.toContain('worker thread');
		const workers = await buildFixture('runbook-workers', 'runbook', WORKERS);
		expect(workers.code, workers.output.slice(-2000)).toBe(0);
		expect(workers.output).toContain(STARTED);
		expect(workers.output).not.toContain(FELL_BACK);
		const dist = (name: string) => path.join(fixtureDir(name), 'dist');
		expect(await differences(dist('runbook-one-thread'), dist('runbook-workers'))).toEqual([]);
	});

	it('still finds a dead link on a page a worker compiled', async () => {
		const { code, output } = await buildFixture(
			'workers-dead-link',
			{
				'index.mdx': GOOD_PAGE,
				'guide.mdx': '---\ntitle: Guide\nkind: concept\n---\n\nRead [the missing page](/build/nowhere/).\n',
			},
			WORKERS,
		);
		expect(output).toContain(STARTED);
		expect(code).not.toBe(0);
		// The page's line goes to stdout and its links' lines to stderr, so their order can vary.
		expect(output).toContain('▶ guide/');
		expect(output).toContain('└─ /build/nowhere/ - invalid link');
	});

	it('still finds a link to a heading that is not on a worker-compiled page, and accepts one that is', async () => {
		const { code, output } = await buildFixture(
			'workers-anchors',
			{
				'index.mdx': GOOD_PAGE,
				'guide.mdx':
					"---\ntitle: Guide\nkind: concept\n---\n\n## The driver's version\n\nSee [this](#the-drivers-version) and [that](/other/#real-heading) and [none](/other/#no-such-heading).\n",
				'other.mdx': '---\ntitle: Other\nkind: concept\n---\n\n## Real heading\n\nText.\n',
			},
			WORKERS,
		);
		expect(code).not.toBe(0);
		expect(output).toContain('/other/#no-such-heading');
		expect(output).not.toContain('#the-drivers-version -');
		expect(output).not.toContain('/other/#real-heading -');
	});

	it('stops on a broken page with the message the build thread gives', async () => {
		const { code, output } = await buildFixture(
			'workers-no-rollback',
			{
				'index.mdx': GOOD_PAGE,
				'learn.mdx':
					'---\ntitle: Learn it\nkind: lesson\noutcomes: [Read modinfo output]\nprerequisites: []\nminutes: 10\n---\n\nA worked example.\n',
			},
			WORKERS,
		);
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/learn.mdx is not a complete runbook page');
		expect(output).toContain('A lesson needs a section "## Check yourself"');
	});

	it('refuses a NEEDLE_MDX_WORKERS that is not a number, and says what it takes', async () => {
		const { code, output } = await buildFixture(
			'workers-bad-count',
			{ 'index.mdx': GOOD_PAGE },
			{ NEEDLE_MDX_WORKERS: 'lots' },
		);
		expect(code).not.toBe(0);
		expect(output).toContain('NEEDLE_MDX_WORKERS is "lots": set it to a whole number of worker threads');
	});
});
