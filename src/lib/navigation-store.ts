/**
 * The runbook's navigation for this build, worked out on first use and then shared by every
 * page (see section-sidebar.ts). The development server works it out again for each page, so
 * that a page added or reordered while it runs shows up at once.
 */
import { getCollection } from 'astro:content';
import { sections } from '../config/sidebar.mjs';
import { buildNavigation, type Navigation } from './section-sidebar';

let built: Promise<Navigation> | undefined;

export function runbookNavigation(): Promise<Navigation> {
	if (!built || import.meta.env.DEV) {
		built = getCollection('docs').then((entries) =>
			buildNavigation(sections, entries, { production: import.meta.env.PROD }),
		);
	}
	return built;
}
