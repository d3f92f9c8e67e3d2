import { describe, expect, it } from 'vitest';
import {
	buildNavigation,
	hrefOf,
	pageLinks,
	pageSidebar,
	sectionWindow,
	type NavEntry,
	type SidebarEntry,
	type SidebarLink,
} from '~/lib/section-sidebar';

const sections = [
	{ label: 'Start here', directory: 'start-here' },
	{ label: 'Diagnose', directory: 'diagnose' },
	{ label: 'Build', directory: 'build' },
];

const page = (
	id: string,
	sidebar: NavEntry['data']['sidebar'] = {},
	extra: Partial<NavEntry['data']> = {},
): NavEntry => ({
	id,
	data: { title: `Page ${id}`, sidebar, ...extra },
});

const runbook = [
	page('start-here/b', { order: 2 }),
	page('start-here/a', { order: 1 }),
	page('diagnose/e'),
	page('diagnose/c', { order: 1 }),
	page('diagnose/d', { order: 1 }),
	page('index'),
];

const navigation = buildNavigation(sections, runbook, { production: true });
const linksOf = (entries: readonly SidebarEntry[]): SidebarLink[] =>
	entries.flatMap((entry) => (entry.type === 'link' ? [entry] : linksOf(entry.entries)));
const hrefs = (links: readonly SidebarLink[]) => links.map((link) => link.href);

describe('buildNavigation', () => {
	it('orders pages by sidebar.order, then by slug, with unordered pages last, as Starlight does', () => {
		expect(navigation.sections.map((section) => hrefs(section.links))).toEqual([
			['/start-here/a/', '/start-here/b/'],
			['/diagnose/c/', '/diagnose/d/', '/diagnose/e/'],
			[],
		]);
	});

	it('labels a page with sidebar.label or its title, and gives badges and attributes', () => {
		const [link] = buildNavigation(
			sections,
			[page('build/x', { label: 'Short', badge: 'New', attrs: { class: 'x' } })],
			{ production: true },
		).flat;
		expect(link).toEqual({
			type: 'link',
			label: 'Short',
			href: '/build/x/',
			isCurrent: false,
			badge: { text: 'New', variant: 'default' },
			attrs: { class: 'x' },
		});
	});

	it('leaves out hidden pages, and drafts from a production build only', () => {
		const entries = [page('build/hidden', { hidden: true }), page('build/draft', {}, { draft: true })];
		expect(hrefs(buildNavigation(sections, entries, { production: true }).flat)).toEqual([]);
		expect(hrefs(buildNavigation(sections, entries, { production: false }).flat)).toEqual(['/build/draft/']);
	});

	it('stops on a page in a folder below a section, and says where to move it', () => {
		expect(() => buildNavigation(sections, [page('build/signing/keys')], { production: true })).toThrow(
			/content\/docs\/build\/signing\/keys: .*Move it to content\/docs\/build\//,
		);
	});
});

describe('pageSidebar', () => {
	it('lists the current section in full, with the current page marked', () => {
		const [, diagnose] = pageSidebar(navigation, '/diagnose/d/');
		expect(
			diagnose?.type === 'group' &&
				diagnose.entries.map((entry) => [entry.label, 'isCurrent' in entry && entry.isCurrent]),
		).toEqual([
			['Page diagnose/c', false],
			['Page diagnose/d', true],
			['Page diagnose/e', false],
		]);
	});

	it('reduces every other section to one link to its first page, marked with the page count', () => {
		const [start, , build] = pageSidebar(navigation, '/diagnose/d/');
		expect(start).toMatchObject({ type: 'group', label: 'Start here' });
		expect(start?.entries).toEqual([
			{ ...navigation.sections[0]?.links[0], badge: { text: '1 of 2', variant: 'default' } },
		]);
		expect(build).toMatchObject({ type: 'group', label: 'Build', entries: [] });
	});

	it('marks no page as current on a page outside every section', () => {
		const links = linksOf(pageSidebar(navigation, '/'));
		expect(hrefs(links)).toEqual(['/start-here/a/', '/diagnose/c/']);
		expect(links.some((link) => link.isCurrent)).toBe(false);
	});

	it('emits a bounded number of links however long the runbook grows', () => {
		const many = Array.from({ length: 7 * 300 }, (_, i) => page(`s${i % 7}/p${String(i).padStart(4, '0')}`));
		const big = buildNavigation(
			Array.from({ length: 7 }, (_, s) => ({ label: `S${s}`, directory: `s${s}` })),
			many,
			{ production: true },
		);
		expect(linksOf(pageSidebar(big, '/s3/p0024/'))).toHaveLength(40 + 6);
	});
});

describe('sectionWindow', () => {
	const long = Array.from({ length: 100 }, (_, p): SidebarLink => ({
		type: 'link',
		label: `p${p}`,
		href: `/diagnose/p${p}/`,
		isCurrent: false,
		badge: undefined,
		attrs: {},
	}));
	const current = (links: SidebarLink[]) => links.filter((link) => link.isCurrent).map((link) => link.href);

	it('keeps a long section to the window, with its first page and the current page', () => {
		const links = sectionWindow(long, 60, 10);
		expect(links).toHaveLength(10);
		expect(links[0]?.href).toBe('/diagnose/p0/');
		expect(current(links)).toEqual(['/diagnose/p60/']);
	});

	it('does not run past the end of the section', () => {
		const links = sectionWindow(long, 99, 10);
		expect(links).toHaveLength(10);
		expect(links.at(-1)?.href).toBe('/diagnose/p99/');
		expect(current(links)).toEqual(['/diagnose/p99/']);
	});

	it('marks the first page when it is the current one', () => {
		expect(current(sectionWindow(long, 0, 10))).toEqual(['/diagnose/p0/']);
	});

	it('leaves a section that fits the window whole', () => {
		expect(hrefs(sectionWindow(long.slice(0, 5), 3, 100))).toEqual(hrefs(long.slice(0, 5)));
	});
});

describe('pageLinks', () => {
	it('links to the neighbours in reading order, across sections', () => {
		const { prev, next } = pageLinks(navigation, '/start-here/b/', {});
		expect([prev?.href, next?.href]).toEqual(['/start-here/a/', '/diagnose/c/']);
	});

	it('gives the first page no previous link and the last no next link', () => {
		expect(pageLinks(navigation, '/start-here/a/', {}).prev).toBeUndefined();
		expect(pageLinks(navigation, '/diagnose/e/', {}).next).toBeUndefined();
	});

	it('gives a page outside every section no links of its own', () => {
		expect(pageLinks(navigation, '/', {})).toEqual({ prev: undefined, next: undefined });
		expect(pageLinks(navigation, '/', { next: { link: '/start-here/a/', label: 'Begin' } }).next).toMatchObject({
			href: '/start-here/a/',
			label: 'Begin',
		});
	});

	it("follows a page's own prev and next settings", () => {
		const here = '/diagnose/c/';
		expect(pageLinks(navigation, here, { prev: false }).prev).toBeUndefined();
		expect(pageLinks(navigation, here, { next: 'Onwards' }).next).toMatchObject({
			href: '/diagnose/d/',
			label: 'Onwards',
		});
		expect(pageLinks(navigation, here, { next: { link: '/build/x/' } }).next).toMatchObject({
			href: '/build/x/',
			label: 'Page diagnose/d',
			attrs: {},
		});
	});

	it('gives no generated links when pagination is off, but keeps links a page sets', () => {
		expect(pageLinks(navigation, '/diagnose/d/', {}, false)).toEqual({ prev: undefined, next: undefined });
		expect(pageLinks(navigation, '/diagnose/d/', { next: true }, false).next?.href).toBe('/diagnose/e/');
	});
});

describe('hrefOf', () => {
	it('writes page URLs with a trailing slash, and the landing page as /', () => {
		expect([hrefOf('build/dkms'), hrefOf(''), hrefOf('index')]).toEqual(['/build/dkms/', '/', '/']);
	});
});
