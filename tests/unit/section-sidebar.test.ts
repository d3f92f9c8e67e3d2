import { describe, expect, it } from 'vitest';
import { collapseSection, linksOf, sectionSidebar, windowSection, type SidebarEntry } from '~/lib/section-sidebar';

const link = (href: string, isCurrent = false): SidebarEntry => ({
	type: 'link',
	label: `Page ${href}`,
	href,
	isCurrent,
	badge: undefined,
	attrs: {},
});

const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
	type: 'group',
	label,
	entries,
	collapsed: false,
	badge: undefined,
});

const runbook = (current: string) => [
	group('Start here', [link('/start-here/a/', current === 'a'), link('/start-here/b/', current === 'b')]),
	group('Diagnose', [
		link('/diagnose/c/', current === 'c'),
		link('/diagnose/d/', current === 'd'),
		link('/diagnose/e/', current === 'e'),
	]),
	group('Build', []),
];

describe('sectionSidebar', () => {
	it('keeps every page of the section that holds the current page', () => {
		const [, diagnose] = sectionSidebar(runbook('d'));
		expect(diagnose).toEqual(runbook('d')[1]);
	});

	it('reduces every other section to one link to its first page, marked with the page count', () => {
		const [start] = sectionSidebar(runbook('d'));
		expect(start).toMatchObject({ type: 'group', label: 'Start here' });
		expect(start?.type === 'group' && start.entries).toEqual([
			{ ...link('/start-here/a/'), badge: { text: '1 of 2', variant: 'default' } },
		]);
	});

	it('keeps the sections in their order, including a section with no pages yet', () => {
		const labels = sectionSidebar(runbook('a')).map((entry) => entry.label);
		expect(labels).toEqual(['Start here', 'Diagnose', 'Build']);
	});

	it('marks no page as current on a page outside every section', () => {
		const links = linksOf(sectionSidebar(runbook('none')));
		expect(links.map((entry) => entry.href)).toEqual(['/start-here/a/', '/diagnose/c/']);
		expect(links.some((entry) => entry.isCurrent)).toBe(false);
	});

	it('finds the current page inside a nested group', () => {
		const nested = [
			group('Build', [group('Signing', [link('/build/sign/', true)])]),
			group('Tools', [link('/tools/x/')]),
		];
		const [build, tools] = sectionSidebar(nested);
		expect(build).toBe(nested[0]);
		expect(tools?.type === 'group' && tools.entries).toHaveLength(1);
	});

	it('emits a bounded number of links however long the runbook grows', () => {
		const big = Array.from({ length: 7 }, (_, s) =>
			group(
				`S${s}`,
				Array.from({ length: 300 }, (_, p) => link(`/s${s}/p${p}/`, s === 3 && p === 5)),
			),
		);
		expect(linksOf(sectionSidebar(big))).toHaveLength(40 + 6);
	});
});

describe('collapseSection', () => {
	it('leaves a one-page section without a count', () => {
		const section = group('Case studies', [link('/case-studies/x/')]);
		expect(collapseSection(section as Extract<SidebarEntry, { type: 'group' }>).entries).toEqual([
			link('/case-studies/x/'),
		]);
	});
});

describe('windowSection', () => {
	const long = (current: number) =>
		group(
			'Diagnose',
			Array.from({ length: 100 }, (_, p) => link(`/diagnose/p${p}/`, p === current)),
		) as Extract<SidebarEntry, { type: 'group' }>;

	it('keeps a long section to the window, with its first page and the current page', () => {
		const { entries } = windowSection(long(60), 10);
		const hrefs = linksOf(entries).map((entry) => entry.href);
		expect(hrefs).toHaveLength(10);
		expect(hrefs[0]).toBe('/diagnose/p0/');
		expect(hrefs).toContain('/diagnose/p60/');
	});

	it('does not run past the end of the section', () => {
		const hrefs = linksOf(windowSection(long(99), 10).entries).map((entry) => entry.href);
		expect(hrefs).toHaveLength(10);
		expect(hrefs.at(-1)).toBe('/diagnose/p99/');
	});

	it('leaves a section that fits the window as it is', () => {
		const short = long(3);
		expect(windowSection(short, 100)).toBe(short);
	});
});
