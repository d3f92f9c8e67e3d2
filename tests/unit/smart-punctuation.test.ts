import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { syntheticPage } from '../../scripts/bench/synthetic-runbook.mjs';
import { remarkSmartPunctuation } from '~/plugins/remark-smart-punctuation';

/** Parses MDX as the build does before its remark plugins run (frontmatter is read apart). */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const parse = (source: string) => parser.parse(source.replace(/^---\n[\s\S]*?\n---\n/, '')) as Root;

/** The tree after Astro's default plugin and after Needle's, for comparison. */
function both(source: string) {
	const expected = parse(source);
	const actual = parse(source);
	unified().use(remarkSmartypants).runSync(expected);
	unified().use(remarkSmartPunctuation).runSync(actual);
	return { expected, actual };
}

const texts = (tree: Root) => JSON.stringify(tree).match(/"value":"[^"]*/g) ?? [];

const DOCS = path.resolve(import.meta.dirname, '../../content/docs');
const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));

describe('remarkSmartPunctuation', () => {
	it.each(pages)('gives the same text as remark-smartypants on %s', (name) => {
		const { expected, actual } = both(readFileSync(path.join(DOCS, name), 'utf8'));
		expect(actual).toEqual(expected);
	});

	it('gives the same text as remark-smartypants on the benchmark pages', () => {
		for (let i = 0; i < 6; i++) {
			const { expected, actual } = both(syntheticPage(i, 6));
			expect(actual).toEqual(expected);
		}
	});

	it.each([
		['quotes across a link', 'She said "see [the page](/x/)" and left. It\'s done.'],
		['a quote opening a paragraph', '"Stop," it said.\n\n\'Single\' too.'],
		['quotes beside inline code', 'Run "`modinfo`" then \'`lsmod`\'.'],
		['dashes and ellipses', 'Wait -- then go... or . . . stop --- now.'],
		['double backticks', "Write ``this'' as quotes."],
		['a table cell', '| a | b |\n| - | - |\n| "x" | it\'s -- y |'],
		['text inside inline HTML code', 'Before <code>"raw"</code> and <script>{"\'x\'"}</script> after.'],
		['nothing to change', 'Plain words with no marks at all.'],
	])('gives the same text as remark-smartypants for %s', (_, source) => {
		const { expected, actual } = both(source);
		expect(actual).toEqual(expected);
		expect(texts(actual).length).toBeGreaterThan(0);
	});

	it('curls quotes and apostrophes, and makes dashes and ellipses', () => {
		const { actual } = both('He said "yes" -- it\'s done...');
		expect(texts(actual)).toEqual(['"value":"He said “yes” — it’s done…']);
	});
});
