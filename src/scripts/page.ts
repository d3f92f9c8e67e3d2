/**
 * What every page does with the reader's stored data: fill placeholders from the host profile,
 * keep copy buttons in step, switch distribution tabs, and mark destructive steps whose
 * backup is not yet confirmed. Kept small: it runs on every page before anything is opened.
 */
import { fillPlaceholders, isPlaceholderName, PLACEHOLDERS } from '../lib/placeholders';
import { emptyProfile, parseProfile, type Profile, type Values } from '../lib/profile';
import { PROFILE_KEY } from '../lib/storage-keys';
import { describeUnconfirmed, unconfirmedBackups, type StepLevel } from '../lib/step-risk';
import { readRecord } from '../lib/storage';

/**
 * Reads the host profile. An unreadable one is quarantined (and reported by the notices), and
 * the values that could be salvaged from it are stored again and used.
 */
export function loadProfile(): Profile {
	const parsed = readRecord(localStorage, PROFILE_KEY, parseProfile);
	if (!parsed) return emptyProfile();
	if (parsed.ok) return parsed.value;
	const salvaged = parsed.salvaged ?? emptyProfile();
	saveProfile(salvaged);
	return salvaged;
}

export function saveProfile(profile: Profile): void {
	localStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
}

/** The innermost element of a mark, which holds its text inside any syntax-colour spans. */
function innermost(element: Element): Element {
	let inner = element;
	while (inner.firstElementChild) inner = inner.firstElementChild;
	return inner;
}

/** Shows each placeholder's value where the profile has one, and the placeholder where not. */
export function fillPage(values: Values): void {
	for (const mark of document.querySelectorAll<HTMLElement>('[data-placeholder]')) {
		const name = mark.dataset['placeholder'] ?? '';
		const value = isPlaceholderName(name) ? values[name] : undefined;
		const inner = innermost(mark);
		mark.dataset['original'] ??= inner.textContent ?? '';
		const part = mark.hasAttribute('data-placeholder-part');
		inner.textContent = value ? (part ? '' : value) : mark.dataset['original'];
		mark.classList.toggle('is-filled', Boolean(value));
		const label = isPlaceholderName(name) ? PLACEHOLDERS[name].label : name;
		mark.title = value ? `${label}, from your host profile ({{${name}}})` : label;
	}
	// Expressive Code's copy button copies its data-code attribute: keep it what is shown.
	for (const button of document.querySelectorAll<HTMLButtonElement>('.expressive-code .copy button[data-code]')) {
		button.dataset['template'] ??= button.dataset['code'] ?? '';
		button.dataset['code'] = fillPlaceholders(button.dataset['template'], values);
	}
}

interface StarlightTabs extends HTMLElement {
	tabs: HTMLAnchorElement[];
	switchTab(tab: HTMLAnchorElement | undefined, index: number, shouldSync?: boolean): void;
}

/** Switches every distribution tab group on the page to the family's tab. */
export function selectDistro(family: string): void {
	for (const group of document.querySelectorAll<StarlightTabs>('starlight-tabs[data-sync-key="distro"]')) {
		const index = group.tabs?.findIndex((tab) => tab.textContent?.trim() === family) ?? -1;
		if (index >= 0) group.switchTab(group.tabs[index], index, false);
	}
}

/** The steps of the procedure on this page, as Starlight's `<Steps>` renders them. */
export function procedureSteps(): HTMLLIElement[] {
	return [...document.querySelectorAll<HTMLLIElement>('.sl-steps > li')];
}

/** Marks each destructive step whose earlier backup steps are not yet ticked. */
export function markBackups(done: readonly boolean[]): void {
	const steps = procedureSteps();
	const marks = steps.map((step) => step.querySelector<HTMLElement>('[data-step-risk]'));
	const levels = marks.map((mark) => mark?.dataset['stepRisk'] as StepLevel);
	unconfirmedBackups(levels, done).forEach((open, index) => {
		let note = steps[index]?.querySelector('.step-risk-pending');
		if (open.length === 0) return note?.remove();
		if (!note) {
			note = document.createElement('strong');
			note.className = 'step-risk-pending';
			marks[index]?.after(note);
		}
		note.textContent = describeUnconfirmed(open);
	});
}
