/**
 * A run of the procedure on this page: its steps become a checklist with a time per tick and a
 * note per step, saved at every change, exported as a Markdown change record, and cleared
 * (after a confirmation) when the reader is done with it.
 */
import { isDistroFamily } from '../lib/profile';
import {
	formatTime,
	isFinished,
	parseRun,
	recordFileName,
	runToMarkdown,
	setNote,
	startRun,
	tickStep,
	type Run,
} from '../lib/runs';
import { readRecord } from '../lib/storage';
import { DISTRO_KEY, runKey } from '../lib/storage-keys';
import { button, el } from './dom';
import { loadProfile, markBackups, procedureSteps } from './page';

/** The words a step starts with, for the change record. */
function stepTitle(step: HTMLLIElement): string {
	const first = step.querySelector(':scope > p') ?? step;
	const text = (first.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/:$/, '');
	return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

class RunView {
	#run: Run;
	readonly #box: HTMLElement;
	readonly #steps = procedureSteps();
	readonly #status = el('p', { class: 'needle-run__status' });
	readonly #added: HTMLElement[] = [];

	constructor(box: HTMLElement, run: Run) {
		this.#box = box;
		this.#run = run;
		while (this.#run.steps.length < this.#steps.length) this.#run.steps.push({});
		this.#renderBar();
		this.#steps.forEach((step, index) => this.#renderStep(step, index));
		this.#update();
	}

	#save(run: Run) {
		this.#run = run;
		localStorage.setItem(runKey(run.path), JSON.stringify(run));
		this.#update();
	}

	#update() {
		const done = this.#run.steps.map((step) => step.at !== undefined);
		const count = done.filter(Boolean).length;
		const state = isFinished(this.#run) ? 'Finished' : 'In progress';
		this.#status.textContent = `${state}: run started ${formatTime(this.#run.startedAt)}, ${count} of ${this.#steps.length} steps ticked.`;
		markBackups(done);
	}

	#renderBar() {
		const name = el('input', { id: 'needle-run-by', type: 'text', autocomplete: 'name' });
		name.value = this.#run.by;
		name.addEventListener('input', () => this.#save({ ...this.#run, by: name.value }));
		const output = el('textarea', { id: 'needle-run-record', readonly: true, rows: '12' });
		const exported = el('div', { class: 'needle-run__export', hidden: true });
		exported.append(el('label', { for: 'needle-run-record' }, 'Change record (Markdown)'), output);
		const bar = el(
			'div',
			{ class: 'needle-run__bar' },
			this.#status,
			el('label', { for: 'needle-run-by' }, 'Run by (your name)'),
			name,
			button('Export the change record', () => this.#export(output, exported)),
			button('Clear this run', () => this.#clear()),
		);
		this.#box.querySelector('[data-run-start]')?.setAttribute('hidden', '');
		this.#box.append(bar, exported);
		this.#added.push(bar, exported);
		document.querySelector('.sl-steps')?.classList.add('has-run');
	}

	#renderStep(step: HTMLLIElement, index: number) {
		const id = `needle-step-${index + 1}`;
		const state = this.#run.steps[index] ?? {};
		const box = el('input', { id, type: 'checkbox', checked: state.at !== undefined });
		const time = el('span', { class: 'needle-step__time' }, state.at ? `done ${formatTime(state.at)}` : '');
		box.addEventListener('change', () => {
			this.#save(tickStep(this.#run, index, box.checked, new Date()));
			const at = this.#run.steps[index]?.at;
			time.textContent = at ? `done ${formatTime(at)}` : '';
		});
		const note = el('textarea', { id: `${id}-note`, rows: '2' });
		note.value = state.note ?? '';
		note.addEventListener('input', () => this.#save(setNote(this.#run, index, note.value)));
		const check = el(
			'div',
			{ class: 'needle-step' },
			box,
			el('label', { for: id }, `Step ${index + 1} done`),
			' ',
			time,
		);
		// The summary that opens the note also names its field.
		note.setAttribute('aria-labelledby', `${id}-note-label`);
		const noteBox = el(
			'details',
			{ class: 'needle-step__note', open: Boolean(state.note) },
			el('summary', { id: `${id}-note-label` }, `Note for step ${index + 1}`),
			note,
		);
		step.prepend(check);
		step.append(noteBox);
		this.#added.push(check, noteBox);
	}

	#export(output: HTMLTextAreaElement, container: HTMLElement) {
		const now = new Date();
		const values = loadProfile().values;
		const distro = localStorage.getItem(DISTRO_KEY);
		const text = runToMarkdown(this.#run, {
			url: location.href.split('#')[0] ?? location.href,
			stepTitles: this.#steps.map(stepTitle),
			values,
			distro: isDistroFamily(distro) ? distro : undefined,
			exportedAt: now,
		});
		output.value = text;
		container.hidden = false;
		const link = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/markdown' })) });
		link.download = recordFileName(this.#run, now);
		link.click();
		URL.revokeObjectURL(link.href);
	}

	#clear() {
		const done = this.#run.steps.filter((step) => step.at).length;
		const warning = isFinished(this.#run)
			? 'Clear this finished run? Its ticks and notes are deleted from this browser.'
			: `This run is not finished (${done} of ${this.#steps.length} steps ticked). Clear it anyway? Its ticks and notes are deleted from this browser.`;
		if (!confirm(`${warning} Export the change record first if you need it.`)) return;
		localStorage.removeItem(runKey(this.#run.path));
		for (const element of this.#added) element.remove();
		document.querySelector('.sl-steps')?.classList.remove('has-run');
		this.#box.querySelector('[data-run-start]')?.removeAttribute('hidden');
		markBackups([]);
	}
}

/**
 * Shows the run of this page's procedure: the stored one, or a new one when `start` is set.
 * A stored run that cannot be read is quarantined (the notices report it) and nothing starts.
 */
export function openRun(box: HTMLElement, title: string, start: boolean): void {
	if (box.querySelector('.needle-run__bar')) return;
	const path = location.pathname;
	const parsed = readRecord(localStorage, runKey(path), parseRun);
	if (parsed ? !parsed.ok : !start) return;
	const run = parsed?.ok ? parsed.value : startRun(path, title, procedureSteps().length, new Date());
	localStorage.setItem(runKey(path), JSON.stringify(run));
	new RunView(box, run);
}
