import { describe, expect, it } from 'vitest';
import { MAX_FINGERPRINT_CHARS } from '~/lib/fingerprint/format';
import { loadDraft, saveDraft, storageKey } from '~/lib/fingerprint/storage';

/** A Map-backed Storage; `quota` makes setItem throw as a full browser storage does. */
function memoryStorage(quota = Infinity): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => {
			if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
			items.set(key, value);
		},
	};
}

describe('fingerprint drafts in localStorage', () => {
	it('stores each side under a versioned key and reads it back', () => {
		const storage = memoryStorage();
		expect(saveDraft(storage, 'a', 'needle-fingerprint 1')).toEqual({ ok: true });
		expect(storageKey('a')).toBe('needle.fingerprint-compare.v1.a');
		expect(loadDraft(storage, 'a')).toBe('needle-fingerprint 1');
		expect(loadDraft(storage, 'b')).toBe('');
	});

	it('removes the entry when the text is cleared', () => {
		const storage = memoryStorage();
		saveDraft(storage, 'b', 'x');
		saveDraft(storage, 'b', '');
		expect(storage.length).toBe(0);
	});

	it('does not save text over the size limit and says so', () => {
		const result = saveDraft(memoryStorage(), 'a', 'x'.repeat(MAX_FINGERPRINT_CHARS + 1));
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^Not saved in this browser: the text is 2\.0 MB/),
		});
	});

	it('reports a full storage instead of throwing', () => {
		const result = saveDraft(memoryStorage(10), 'a', 'needle-fingerprint 1');
		expect(result).toMatchObject({ ok: false, message: expect.stringContaining('storage for this site is full') });
	});

	it('reports a browser without storage', () => {
		expect(saveDraft(undefined, 'a', 'x').ok).toBe(false);
		expect(loadDraft(undefined, 'a')).toBe('');
	});
});
