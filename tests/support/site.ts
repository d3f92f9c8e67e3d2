/**
 * What the browser tests know about the built site: the pages the build emitted, read from
 * `dist/`, so a new page is tested without anyone adding it to a list.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

/** Lists every HTML page in the build as a URL path, such as `/build/sign-module/`. */
export function builtPages(dist = DIST): string[] {
	if (!existsSync(dist)) {
		throw new Error(`No built site at ${dist}. Run \`npm run build\` first (\`npm test\` does it for you).`);
	}
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_astro' && name !== 'pagefind') walk(full);
			} else if (name.endsWith('.html')) {
				const url = '/' + path.relative(dist, full).split(path.sep).join('/');
				pages.push(url.replace(/(^|\/)index\.html$/, '$1'));
			}
		}
	};
	walk(dist);
	return pages.sort();
}
