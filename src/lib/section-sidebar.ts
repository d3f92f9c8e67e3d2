/**
 * Trims Starlight's sidebar to what one page needs: its own section in full, and one link to
 * the start of every other section. Starlight writes the whole sidebar into every page, so a
 * runbook of n pages would emit n × n links and its build output would grow with the square of
 * its size; with this, each page carries its own section (at most SECTION_WINDOW entries of it)
 * plus one link per other section, a size that does not grow with the runbook.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

export type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

/**
 * The most entries a page lists of its own section. A longer section shows a window of entries
 * around the current page (with the section's first entry kept at the top), so that a page's
 * size does not grow with its section's length; previous and next links and search reach the
 * rest.
 */
export const SECTION_WINDOW = 40;

/** Every link inside `entries`, depth first, in sidebar order. */
export function linksOf(entries: readonly SidebarEntry[]): SidebarLink[] {
	return entries.flatMap((entry) => (entry.type === 'link' ? [entry] : linksOf(entry.entries)));
}

/** True when the current page is `entry` or lies somewhere inside it. */
export function holdsCurrentPage(entry: SidebarEntry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrentPage);
}

/**
 * Replaces a section the reader is not in by a group that holds a single link to the section's
 * first page. The link says how many pages the section has, so the reader knows there is more.
 * A section with no pages yet stays as it is, an empty heading, as Starlight shows it.
 */
export function collapseSection(section: SidebarGroup): SidebarGroup {
	const links = linksOf(section.entries);
	const [first] = links;
	if (!first) return section;

	const doorway: SidebarLink = {
		...first,
		isCurrent: false,
		badge: links.length > 1 ? { text: `1 of ${links.length}`, variant: 'default' } : first.badge,
	};
	return { ...section, entries: [doorway] };
}

/**
 * The sidebar for one page: top-level links stay as they are, the section holding the current
 * page keeps its entries (a window of them when it is long), and every other section shrinks to
 * a link to its first page.
 *
 * Sections keep their order and each stays a group, so a reader meets the same headings on every
 * page and Starlight's remembered open or closed state of each heading still matches.
 *
 * @example
 * sectionSidebar(starlightRoute.sidebar) // [Start here (6 links), Diagnose (1 link), …]
 */
export function sectionSidebar(sidebar: readonly SidebarEntry[]): SidebarEntry[] {
	return sidebar.map((entry) => {
		if (entry.type === 'link') return entry;
		return holdsCurrentPage(entry) ? windowSection(entry) : collapseSection(entry);
	});
}

/**
 * Keeps at most `size` top-level entries of the current section: the first entry, then a run of
 * entries centred on the one that holds the current page.
 */
export function windowSection(section: SidebarGroup, size = SECTION_WINDOW): SidebarGroup {
	const { entries } = section;
	if (entries.length <= size) return section;

	const current = Math.max(0, entries.findIndex(holdsCurrentPage));
	const half = Math.floor((size - 1) / 2);
	const start = Math.min(Math.max(1, current - half), entries.length - (size - 1));
	const run = entries.slice(start, start + size - 1);
	return { ...section, entries: [entries[0] as SidebarEntry, ...run] };
}
