// Which pages the build emitted, which of them are procedures, and which is the longest.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page under `dist` as a URL path (`/build/sign-module/`), with its file. */
export function builtPages(dist) {
	return readdirSync(dist, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
		.map((file) => ({
			url: ('/' + file.split(path.sep).join('/')).replace(/(^|\/)index\.html$/, '$1'),
			file: path.join(dist, file),
		}))
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** The page whose HTML is the largest. */
export function longestPage(pages) {
	return pages.reduce((longest, page) => (statSync(page.file).size > statSync(longest.file).size ? page : longest));
}

/** The `kind:` of an MDX page's frontmatter, or undefined. */
export function kindOf(source) {
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
	return /^kind:\s*['"]?([\w-]+)/m.exec(frontmatter)?.[1];
}

/** URL paths of the pages in `docs` (content/docs) whose kind is `procedure`. */
export function procedureUrls(docs) {
	return readdirSync(docs, { recursive: true })
		.map(String)
		.filter((file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'))
		.filter((file) => kindOf(readFileSync(path.join(docs, file), 'utf8')) === 'procedure')
		.map((file) => ('/' + file.split(path.sep).join('/')).replace(/\.mdx?$/, '/').replace(/(^|\/)index\/$/, '$1'));
}
