/**
 * Compares two builds of the same pages file by file, to show that a change to how the site is
 * built does not change what it writes.
 *
 * Two builds of the same pages are not byte for byte alike even on one machine: Starlight
 * numbers every tab on a page from a counter shared by the whole build (tab-15, tab-panel-15),
 * and the order in which pages are rendered, and so each page's first number, varies from
 * build to build. Tab numbers are counted afresh from 0 on each page before comparing, and the
 * files made from the pages' HTML (the search index, the service worker's version and list)
 * are left out; every other file must be the same.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const DERIVED = [/^pagefind\//, /^sw\.js$/, /^sw-files\.json$/];

/** Renumbers Starlight's tab ids in the order they first appear on the page. */
export function renumberTabs(html: string): string {
	const seen = new Map<string, number>();
	return html.replace(/\b(tab-panel-|tab-)(\d+)\b/g, (_match, prefix: string, n: string) => {
		if (!seen.has(n)) seen.set(n, seen.size);
		return `${prefix}${seen.get(n)}`;
	});
}

async function files(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.filter((name) => !DERIVED.some((pattern) => pattern.test(name)))
		.sort();
}

/** The files that differ between two built sites, or are in only one; empty when they match. */
export async function differences(a: string, b: string): Promise<string[]> {
	const [left, right] = await Promise.all([files(a), files(b)]);
	const problems: string[] = [];
	const rightSet = new Set(right);
	for (const name of left) if (!rightSet.has(name)) problems.push(`only in ${a}: ${name}`);
	const leftSet = new Set(left);
	for (const name of right) if (!leftSet.has(name)) problems.push(`only in ${b}: ${name}`);
	for (const name of left.filter((n) => rightSet.has(n))) {
		const [x, y] = await Promise.all([readFile(path.join(a, name)), readFile(path.join(b, name))]);
		if (x.equals(y)) continue;
		if (name.endsWith('.html') && renumberTabs(x.toString()) === renumberTabs(y.toString())) continue;
		problems.push(`differs: ${name}`);
	}
	return problems;
}
