import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { growthVerdict, marginalCosts } from '../../scripts/bench/growth.mjs';
import { BUILD_NODE_FLAGS } from '../../scripts/build-flags.mjs';
import { SECTIONS, pagePath, pageUrl, syntheticPage } from '../../scripts/bench/synthetic-runbook.mjs';
import { kindOf } from '../perf/lib/pages.mjs';
import { summarize } from '../perf/lib/summary.mjs';
import { categoryOf, isSearchRequest, type Transfer } from '../perf/lib/transfer.mjs';
import { checkRunbookPage } from '~/plugins/runbook-checks';

const transfer = (path: string, category: Transfer['category'], gzip: number, beforeLoad = true): Transfer => ({
	path,
	category,
	bytes: gzip * 4,
	gzip,
	beforeLoad,
});

describe('summarize', () => {
	it('adds gzip bytes per type and counts every response', () => {
		const summary = summarize([
			transfer('/a/', 'html', 9000),
			transfer('/_astro/index.css', 'css', 11000),
			transfer('/_astro/page.js', 'js', 1000),
			transfer('/favicon.svg', 'image', 200, false),
		]);
		expect(summary.total).toBe(21200);
		expect(summary.requests).toBe(4);
		expect(summary.bytes).toMatchObject({ html: 9000, css: 11000, js: 1000, image: 200, font: 0 });
	});

	it('counts as early script only scripts requested before load, leaving search out', () => {
		const summary = summarize([
			transfer('/_astro/page.js', 'js', 1000),
			transfer('/_astro/late.js', 'js', 500, false),
			transfer('/_astro/ui-core.BvEOGxCn.js', 'js', 27000),
			transfer('/pagefind/pagefind.js', 'js', 3000),
		]);
		expect(summary.earlyScript).toBe(1000);
	});

	it("keeps what the service worker fetches out of the page's own figures", () => {
		const summary = summarize([
			transfer('/a/', 'html', 9000),
			transfer('/_astro/page.js', 'js', 1000),
			transfer('/sw.js', 'offline', 2000, false),
			transfer('/b/', 'offline', 8000, false),
			transfer('/_astro/early.js', 'offline', 500, true),
		]);
		expect(summary.total).toBe(10000);
		expect(summary.requests).toBe(2);
		expect(summary.earlyScript).toBe(1000);
		expect(summary.offline).toEqual({
			bytes: 10500,
			requests: 3,
			beforeLoad: 1,
			paths: ['/sw.js', '/b/', '/_astro/early.js'],
		});
	});

	it('lists the size of each font', () => {
		expect(summarize([transfer('/f.woff2', 'font', 15000)]).fonts).toEqual([15000]);
	});
});

describe('categoryOf', () => {
	it('sorts a favicon that arrives as "other" by its content type', () => {
		expect(categoryOf('other', 'image/svg+xml')).toBe('image');
		expect(categoryOf('document')).toBe('html');
		expect(categoryOf('fetch', 'application/json')).toBe('other');
	});

	it('recognises the search UI and Pagefind as search', () => {
		expect(isSearchRequest('/_astro/ui-core.BvEOGxCn.js')).toBe(true);
		expect(isSearchRequest('/pagefind/pagefind-entry.json')).toBe(true);
		expect(isSearchRequest('/_astro/page.B1D-nYk3.js')).toBe(false);
	});
});

describe('kindOf', () => {
	it('reads the kind from the frontmatter only', () => {
		expect(kindOf('---\ntitle: A\nkind: procedure\n---\n\nkind: lesson\n')).toBe('procedure');
		expect(kindOf('No frontmatter.\nkind: lesson\n')).toBeUndefined();
	});
});

describe('growthVerdict', () => {
	const rows = (secondsAt: (pages: number) => number) =>
		[100, 500, 2000].map((pages) => ({ pages, seconds: secondsAt(pages), output: pages * 60_000 }));

	it('calls a build linear when each added page costs the same', () => {
		expect(growthVerdict(rows((pages) => 20 + pages * 0.05))).toMatch(/^Build time grows linearly/);
	});

	it('calls a build quadratic when later pages cost more', () => {
		expect(growthVerdict(rows((pages) => 20 + (pages * pages) / 20_000))).toMatch(
			/^Build time grows faster than linearly/,
		);
	});

	it('measures the cost of each added page between consecutive sizes', () => {
		const [first] = marginalCosts(rows((pages) => pages / 10));
		expect(first).toMatchObject({ from: 100, to: 500, secondsPerPage: 0.1, bytesPerPage: 60_000 });
	});

	it('judges two sizes by their cost per page', () => {
		const two = rows((pages) => 20 + pages * 0.05).slice(0, 2);
		expect(growthVerdict(two)).toMatch(/^Build time grows linearly/);
		const quadratic = rows((pages) => (pages * pages) / 1000).slice(0, 2);
		expect(growthVerdict(quadratic)).toMatch(/^Build time grows faster than linearly/);
	});

	it('refuses to judge from one size', () => {
		expect(growthVerdict(rows((pages) => pages).slice(0, 1))).toMatch(/at least two/);
	});
});

describe('synthetic runbook pages', () => {
	const parse = (source: string) =>
		unified()
			.use(remarkParse)
			.use(remarkMdx)
			.parse(source.replace(/^---[\s\S]*?---\n/, '')) as Root;

	it('pass the body checks of a procedure', () => {
		expect(checkRunbookPage(parse(syntheticPage(3, 50)), 'procedure')).toEqual([]);
	});

	it('are dealt round every section and link to a page that exists', () => {
		expect(new Set(Array.from({ length: 14 }, (_, i) => pagePath(i).split('/')[0]))).toEqual(new Set(SECTIONS));
		const urls = new Set(Array.from({ length: 20 }, (_, i) => pageUrl(i)));
		for (let i = 0; i < 20; i++) {
			const link = /\]\((\/[^)]+)\)/.exec(syntheticPage(i, 20))?.[1];
			expect(urls.has(link ?? '')).toBe(true);
		}
	});

	it('have the shape of the real procedure pages, within a quarter', () => {
		const docs = path.resolve(import.meta.dirname, '../../content/docs');
		const real = readdirSync(docs, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => readFileSync(path.join(docs, name), 'utf8'))
			.filter((source) => /^kind: procedure$/m.test(source));
		const synthetic = Array.from({ length: 42 }, (_, i) => syntheticPage(i, 42));
		expect(real.length).toBeGreaterThan(5);
		const measures: Record<string, (source: string) => number> = {
			'bytes of MDX': (source) => Buffer.byteLength(source),
			'code blocks': (source) => source.match(/^ *```[a-z]/gm)?.length ?? 0,
			'<Steps>': (source) => source.match(/<Steps>/g)?.length ?? 0,
			'<Tabs>': (source) => source.match(/<Tabs[\s>]/g)?.length ?? 0,
			'<TabItem>': (source) => source.match(/<TabItem[\s>]/g)?.length ?? 0,
			'risk marks': (source) => source.match(/<StepRisk /g)?.length ?? 0,
			'internal links': (source) => source.match(/\]\(\//g)?.length ?? 0,
			// The typography plugin's work grows with these.
			apostrophes: (source) => source.match(/[A-Za-z]'[A-Za-z]/g)?.length ?? 0,
			'opening quotes': (source) => source.match(/ "[A-Za-z]/g)?.length ?? 0,
		};
		const mean = (sources: string[], measure: (source: string) => number) =>
			sources.reduce((sum, source) => sum + measure(source), 0) / sources.length;
		const drift = Object.entries(measures).flatMap(([name, measure]) => {
			const [want, got] = [mean(real, measure), mean(synthetic, measure)];
			return got >= want * 0.75 && got <= want * 1.25
				? []
				: [`${name}: real procedures average ${want.toFixed(1)}, synthetic pages ${got.toFixed(1)}`];
		});
		expect(
			drift,
			'The benchmark no longer builds pages like the real ones; change scripts/bench/synthetic-runbook.mjs to match',
		).toEqual([]);
	});
});

describe('the build command', () => {
	it('runs Node.js with the options the benchmark measured', () => {
		const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
		const build: string = pkg.scripts.build;
		expect(build).toMatch(/^node .*node_modules\/astro\/astro\.js build$/);
		for (const flag of BUILD_NODE_FLAGS) expect(build.split(' ')).toContain(flag);
	});
});
