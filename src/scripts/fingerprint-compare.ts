/**
 * The `<needle-fingerprint-compare>` element: two inputs (paste, choose or drop a file), the
 * comparison, and the Markdown export. Parsing, comparing and storage live in
 * src/lib/fingerprint; this file only wires them to the page.
 */
import { compareFingerprints, type Comparison } from '~/lib/fingerprint/compare';
import { MAX_FINGERPRINT_CHARS } from '~/lib/fingerprint/format';
import { comparisonToMarkdown } from '~/lib/fingerprint/markdown';
import { formatSize, parseFingerprint, type ParseResult } from '~/lib/fingerprint/parse';
import { loadDraft, saveDraft, type Side } from '~/lib/fingerprint/storage';
import { renderComparison, renderError, renderWaiting } from './fingerprint-render';

const SIDES: Side[] = ['a', 'b'];
const LABEL: Record<Side, string> = { a: 'Fingerprint A', b: 'Fingerprint B' };
/** Wait for a pause in typing before comparing, so each key press stays instant. */
const COMPARE_DELAY_MS = 250;

function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

class FingerprintCompare extends HTMLElement {
	#storage = browserStorage();
	#previous: Partial<Record<Side, string>> = {};
	#comparison: Comparison | undefined;
	#timer: number | undefined;
	#downloadUrl: string | undefined;

	connectedCallback(): void {
		this.querySelector('[data-nojs]')?.remove();
		this.querySelector<HTMLElement>('[data-app]')?.removeAttribute('hidden');
		for (const side of SIDES) this.#wireSide(side);
		this.querySelector('[data-form]')?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#compare();
		});
		this.querySelector('[data-download]')?.addEventListener('click', () => this.#download());
		this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
		this.#compare();
		// Tells tests, and anything else waiting, that the form now responds.
		this.dataset['ready'] = '';
	}

	#part<T extends HTMLElement>(name: string, side: Side): T {
		return this.querySelector(`[data-${name}="${side}"]`) as T;
	}

	#wireSide(side: Side): void {
		const text = this.#part<HTMLTextAreaElement>('text', side);
		// The form is shown before this script loads; keep anything typed in the meantime.
		const typed = text.value;
		text.value = typed || loadDraft(this.#storage, side);
		text.addEventListener('input', () => this.#changed(side));
		text.addEventListener('paste', (event) => this.#guardPaste(side, event));
		if (typed) this.#changed(side);

		this.#part<HTMLInputElement>('file', side).addEventListener('change', (event) => {
			const file = (event.target as HTMLInputElement).files?.[0];
			if (file) void this.#load(side, file);
		});
		text.addEventListener('dragover', (event) => event.preventDefault());
		text.addEventListener('drop', (event) => {
			const file = event.dataTransfer?.files[0];
			if (!file) return;
			event.preventDefault();
			void this.#load(side, file);
		});
		this.#part<HTMLButtonElement>('restore', side).addEventListener('click', () => this.#restore(side));
	}

	/**
	 * Keeps a paste far over the size limit out of the text box: a browser needs many seconds
	 * to lay out tens of megabytes, and such text cannot be a fingerprint. What was in the box
	 * stays, and the pasted text is still on the clipboard.
	 */
	#guardPaste(side: Side, event: ClipboardEvent): void {
		const pasted = event.clipboardData?.getData('text/plain') ?? '';
		if (pasted.length <= MAX_FINGERPRINT_CHARS) return;
		event.preventDefault();
		this.#say(
			side,
			`The pasted text was not put in: it is ${formatSize(pasted.length)}, and a fingerprint is at most ${formatSize(MAX_FINGERPRINT_CHARS)}. What was here before is unchanged.`,
		);
	}

	/** Saves the side's text and schedules a comparison. */
	#changed(side: Side): void {
		const saved = saveDraft(this.#storage, side, this.#part<HTMLTextAreaElement>('text', side).value);
		this.#say(side, saved.ok ? '' : saved.message);
		window.clearTimeout(this.#timer);
		this.#timer = window.setTimeout(() => this.#compare(), COMPARE_DELAY_MS);
	}

	/** Loads a file into a side, keeping what was there so that it can be restored. */
	async #load(side: Side, file: File): Promise<void> {
		// Checked before reading: a wrongly chosen multi-megabyte file is refused at once.
		if (file.size > MAX_FINGERPRINT_CHARS) {
			this.#say(
				side,
				`${file.name} was not loaded: it is ${formatSize(file.size)}, and a fingerprint is at most ${formatSize(MAX_FINGERPRINT_CHARS)}. Choose the file needle-fingerprint.sh wrote.`,
			);
			return;
		}
		const text = this.#part<HTMLTextAreaElement>('text', side);
		const before = text.value;
		text.value = await file.text();
		if (before !== '' && before !== text.value) {
			this.#previous[side] = before;
			this.#part<HTMLButtonElement>('restore', side).hidden = false;
		}
		this.#changed(side);
		if (this.#previous[side] !== undefined)
			this.#say(side, `Loaded ${file.name}. The text that was here before can be restored.`, true);
	}

	#restore(side: Side): void {
		const previous = this.#previous[side];
		if (previous === undefined) return;
		this.#part<HTMLTextAreaElement>('text', side).value = previous;
		delete this.#previous[side];
		this.#part<HTMLButtonElement>('restore', side).hidden = true;
		this.#changed(side);
	}

	#say(side: Side, message: string, append = false): void {
		const status = this.#part<HTMLElement>('status', side);
		status.textContent = append && status.textContent ? `${status.textContent} ${message}` : message;
	}

	#compare(): void {
		const results = SIDES.map((side) => parseFingerprint(this.#part<HTMLTextAreaElement>('text', side).value));
		const output = this.querySelector('[data-result]') as HTMLElement;
		output.replaceChildren(...this.#errors(results));
		this.#comparison = undefined;

		const [a, b] = results;
		if (a?.ok && b?.ok) {
			this.#comparison = compareFingerprints(a.fingerprint, b.fingerprint);
			output.append(renderComparison(this.#comparison));
		}
		(this.querySelector('[data-export]') as HTMLElement).hidden = this.#comparison === undefined;
	}

	/** Error boxes for refused sides. An empty side is not an error, only a note. */
	#errors(results: ParseResult[]): HTMLElement[] {
		return SIDES.flatMap((side, index) => {
			const result = results[index];
			if (!result || result.ok) return [];
			if (result.error.code !== 'empty') return [renderError(LABEL[side], result.error)];
			return results.every((other) => !other.ok && other.error.code === 'empty') ? [] : [renderWaiting(LABEL[side])];
		});
	}

	#markdown(): string {
		return this.#comparison ? comparisonToMarkdown(this.#comparison, { origin: window.location.origin }) : '';
	}

	#download(): void {
		// The previous file's URL is released only now: the browser may still be saving it
		// for a while after the click.
		if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
		this.#downloadUrl = URL.createObjectURL(new Blob([this.#markdown()], { type: 'text/markdown' }));
		const link = document.createElement('a');
		link.href = this.#downloadUrl;
		link.download = 'fingerprint-comparison.md';
		link.click();
	}

	async #copy(): Promise<void> {
		const status = this.querySelector('[data-export-status]') as HTMLElement;
		try {
			await navigator.clipboard.writeText(this.#markdown());
			status.textContent = 'Copied the comparison as Markdown.';
		} catch {
			status.textContent = 'The browser did not allow copying. Use "Download as Markdown" instead.';
		}
	}
}

if (!customElements.get('needle-fingerprint-compare')) {
	customElements.define('needle-fingerprint-compare', FingerprintCompare);
}
