/**
 * Gives each page its previous and next links from the navigation worked out once per build
 * (see src/lib/section-sidebar.ts): Starlight is told only the section headings, so its own
 * links would be empty.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pagination } from './config/sidebar.mjs';
import { runbookNavigation } from './lib/navigation-store';
import { hrefOf, pageLinks } from './lib/section-sidebar';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { prev, next } = route.entry.data;
	route.pagination = pageLinks(await runbookNavigation(), hrefOf(route.id), { prev, next }, pagination);
});
