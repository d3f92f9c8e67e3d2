// @ts-check
/**
 * The runbook's sections, in the order a reader meets them. Each section lists the pages in
 * its folder under content/docs/; a page sets its place with `sidebar.order`.
 *
 * @type {readonly import('../lib/section-sidebar').Section[]}
 */
export const sections = [
	{ label: 'Start here', directory: 'start-here' },
	{ label: 'Diagnose', directory: 'diagnose' },
	{ label: 'Build', directory: 'build' },
	{ label: 'Back up', directory: 'back-up' },
	{ label: 'Case studies', directory: 'case-studies' },
	{ label: 'Reference', directory: 'reference' },
	{ label: 'Tools', directory: 'tools' },
];

/**
 * What Starlight itself is told: the section headings and no pages. Given the pages, Starlight
 * copies the whole runbook's sidebar into every page's data, which costs each page time in
 * proportion to the runbook's size; src/lib/section-sidebar.ts fills in each page's own sidebar
 * and its previous and next links instead.
 *
 * @type {NonNullable<import('@astrojs/starlight/types').StarlightUserConfig['sidebar']>}
 */
export const starlightSidebar = sections.map((section) => ({ label: section.label, items: [] }));

/**
 * Whether pages get previous and next links. Starlight's own setting and Needle's route
 * middleware, which makes the links, both read it.
 */
export const pagination = true;
