/**
 * Keeps what the reader pasted into the comparison page across reloads, in the browser's
 * localStorage. Pure apart from the Storage object it is given, so tests pass their own.
 */
import { MAX_FINGERPRINT_CHARS } from './format';
import { formatSize } from './parse';

/**
 * The key prefix; the `v1` changes if what is stored changes shape, so an old page never
 * misreads a new entry.
 */
export const STORAGE_PREFIX = 'needle.fingerprint-compare.v1';

export type Side = 'a' | 'b';

/** The result of saving: `ok`, or why the text was not kept. */
export type SaveResult = { ok: true } | { ok: false; message: string };

/** The storage key of one side's text. */
export function storageKey(side: Side): string {
	return `${STORAGE_PREFIX}.${side}`;
}

/** Reads the saved text of one side; '' when there is none or storage cannot be read. */
export function loadDraft(storage: Storage | undefined, side: Side): string {
	try {
		return storage?.getItem(storageKey(side)) ?? '';
	} catch {
		return '';
	}
}

/**
 * Saves one side's text. Text over the fingerprint size limit is not saved (it cannot be a
 * fingerprint, and it would fill the browser's quota); the message says that the text stays on
 * the page until it is left.
 */
export function saveDraft(storage: Storage | undefined, side: Side, text: string): SaveResult {
	if (!storage)
		return {
			ok: false,
			message: 'This browser does not allow the page to save text, so it is kept only until you leave the page.',
		};
	if (text.length > MAX_FINGERPRINT_CHARS) {
		return {
			ok: false,
			message: `Not saved in this browser: the text is ${formatSize(text.length)}, over the ${formatSize(MAX_FINGERPRINT_CHARS)} limit. It stays here until you leave the page.`,
		};
	}
	try {
		if (text === '') storage.removeItem(storageKey(side));
		else storage.setItem(storageKey(side), text);
		return { ok: true };
	} catch (error) {
		const reason =
			error instanceof Error && error.name === 'QuotaExceededError'
				? 'the browser storage for this site is full'
				: 'the browser refused to store it';
		return {
			ok: false,
			message: `Not saved in this browser: ${reason}. The text stays here until you leave the page.`,
		};
	}
}
