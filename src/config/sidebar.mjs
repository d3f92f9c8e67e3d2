// @ts-check
/**
 * The runbook's sections, in the order a reader meets them. Each section lists the pages in
 * its folder under content/docs/ automatically; a page sets its place with `sidebar.order`.
 *
 * @type {NonNullable<import('@astrojs/starlight/types').StarlightUserConfig['sidebar']>}
 */
export const sidebar = [
	{ label: 'Start here', autogenerate: { directory: 'start-here' } },
	{ label: 'Diagnose', autogenerate: { directory: 'diagnose' } },
	{ label: 'Build', autogenerate: { directory: 'build' } },
	{ label: 'Back up', autogenerate: { directory: 'back-up' } },
	{ label: 'Case studies', autogenerate: { directory: 'case-studies' } },
	{ label: 'Reference', autogenerate: { directory: 'reference' } },
	{ label: 'Tools', autogenerate: { directory: 'tools' } },
];
