/**
 * Writes a comparison as Markdown for a ticket: one table per group that has differences,
 * then a list of the groups that were equal. Values are code spans, so nothing in them is
 * read as Markdown or HTML by the ticket system.
 */
import type { Comparison, Difference } from './compare';
import { showValue } from './format';

/** Options for {@link comparisonToMarkdown}. */
export interface MarkdownOptions {
	/**
	 * The site's origin, such as `https://needle.example.org`, so that links work from a ticket.
	 * @default '' (links stay site-relative)
	 */
	origin?: string;
}

/** A value as a Markdown code span that is safe inside a table cell. */
export function codeSpan(value: string | undefined): string {
	if (value === undefined) return '—';
	const text = showValue(value).replace(/\|/g, '\\|');
	if (text === '') return '(empty)';
	const fence = text.includes('`') ? '``' : '`';
	return `${fence} ${text} ${fence}`;
}

/** Plain text for a table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function row(difference: Difference, origin: string): string {
	const link = `[${difference.link.title}](${origin}${difference.link.path})`;
	const what = cell(`${difference.subject}: ${difference.label}`);
	return `| ${what} | ${codeSpan(difference.a)} | ${codeSpan(difference.b)} | ${cell(difference.meaning)} ${link} |`;
}

/**
 * Renders a comparison as GitHub-flavoured Markdown.
 *
 * @example comparisonToMarkdown(compareFingerprints(a, b), { origin: location.origin })
 */
export function comparisonToMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
	const origin = options.origin ?? '';
	const lines = [
		'## Driver fingerprint comparison',
		'',
		`- A: ${cell(comparison.a.distribution)}, kernel ${codeSpan(comparison.a.release)}`,
		`- B: ${cell(comparison.b.distribution)}, kernel ${codeSpan(comparison.b.release)}`,
		`- ${comparison.differenceCount} difference(s) found.`,
	];
	const equalGroups: string[] = [];
	for (const group of comparison.groups) {
		if (group.differences.length === 0) {
			equalGroups.push(group.title);
			continue;
		}
		lines.push('', `### ${group.title}`, '', '| What | A | B | Meaning |', '| --- | --- | --- | --- |');
		lines.push(...group.differences.map((difference) => row(difference, origin)));
	}
	if (equalGroups.length > 0) lines.push('', `No differences in: ${equalGroups.join(', ')}.`);
	return `${lines.join('\n')}\n`;
}
