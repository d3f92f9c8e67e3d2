import { describe, expect, it } from 'vitest';
import { precacheManifest, precacheUrl } from '~/lib/precache';

const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });

describe('precacheUrl', () => {
	it('requests pages by their directory and other files by their path', () => {
		expect(precacheUrl('index.html')).toBe('/');
		expect(precacheUrl('build/sign-module/index.html')).toBe('/build/sign-module/');
		expect(precacheUrl('404.html')).toBe('/404.html');
		expect(precacheUrl('pagefind/pagefind-entry.json')).toBe('/pagefind/pagefind-entry.json');
	});
});

describe('precacheManifest', () => {
	it('lists every file but the worker and its file list, sorted', () => {
		const { urls } = precacheManifest([
			file('sw.js', 'x'),
			file('sw-files.json', '{}'),
			file('b/index.html', 'b'),
			file('_astro/a.js', 'a'),
		]);
		expect(urls).toEqual(['/_astro/a.js', '/b/']);
	});

	it('changes the version when any content changes, and only then', () => {
		const one = precacheManifest([file('a.css', 'a'), file('index.html', 'i')]).version;
		expect(precacheManifest([file('index.html', 'i'), file('a.css', 'a')]).version).toBe(one);
		expect(precacheManifest([file('a.css', 'A'), file('index.html', 'i')]).version).not.toBe(one);
		expect(one).toMatch(/^[0-9a-f]{16}$/);
	});
});
