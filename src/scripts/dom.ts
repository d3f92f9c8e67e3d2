/** Small helpers for building the runbook's forms without a UI framework. */

type Attributes = Record<string, string | boolean | undefined>;

/**
 * Creates an element with attributes and children. `true` sets an empty attribute, `false`
 * and `undefined` leave it out.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === true) element.setAttribute(name, '');
		else if (typeof value === 'string') element.setAttribute(name, value);
	}
	element.append(...children);
	return element;
}

/** A button of the runbook's own style. */
export function button(text: string, onClick: () => void): HTMLButtonElement {
	const element = el('button', { type: 'button', class: 'needle-button' }, text);
	element.addEventListener('click', onClick);
	return element;
}
