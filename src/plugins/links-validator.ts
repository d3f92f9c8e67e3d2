/**
 * Starlight's link validator, with a failure message that tells a Needle author where to look
 * and what to do. The validator lists each page by its URL; the hint maps that URL to the file
 * under content/docs/ and names the usual fixes.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import starlightLinksValidator from 'starlight-links-validator';

export const DEAD_LINK_HINT = [
	'Each "▶ path/" line above is a page; its source is content/docs/path.mdx (or content/docs/path/index.mdx),',
	'and the lines under it are its dead links. Fix each link in that file: internal links are absolute with a',
	'trailing slash (/build/sign-module/), the target page must exist, and an #anchor must match a heading on it.',
].join('\n');

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

function withHint(integration: AstroIntegration): AstroIntegration {
	const buildDone = integration.hooks['astro:build:done'];
	if (!buildDone) return integration;

	const wrapped: BuildDone = async (params) => {
		try {
			await buildDone(params);
		} catch (error) {
			if (!(error instanceof Error)) throw error;
			throw new AstroError(`${error.message} A page links to a page or #anchor that does not exist.`, DEAD_LINK_HINT);
		}
	};
	return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': wrapped } };
}

/** The validator, set to fail the build on any dead internal link or anchor. */
export function needleLinksValidator(): StarlightPlugin {
	const plugin = starlightLinksValidator({ errorOnLocalLinks: true, errorOnInvalidHashes: true });
	return {
		...plugin,
		hooks: {
			'config:setup'(options) {
				return plugin.hooks['config:setup']?.({
					...options,
					addIntegration: (integration) => options.addIntegration(withHint(integration)),
				});
			},
		},
	};
}
