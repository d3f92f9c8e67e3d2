/**
 * Does the work of Starlight's <Steps> when the page is compiled, instead of each time it is
 * rendered.
 *
 * Starlight's <Steps> renders everything inside it to HTML, parses that HTML again, marks the
 * numbered list (`role="list"`, class `sl-steps`, and its start number as a CSS variable) and
 * writes it out once more. A procedure's steps hold most of the page, code blocks included, so
 * that second parse cost about 6 s of a 2000-page build. This plugin marks the list in the
 * page's own tree and leaves the list in place of the component, so the page comes out the same
 * and Starlight's styles for `.sl-steps` still apply. It acts only where <Steps> is Starlight's
 * (imported from @astrojs/starlight/components), and refuses what Starlight refuses: anything but
 * exactly one numbered list inside.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';

const STARLIGHT_COMPONENTS = '@astrojs/starlight/components';

/** True when the page imports `Steps` from Starlight's components under that same name. */
function importsStarlightSteps(tree: Root): boolean {
	return tree.children.some(
		(node) =>
			node.type === 'mdxjsEsm' &&
			node.value.includes(STARLIGHT_COMPONENTS) &&
			/import\s*\{[^}]*\bSteps\b(?!\s+as\b)[^}]*\}\s*from\s*['"]@astrojs\/starlight\/components['"]/.test(node.value),
	);
}

/** A component in the page's tree, such as <Steps>, as MDX leaves it for rehype. */
interface JsxElement {
	type: 'mdxJsxFlowElement';
	name: string | null;
	children: ElementContent[];
}

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement';

function stepsError(file: VFile, found: string): Error {
	const where = file.path ? `${file.path}: ` : '';
	return new Error(
		`${where}<Steps> must hold exactly one numbered list (lines starting 1., 2., 3. …), and ${found}. ` +
			'Put every step in that one list, and anything else before or after <Steps>.',
	);
}

/**
 * Marks the one numbered list inside a <Steps> as Starlight would, and returns what the
 * component held, to stand in its place. Starlight reads the rendered HTML, where another
 * component is an element too, so a component beside the list is refused as well.
 */
export function markSteps(steps: JsxElement, file: VFile): ElementContent[] {
	const blocks = steps.children.filter(
		(child) => (child.type === 'element' && child.tagName !== 'script') || isJsx(child),
	);
	const [list] = blocks;
	if (!list) throw stepsError(file, 'it holds none');
	if (blocks.length > 1 || list.type !== 'element') {
		const names = blocks.map(
			(block) => `<${block.type === 'element' ? block.tagName : ((block as JsxElement).name ?? '>')}>`,
		);
		throw stepsError(file, `it holds ${names.join(', ')}`);
	}
	if (list.tagName !== 'ol') throw stepsError(file, `it holds a <${list.tagName}>`);

	const { properties } = list;
	properties['role'] = 'list';
	const classes = Array.isArray(properties['className']) ? properties['className'] : [];
	properties['className'] = [...classes, 'sl-steps'];
	if (typeof properties['start'] === 'number') {
		const start = `--sl-steps-start: ${properties['start'] - 1}`;
		properties['style'] = properties['style'] ? `${start};${String(properties['style'])}` : start;
	}
	return steps.children;
}

export function rehypeSteps() {
	return (tree: Root, file: VFile) => {
		if (!importsStarlightSteps(tree)) return;
		const replace = (children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] =>
			children.flatMap((child) => {
				if (isJsx(child) && child.name === 'Steps') return markSteps(child, file);
				if ('children' in child) child.children = replace(child.children) as ElementContent[];
				return [child];
			});
		tree.children = replace(tree.children) as RootContent[];
	};
}
