// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { needleLinksValidator, recordLinkFacts } from './src/plugins/links-validator';
import { pagination, starlightSidebar } from './src/config/sidebar.mjs';
import { remarkRunbookChecks } from './src/plugins/remark-runbook-checks';
import { remarkSmartPunctuation } from './src/plugins/remark-smart-punctuation';
import { rehypeScrollableTables } from './src/plugins/rehype-scrollable-tables';
import { rehypeSteps } from './src/plugins/rehype-steps';
import { remarkTabLabels } from './src/plugins/remark-tab-labels';
import { placeholderMarks, rehypeInlinePlaceholders } from './src/plugins/placeholder-marks';
import { serviceWorker } from './src/integrations/service-worker';
import { serverChunkNames } from './src/integrations/server-chunk-names';
import { mdxWorkers } from './src/integrations/mdx-workers';

/**
 * Without JavaScript, tabs cannot switch: show every panel with its label instead of only the
 * first, and drop the tab list, whose links would lead to hidden panels.
 */
const NO_SCRIPT_TABS =
	'<style>starlight-tabs .tablist-wrapper{display:none}starlight-tabs [role=tabpanel][hidden]{display:block}starlight-tabs .tab-panel-label{display:block}</style>';

// Versions: Astro ~5.18, Starlight ~0.37 and @astrojs/mdx ^4.3 are pinned in package.json
// because every machine that builds Needle runs Node.js 20, and Astro 6 and later need Node 22.

export default defineConfig({
	site: 'https://needle.invalid',
	// The runbook's pages live in ./content/docs, outside src/. Starlight and its link validator
	// look for them at `<srcDir>/content/docs`, so the source directory is the project root;
	// the code itself is still under src/ and is imported by path.
	srcDir: '.',
	trailingSlash: 'always',
	// No request may leave the site's own origin: no telemetry, no remote images, no fonts.
	image: { service: { entrypoint: 'astro/assets/services/noop' } },
	integrations: [
		starlight({
			title: 'Needle',
			description:
				'A runbook for storage controllers, drivers and vendor tools that behave differently on one Linux distribution than on another.',
			favicon: '/favicon.svg',
			sidebar: starlightSidebar,
			// Fills in each page's previous and next links (see src/lib/section-sidebar.ts).
			routeMiddleware: './src/route-middleware.ts',
			customCss: ['./src/styles/runbook.css', './src/styles/layout-stability.css'],
			components: {
				PageTitle: './src/components/PageTitle.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				// Each page carries its own section's links, not the whole runbook's.
				Sidebar: './src/components/Sidebar.astro',
			},
			head: [{ tag: 'noscript', content: NO_SCRIPT_TABS }],
			expressiveCode: { plugins: [placeholderMarks()] },
			plugins: [needleLinksValidator()],
			pagination,
			lastUpdated: false,
		}),
		// `optimize` writes each page's static parts as ready HTML instead of one component call
		// per element: a synthetic page's compiled module fell from 91 KB to 32 KB, and a 500-page
		// build from 46 s to 31 s. Compared page by page, the HTML it writes is the same.
		mdx({ optimize: true }),
		serviceWorker(),
		serverChunkNames(),
		// A large runbook's MDX compiles on every core; the link validator still sees every page.
		mdxWorkers({ contentDir: 'content/docs', minFiles: 300, onMessage: recordLinkFacts }),
	],
	markdown: {
		// Curly quotes, dashes and ellipses as Astro's default smartypants gives them, at about half
		// the cost (see src/plugins/remark-smart-punctuation.ts). It runs first, where Astro would
		// run smartypants, so the plugins after it see the same text.
		smartypants: false,
		remarkPlugins: [remarkSmartPunctuation, remarkRunbookChecks, remarkTabLabels],
		// rehypeSteps marks Starlight's <Steps> lists at compile time (see the plugin for why).
		rehypePlugins: [rehypeSteps, rehypeScrollableTables, rehypeInlinePlaceholders],
	},
});
