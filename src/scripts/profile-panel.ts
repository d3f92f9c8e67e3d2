/**
 * The host profile form, built when the reader first opens the panel. Values apply to every
 * page at once; a refused value stays in its field with the reason, and never reaches a command.
 */
import { isPlaceholderName, PLACEHOLDERS, type PlaceholderName } from '../lib/placeholders';
import { DISTRO_FAMILIES, isDistroFamily, setValue, type Profile } from '../lib/profile';
import { formatTime, parseRun } from '../lib/runs';
import { keysWithPrefix, readRecord } from '../lib/storage';
import { DISTRO_KEY, RUN_PREFIX } from '../lib/storage-keys';
import { el } from './dom';
import { fillPage, loadProfile, saveProfile, selectDistro } from './page';

/** One field of the form: label, input, example and the place for a refusal. */
function field(
	name: PlaceholderName,
	profile: Profile,
	onInput: (input: HTMLInputElement, error: HTMLElement) => void,
) {
	const id = `needle-value-${name}`;
	const { label, example } = PLACEHOLDERS[name];
	const value = profile.refused[name] ?? profile.values[name] ?? '';
	const input = el('input', {
		id,
		type: 'text',
		autocomplete: 'off',
		spellcheck: 'false',
		'aria-describedby': `${id}-hint ${id}-error`,
	});
	input.value = value;
	const error = el('p', { id: `${id}-error`, class: 'needle-field__error', 'aria-live': 'polite' });
	input.addEventListener('input', () => onInput(input, error));
	if (profile.refused[name] !== undefined) onInput(input, error);
	return el(
		'div',
		{ class: 'needle-field' },
		el('label', { for: id }, `${label} `, el('code', {}, `{{${name}}}`)),
		input,
		el('p', { id: `${id}-hint`, class: 'needle-field__hint' }, `Example: ${example}`),
		error,
	);
}

/** The distribution family, kept as Starlight's synced tab choice. */
function distroField(): HTMLElement {
	const select = el(
		'select',
		{ id: 'needle-distro' },
		el('option', { value: '' }, 'Not set'),
		...DISTRO_FAMILIES.map((family) => el('option', { value: family }, family)),
	);
	const refresh = () => {
		const stored = localStorage.getItem(DISTRO_KEY);
		select.value = isDistroFamily(stored) ? stored : '';
	};
	refresh();
	// Choosing a tab on the page is the same setting, so the field follows it.
	document.addEventListener('click', (event) => {
		if (event.target instanceof Element && event.target.closest('[role="tab"]')) refresh();
	});
	select.addEventListener('change', () => {
		if (select.value === '') return localStorage.removeItem(DISTRO_KEY);
		localStorage.setItem(DISTRO_KEY, select.value);
		selectDistro(select.value);
	});
	return el('div', { class: 'needle-field' }, el('label', { for: 'needle-distro' }, 'Distribution family'), select);
}

/** Links to the runs open in this browser, one per procedure. */
function openRuns(): HTMLElement {
	const items = keysWithPrefix(localStorage, RUN_PREFIX).map((key) => {
		const parsed = readRecord(localStorage, key, parseRun);
		if (!parsed?.ok)
			return el('li', {}, `A stored run (${key}) could not be read; it was kept aside. Reload the page to see why.`);
		const run = parsed.value;
		const done = run.steps.filter((step) => step.at).length;
		const link = el('a', { href: run.path }, run.title);
		return el('li', {}, link, `: started ${formatTime(run.startedAt)}, ${done} of ${run.steps.length} steps ticked`);
	});
	if (items.length === 0) return el('p', {}, 'Open runs: none.');
	return el('div', {}, el('p', {}, 'Open runs:'), el('ul', {}, ...items));
}

/** Builds the form into `container`; `onCount` hears how many values are set after each change. */
export function renderProfileForm(container: HTMLElement, onCount: (count: number) => void): void {
	let profile = loadProfile();
	const onInput = (input: HTMLInputElement, error: HTMLElement) => {
		const name = input.id.replace('needle-value-', '');
		if (!isPlaceholderName(name)) return;
		const result = setValue(profile, name, input.value.trim());
		profile = result.profile;
		saveProfile(profile);
		fillPage(profile.values);
		onCount(Object.keys(profile.values).length);
		error.textContent = result.refusal ? `Not used in commands: ${result.refusal}` : '';
		input.setAttribute('aria-invalid', String(Boolean(result.refusal)));
	};

	// The values this page uses come first; the rest are one click away.
	const used = new Set(
		[...document.querySelectorAll<HTMLElement>('[data-placeholder]')].map((m) => m.dataset['placeholder']),
	);
	const names = Object.keys(PLACEHOLDERS).filter(isPlaceholderName);
	const others = names.filter((name) => !used.has(name));
	container.append(
		el('p', {}, 'Values set here replace the placeholders in commands on every page. They stay in this browser only.'),
		distroField(),
		...names.filter((name) => used.has(name)).map((name) => field(name, profile, onInput)),
		el(
			'details',
			{ class: 'needle-profile__more' },
			el('summary', {}, `Values other pages use (${others.length})`),
			...others.map((name) => field(name, profile, onInput)),
		),
		openRuns(),
	);
}
