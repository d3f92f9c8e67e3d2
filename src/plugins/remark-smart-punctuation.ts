/**
 * Curly quotes, dashes and ellipses in prose: what Astro's default `smartypants` setting does
 * (through remark-smartypants), with the same results and about half the work.
 *
 * remark-smartypants runs retext-smartypants twice: once over all of a page's text joined
 * together, for the quotes (a quote's direction depends on what stands before and after it,
 * even across a link or an emphasis), and then once more over every single text node, for
 * dashes, ellipses and double backticks. That second pass parsed each of a page's text nodes
 * again and cost about 5 s of a 2000-page build, though almost no text node holds anything it
 * changes. Here each pass runs only on text that holds something it could change, which leaves
 * the result as it was: a retext round trip gives back the text it was given.
 *
 * tests/unit/smart-punctuation.test.ts runs both plugins over every runbook page and checks
 * that they agree.
 */
import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';

const quotes = retext().use(retextSmartypants, { dashes: false, ellipses: false, backticks: false });
const marks = retext().use(retextSmartypants, { quotes: false });

/** Characters the quotes pass turns into curly ones. */
const QUOTE = /["']/;
/** What the second pass changes: two dashes, dots in a row (with or without spaces), `` and ''. */
const MARK = /--|\.\s*\.|``|''/;

/** Nodes whose text is read: text, and inline code, which stands in as letters. */
const LITERALS = new Set(['text', 'inlineCode']);
/** Nodes whose text starts afresh: a quote at their start opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline HTML elements whose text is code, not prose. */
const CODE_ELEMENTS = new Set(['style', 'script']);

type Literal = Extract<Nodes, { type: 'text' | 'inlineCode' }>;

function isProse(node: Node, _index?: number, parent?: Parent): boolean {
	if (!parent || !(LITERALS.has(node.type) || BLOCKS.has(node.type))) return false;
	const name = (parent as { name?: string | null }).name ?? '';
	return !(parent.type === 'mdxJsxTextElement' && CODE_ELEMENTS.has(name));
}

export function remarkSmartPunctuation() {
	return (tree: Root) => {
		// The page's prose joined into one string: inline code as letters of the same length, and
		// a space where a paragraph, heading or table cell starts.
		const parts: (Literal | null)[] = [];
		let joined = '';
		visit(tree, isProse, (visited) => {
			const node = visited as Nodes;
			if (node.type === 'text' || node.type === 'inlineCode') {
				joined += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
				parts.push(node);
			} else {
				joined += ' ';
				parts.push(null);
			}
		});

		const curled = QUOTE.test(joined) ? String(quotes.processSync(joined)) : joined;
		let at = 0;
		for (const node of parts) {
			if (node === null) {
				at += 1;
				continue;
			}
			const end = at + node.value.length;
			if (node.type === 'text') {
				const text = curled.slice(at, end);
				node.value = MARK.test(text) ? String(marks.processSync(text)) : text;
			}
			at = end;
		}
	};
}
