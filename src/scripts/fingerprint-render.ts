/**
 * Builds the comparison page's result and error markup as DOM nodes. Every text that came
 * from a fingerprint is set with textContent, never parsed as HTML, so a pasted
 * `<script>` stays text.
 */
import type { Comparison, ComparisonGroup, Difference } from '~/lib/fingerprint/compare';
import { showValue } from '~/lib/fingerprint/format';
import type { FingerprintError } from '~/lib/fingerprint/parse';

const STATUS_LABELS: Record<Difference['status'], string> = {
	differs: 'differs',
	'only-a': 'only on A',
	'only-b': 'only on B',
	unknown: 'not compared',
};

/** Creates an element with optional class and text. */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function valueNode(value: string | undefined): HTMLElement {
	if (value === undefined) return el('span', 'fp-none', 'none');
	if (value === '') return el('span', 'fp-none', 'empty');
	return el('code', undefined, showValue(value));
}

function renderDifference(difference: Difference): HTMLElement {
	const item = el('li', `fp-diff fp-diff--${difference.status}`);
	const heading = el('p', 'fp-diff__what');
	heading.append(
		el('strong', undefined, `${difference.subject}: ${difference.label}`),
		' ',
		el('span', 'fp-badge', STATUS_LABELS[difference.status]),
	);

	const values = el('dl', 'fp-diff__values');
	values.append(el('dt', undefined, 'A'), el('dd'), el('dt', undefined, 'B'), el('dd'));
	values.children[1]?.append(valueNode(difference.a));
	values.children[3]?.append(valueNode(difference.b));

	const meaning = el('p', 'fp-diff__meaning', `${difference.meaning} `);
	const link = el('a', undefined, difference.link.title);
	link.href = difference.link.path;
	meaning.append(link);

	item.append(heading, values, meaning);
	return item;
}

function renderEqual(group: ComparisonGroup): HTMLElement {
	const details = el('details', 'fp-equal');
	details.append(el('summary', undefined, `${group.equal.length} equal field(s)`));
	const list = el('ul');
	for (const field of group.equal) {
		const item = el('li', undefined, `${field.subject}: ${field.label} = `);
		item.append(valueNode(field.value));
		list.append(item);
	}
	details.append(list);
	return details;
}

function renderGroup(group: ComparisonGroup): HTMLElement {
	const section = el('section', 'fp-group');
	section.dataset['group'] = group.id;
	const count = group.differences.length;
	section.append(el('h3', undefined, `${group.title}: ${count === 0 ? 'no differences' : `${count} difference(s)`}`));
	if (count > 0) {
		const list = el('ul', 'fp-diffs');
		list.append(...group.differences.map(renderDifference));
		section.append(list);
	}
	if (group.equal.length > 0) section.append(renderEqual(group));
	return section;
}

/** The whole result: a summary line, then one section per group, differences first. */
export function renderComparison(comparison: Comparison): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const summary = el(
		'p',
		'fp-summary',
		`${comparison.differenceCount} difference(s) between A (${comparison.a.distribution}, kernel ${comparison.a.release}) and B (${comparison.b.distribution}, kernel ${comparison.b.release}).`,
	);
	fragment.append(summary);
	// Groups with differences come first; the order inside each half stays the fixed one.
	const ordered = [...comparison.groups].sort(
		(x, y) => Number(x.differences.length === 0) - Number(y.differences.length === 0),
	);
	fragment.append(...ordered.map(renderGroup));
	return fragment;
}

/** A refused fingerprint: what is wrong and what to do. */
export function renderError(label: string, error: FingerprintError): HTMLElement {
	const box = el('div', 'fp-error');
	box.setAttribute('role', 'alert');
	const message = el('p');
	message.append(el('strong', undefined, `${label}: `), error.message);
	box.append(message, el('p', undefined, error.hint));
	return box;
}

/** A side that is still empty while the other is filled: a note, not an alert. */
export function renderWaiting(label: string): HTMLElement {
	return el('p', 'fp-waiting', `${label} is still empty: paste it, or choose or drop its file.`);
}
