/**
 * `<needle-tools>`: starts the runbook's page features. It fills the page from the host
 * profile at once; the profile form, the run checklist and the notices load only when needed.
 */
import { PLACEHOLDERS } from '../lib/placeholders';
import { keysWithPrefix } from '../lib/storage';
import { QUARANTINE_PREFIX, runKey } from '../lib/storage-keys';
import { fillPage, loadProfile, markBackups } from './page';
import { watchForUpdates } from './updates';

class NeedleTools extends HTMLElement {
	connectedCallback() {
		if (typeof localStorage === 'undefined') return;
		const profile = loadProfile();
		fillPage(profile.values);
		markBackups([]);
		this.#setUpProfile(Object.keys(profile.values).length);
		// A stored run is read (and quarantined if it cannot be) before the notices are listed.
		void this.#setUpRun().then(() => this.#showNotices());
		watchForUpdates(this.querySelector('.needle-notices')!);
	}

	#setUpProfile(count: number) {
		const panel = this.querySelector('details')!;
		const form = panel.querySelector<HTMLElement>('.needle-profile__form')!;
		panel.hidden = false;
		updateCount(count);
		panel.addEventListener('toggle', async () => {
			if (!panel.open || form.childElementCount > 0) return;
			const { renderProfileForm } = await import('./profile-panel');
			renderProfileForm(form, updateCount);
		});
	}

	async #setUpRun() {
		const box = this.querySelector<HTMLElement>('.needle-run');
		if (!box || !document.querySelector('.sl-steps')) return;
		box.hidden = false;
		const open = async (start: boolean) => {
			const { openRun } = await import('./run');
			openRun(box, this.dataset['title'] ?? document.title, start);
		};
		box.querySelector('[data-run-start]')?.addEventListener('click', () => open(true));
		if (localStorage.getItem(runKey(location.pathname)) !== null) await open(false);
	}

	async #showNotices() {
		if (keysWithPrefix(localStorage, QUARANTINE_PREFIX).length === 0) return;
		const { showQuarantined } = await import('./notices');
		showQuarantined(this.querySelector('.needle-notices')!);
	}
}

/** Writes how many profile values are set into the panel's summary. */
function updateCount(count: number) {
	const total = Object.keys(PLACEHOLDERS).length;
	const text = document.querySelector('.needle-profile__count');
	if (text) text.textContent = `(${count} of ${total} values set)`;
}

customElements.define('needle-tools', NeedleTools);
