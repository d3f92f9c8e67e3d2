/**
 * Starlight's link validator, with a failure message that tells a Needle author where to look
 * and what to do. The validator lists each page by its URL; the hint maps that URL to the file
 * under content/docs/ and names the usual fixes.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Root } from 'mdast';
import starlightLinksValidator from 'starlight-links-validator';
import type { Transformer } from 'unified';
import { VFile } from 'vfile';
import { IN_MDX_WORKER, sendFromWorker } from '../integrations/mdx-workers/outbox.mjs';

export const DEAD_LINK_HINT = [
	'Each "▶ path/" line above is a page; its source is content/docs/path.mdx (or content/docs/path/index.mdx),',
	'and the lines under it are its dead links. Fix each link in that file: internal links are absolute with a',
	'trailing slash (/build/sign-module/), the target page must exist, and an #anchor must match a heading on it.',
].join('\n');

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
type Attacher = (options: unknown) => Transformer<Root, Root>;

/**
 * What the validator reads from a page compiled in an MDX worker thread (see
 * src/integrations/mdx-workers): the page's syntax tree at the validator's place among the
 * remark plugins, and the file's path and frontmatter.
 */
export interface LinkFacts {
	kind: 'needle:links';
	tree: Root;
	path: string;
	history: string[];
	frontmatter: Record<string, unknown> | undefined;
}

/** The validator's remark plugin and its options, as its integration added them in this thread. */
let validatorRemark: [Attacher, unknown] | undefined;

function withHint(integration: AstroIntegration): AstroIntegration {
	const buildDone = integration.hooks['astro:build:done'];
	const setup = integration.hooks['astro:config:setup'];
	if (!buildDone || !setup) return integration;

	const wrapped: BuildDone = async (params) => {
		try {
			await buildDone(params);
		} catch (error) {
			if (!(error instanceof Error)) throw error;
			throw new AstroError(`${error.message} A page links to a page or #anchor that does not exist.`, DEAD_LINK_HINT);
		}
	};
	// Note which remark plugin the validator adds, so that pages compiled in a worker can be
	// handed to it here (see recordLinkFacts).
	const noted: ConfigSetup = (params) =>
		setup({
			...params,
			updateConfig: (config) => {
				const plugins: unknown[] = config.markdown?.remarkPlugins ?? [];
				const entry = plugins.find((plugin) => Array.isArray(plugin) && typeof plugin[0] === 'function');
				if (Array.isArray(entry)) validatorRemark = [entry[0] as Attacher, entry[1]];
				return params.updateConfig(config);
			},
		});
	return { ...integration, hooks: { ...integration.hooks, 'astro:config:setup': noted, 'astro:build:done': wrapped } };
}

/** Strips what the validator never reads (positions, compiled expressions) before a tree crosses threads. */
function slim<T>(node: T): T {
	if (Array.isArray(node)) return node.map(slim) as T;
	if (!node || typeof node !== 'object') return node;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(node)) {
		if (key === 'position' || key === 'estree') continue;
		out[key] = slim(value);
	}
	return out as T;
}

/**
 * In a worker, the validator itself is left out (its setup would also clear the build's content
 * cache under the running build); in its place a plugin sends the tree back to the build thread.
 */
function workerStandIn(): AstroIntegration {
	const send = () => (tree: Root, file: VFile) => {
		if (!file.path) return;
		const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
		sendFromWorker<LinkFacts>({
			kind: 'needle:links',
			tree: slim(tree),
			path: file.path,
			history: file.history,
			frontmatter: astro?.frontmatter,
		});
	};
	return {
		name: 'needle:links-validator-worker',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'build') updateConfig({ markdown: { remarkPlugins: [send] } });
			},
		},
	};
}

/**
 * Hands a page that a worker compiled to the validator's own remark plugin in this thread, as if
 * it had been compiled here. Returns false for anything that is not a page's link facts.
 */
export function recordLinkFacts(message: unknown): boolean {
	const facts = message as Partial<LinkFacts> | undefined;
	if (facts?.kind !== 'needle:links' || !facts.tree || !facts.path) return false;
	if (!validatorRemark) {
		throw new Error('A page compiled in an MDX worker has links to check, but the link validator is not set up.');
	}
	const [attacher, options] = validatorRemark;
	const file = new VFile({ path: facts.path, data: { astro: { frontmatter: facts.frontmatter ?? {} } } });
	// The validator names a page by the first path in its history, as the compiler set it.
	if (facts.history?.length) file.history = [...facts.history];
	void attacher(options)(facts.tree, file, () => {});
	return true;
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
					addIntegration: (integration) =>
						options.addIntegration(IN_MDX_WORKER ? workerStandIn() : withHint(integration)),
				});
			},
		},
	};
}
